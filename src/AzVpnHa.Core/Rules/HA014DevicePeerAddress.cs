using System.Collections.Generic;
using AzVpnHa.Catalog;

namespace AzVpnHa.Rules
{
    /// <summary>VPN FAQ, BGP: the on-premises BGP peer address must not be the device's public IP nor sit in the VNet address space (it may be a loopback, APIPA or not).</summary>
    internal sealed class HA014DevicePeerAddress : Rule
    {
        public HA014DevicePeerAddress() : base("HA014", "A device's BGP peer address is neither its public IP nor inside the VNet", Severity.Error, Sources.FaqBgp) { }

        internal override void Evaluate(RuleContext context, ICollection<Finding> findings)
        {
            foreach (var gateway in context.Topology.Gateways)
            {
                var vnet = RuleContext.Prefixes(gateway.VNetAddressPrefixes);
                foreach (var (_, lng) in context.IpsecConnections(gateway))
                {
                    if (!RuleContext.TryIp(lng.BgpPeeringAddress, out var peer))
                    {
                        Unknown(context, lng, nameof(LocalNetworkGateway.BgpPeeringAddress));
                        continue;
                    }
                    if (vnet.Count == 0) Unknown(context, gateway, nameof(Gateway.VNetAddressPrefixes));
                    if (RuleContext.TryIp(lng.GatewayIpAddress, out var publicIp) && publicIp == peer)
                        findings.Add(Finding(lng.Name, $"Local network gateway '{lng.Name}' uses its public IP {lng.GatewayIpAddress} as BGP peer address.",
                            "Use a private address of the device (a loopback works) or an APIPA address as the BGP peer."));
                    foreach (var prefix in vnet)
                    {
                        if (!prefix.Contains(peer)) continue;
                        findings.Add(Finding(lng.Name, $"BGP peer address {lng.BgpPeeringAddress} of '{lng.Name}' is inside the VNet prefix {prefix} of gateway '{gateway.Name}'.",
                            "Use an on-premises address outside the VNet address space for the device's BGP peer."));
                        break;
                    }
                }
            }
        }
    }
}
