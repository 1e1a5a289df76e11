using System.Collections.Generic;
using System.Linq;
using AzVpnHa.Catalog;
using Xunit;
using static AzVpnHa.Tests.SpecTree;

namespace AzVpnHa.Tests.RuleTests
{
    public class HA011Tests
    {
        static Dictionary<string, object> Instance(string publicIp = null, string bgp = null)
        {
            var instance = Obj();
            if (publicIp != null) instance["publicIp"] = publicIp;
            if (bgp != null) instance["bgpPeeringAddress"] = bgp;
            return instance;
        }

        [Fact]
        public void FiresOnActiveActiveWithOneInstance()
        {
            var tree = OneGateway(AaGateway().With("instances", List(Instance("198.51.100.1"))), Site(Device(1)));
            var finding = RuleAssert.Single(tree.Findings("HA011"), "HA011", Severity.Error, "vgw");
            Assert.Contains("needs 2", finding.Message);
        }

        [Fact]
        public void FiresOnActiveStandbyWithTwoInstances()
        {
            var tree = OneGateway(AsGateway().With("instances", List(Instance("198.51.100.1"), Instance("198.51.100.2"))), Site(Device(1)));
            var finding = RuleAssert.Single(tree.Findings("HA011"), "HA011", Severity.Error, "vgw");
            Assert.Contains("needs 1", finding.Message);
        }

        [Fact]
        public void FiresWhenAGatewayTurnsActiveActiveWithoutASecondInstance()
        {
            // A spec without instances always gets the right count; a graph edited (or read) as active-active with one ipConfiguration does not.
            var topology = OneGateway(AsGateway(), Site(Device(1))).Plan();
            topology.Gateways[0].ActiveActive = true;
            var finding = RuleAssert.Single(topology.Rebuild().Findings("HA011"), "HA011", Severity.Error, "vgw");
            Assert.Contains("has 1 instance", finding.Message);
        }

        [Fact]
        public void FiresWhenBothInstancesShareAPublicIp()
        {
            var tree = OneGateway(AaGateway().With("instances", List(Instance("198.51.100.1"), Instance("198.51.100.1"))), Site(Device(1)));
            var finding = RuleAssert.Single(tree.Findings("HA011"), "HA011", Severity.Error, "vgw");
            Assert.Contains("same public IP address 198.51.100.1", finding.Message);
        }

        [Fact]
        public void FiresWhenBothInstancesShareAPublicIpResource()
        {
            var topology = OneGateway(AaGateway(), Site(Device(1))).Plan();
            topology.Gateways[0].Instances[1].PublicIpName = topology.Gateways[0].Instances[0].PublicIpName;
            var finding = RuleAssert.Single(topology.Findings("HA011"), "HA011", Severity.Error, "vgw");
            Assert.Contains("public IP resource", finding.Message);
        }

        [Fact]
        public void FiresWhenOnlyOneInstanceHasABgpAddress()
        {
            var tree = OneGateway(AaGateway().With("instances", List(Instance(bgp: "10.1.255.4"), Instance())), Site(Device(1)));
            var finding = RuleAssert.Single(tree.Findings("HA011"), "HA011", Severity.Error, "vgw");
            Assert.Contains("one instance only", finding.Message);
        }

        [Fact]
        public void FiresWhenBothInstancesShareABgpAddress()
        {
            var tree = OneGateway(AaGateway().With("instances", List(Instance(bgp: "10.1.255.4"), Instance(bgp: "10.1.255.4"))), Site(Device(1)));
            var finding = RuleAssert.Single(tree.Findings("HA011"), "HA011", Severity.Error, "vgw");
            Assert.Contains("same BGP peering address", finding.Message);
        }

        [Fact]
        public void SilentOnPlannedGateways()
        {
            Assert.Empty(OneGateway(AaGateway(), Site(Device(1))).Findings("HA011"));
            Assert.Empty(OneGateway(AsGateway(), Site(Device(1))).Findings("HA011"));
        }

        [Fact]
        public void SilentOnDistinctKnownAddresses()
        {
            var tree = OneGateway(AaGateway().With("instances", List(Instance("198.51.100.1", "10.1.255.4"), Instance("198.51.100.2", "10.1.255.5"))), Site(Device(1)));
            Assert.Empty(tree.Findings("HA011"));
        }
    }
}
