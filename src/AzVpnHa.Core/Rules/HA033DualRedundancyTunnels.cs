using System.Collections.Generic;
using AzVpnHa.Catalog;
using AzVpnHa.Mesh;

namespace AzVpnHa.Rules
{
    /// <summary>
    /// Article, dual redundancy: "a full mesh connectivity topology of 4 IPsec tunnels between the two networks".
    /// A deployed dual-redundant site with fewer than 4 tunnels that are (or may be) up is not the topology it looks like.
    /// </summary>
    public sealed class HA033DualRedundancyTunnels : Rule
    {
        public HA033DualRedundancyTunnels() : base("HA033", "Dual redundancy has its 4 tunnels connected", Severity.Warning, Sources.ArticleDualRedundancy) { }

        public override void Evaluate(RuleContext context, ICollection<Finding> findings)
        {
            if (context.Topology.Origin != TopologyOrigin.Deployed) return;
            var connected = new Dictionary<string, int>(System.StringComparer.OrdinalIgnoreCase);
            var unknown = new Dictionary<string, int>(System.StringComparer.OrdinalIgnoreCase);
            foreach (var t in context.Topology.Tunnels)
            {
                if (t.Target == null) continue;
                var map = t.Status == TunnelMesh.Connected ? connected : t.Status == TunnelMesh.Unknown ? unknown : null;
                if (map == null) continue;
                map.TryGetValue(t.Target, out var n);
                map[t.Target] = n + 1;
            }
            foreach (var site in context.Topology.Sites)
            {
                if (site.Kind != TopologyKind.DualRedundancy) continue;
                connected.TryGetValue(site.Name, out var up);
                unknown.TryGetValue(site.Name, out var maybe);
                if (up + maybe >= 4) continue;
                findings.Add(Finding(site.Name,
                    $"Dual-redundant site '{site.Name}' has {up} connected tunnel(s)" + (maybe > 0 ? $" and {maybe} of unknown state" : "") + " of the full mesh of 4: it survives fewer failures than designed.",
                    "Bring up every device's tunnel to both gateway instances (2 devices x 2 instances = 4 tunnels)."));
            }
        }
    }
}
