using System.Linq;
using AzVpnHa.Catalog;
using Xunit;
using static AzVpnHa.Tests.SpecTree;

namespace AzVpnHa.Tests.RuleTests
{
    public class HA017Tests
    {
        static Topology Planned(string sku) => OneGateway(Gateway(sku: sku).Without("generation"), Site(Device(1))).Plan();

        static Topology Deployed(string sku)
        {
            var topology = Planned(sku);
            topology.Origin = TopologyOrigin.Deployed;
            return topology;
        }

        [Fact]
        public void WarnsOnBasic()
        {
            var topology = OneGateway(Gateway(sku: "Basic", asn: null).Without("generation"), Site(StaticDevice("fw1", "203.0.113.1"))).Plan();
            var finding = RuleAssert.Single(topology.Findings("HA017"), "HA017", Severity.Warning, "vgw");
            Assert.Equal(Sources.GatewaySkus, finding.Source);
        }

        [Fact]
        public void FailsAPlannedNonAzSkuRetiredBeforeToday()
        {
            // Evaluated on 2026-11-25: non-AZ SKUs retired on 2026-09-30.
            var finding = RuleAssert.Single(Planned("VpnGw2").Findings("HA017"), "HA017", Severity.Error, "vgw");
            Assert.Contains("was retired on 2026-09-30", finding.Message);
            Assert.Contains("VpnGw2AZ", finding.Recommendation);
            Assert.Equal(Sources.SkuConsolidation, finding.Source);
        }

        [Fact]
        public void SaysRetiresOnBeforeTheRetirementDate()
        {
            var findings = Rules.RuleSet.Evaluate(Planned("VpnGw2"), new System.DateTime(2026, 6, 1)).Where(f => f.RuleId == "HA017").ToList();
            var finding = RuleAssert.Single(findings, "HA017", Severity.Error, "vgw");
            Assert.Contains("retires on 2026-09-30", finding.Message);
        }

        [Fact]
        public void WarnsOnADeployedNonAzSkuBeingMigrated()
        {
            RuleAssert.Single(Deployed("VpnGw2").Findings("HA017"), "HA017", Severity.Warning, "vgw");
        }

        [Theory]
        [InlineData("Standard", "VpnGw1AZ")]
        [InlineData("HighPerformance", "VpnGw2AZ")]
        public void FailsALegacySkuEvenWhenDeployed(string sku, string successor)
        {
            var finding = RuleAssert.Single(Deployed(sku).Findings("HA017"), "HA017", Severity.Error, "vgw");
            Assert.Contains(successor, finding.Recommendation);
            Assert.Equal(Sources.WhatsNew, finding.Source);
        }

        [Theory]
        [InlineData("VpnGw1AZ")]
        [InlineData("VpnGw2AZ")]
        [InlineData("VpnGw3AZ")]
        [InlineData("VpnGw4AZ")]
        [InlineData("VpnGw5AZ")]
        public void SilentOnCurrentSkus(string sku)
        {
            Assert.Empty(Planned(sku).Findings("HA017"));
            Assert.Empty(Deployed(sku).Findings("HA017"));
        }
    }
}
