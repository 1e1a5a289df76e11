using System.Collections.Generic;
using System.Linq;
using AzVpnHa.Catalog;
using Xunit;

namespace AzVpnHa.Tests.RuleTests
{
    /// <summary>HA036's public IP facts as today's docs give them: Basic IP advice by gateway SKU, zoneless Standard IPs not known.</summary>
    public class HA036Tests
    {
        static Topology Hub(string gatewaySku, string ipSku, params string[] zones)
        {
            var trees = Estate.Hub();
            Estate.Set(trees[0], "properties.sku", new Dictionary<string, object> { { "name", gatewaySku }, { "tier", gatewaySku } });
            for (int i = 0; i < 2; i++)
            {
                Estate.Set(trees[1], $"value[{i}].sku.name", ipSku);
                Estate.Set(trees[1], $"value[{i}].zones", zones.Cast<object>().ToList());
            }
            return Estate.Read(trees);
        }

        [Fact]
        public void BasicIpOnAVpnGwSkuPointsToTheMigrationTool()
        {
            var findings = Estate.Findings(Hub("VpnGw2", "Basic"), "HA036");
            Assert.Equal(2, findings.Count);
            Assert.All(findings, f =>
            {
                Assert.Equal(Severity.Warning, f.Severity);
                Assert.Contains("Basic IP migration for VpnGw1-5", f.Recommendation);
                Assert.Equal(Sources.BasicPublicIpMigrationHowTo, f.Source);
            });
        }

        [Fact]
        public void BasicIpOnTheBasicGatewaySkuIsInformationAboutTheAutomatedRemoval()
        {
            var trees = Estate.Hub();
            Estate.Set(trees[0], "properties.sku", new Dictionary<string, object> { { "name", "Basic" }, { "tier", "Basic" } });
            Estate.Set(trees[0], "properties.activeActive", false);
            var t = Estate.Read(trees);
            foreach (var ip in t.PublicIpAddresses) ip.Sku = "Basic";
            var findings = Estate.Findings(t.Rebuild(), "HA036");
            Assert.NotEmpty(findings);
            Assert.All(findings, f =>
            {
                Assert.Equal(Severity.Information, f.Severity);
                Assert.Contains("March 2026", f.Message);
                Assert.Contains("keeps its address", f.Message);
                Assert.DoesNotContain("Run the Basic IP migration", f.Recommendation);
                Assert.Contains("IP address property", f.Recommendation);
                Assert.Equal(Sources.WhatsNewUpcoming, f.Source);
            });
        }

        [Fact]
        public void ZonelessStandardIpsOnAnAzSkuAreNotKnownNotAZoneRisk()
        {
            var findings = Estate.Findings(Hub("VpnGw2AZ", "Standard"), "HA036");
            Assert.Equal(2, findings.Count);
            Assert.All(findings, f =>
            {
                Assert.Equal(Severity.Information, f.Severity);
                Assert.Contains("not known", f.Message);
                Assert.Equal(Sources.PublicIpZones, f.Source);
            });
        }

        [Fact]
        public void AZonelessIpBesideAZoneRedundantOneIsAWarningNotAnError()
        {
            var trees = Estate.Hub();
            Estate.Set(trees[1], "value[0].zones", new List<object> { "1", "2", "3" });
            Estate.Set(trees[1], "value[1].zones", new List<object>());
            var findings = Estate.Findings(Estate.Read(trees), "HA036");
            var mismatch = Assert.Single(findings, f => f.Message.Contains("differ"));
            Assert.Equal(Severity.Warning, mismatch.Severity);
            Assert.Contains("may have been made zone-redundant", mismatch.Message);
        }

        [Fact]
        public void ZoneRedundantStandardIpsAreSilent()
        {
            Assert.Empty(Estate.Findings(Hub("VpnGw2AZ", "Standard", "1", "2", "3"), "HA036"));
        }
    }
}
