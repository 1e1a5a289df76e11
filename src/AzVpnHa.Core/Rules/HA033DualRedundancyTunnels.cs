using System.Collections.Generic;
using AzVpnHa.Catalog;
using AzVpnHa.Mesh;

namespace AzVpnHa.Rules
{
    /// <summary>
    /// Article, dual redundancy: "a full mesh connectivity topology of 4 IPsec tunnels between the two networks".
    /// A deployed dual-redundant site with fewer than 4 tunnels that are (or may be) up is not the topology it looks like.
    /// </summary>
    internal sealed class HA033DualRedundancyTunnels : Rule
    {
        public HA033DualRedundancyTunnels() : base("HA033", "Dual redundancy has its 4 tunnels connected", Severity.Warning, Sources.ArticleDualRedundancy) { }

        internal override void Evaluate(RuleContext context, ICollection<Finding> findings)
        {
            if (context.Topology.Origin != TopologyOrigin.Deployed) return;
            foreach (var site in context.Topology.Sites)
            {
                if (site.Kind != TopologyKind.DualRedundancy) continue;
                int up = 0, maybe = 0;
                foreach (var t in context.Tunnels(site.Name))
                {
                    if (t.Target == null) continue;   // grouped under its connection's name, not a site
                    if (t.Status == TunnelMesh.Connected) up++;
                    else if (t.Status == TunnelMesh.Unknown) maybe++;
                }
                if (up + maybe >= 4) continue;
                findings.Add(Finding(site.Name,
                    $"Dual-redundant site '{site.Name}' has {up} connected tunnel(s)" + (maybe > 0 ? $" and {maybe} of unknown state" : "") + " of the full mesh of 4: it survives fewer failures than designed.",
                    "Bring up every device's tunnel to both gateway instances (2 devices x 2 instances = 4 tunnels)."));
            }
        }
    }
}
