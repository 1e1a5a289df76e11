using System;
using System.Collections.Generic;
using AzVpnHa.Catalog;

namespace AzVpnHa.Rules
{
    /// <summary>Article, multiple devices, requirement 2: the LNGs of the devices must have unique public IP addresses.</summary>
    internal sealed class HA001UniqueDevicePublicIp : Rule
    {
        public HA001UniqueDevicePublicIp() : base("HA001", "Each on-premises device (local network gateway) has its own public IP", Severity.Error, Sources.ArticleMultipleDevices) { }

        internal override void Evaluate(RuleContext context, ICollection<Finding> findings)
        {
            foreach (var gateway in context.Topology.Gateways)
            {
                var seen = new Dictionary<string, LocalNetworkGateway>(StringComparer.OrdinalIgnoreCase);
                var connections = context.IpsecConnections(gateway);
                foreach (var (_, lng) in connections)
                {
                    var endpoint = lng.Endpoint;
                    if (endpoint == null)
                    {
                        if (connections.Count > 1) Unknown(context, lng, nameof(LocalNetworkGateway.GatewayIpAddress), nameof(LocalNetworkGateway.Fqdn));
                        continue;
                    }
                    if (seen.TryGetValue(endpoint, out var first))
                    {
                        if (!ReferenceEquals(first, lng))
                            findings.Add(Finding(lng.Name,
                                $"Local network gateways '{first.Name}' and '{lng.Name}' both use {endpoint} on gateway '{gateway.Name}': Azure sees one device, not two.",
                                "Give every on-premises VPN device its own public IP and its own local network gateway."));
                    }
                    else seen.Add(endpoint, lng);
                }
            }
        }
    }
}
