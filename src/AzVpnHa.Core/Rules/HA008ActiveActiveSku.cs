using System.Collections.Generic;
using AzVpnHa.Catalog;

namespace AzVpnHa.Rules
{
    /// <summary>Active-active needs a SKU that has it: every SKU but Basic and legacy Standard (about-active-active-gateways; legacy SKU table).</summary>
    internal sealed class HA008ActiveActiveSku : Rule
    {
        public HA008ActiveActiveSku() : base("HA008", "The SKU supports active-active", Severity.Error, Sources.ActiveActive) { }

        internal override void Evaluate(RuleContext context, ICollection<Finding> findings)
        {
            foreach (var gateway in context.Topology.Gateways)
            {
                var sku = RuleContext.Sku(gateway);
                bool activeActive = Known.ActiveActive(gateway);
                if (sku == null && activeActive) Unknown(context, gateway, nameof(Gateway.Sku));
                if (!activeActive || sku == null || sku.SupportsActiveActive) continue;
                findings.Add(Finding(gateway.Name, $"Gateway '{gateway.Name}' is active-active but the {sku.Name} SKU does not support active-active; Azure rejects it.",
                    "Use VpnGw1AZ or larger."));
            }
        }
    }
}
