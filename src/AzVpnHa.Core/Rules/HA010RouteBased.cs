using System.Collections.Generic;
using AzVpnHa.Catalog;

namespace AzVpnHa.Rules
{
    /// <summary>
    /// Active-active and BGP require a route-based gateway (about-active-active-gateways; FAQ BGP), and
    /// "Policy-based gateways can't do multi-site or VNet-to-VNet" (VPN FAQ).
    /// </summary>
    internal sealed class HA010RouteBased : Rule
    {
        public HA010RouteBased() : base("HA010", "Route-based VPN type for active-active, BGP, several sites and VNet-to-VNet", Severity.Error, Sources.Faq) { }

        internal override void Evaluate(RuleContext context, ICollection<Finding> findings)
        {
            foreach (var gateway in context.Topology.Gateways)
            {
                if (!string.Equals(gateway.VpnType, "PolicyBased", System.StringComparison.OrdinalIgnoreCase)) continue;
                var needs = new List<string>();
                if (gateway.ActiveActive) needs.Add("active-active");
                if (gateway.EnableBgp) needs.Add("BGP");
                if (context.IpsecConnections(gateway).Count > 1) needs.Add("several site-to-site connections");
                if (context.Vnet2VnetConnections(gateway) > 0) needs.Add("VNet-to-VNet");
                if (needs.Count == 0) continue;
                findings.Add(Finding(gateway.Name, $"Gateway '{gateway.Name}' is policy-based but uses {string.Join(", ", needs)}, which need a route-based gateway.",
                    "Use vpnType RouteBased. An existing gateway cannot change type: it must be deleted and recreated (about 60 minutes, new public IP)."));
            }
        }
    }
}
