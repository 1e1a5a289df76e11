using System.Linq;
using AzVpnHa.Catalog;
using Xunit;
using static AzVpnHa.Tests.SpecTree;

namespace AzVpnHa.Tests.RuleTests
{
    /// <summary>HA007 counts as the docs do: "Each connection is counted against the maximum number of tunnels" (HA article, 07/24/2024).</summary>
    public class HA007Tests
    {
        [Fact]
        public void FiresWhenConnectionsPassTheLimit()
        {
            // 31 devices = 31 connections; VpnGw2AZ allows 30.
            var finding = RuleAssert.Single(OneGateway(AsGateway(), Site(Devices(31))).Findings("HA007"), "HA007", Severity.Error, "vgw");
            Assert.Contains("31 S2S/VNet-to-VNet connections", finding.Message);
            Assert.Contains("allows 30", finding.Message);
            Assert.Equal(Sources.ArticleMultipleDevices, finding.Source);
        }

        [Fact]
        public void ActiveActiveInstanceTunnelsPastTheLimitAreInformationNotAnError()
        {
            // 16 devices x 2 instances = 32 IPsec tunnels but 16 connections: no current document counts them twice.
            var finding = RuleAssert.Single(OneGateway(AaGateway(), Site(Devices(16))).Findings("HA007"), "HA007", Severity.Information, "vgw");
            Assert.Contains("32", finding.Message);
            Assert.Contains("16 connections", finding.Message);
            Assert.Equal(Sources.FaqTunnelCount, finding.Source);
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
            Assert.Empty(OneGateway(AsGateway(), Site(Devices(30))).Findings("HA007"));
        }

        [Fact]
        public void SilentOnALargerSku()
        {
            Assert.Empty(OneGateway(Gateway(activeActive: true, sku: "VpnGw4AZ"), Site(Devices(16))).Findings("HA007"));
        }
    }
}
