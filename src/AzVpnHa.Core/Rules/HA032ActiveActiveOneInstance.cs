using System.Collections.Generic;
using System.Linq;
using AzVpnHa.Catalog;

namespace AzVpnHa.Rules
{
    /// <summary>
    /// about-active-active-gateways: "If only one tunnel is connected, or both the tunnels are connected to one instance in
    /// active-active mode, the tunnel will go down during maintenance." Judged from tunnelConnectionStatus rows mapped to instances.
    /// </summary>
    internal sealed class HA032ActiveActiveOneInstance : Rule
    {
        public HA032ActiveActiveOneInstance() : base("HA032", "Each device has a tunnel to both instances of an active-active gateway", Severity.Warning, Sources.ActiveActive) { }

        internal override void Evaluate(RuleContext context, ICollection<Finding> findings)
        {
            if (context.Topology.Origin != TopologyOrigin.Deployed) return;
            foreach (var gateway in context.Topology.Gateways)
            {
                if (!gateway.ActiveActive || gateway.Instances.Count < 2) continue;
                foreach (var (c, lng) in context.IpsecConnections(gateway))
                {
                    var connected = c.TunnelConnectionStatus.Where(r => r.IsConnected && r.Instance.HasValue).ToList();
                    if (connected.Count == 0) continue;
                    var instances = connected.Select(r => r.Instance.Value).Distinct().ToList();
                    if (instances.Count != 1) continue;
                    int on = instances[0];
                    var device = lng.Device ?? lng.Name;
                    var message = connected.Count > 1
                        ? $"Device '{device}' has {connected.Count} tunnels connected, all to instance {on} of active-active gateway '{gateway.Name}': they all go down when that instance is maintained."
                        : $"Device '{device}' has a tunnel to instance {on} of active-active gateway '{gateway.Name}' only: it goes down when that instance is maintained.";
                    findings.Add(Finding(c.Name, message,
                        $"Configure '{device}' with a tunnel to each instance's public IP ({string.Join(", ", gateway.Instances.Select(i => i.PublicIpAddress ?? i.IpConfigurationName))}), both in the same connection."));
                }
            }
        }
    }
}
