using System;
using System.Collections.Generic;
using AzVpnHa.Catalog;

namespace AzVpnHa.Rules
{
    /// <summary>
    /// Article, multiple devices, requirement 3 (unique BgpPeerIpAddress per LNG), and configure-bgp: "Custom APIPA
    /// BGP addresses must be unique across your on-premises VPN devices and all connected VPN gateways". Uniqueness is
    /// checked per BGP domain - gateways joined by VNet-to-VNet links, with the devices they connect - so two unrelated
    /// hubs in one subscription audit may reuse private addresses.
    /// </summary>
    internal sealed class HA003UniqueBgpPeeringAddresses : Rule
    {
        public HA003UniqueBgpPeeringAddresses() : base("HA003", "BGP peering addresses are unique across connected devices and gateways", Severity.Error, Sources.ArticleMultipleDevices) { }

        internal override void Evaluate(RuleContext context, ICollection<Finding> findings)
        {
            foreach (var domain in Domains(context.Topology))
            {
                var owners = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
                foreach (var gateway in domain)
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
                foreach (var gateway in domain)
                {
                    foreach (var (_, lng) in context.IpsecConnections(gateway))
                    {
                        if (lng.BgpPeeringAddress == null)
                        {
                            if (owners.Count > 0) Unknown(context, lng, nameof(LocalNetworkGateway.BgpPeeringAddress));
                            continue;
                        }
                        if (devices.TryGetValue(lng.BgpPeeringAddress, out var first))
                        {
                            if (ReferenceEquals(first, lng)) continue;
                            if (first.Endpoint != null && string.Equals(first.Endpoint, lng.Endpoint, StringComparison.OrdinalIgnoreCase)) continue;
                        }
                        else devices.Add(lng.BgpPeeringAddress, lng);
                        Claim(owners, lng.BgpPeeringAddress, "local network gateway '" + lng.Name + "'", lng.Name, findings);
                    }
                }
            }
        }

        /// <summary>Gateways grouped by VNet-to-VNet links (union-find), in topology order.</summary>
        static IEnumerable<List<Gateway>> Domains(Topology topology)
        {
            var parent = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
            string Root(string name)
            {
                while (parent.TryGetValue(name, out var p) && !string.Equals(p, name, StringComparison.OrdinalIgnoreCase)) name = p;
                return name;
            }
            foreach (var g in topology.Gateways) parent[g.Name] = g.Name;
            foreach (var link in topology.VNetLinks)
            {
                if (link.GatewayA == null || link.GatewayB == null || !parent.ContainsKey(link.GatewayA) || !parent.ContainsKey(link.GatewayB)) continue;
                parent[Root(link.GatewayA)] = Root(link.GatewayB);
            }
            var domains = new Dictionary<string, List<Gateway>>(StringComparer.OrdinalIgnoreCase);
            var order = new List<List<Gateway>>();
            foreach (var g in topology.Gateways)
            {
                var root = Root(g.Name);
                if (!domains.TryGetValue(root, out var list)) { domains[root] = list = new List<Gateway>(); order.Add(list); }
                list.Add(g);
            }
            return order;
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
