using System.Collections.Generic;
using AzVpnHa.Catalog;

namespace AzVpnHa.Rules
{
    /// <summary>
    /// Article, multiple devices, requirement 6: "You must use Equal-cost multi-path routing (ECMP)" - on the
    /// on-premises side, which Azure cannot see, hence a reminder. The FAQ adds that AS-path prepending is honoured
    /// and RoutingWeight cannot be used on VPN connections.
    /// </summary>
    internal sealed class HA020Ecmp : Rule
    {
        public HA020Ecmp() : base("HA020", "ECMP on-premises when several devices serve one site", Severity.Information, Sources.ArticleMultipleDevices) { }

        internal override void Evaluate(RuleContext context, ICollection<Finding> findings)
        {
            foreach (var site in context.Topology.Sites)
            {
                int tunnels = site.TunnelCount;
                if (site.LocalNetworkGateways.Count < 2) continue;
                findings.Add(Finding(site.Name,
                    $"Site '{site.Name}' has {site.LocalNetworkGateways.Count} devices and {tunnels} tunnels: on-premises routers must use ECMP over them, or traffic uses one device only.",
                    "Enable ECMP on the on-premises routers; to prefer one device use AS-path prepending (RoutingWeight has no effect on VPN connections)."));
            }
        }
    }
}
