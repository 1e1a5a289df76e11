using System;
using System.Collections.Generic;
using System.Linq;

namespace AzVpnHa.Failover
{
    /// <summary>A site or VNet link with its tunnels and gateways, gathered once per analysis.</summary>
    internal sealed class FailoverTarget
    {
        public string Name { get; private set; }
        public string Type { get; private set; }
        public TopologyKind Kind { get; private set; }
        public List<Tunnel> Tunnels { get; } = new List<Tunnel>();
        public Gateway[] Gateways { get; private set; }

        /// <summary>Sites first, then VNet links, in topology order; one pass over the tunnels.</summary>
        public static List<FailoverTarget> Of(Topology topology)
        {
            var targets = new List<FailoverTarget>(topology.Sites.Count + topology.VNetLinks.Count);
            var sites = new Dictionary<string, FailoverTarget>(StringComparer.OrdinalIgnoreCase);
            var links = new Dictionary<string, FailoverTarget>(StringComparer.OrdinalIgnoreCase);
            foreach (var site in topology.Sites)
            {
                var target = new FailoverTarget { Name = site.Name, Type = "Site", Kind = site.Kind, Gateways = Existing(topology, site.Gateway) };
                targets.Add(target);
                if (site.Name != null && !sites.ContainsKey(site.Name)) sites.Add(site.Name, target);
            }
            foreach (var link in topology.VNetLinks)
            {
                var target = new FailoverTarget { Name = link.Name, Type = "VNetLink", Kind = link.Kind, Gateways = Existing(topology, link.GatewayA, link.GatewayB) };
                targets.Add(target);
                if (link.Name != null && !links.ContainsKey(link.Name)) links.Add(link.Name, target);
            }
            foreach (var tunnel in topology.Tunnels)
            {
                var map = tunnel.LocalNetworkGateway != null ? sites : links;
                if (tunnel.Target != null && map.TryGetValue(tunnel.Target, out var target)) target.Tunnels.Add(tunnel);
            }
            return targets;
        }

        static Gateway[] Existing(Topology topology, params string[] names) =>
            names.Select(topology.FindGateway).Where(g => g != null).ToArray();
    }
}
