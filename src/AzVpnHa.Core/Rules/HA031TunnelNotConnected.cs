using System.Collections.Generic;
using AzVpnHa.Catalog;
using AzVpnHa.Mesh;

namespace AzVpnHa.Rules
{
    /// <summary>
    /// A deployed tunnel whose tunnelConnectionStatus (or whole connectionStatus) says it is not connected: the site
    /// runs with less redundancy than it was built for, or not at all. Unknown status is not reported: Azure omits the
    /// rows often, and missing is not down.
    /// </summary>
    internal sealed class HA031TunnelNotConnected : Rule
    {
        public HA031TunnelNotConnected() : base("HA031", "Deployed tunnels are connected", Severity.Warning, Sources.ConnectionStatus) { }

        internal override void Evaluate(RuleContext context, ICollection<Finding> findings)
        {
            if (context.Topology.Origin != TopologyOrigin.Deployed) return;
            foreach (var target in context.TunnelTargets)
            {
                var tunnels = context.Tunnels(target);
                int down = 0;
                foreach (var t in tunnels) if (t.Status == TunnelMesh.NotConnected) down++;
                if (down == 0) continue;
                if (down == tunnels.Count)
                {
                    findings.Add(Finding(target, $"'{target}' has none of its {tunnels.Count} tunnel(s) connected: it is cut off from Azure.",
                        "Check the on-premises device(s), the shared key and IPsec/IKE settings of each connection; see the connection's troubleshooting steps.", Severity.Error));
                    continue;
                }
                foreach (var t in tunnels)
                {
                    if (t.Status != TunnelMesh.NotConnected) continue;
                    findings.Add(Finding(t.Connection,
                        $"Tunnel {t.AzureGateway}[{t.AzureInstance}] ({t.AzurePublicIp ?? "?"}) <-> {t.RemoteName} ({t.RemotePublicIp ?? "?"}) of '{target}' is not connected: the redundancy it gives is lost.",
                        $"Make the device {t.RemoteName} bring up a tunnel to every gateway instance's public IP, then check the connection's status."));
                }
            }
        }
    }
}
