using System;
using System.Collections.Generic;
using System.Linq;

namespace AzVpnHa.Catalog
{
    /// <summary>
    /// Which APRL and Advisor recommendations cover the same problem as a rule's finding. A rule with several cases
    /// (HA015, HA017, HA036) cites a different document per case, so a case is told apart by the finding's source
    /// (and severity where two cases share one); only the case that matches carries the ids.
    /// Sources (read 2026-12-01):
    /// APRL: Azure/Azure-Proactive-Resiliency-Library-v2, azure-resources/Network/virtualNetworkGateways/recommendations.yaml
    /// and azure-resources/Network/publicIPAddresses/recommendations.yaml (aprlGuid, recommendationTypeId).
    /// Advisor: "Reliability recommendations" reference, learn.microsoft.com/azure/advisor/advisor-reference-reliability-recommendations
    /// (Recommendation ID).
    /// </summary>
    internal static class AzureAdvice
    {
        const string AprlGateways = "https://azure.github.io/Azure-Proactive-Resiliency-Library-v2/azure-resources/Network/virtualNetworkGateways/";
        const string AprlPublicIps = "https://azure.github.io/Azure-Proactive-Resiliency-Library-v2/azure-resources/Network/publicIPAddresses/";
        const string AdvisorReliability = "https://learn.microsoft.com/azure/advisor/advisor-reference-reliability-recommendations";

        public static readonly AzureRecommendation AprlActiveActive = new AzureRecommendation(AzureRecommendation.Aprl,
            "281a2713-c0e0-3c48-b596-19f590c46671", "Enable Active-Active VPN Gateways for redundancy", AprlGateways);
        public static readonly AzureRecommendation AprlZoneRedundantGateway = new AzureRecommendation(AzureRecommendation.Aprl,
            "5b1933a6-90e4-f642-a01f-e58594e5aab2", "Choose a Zone-redundant VPN gateway", AprlGateways);
        public static readonly AzureRecommendation AprlOnPremisesConcentrators = new AzureRecommendation(AzureRecommendation.Aprl,
            "af11fc4c-c06c-4f4c-b98d-6eee6d5c4c70", "Deploy active-active VPN concentrators on your premises for maximum resiliency with VPN gateways", AprlGateways);
        public static readonly AzureRecommendation AprlZoneRedundantGatewayIps = new AzureRecommendation(AzureRecommendation.Aprl,
            "4bae5a28-5cf4-40d9-bcf1-623d28f6d917", "Deploy zone-redundant VPN gateways with zone-redundant Public IP(s)", AprlGateways);
        public static readonly AzureRecommendation AprlZoneRedundantIp = new AzureRecommendation(AzureRecommendation.Aprl,
            "c63b81fb-7afc-894c-a840-91bb8a8dcfaf", "Use Standard SKU and Zone-Redundant IPs when applicable", AprlPublicIps);
        public static readonly AzureRecommendation AprlUpgradeBasicIp = new AzureRecommendation(AzureRecommendation.Aprl,
            "5cea1501-6fe4-4ec4-ac8f-f72320eb18d3", "Upgrade Basic SKU public IP addresses to Standard SKU", AprlPublicIps);

        public static readonly AzureRecommendation AdvisorActiveActive = new AzureRecommendation(AzureRecommendation.Advisor,
            "c249dc0e-9a17-423e-838a-d72719e8c5dd", "Enable Active-Active gateways for redundancy", AdvisorReliability);
        public static readonly AzureRecommendation AdvisorZoneRedundantGateway = new AzureRecommendation(AzureRecommendation.Advisor,
            "1afa00b3-bb4c-496d-99e5-b7bda59a057c", "Configure and deploy VPN gateway and related resources to use availability zones", AdvisorReliability);
        public static readonly AzureRecommendation AdvisorProductionSku = new AzureRecommendation(AzureRecommendation.Advisor,
            "e070c4bf-afaf-413e-bc00-e476b89c5f3d", "Move to production gateway SKUs from Basic gateways", AdvisorReliability);
        public static readonly AzureRecommendation AdvisorLegacySkuRetired = new AzureRecommendation(AzureRecommendation.Advisor,
            "96e232d0-9b01-4e96-8c24-f9160ba3535a", "Standard and High-Performance VPN Gateway SKUs are being retired", AdvisorReliability);
        public static readonly AzureRecommendation AdvisorZoneRedundantIp = new AzureRecommendation(AzureRecommendation.Advisor,
            "bc45d55d-3902-4505-8e34-ef8777bc6177", "Configure and deploy public IP addresses and related resources to use availability zones", AdvisorReliability);

