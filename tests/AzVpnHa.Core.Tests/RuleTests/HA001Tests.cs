using System.Linq;
using AzVpnHa.Catalog;
using Xunit;
using static AzVpnHa.Tests.SpecTree;

namespace AzVpnHa.Tests.RuleTests
{
    public class HA001Tests
    {
        [Fact]
        public void FiresWhenTwoDevicesOfASiteShareAPublicIp()
        {
            var tree = OneGateway(AsGateway(), Site(BgpDevice("fw1", "203.0.113.1", "10.10.255.1"), BgpDevice("fw2", "203.0.113.1", "10.10.255.2")));
            var finding = RuleAssert.Single(tree.Findings("HA001"), "HA001", Severity.Error, "lgw-hq-fw2");
            Assert.Contains("203.0.113.1", finding.Message);
            Assert.Equal(Sources.ArticleMultipleDevices, finding.Source);
        }

        [Fact]
        public void FiresWhenTwoDevicesShareAnFqdn()
        {
            var fw1 = Obj(("name", "fw1"), ("fqdn", "vpn.contoso.com"), ("asn", 65010L), ("bgpPeeringAddress", "10.10.255.1"));
            var fw2 = Obj(("name", "fw2"), ("fqdn", "VPN.contoso.com"), ("asn", 65010L), ("bgpPeeringAddress", "10.10.255.2"));
            RuleAssert.Single(OneGateway(AsGateway(), Site(fw1, fw2)).Findings("HA001"), "HA001", Severity.Error, "lgw-hq-fw2");
        }

        [Fact]
        public void FiresWhenSitesOfOneGatewayShareADeviceIp()
        {
            var tree = OneGateway(AsGateway(), Site("hq", StaticDevice("fw1", "203.0.113.1")),
                Site("branch", StaticDevice("fw1", "203.0.113.1")).With("addressPrefixes", List("10.20.0.0/16")));
            RuleAssert.Single(tree.Findings("HA001"), "HA001", Severity.Error, "lgw-branch-fw1");
        }

        [Fact]
        public void SilentWhenEveryDeviceHasItsOwnIp()
        {
            Assert.Empty(OneGateway(AsGateway(), Site(Devices(3))).Findings("HA001"));
        }

        [Fact]
        public void SilentWhenOneDeviceServesTwoGateways()
        {
            var tree = Topology(Gateway("vgw-a"), Gateway("vgw-b", vnet: "10.2.0.0/16")).With("sites", List(
                Site("hq", StaticDevice("fw1", "203.0.113.1")).With("gateway", "vgw-a"),
                Site("dr", StaticDevice("fw1", "203.0.113.1")).With("gateway", "vgw-b").With("addressPrefixes", List("10.20.0.0/16"))));
            Assert.Empty(tree.Findings("HA001"));
        }
    }
}
