using System.Collections.Generic;
using AzVpnHa.Catalog;

namespace AzVpnHa.Rules
{
    /// <summary>
    /// Article, multiple devices, requirement 7: every connection counts against the SKU's tunnel limit; an
    /// active-active gateway uses 2 tunnels per connection. Limits are the current SKU table's (Basic 10,
    /// VpnGw1-3(AZ) 30, VpnGw4-5(AZ) 100), not the 2016 article's 10/30.
    /// </summary>
    public sealed class HA007TunnelLimit : Rule
    {
        public HA007TunnelLimit() : base("HA007", "Tunnels per gateway stay within the SKU limit", Severity.Error, Sources.GatewaySkus) { }

        public override void Evaluate(RuleContext context, ICollection<Finding> findings)
        {
            foreach (var gateway in context.Topology.Gateways)
            {
                var sku = RuleContext.Sku(gateway);
                if (sku == null || gateway.TunnelCount <= sku.MaxTunnels) continue;
                findings.Add(Finding(gateway.Name,
                    $"Gateway '{gateway.Name}' needs {gateway.TunnelCount} S2S/VNet-to-VNet tunnels but {sku.Name} allows {sku.MaxTunnels}" +
                    (gateway.ActiveActive ? " (active-active counts 2 tunnels per connection)." : "."),
                    sku.MaxTunnels < 100 ? "Choose VpnGw4AZ or VpnGw5AZ (100 tunnels), or fewer connections." : "Above 100 tunnels use Azure Virtual WAN, or split sites across gateways."));
            }
        }
    }
}
