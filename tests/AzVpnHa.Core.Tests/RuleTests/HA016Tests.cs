using System.Linq;
using AzVpnHa.Catalog;
using Xunit;
using static AzVpnHa.Tests.SpecTree;

namespace AzVpnHa.Tests.RuleTests
{
    public class HA016Tests
    {
        const string Link = "vgw-a<->vgw-b";

        [Fact]
        public void FiresWhenOneGatewayLacksItsConnection()
        {
            var topology = VNetToVNet().Plan();
            topology.VNetLinks[0].ConnectionBToA = null;
            topology.Connections = topology.Connections.Where(c => c.Name != "cn-vgw-b-to-vgw-a").ToArray();
            var finding = RuleAssert.Single(topology.Rebuild().Findings("HA016"), "HA016", Severity.Error, Link);
            Assert.Contains("no connection on gateway 'vgw-b'", finding.Message);
        }

        [Fact]
        public void WarnsWhenOnlyOneSideIsActiveActive()
        {
            var finding = RuleAssert.Single(VNetToVNet(bActiveActive: false).Findings("HA016"), "HA016", Severity.Warning, Link);
            Assert.Contains("2 tunnels", finding.Message);
        }

        [Fact]
        public void WarnsWhenNeitherSideIsActiveActive()
        {
            var finding = RuleAssert.Single(VNetToVNet(false, false).Findings("HA016"), "HA016", Severity.Warning, Link);
            Assert.Contains("single tunnel", finding.Message);
        }

        [Fact]
        public void FiresOnTransitWithoutBgp()
        {
            var tree = VNetToVNet();
            tree.VNetConnection(0).With("transit", true).With("enableBgp", false);
            var finding = RuleAssert.Single(tree.Findings("HA016"), "HA016", Severity.Error, Link);
            Assert.Equal(Sources.FaqBgp, finding.Source);
        }

        [Fact]
        public void FiresOnOverlappingVNets()
        {
            var tree = VNetToVNet();
            tree.Gateway(1)["vnetAddressPrefixes"] = List("10.1.128.0/17");
            var finding = RuleAssert.Single(tree.Findings("HA016"), "HA016", Severity.Error, Link);
            Assert.Equal(Sources.Faq, finding.Source);
        }

        [Fact]
        public void SilentOnTwoActiveActiveGatewaysWithBgpTransit()
        {
            var tree = VNetToVNet();
            tree.VNetConnection(0).With("transit", true);
            Assert.Empty(tree.Findings("HA016"));
        }
    }
}
