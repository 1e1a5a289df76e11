using System.Linq;
using AzVpnHa.Catalog;
using Xunit;
using static AzVpnHa.Tests.SpecTree;

namespace AzVpnHa.Tests.RuleTests
{
    public class HA003Tests
    {
        [Fact]
        public void FiresWhenTwoDevicesShareABgpPeeringAddress()
        {
            var tree = OneGateway(AsGateway(), Site(BgpDevice("fw1", "203.0.113.1", "10.10.255.1"), BgpDevice("fw2", "203.0.113.2", "10.10.255.1")));
            var finding = RuleAssert.Single(tree.Findings("HA003"), "HA003", Severity.Error, "lgw-hq-fw2");
            Assert.Contains("10.10.255.1", finding.Message);
            Assert.Equal(Sources.ArticleMultipleDevices, finding.Source);
        }

        [Fact]
        public void FiresWhenADeviceReusesTheGatewaysCustomApipaAddress()
        {
            var gateway = AaGateway().With("instances", List(
                Obj(("customBgpIpAddresses", List("169.254.21.1"))), Obj(("customBgpIpAddresses", List("169.254.22.1")))));
            var tree = OneGateway(gateway, Site(BgpDevice("fw1", "203.0.113.1", "169.254.21.1")));
            var finding = RuleAssert.Single(tree.Findings("HA003"), "HA003", Severity.Error, "lgw-hq-fw1");
            Assert.Equal(Sources.ConfigureBgp, finding.Source);
        }

        [Fact]
        public void FiresWhenTwoConnectedGatewaysShareABgpAddress()
        {
            var a = Gateway("vgw-a", asn: 65010).With("instances", List(Obj(("bgpPeeringAddress", "10.1.255.30"))));
            var b = Gateway("vgw-b", asn: 65020, vnet: "10.2.0.0/16").With("instances", List(Obj(("bgpPeeringAddress", "10.1.255.30"))));
            var tree = Topology(a, b).With("vnetConnections", List(Obj(("gateways", List("vgw-a", "vgw-b")))));
            RuleAssert.Single(tree.Findings("HA003"), "HA003", Severity.Error, "vgw-b");
        }

        [Fact]
        public void SilentWhenUnrelatedGatewaysShareABgpAddress()
        {
            // Two hubs in one subscription audit, not connected to each other: separate BGP domains.
            var a = Gateway("vgw-a", asn: 65010).With("instances", List(Obj(("bgpPeeringAddress", "10.1.255.30"))));
            var b = Gateway("vgw-b", asn: 65020, vnet: "10.2.0.0/16").With("instances", List(Obj(("bgpPeeringAddress", "10.1.255.30"))));
            Assert.Empty(Topology(a, b).Findings("HA003"));
        }

        [Fact]
        public void SilentWhenOneDeviceServesTwoGateways()
        {
            // One device, one LNG per gateway, one peer address: the same BGP speaker, not a collision.
            var tree = Topology(Gateway("vgw-a", asn: 65010), Gateway("vgw-b", asn: 65020, vnet: "10.2.0.0/16")).With("sites", List(
                Site("hq", Device(1)).With("gateway", "vgw-a"),
                Site("dr", Device(1)).With("gateway", "vgw-b").With("addressPrefixes", List("10.20.0.0/16"))));
            Assert.Empty(tree.Findings("HA003"));
        }

        [Fact]
        public void FiresWhenDifferentDevicesOnConnectedGatewaysShareAPeerAddress()
        {
            var tree = Topology(Gateway("vgw-a", asn: 65010), Gateway("vgw-b", asn: 65020, vnet: "10.2.0.0/16")).With("sites", List(
                Site("hq", Device(1)).With("gateway", "vgw-a"),
                Site("dr", Device(2).With("bgpPeeringAddress", "10.10.255.1")).With("gateway", "vgw-b").With("addressPrefixes", List("10.20.0.0/16"))))
                .With("vnetConnections", List(Obj(("gateways", List("vgw-a", "vgw-b")))));
            RuleAssert.Single(tree.Findings("HA003"), "HA003", Severity.Error, "lgw-dr-fw2");
        }

        [Fact]
        public void SilentWhenDifferentDevicesOnUnrelatedGatewaysShareAPeerAddress()
        {
            var tree = Topology(Gateway("vgw-a", asn: 65010), Gateway("vgw-b", asn: 65020, vnet: "10.2.0.0/16")).With("sites", List(
                Site("hq", Device(1)).With("gateway", "vgw-a"),
                Site("dr", Device(2).With("bgpPeeringAddress", "10.10.255.1")).With("gateway", "vgw-b").With("addressPrefixes", List("10.20.0.0/16"))));
            Assert.Empty(tree.Findings("HA003"));
        }

        [Fact]
        public void SilentWhenEveryAddressIsUnique()
        {
            var gateway = AaGateway().With("instances", List(
                Obj(("bgpPeeringAddress", "10.1.255.4"), ("customBgpIpAddresses", List("169.254.21.1"))),
                Obj(("bgpPeeringAddress", "10.1.255.5"), ("customBgpIpAddresses", List("169.254.22.1")))));
            var tree = OneGateway(gateway, Site(Device(1), BgpDevice("fw2", "203.0.113.2", "169.254.21.2")));
            Assert.Empty(tree.Findings("HA003"));
        }
    }
}
