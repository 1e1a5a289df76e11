using System.Collections.Generic;
using AzVpnHa.Catalog;

namespace AzVpnHa.Rules
{
    /// <summary>
    /// gateway-sku-consolidation: non-AZ VpnGw1-5 creation blocked from 2025-01-01, retirement 2026-09-30, migrated
    /// to VpnGw1-5AZ. legacy SKU article: Standard/HighPerformance creation blocked from 2023-12-01; whats-new: retired March 2026.
    /// about-gateway-skus: Basic is for dev-test (no BGP, no active-active) and is not retiring.
    /// </summary>
    internal sealed class HA017RetiredSku : Rule
    {
        public HA017RetiredSku() : base("HA017", "No retired or retiring SKU, and no Basic in production", Severity.Error, Sources.SkuConsolidation) { }

        internal override void Evaluate(RuleContext context, ICollection<Finding> findings)
        {
            bool planned = context.Topology.Origin == TopologyOrigin.Planned;
            foreach (var gateway in context.Topology.Gateways)
            {
                var sku = RuleContext.Sku(gateway);
                if (sku == null)
                {
                    Unknown(context, gateway, nameof(Gateway.Sku));
                    continue;
                }
                switch (sku.Status)
                {
                    case SkuStatus.DevTest:
                        findings.Add(Finding(gateway.Name, $"Gateway '{gateway.Name}' uses the Basic SKU, meant for dev-test: no active-active, no BGP, 10 tunnels.",
                            "Use VpnGw1AZ or larger for production.", Severity.Warning, Sources.GatewaySkus));
                        break;
                    case SkuStatus.Migrating:
                    case SkuStatus.Legacy:
                        var blocked = sku.CreationBlocked.Value;
                        var retired = sku.Retirement.Value;
                        var when = context.AsOf.Date > retired ? $"was retired on {retired:yyyy-MM-dd}" : $"retires on {retired:yyyy-MM-dd}";
                        var source = sku.Status == SkuStatus.Legacy ? Sources.WhatsNew : Sources.SkuConsolidation;
                        var message = $"Gateway '{gateway.Name}' uses {sku.Name}: new gateways of this SKU are blocked since {blocked:yyyy-MM-dd}, and it {when}" +
                                      (sku.Status == SkuStatus.Legacy ? $"; Microsoft's automatic migration to {sku.Successor} can fail (e.g. on an undersized GatewaySubnet)." : $" (Microsoft migrates it to {sku.Successor}).");
                        // A deployed non-AZ gateway still runs and is being migrated for you: a warning. A plan cannot be deployed: an error.
                        var severity = planned || sku.Status == SkuStatus.Legacy ? Severity.Error : Severity.Warning;
                        findings.Add(Finding(gateway.Name, message, $"Use {sku.Successor} (zone-redundant).", severity, source));
                        break;
                }
            }
        }
    }
}
