using System.Collections.Generic;
using AzVpnHa.Catalog;

namespace AzVpnHa.Rules
{
    /// <summary>about-gateway-skus: VpnGw1(AZ) exist only in Generation1, VpnGw4-5(AZ) only in Generation2.</summary>
    internal sealed class HA018SkuGeneration : Rule
    {
        public HA018SkuGeneration() : base("HA018", "The SKU exists in the chosen generation", Severity.Error, Sources.GatewaySkus) { }

        internal override void Evaluate(RuleContext context, ICollection<Finding> findings)
        {
            foreach (var gateway in context.Topology.Gateways)
            {
                var sku = RuleContext.Sku(gateway);
                if (sku == null || sku.SupportsGeneration(gateway.Generation)) continue;
                findings.Add(Finding(gateway.Name, $"{sku.Name} does not exist in {gateway.Generation}.",
                    sku.Generation1 ? $"Use Generation1 with {sku.Name}." : $"Use Generation2 with {sku.Name}."));
            }
        }
    }
}
