using System;
using System.Collections.Generic;
using System.Linq;
using AzVpnHa.Catalog;
using AzVpnHa.Mesh;
using AzVpnHa.Net;

namespace AzVpnHa.Rules
{
    /// <summary>
    /// configure-bgp and bgp-howto: custom Azure APIPA addresses lie in 169.254.21.0-169.254.22.255; on an
    /// active-active gateway the second instance's set must differ from the first; an APIPA on-premises peer is
    /// reached only from a custom APIPA address, so every active instance needs one.
    /// </summary>
    internal sealed class HA013CustomApipa : Rule
    {
        public HA013CustomApipa() : base("HA013", "Custom APIPA addresses in 169.254.21.0-169.254.22.255, distinct per instance", Severity.Error, Sources.ConfigureBgp) { }

        internal override void Evaluate(RuleContext context, ICollection<Finding> findings)
        {
            foreach (var gateway in context.Topology.Gateways)
            {
                foreach (var instance in gateway.Instances)
                {
                    foreach (var text in instance.CustomBgpIpAddresses)
                    {
                        if (RuleContext.TryIp(text, out var ip) && !WellKnownRanges.IsAzureCustomApipa(ip))
                            findings.Add(Finding(gateway.Name, $"Custom APIPA address {text} of gateway '{gateway.Name}' instance {instance.Index} is outside 169.254.21.0-169.254.22.255.",
                                "Choose custom APIPA addresses inside 169.254.21.0-169.254.22.255 (e.g. 169.254.21.1 and 169.254.22.1)."));
                    }
                }
                if (gateway.Instances.Count == 2)
                {
                    var shared = gateway.Instances[0].CustomBgpIpAddresses.Intersect(gateway.Instances[1].CustomBgpIpAddresses, StringComparer.OrdinalIgnoreCase).ToList();
                    if (shared.Count > 0)
                        findings.Add(Finding(gateway.Name, $"Both instances of gateway '{gateway.Name}' list the custom APIPA address {string.Join(", ", shared)}; the second instance's set must differ from the first.",
                            "Give instance 1 its own addresses, e.g. 169.254.21.x for instance 0 and 169.254.22.x for instance 1."));
                }

                foreach (var (connection, lng) in context.IpsecConnections(gateway))
                {
                    if (!connection.EnableBgp || !RuleContext.TryIp(lng.BgpPeeringAddress, out var peer) || !WellKnownRanges.IsApipa(peer)) continue;
                    // The gateway's custom APIPA addresses set at deploy time are not missing.
                    if (Unknown(context, gateway, nameof(GatewayInstance.CustomBgpIpAddresses))) continue;
                    foreach (var instance in TunnelMesh.ActiveInstances(gateway))
                    {
                        if (instance.CustomBgpIpAddresses.Count == 0)
                            findings.Add(Finding(gateway.Name,
                                $"Device '{lng.Device ?? lng.Name}' peers from the APIPA address {lng.BgpPeeringAddress}, but gateway '{gateway.Name}' instance {instance.Index} has no custom APIPA address to peer with.",
                                "Add a custom APIPA BGP address (169.254.21.0-169.254.22.255) to every active instance of the gateway."));
                    }
                    foreach (var choice in connection.GatewayCustomBgpIpAddresses)
                    {
                        var instance = gateway.Instances.FirstOrDefault(i => i.Index == choice.Instance);
                        if (instance != null && !instance.CustomBgpIpAddresses.Contains(choice.Address, StringComparer.OrdinalIgnoreCase))
                            findings.Add(Finding(connection.Name, $"Connection '{connection.Name}' selects {choice.Address} on instance {choice.Instance}, which is not one of that instance's custom APIPA addresses.",
                                "Select one of the addresses configured on the gateway instance (gatewayCustomBgpIpAddresses)."));
                    }
                }
            }
        }
    }
}
