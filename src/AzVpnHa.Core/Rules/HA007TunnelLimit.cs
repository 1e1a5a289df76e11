using System.Collections.Generic;
using AzVpnHa.Catalog;

namespace AzVpnHa.Rules
{
    /// <summary>
    /// The HA article (07/24/2024), multiple devices, requirement 6: "Each connection is counted against the maximum
    /// number of tunnels for your Azure VPN gateway"; the FAQ adds that several tunnels to one on-premises network each
    /// count. No current Microsoft document says an active-active connection (one connection, a tunnel from each
    /// instance) counts twice, so the Error counts connections, as the docs do; a gateway whose instance tunnels alone
    /// exceed the limit gets an Information finding. Limits are the current SKU table's (Basic 10, VpnGw1-3(AZ) 30,
    /// VpnGw4-5(AZ) 100), not the 2016 article's 10/30. A false Error here blocks exports: precision first.
    /// </summary>
    internal sealed class HA007TunnelLimit : Rule
    {
        public HA007TunnelLimit() : base("HA007", "Connections per gateway stay within the SKU's tunnel limit", Severity.Error, Sources.ArticleMultipleDevices) { }

        internal override void Evaluate(RuleContext context, ICollection<Finding> findings)
        {
            foreach (var gateway in context.Topology.Gateways)
            {
                var sku = RuleContext.Sku(gateway);
                if (sku == null)
                {
                    Unknown(context, gateway, nameof(Gateway.Sku));
                    continue;
                }
                int connections = context.IpsecConnections(gateway).Count + context.Vnet2VnetConnections(gateway);
                if (connections > sku.MaxTunnels)
                    findings.Add(Finding(gateway.Name,
                        $"Gateway '{gateway.Name}' has {connections} S2S/VNet-to-VNet connections but {sku.Name} allows {sku.MaxTunnels} tunnels; each connection is counted against the maximum number of tunnels.",
                        sku.MaxTunnels < 100 ? "Choose VpnGw4AZ or VpnGw5AZ (100 tunnels), or fewer connections." : "Above 100 tunnels use Azure Virtual WAN, or split sites across gateways."));
                else if (gateway.TunnelCount > sku.MaxTunnels)
                    findings.Add(Finding(gateway.Name,
                        $"Gateway '{gateway.Name}' has {connections} connections, within the {sku.MaxTunnels} tunnels of {sku.Name} as the docs count them (each connection counts), but its instances build {gateway.TunnelCount} IPsec tunnels; no current Microsoft document says whether active-active tunnels count twice.",
                        "Keep headroom if you expect growth: VpnGw4AZ or VpnGw5AZ allow 100 tunnels.",
                        Severity.Information, Sources.FaqTunnelCount));
            }
        }
    }
}
