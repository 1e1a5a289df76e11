using System;
using System.Collections.Generic;
using AzVpnHa.Catalog;

namespace AzVpnHa.Rules
{
    /// <summary>
    /// Article, multiple devices, requirement 3 (unique BgpPeerIpAddress per LNG), and the FAQ / configure-bgp:
    /// "Custom APIPA BGP addresses must be unique across your on-premises VPN devices and all connected VPN gateways".
    /// </summary>
    public sealed class HA003UniqueBgpPeeringAddresses : Rule
    {
        public HA003UniqueBgpPeeringAddresses() : base("HA003", "BGP peering addresses are unique across devices and gateways", Severity.Error, Sources.ArticleMultipleDevices) { }

        public override void Evaluate(RuleContext context, ICollection<Finding> findings)
        {
            var owners = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
            foreach (var gateway in context.Topology.Gateways)
            {
                var mine = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
                foreach (var instance in gateway.Instances)
                {
                    if (instance.BgpPeeringAddress != null) mine.Add(instance.BgpPeeringAddress);
                    foreach (var custom in instance.CustomBgpIpAddresses) mine.Add(custom);
                }
                foreach (var address in mine) Claim(owners, address, "gateway '" + gateway.Name + "'", gateway.Name, findings);
            }
            // One device connected to several gateways has one LNG per gateway, all with its one peer address: no collision.
            var devices = new Dictionary<string, LocalNetworkGateway>(StringComparer.OrdinalIgnoreCase);
            foreach (var lng in context.Topology.LocalNetworkGateways)
            {
                if (lng.BgpPeeringAddress == null) continue;
                if (devices.TryGetValue(lng.BgpPeeringAddress, out var first))
                {
                    if (first.Endpoint != null && string.Equals(first.Endpoint, lng.Endpoint, StringComparison.OrdinalIgnoreCase)) continue;
                }
                else devices.Add(lng.BgpPeeringAddress, lng);
                Claim(owners, lng.BgpPeeringAddress, "local network gateway '" + lng.Name + "'", lng.Name, findings);
            }
        }

        void Claim(Dictionary<string, string> owners, string address, string owner, string target, ICollection<Finding> findings)
        {
            if (owners.TryGetValue(address, out var first))
                findings.Add(Finding(target, $"BGP peering address {address} of {owner} is already used by {first}; BGP sessions would collide.",
                    "Give every device and every gateway instance its own BGP peering address.",
                    source: first.StartsWith("gateway", StringComparison.Ordinal) || owner.StartsWith("gateway", StringComparison.Ordinal) ? Sources.ConfigureBgp : null));
            else owners.Add(address, owner);
        }
    }
}
