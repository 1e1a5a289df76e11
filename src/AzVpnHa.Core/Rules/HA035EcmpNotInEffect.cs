using System;
using System.Collections.Generic;
using System.Linq;
using AzVpnHa.Catalog;

namespace AzVpnHa.Rules
{
    /// <summary>
    /// Article, multiple devices: every device advertises the site's prefixes so Azure spreads traffic over all tunnels
    /// (ECMP). Deployed, that shows as the site's prefixes being learned from every device's BGP peer: from learned routes
    /// (eBGP rows per source peer) when read, else from peer status (a Connected session with routes received).
    /// </summary>
    internal sealed class HA035EcmpNotInEffect : Rule
    {
        public HA035EcmpNotInEffect() : base("HA035", "A site's prefixes are learned from every device (ECMP in effect)", Severity.Warning, Sources.ArticleMultipleDevices) { }

        internal override void Evaluate(RuleContext context, ICollection<Finding> findings)
        {
            var topology = context.Topology;
            if (topology.Origin != TopologyOrigin.Deployed || (topology.LearnedRoutes.Count == 0 && topology.BgpPeers.Count == 0)) return;
            var routesFor = new HashSet<string>(topology.LearnedRoutes.Select(r => r.Gateway), StringComparer.OrdinalIgnoreCase);
            var peersFor = new HashSet<string>(topology.BgpPeers.Select(p => p.Gateway), StringComparer.OrdinalIgnoreCase);
            foreach (var site in topology.Sites)
            {
                var gateway = topology.FindGateway(site.Gateway);
                if (gateway == null || !gateway.EnableBgp) continue;
                var devices = context.SiteConnections(site).Where(x => x.Connection.EnableBgp && x.Lng.HasBgpSettings).Select(x => x.Lng).Distinct().ToList();
                if (devices.Count < 2) continue;
                List<LocalNetworkGateway> silent;
                string evidence;
                if (routesFor.Contains(gateway.Name))
                {
                    silent = devices.Where(l => l.AdvertisedPrefixes.Count == 0).ToList();
                    evidence = "learned routes";
                }
                else if (peersFor.Contains(gateway.Name))
                {
                    silent = devices.Where(l => !topology.BgpPeers.Any(p => string.Equals(p.Gateway, gateway.Name, StringComparison.OrdinalIgnoreCase)
                        && string.Equals(p.Neighbor, l.BgpPeeringAddress, StringComparison.OrdinalIgnoreCase) && p.IsConnected && p.RoutesReceived > 0)).ToList();
                    evidence = "BGP peer status";
                }
                else continue;
                if (silent.Count == 0) continue;
                findings.Add(Finding(site.Name,
                    $"Site '{site.Name}' has {devices.Count} BGP devices but its prefixes are learned from {devices.Count - silent.Count} of them ({evidence}); nothing from {string.Join(", ", silent.Select(l => "'" + (l.Device ?? l.Name) + "'"))}: ECMP is not in effect and traffic uses fewer tunnels than built.",
                    "Advertise the site's prefixes from every device over BGP (same prefixes; AS-path prepending, not withdrawal, to prefer one)."));
            }
        }
    }
}
