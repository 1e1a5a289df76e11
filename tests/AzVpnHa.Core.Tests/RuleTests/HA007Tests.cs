using System.Linq;
using AzVpnHa.Catalog;
using Xunit;
using static AzVpnHa.Tests.SpecTree;

namespace AzVpnHa.Tests.RuleTests
{
    public class HA007Tests
    {
        [Fact]
        public void FiresWhenActiveActiveDoublesTunnelsPastTheLimit()
        {
            // 16 devices x 2 instances = 32 tunnels; VpnGw2AZ allows 30.
            var finding = RuleAssert.Single(OneGateway(AaGateway(), Site(Devices(16))).Findings("HA007"), "HA007", Severity.Error, "vgw");
            Assert.Contains("32", finding.Message);
            Assert.Contains("allows 30", finding.Message);
        }

        [Fact]
        public void FiresOnBasicPastTenTunnels()
        {
            var tree = OneGateway(Gateway(sku: "Basic", asn: null).Without("generation"),
                Enumerable.Range(1, 11).Select(n => Site("s" + n, StaticDevice("fw", "203.0.113." + n)).With("addressPrefixes", List("10.1" + n + ".0.0/16"))).ToArray());
            RuleAssert.Single(tree.Findings("HA007"), "HA007", Severity.Error, "vgw");
        }

        [Fact]
        public void SilentAtExactlyTheLimit()
        {
            Assert.Empty(OneGateway(AaGateway(), Site(Devices(15))).Findings("HA007"));
        }

        [Fact]
        public void SilentOnALargerSku()
        {
            Assert.Empty(OneGateway(Gateway(activeActive: true, sku: "VpnGw4AZ"), Site(Devices(16))).Findings("HA007"));
        }
    }
}