        sealed class Case
        {
            public Case(string ruleId, string source, Severity? severity, params AzureRecommendation[] recommendations)
            {
                RuleId = ruleId;
                Source = source;
                Severity = severity;
                Recommendations = recommendations;
            }

            public string RuleId { get; }
            /// <summary>The finding's source for this case; null for every finding of the rule.</summary>
            public string Source { get; }
            public Severity? Severity { get; }
            public AzureRecommendation[] Recommendations { get; }

            public bool Matches(string ruleId, Severity severity, string source) =>
                string.Equals(RuleId, ruleId, StringComparison.OrdinalIgnoreCase) &&
                (Source == null || Source == source) && (Severity == null || Severity == severity);
        }

        static readonly Case[] Cases =
        {
            // One tunnel: APRL and Advisor flag the active-standby gateway; the finding's fix also adds a second device.
            new Case("HA015", Sources.ArticleActiveStandby, AzVpnHa.Severity.Warning, AprlActiveActive, AdvisorActiveActive, AprlOnPremisesConcentrators),
            // Active-active gateway, one device: APRL's 4-tunnel full mesh.
            new Case("HA015", Sources.ArticleDualRedundancy, null, AprlOnPremisesConcentrators),
            // Several devices, active-standby gateway.
            new Case("HA015", Sources.ArticleMultipleDevices, null, AprlActiveActive, AdvisorActiveActive),
            // Basic: Advisor's production SKU; APRL's zone-redundant SKU query flags every tier without AZ, Basic included.
            new Case("HA017", Sources.GatewaySkus, null, AdvisorProductionSku, AprlZoneRedundantGateway),
            // Non-AZ VpnGw1-5, migrating to the AZ SKUs.
            new Case("HA017", Sources.SkuConsolidation, null, AprlZoneRedundantGateway, AdvisorZoneRedundantGateway),
            // Legacy Standard / HighPerformance.
            new Case("HA017", Sources.WhatsNew, null, AdvisorLegacySkuRetired, AprlZoneRedundantGateway),
            // Dual redundancy with fewer than 4 tunnels up.
            new Case("HA033", null, null, AprlOnPremisesConcentrators),
            // Basic public IP of a VpnGw1-5 gateway (the migration tool's case).
            new Case("HA036", Sources.BasicPublicIpMigrationHowTo, null, AprlUpgradeBasicIp),
            // Basic public IP of a legacy Standard/HighPerformance gateway: Advisor retires those SKUs because they take Basic IPs only.
            new Case("HA036", Sources.Faq + "#sku-deprecate", null, AprlUpgradeBasicIp, AdvisorLegacySkuRetired),
            // (A Basic IP of a Basic-SKU gateway is removed by Azure itself: nothing to do, no advice joined.)
            // Zonal public IP of a gateway.
            new Case("HA036", Sources.ZoneRedundant, null, AprlZoneRedundantGatewayIps, AprlZoneRedundantIp, AdvisorZoneRedundantIp),
        };

        static readonly AzureRecommendation[] None = new AzureRecommendation[0];

        /// <summary>The recommendations that cover the same problem as a finding of this rule, severity and source.</summary>
        public static IReadOnlyList<AzureRecommendation> For(string ruleId, Severity severity, string source)
        {
            List<AzureRecommendation> found = null;
            foreach (var c in Cases)
            {
                if (!c.Matches(ruleId, severity, source)) continue;
                found = found ?? new List<AzureRecommendation>();
                foreach (var r in c.Recommendations) if (!found.Contains(r)) found.Add(r);
            }
            return (IReadOnlyList<AzureRecommendation>)found ?? None;
        }

        /// <summary>Every recommendation any finding of the rule may carry.</summary>
        public static IReadOnlyList<AzureRecommendation> ForRule(string ruleId) =>
            Cases.Where(c => string.Equals(c.RuleId, ruleId, StringComparison.OrdinalIgnoreCase)).SelectMany(c => c.Recommendations).Distinct().ToList();
    }
}
