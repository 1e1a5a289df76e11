using System.Collections.Generic;
using System.Linq;
using AzVpnHa.Catalog;
using Xunit;
using static AzVpnHa.Tests.SpecTree;

namespace AzVpnHa.Tests
{
    /// <summary>Findings carry the APRL and Advisor ids of the case they report, and only those.</summary>
    public class AzureAdviceTests
    {
        static List<string> Ids(Finding f) => f.AzureRecommendations.Select(r => r.Id).ToList();

        [Fact]
        public void ASingleTunnelJoinsTheActiveActiveAndFullMeshAdvice()
        {
            var f = Assert.Single(OneGateway(AsGateway(), Site(Device(1))).Findings("HA015"));
            Assert.Equal(new[] { AzureAdvice.AprlActiveActive.Id, AzureAdvice.AdvisorActiveActive.Id, AzureAdvice.AprlOnPremisesConcentrators.Id }, Ids(f));
            Assert.Equal("281a2713-c0e0-3c48-b596-19f590c46671", AzureAdvice.AprlActiveActive.Id);
            Assert.Equal("c249dc0e-9a17-423e-838a-d72719e8c5dd", AzureAdvice.AdvisorActiveActive.Id);
        }

        [Fact]
        public void EachRedundancyGapCarriesOnlyItsOwnAdvice()
        {
            // Active-active gateway, one device: the on-premises side is missing, not active-active.
            var azureOnly = Assert.Single(OneGateway(AaGateway(), Site(Device(1))).Findings("HA015"));
            Assert.Equal(new[] { AzureAdvice.AprlOnPremisesConcentrators.Id }, Ids(azureOnly));
            // Two devices on an active-standby gateway: active-active is the gap.
            var onPremOnly = Assert.Single(OneGateway(AsGateway(), Site(Devices(2))).Findings("HA015"));
            Assert.Equal(new[] { AzureAdvice.AprlActiveActive.Id, AzureAdvice.AdvisorActiveActive.Id }, Ids(onPremOnly));
            // Dual redundancy: no finding, so nothing to join.
            Assert.Empty(OneGateway(AaGateway(), Site(Devices(2))).Findings("HA015"));
        }

        [Fact]
        public void SkuFindingsJoinTheAdviceForTheirSku()
        {
            var basic = Assert.Single(OneGateway(Gateway(sku: "Basic", asn: null).Without("generation"), Site(StaticDevice("fw1", "203.0.113.1"))).Findings("HA017"));
            Assert.Contains("e070c4bf-afaf-413e-bc00-e476b89c5f3d", Ids(basic));
            var nonAz = Assert.Single(OneGateway(Gateway(sku: "VpnGw2").Without("generation"), Site(Device(1))).Findings("HA017"));
            Assert.Equal(new[] { "5b1933a6-90e4-f642-a01f-e58594e5aab2", "1afa00b3-bb4c-496d-99e5-b7bda59a057c" }, Ids(nonAz));
            var legacy = Assert.Single(OneGateway(Gateway(sku: "Standard", asn: null).Without("generation"), Site(StaticDevice("fw1", "203.0.113.1"))).Findings("HA017"));
            Assert.Contains("96e232d0-9b01-4e96-8c24-f9160ba3535a", Ids(legacy));
            Assert.DoesNotContain("e070c4bf-afaf-413e-bc00-e476b89c5f3d", Ids(legacy));
        }

        [Fact]
        public void DeployedFindingsJoinTheFullMeshAndPublicIpAdvice()
        {
            var mesh = Assert.Single(Estate.Findings(Estate.Read(Estate.Hub()), "HA033"));
            Assert.Equal(new[] { AzureAdvice.AprlOnPremisesConcentrators.Id }, Ids(mesh));

            var findings = Estate.Findings(Estate.Read(new[] { Estate.Load("ResourceGroupExport-Template") }), "HA036");
            var zonal = Assert.Single(findings, f => f.Message.Contains("zonal"));
            Assert.Equal(new[] { "4bae5a28-5cf4-40d9-bcf1-623d28f6d917", "c63b81fb-7afc-894c-a840-91bb8a8dcfaf", "bc45d55d-3902-4505-8e34-ef8777bc6177" }, Ids(zonal));
            // SKU or zones differing between the two instances is an ARM error, not an APRL or Advisor recommendation.
            Assert.Empty(Assert.Single(findings, f => f.Message.Contains("differ")).AzureRecommendations);
        }

        static Topology Hub(string gatewaySku, string ipSku)
        {
            var trees = Estate.Hub();
            Estate.Set(trees[0], "properties.sku", new Dictionary<string, object> { { "name", gatewaySku }, { "tier", gatewaySku } });
            for (int i = 0; i < 2; i++) Estate.Set(trees[1], $"value[{i}].sku.name", ipSku);
            return Estate.Read(trees);
        }

        [Fact]
        public void BasicPublicIpFindingsJoinTheUpgradeAdviceWhereTheyAskForAnUpgrade()
        {
            var vpnGw = Estate.Findings(Hub("VpnGw2", "Basic"), "HA036");
            Assert.Equal(2, vpnGw.Count);
            Assert.All(vpnGw, f => Assert.Equal(new[] { "5cea1501-6fe4-4ec4-ac8f-f72320eb18d3" }, Ids(f)));
            var legacy = Estate.Findings(Hub("Standard", "Basic"), "HA036");
            Assert.NotEmpty(legacy);
            Assert.All(legacy, f => Assert.Equal(new[] { "5cea1501-6fe4-4ec4-ac8f-f72320eb18d3", "96e232d0-9b01-4e96-8c24-f9160ba3535a" }, Ids(f)));
            // A Basic-SKU gateway's Basic IP is removed by Azure: nothing to do, so no upgrade advice.
            var basic = Estate.Findings(Hub("Basic", "Basic"), "HA036");
            Assert.NotEmpty(basic);
            Assert.All(basic, f => Assert.Empty(f.AzureRecommendations));
        }

        [Fact]
        public void FindingsOfOtherRulesCarryNoAdvice()
        {
            var findings = Specs.Test(OneGateway(AaGateway(), Site(Device(1), Device(1).With("name", "fw2"))).Plan());
            Assert.Contains(findings, f => f.RuleId == "HA001");
            Assert.All(findings.Where(f => f.RuleId != "HA015"), f => Assert.Empty(f.AzureRecommendations));
        }

        [Fact]
        public void EveryRuleListsTheUnionOfItsCases()
        {
            var rule = Rules.RuleSet.All.Single(r => r.Id == "HA017");
            Assert.Equal(4, rule.AzureRecommendations.Count);
            Assert.All(rule.AzureRecommendations, r => Assert.Contains(r.Catalog, new[] { AzureRecommendation.Aprl, AzureRecommendation.Advisor }));
            Assert.Empty(Rules.RuleSet.All.Single(r => r.Id == "HA001").AzureRecommendations);
        }
    }
}
