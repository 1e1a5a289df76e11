using System.Collections.Generic;
using System.Linq;
using AzVpnHa.Catalog;

namespace AzVpnHa.Rules
{
    /// <summary>BGP is supported on every SKU except Basic (VPN FAQ, BGP section).</summary>
    internal sealed class HA009BgpSku : Rule
    {
        public HA009BgpSku() : base("HA009", "The SKU supports BGP", Severity.Error, Sources.FaqBgp) { }

        internal override void Evaluate(RuleContext context, ICollection<Finding> findings)
        {
            foreach (var gateway in context.Topology.Gateways)
            {
                var sku = RuleContext.Sku(gateway);
                if (sku == null && gateway.EnableBgp) Unknown(context, gateway, nameof(Gateway.Sku));
                if (sku == null || sku.SupportsBgp) continue;
                bool wantsBgp = gateway.EnableBgp || context.IpsecConnections(gateway).Any(x => x.Connection.EnableBgp)
                    || context.Topology.VNetLinks.Any(l => l.EnableBgp && (l.GatewayA == gateway.Name || l.GatewayB == gateway.Name));
                if (wantsBgp)
                    findings.Add(Finding(gateway.Name, $"Gateway '{gateway.Name}' uses BGP but the {sku.Name} SKU does not support BGP.", "Use VpnGw1AZ or larger."));
            }
        }
    }
}
