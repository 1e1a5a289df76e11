using System;
using System.Collections.Generic;
using System.Linq;
using AzVpnHa.Catalog;

namespace AzVpnHa.Compare
{
    /// <summary>
    /// Compares two topologies resource by resource (gateways, their instances, local network gateways, connections,
    /// tunnels, sites and VNet links), matching resources by name without case. The reference is what should be (a
    /// plan), the difference what is (a deployed estate); any two topologies compare. A value either side does not know
    /// (set at deploy time, or not read) is not compared: a plan that leaves an address to Azure does not differ from
    /// the address Azure chose.
    /// </summary>
    internal static class TopologyComparer
    {
        public static IReadOnlyList<TopologyDifference> Compare(Topology reference, Topology difference)
        {
            if (reference == null) throw new ArgumentNullException(nameof(reference));
            if (difference == null) throw new ArgumentNullException(nameof(difference));
            var run = new Run(reference, difference);
            run.Gateways();
            run.LocalNetworkGateways();
            run.Connections();
            run.Tunnels();
            run.Sites();
            run.VNetLinks();
            return run.Differences;
        }

        sealed class Run
        {
            readonly Topology _ref, _diff;
            public readonly List<TopologyDifference> Differences = new List<TopologyDifference>();

            public Run(Topology reference, Topology difference) { _ref = reference; _diff = difference; }

            void Add(string type, string resource, string property, DifferenceChange change, string referenceValue, string differenceValue,
                string availability, string cost, bool disruptive, params string[] sources)
            {
                Differences.Add(new TopologyDifference
                {
                    ReferenceTopology = _ref.Name,
                    DifferenceTopology = _diff.Name,
                    ResourceType = type,
                    Resource = resource,
                    Property = property,
                    Change = change,
                    // In a modification an absent value is "(none)", not an empty cell.
                    ReferenceValue = change == DifferenceChange.Modify ? referenceValue ?? "(none)" : referenceValue,
                    DifferenceValue = change == DifferenceChange.Modify ? differenceValue ?? "(none)" : differenceValue,
                    Availability = availability,
                    Cost = cost,
                    Disruptive = disruptive,
                    Sources = sources,
                });
            }

            /// <summary>Pairs resources by name: (reference, difference), either null when the other side lacks it; reference order first.</summary>
            static IEnumerable<(T Reference, T Difference, string Name)> Pair<T>(IEnumerable<T> reference, IEnumerable<T> difference, Func<T, string> name)
            {
                var others = difference.Where(d => name(d) != null).GroupBy(name, StringComparer.OrdinalIgnoreCase).ToDictionary(g => g.Key, g => g.First(), StringComparer.OrdinalIgnoreCase);
                var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
                foreach (var r in reference)
                {
                    var key = name(r);
                    if (key == null || !seen.Add(key)) continue;
                    others.TryGetValue(key, out var d);
                    yield return (r, d, key);
                }
                foreach (var d in difference)
                {
                    var key = name(d);
                    if (key != null && seen.Add(key)) yield return (default(T), d, key);
                }
            }

            static bool Known(AzureResource resource, string property, object value) => value != null && !resource.IsUnknown(property);
            static bool Known(AzureResource a, AzureResource b, string property, object va, object vb) => Known(a, property, va) && Known(b, property, vb);

            static string Text(IEnumerable<string> values) => values == null || !values.Any() ? null : string.Join(", ", values);

            static bool SameSet(IEnumerable<string> a, IEnumerable<string> b) =>
                new HashSet<string>(a ?? Enumerable.Empty<string>(), StringComparer.OrdinalIgnoreCase).SetEquals(b ?? Enumerable.Empty<string>());

            public void Gateways()
            {
                foreach (var (r, d, name) in Pair(_ref.Gateways, _diff.Gateways, g => g.Name))
                {
                    if (d == null)
                    {
                        Add("Gateway", name, null, DifferenceChange.Add, Describe(r), null,
                            "A new gateway: the sites and VNet links it serves get their Azure end.",
                            "Creating a VPN gateway often takes 45 minutes or more, depending on the SKU; then its public IPs are known and devices can be configured.",
                            false, ChangeCosts.CreateGateway);
                        continue;
                    }
                    if (r == null)
                    {
                        Add("Gateway", name, null, DifferenceChange.Remove, null, Describe(d),
                            "Every tunnel of this gateway ends: the sites and VNet links it serves lose it.",
                            "Delete its connections first; traffic over it stops for good.", true);
                        continue;
                    }
                    Gateway(r, d, name);
                }
            }

            static string Describe(Gateway g) => g.Sku + ", " + (g.ActiveActive ? "active-active" : "active-standby") + (g.Asn.HasValue ? ", ASN " + g.Asn : "");

            void Gateway(Gateway r, Gateway d, string name)
            {
                if (Known(r, d, nameof(r.VpnType), r.VpnType, d.VpnType) && !string.Equals(r.VpnType, d.VpnType, StringComparison.OrdinalIgnoreCase))
                    Add("Gateway", name, "VpnType", DifferenceChange.Modify, r.VpnType, d.VpnType,
                        string.Equals(r.VpnType, "RouteBased", StringComparison.OrdinalIgnoreCase)
                            ? "Route-based is what active-active, BGP, several sites and VNet-to-VNet need."
                            : "Policy-based allows no active-active, no BGP, one site only.",
                        ChangeCosts.VpnTypeChange, true, Sources.Faq);

                if (Known(r, d, nameof(r.Generation), r.Generation, d.Generation) && !string.Equals(r.Generation, d.Generation, StringComparison.OrdinalIgnoreCase))
                    Add("Gateway", name, "Generation", DifferenceChange.Modify, r.Generation, d.Generation,
                        "The generation decides which SKUs (throughput, tunnels) the gateway can have.",
                        ChangeCosts.Change, true, ChangeCosts.SkuSources);

                if (Known(r, d, nameof(r.Sku), r.Sku, d.Sku) && !string.Equals(r.Sku, d.Sku, StringComparison.OrdinalIgnoreCase))
                    Sku(r, d, name);

                if (!r.IsUnknown(nameof(r.ActiveActive)) && !d.IsUnknown(nameof(d.ActiveActive)) && r.ActiveActive != d.ActiveActive)
                    Add("Gateway", name, "ActiveActive", DifferenceChange.Modify, r.ActiveActive.ToString(), d.ActiveActive.ToString(),
                        r.ActiveActive
                            ? "Both instances carry tunnels: planned maintenance of one costs a route withdrawal instead of a 10-15 s failover, an unplanned loss up to the DPD timeout instead of 1-3 minutes."
                            : "One instance carries the tunnels: planned maintenance interrupts traffic for 10-15 s, an unplanned failover for up to 1-3 minutes.",
                        r.ActiveActive ? ChangeCosts.ToActiveActive : ChangeCosts.ToActiveStandby, true,
                        ChangeCosts.ActiveActiveSources.Concat(new[] { Sources.ArticleActiveStandby }).ToArray());

                // Azure gives a gateway ASN 65515 even with BGP off (VPN FAQ): BGP on or off is its own difference, the ASN only matters with BGP.
                bool bgpKnown = !r.IsUnknown(nameof(r.EnableBgp)) && !d.IsUnknown(nameof(d.EnableBgp));
                if (bgpKnown && r.EnableBgp != d.EnableBgp)
                    Add("Gateway", name, "EnableBgp", DifferenceChange.Modify, r.EnableBgp.ToString(), d.EnableBgp.ToString(),
                        r.EnableBgp
                            ? "BGP on the gateway: several devices per site, failover by route withdrawal, transit."
                            : "No BGP: failover between devices of a site stops working, and so does transit.",
                        "The gateway is updated with its BGP settings; its connections' BGP and the devices must follow, routing over them is interrupted meanwhile.",
                        true, Sources.ConfigureBgp, Sources.FaqBgp);
                else if (bgpKnown && r.EnableBgp && !r.IsUnknown(nameof(r.Asn)) && !d.IsUnknown(nameof(d.Asn)) && r.Asn.HasValue && d.Asn.HasValue && r.Asn != d.Asn)
                    Add("Gateway", name, "Asn", DifferenceChange.Modify, r.Asn.ToString(), d.Asn.ToString(),
                        "The BGP domain changes its ASN.",
                        "The gateway is updated; every BGP session restarts, and every on-premises device and peer gateway must be configured with the new ASN before its routes return.",
                        true, Sources.ConfigureBgp, Sources.FaqBgp);

                if (Known(r, d, nameof(r.VNetAddressPrefixes), r.VNetAddressPrefixes.Any() ? r.VNetAddressPrefixes : null, d.VNetAddressPrefixes.Any() ? d.VNetAddressPrefixes : null)
                    && !SameSet(r.VNetAddressPrefixes, d.VNetAddressPrefixes))
                    Add("Gateway", name, "VNetAddressPrefixes", DifferenceChange.Modify, Text(r.VNetAddressPrefixes), Text(d.VNetAddressPrefixes),
                        "The prefixes the gateway advertises (BGP) and devices route to Azure change.",
                        "A VNet address space change; devices with static routes or traffic selectors must follow.", false, Sources.FaqBgp);

                var refInstances = r.Instances.ToList();
                var diffInstances = d.Instances.ToList();
                for (int i = 0; i < Math.Min(refInstances.Count, diffInstances.Count); i++)
                    Instance(refInstances[i], diffInstances[i], name + "[" + i + "]");
            }

            void Sku(Gateway r, Gateway d, string name)
            {
                SkuCatalog.TryGet(r.Sku, out var to);
                SkuCatalog.TryGet(d.Sku, out var from);
                var availability = new List<string>();
                if (to != null && from != null)
                {
                    if (to.MaxTunnels != from.MaxTunnels) availability.Add("tunnel limit " + from.MaxTunnels + " -> " + to.MaxTunnels);
                    if (to.ZoneRedundant != from.ZoneRedundant)
                        availability.Add(to.ZoneRedundant ? "the instances spread over availability zones (zone-redundant)" : "no longer zone-redundant: a zone outage can take both instances");
                    if (to.SupportsActiveActive != from.SupportsActiveActive) availability.Add(to.SupportsActiveActive ? "active-active becomes possible" : "active-active is no longer possible");
                    if (to.SupportsBgp != from.SupportsBgp) availability.Add(to.SupportsBgp ? "BGP becomes possible" : "BGP is no longer possible");
                }
                var resize = to != null && from != null && IsResize(from, to, r.Generation, d.Generation);
                var cost = resize ? ChangeCosts.Resize : ChangeCosts.Change;
                if (!resize && from != null && to != null && !from.ZoneRedundant && to.ZoneRedundant && from.Status == SkuStatus.Migrating)
                    cost += " Microsoft migrates non-AZ VpnGw1-5 gateways to their AZ SKU itself, with no downtime expected, until September 2026.";
                Add("Gateway", name, "Sku", DifferenceChange.Modify, r.Sku, d.Sku,
                    availability.Count > 0 ? Capitalize(string.Join("; ", availability)) + "." : "Throughput and price change; the tunnel limit stays.",
                    cost, !resize, resize ? new[] { ChangeCosts.SkuResize } : ChangeCosts.SkuSources.Concat(new[] { Sources.SkuConsolidation }).ToArray());
            }

            /// <summary>A resize stays within a family: legacy to legacy (not Basic), or the same generation and zone-redundancy (resize methods table, 01/24/2024).</summary>
            static bool IsResize(GatewaySku from, GatewaySku to, string toGeneration, string fromGeneration)
            {
                if (from.Name == "Basic" || to.Name == "Basic") return false;
                bool fromLegacy = from.Status == SkuStatus.Legacy, toLegacy = to.Status == SkuStatus.Legacy;
                if (fromLegacy || toLegacy) return fromLegacy && toLegacy;
                if (fromGeneration != null && toGeneration != null && !string.Equals(fromGeneration, toGeneration, StringComparison.OrdinalIgnoreCase)) return false;
                return from.ZoneRedundant == to.ZoneRedundant;
            }

            static string Capitalize(string s) => s.Length == 0 ? s : char.ToUpperInvariant(s[0]) + s.Substring(1);

            void Instance(GatewayInstance r, GatewayInstance d, string name)
            {
                if (r.BgpPeeringAddress != null && d.BgpPeeringAddress != null && r.BgpPeeringAddress != d.BgpPeeringAddress)
                    Add("GatewayInstance", name, "BgpPeeringAddress", DifferenceChange.Modify, r.BgpPeeringAddress, d.BgpPeeringAddress,
                        "The address on-premises devices peer with (non-APIPA) changes.",
                        "Azure assigns it from the GatewaySubnet (it changes with the active-active mode); every non-APIPA BGP peer of this instance must be changed, its session is down until then.",
                        true, Sources.ChangeActiveActive, Sources.FaqBgp);
                if (r.PublicIpAddress != null && d.PublicIpAddress != null && r.PublicIpAddress != d.PublicIpAddress)
                    Add("GatewayInstance", name, "PublicIpAddress", DifferenceChange.Modify, r.PublicIpAddress, d.PublicIpAddress,
                        "The address devices build their tunnels to changes.",
                        "Every device's tunnel to this instance is down until the device is configured with the new address.", true, Sources.Faq);
                if ((r.CustomBgpIpAddresses.Any() || d.CustomBgpIpAddresses.Any()) && !SameSet(r.CustomBgpIpAddresses, d.CustomBgpIpAddresses))
                    Add("GatewayInstance", name, "CustomBgpIpAddresses", DifferenceChange.Modify, Text(r.CustomBgpIpAddresses), Text(d.CustomBgpIpAddresses),
                        "The APIPA addresses APIPA peers (and connections choosing them) use change.",
                        "The gateway is updated; connections that select a removed address and devices peering with it must be changed, their BGP sessions are down until then.",
                        true, Sources.ConfigureBgp, Sources.BgpHowTo);
            }

            public void LocalNetworkGateways()
            {
                foreach (var (r, d, name) in Pair(_ref.LocalNetworkGateways, _diff.LocalNetworkGateways, l => l.Name))
                {
                    if (d == null)
                    {
                        Add("LocalNetworkGateway", name, null, DifferenceChange.Add, r.Endpoint, null,
                            "Another device" + (r.Site != null ? " for site '" + r.Site + "'" : "") + ": with its connection, more tunnels and one fewer single point of failure.",
                            "Create the local network gateway and its connection; existing tunnels are not touched.", false, Sources.ArticleMultipleDevices);
                        continue;
                    }
                    if (r == null)
                    {
                        Add("LocalNetworkGateway", name, null, DifferenceChange.Remove, null, d.Endpoint,
                            "The device's tunnels end" + (d.Site != null ? ": site '" + d.Site + "' loses that path" : "") + ".",
                            "Delete its connection first; traffic over its tunnels moves to the site's other devices, if any.", true, Sources.ArticleMultipleDevices);
                        continue;
                    }
                    if (Known(r, d, nameof(r.Endpoint), r.Endpoint, d.Endpoint) && !string.Equals(r.Endpoint, d.Endpoint, StringComparison.OrdinalIgnoreCase))
                        Add("LocalNetworkGateway", name, "Endpoint", DifferenceChange.Modify, r.Endpoint, d.Endpoint,
                            "The device's public address changes: its tunnels are built to the new one.",
                            "The local network gateway is updated; the device's tunnels re-establish to the new address.", true, Sources.Faq);
                    if (!r.IsUnknown(nameof(r.Asn)) && !d.IsUnknown(nameof(d.Asn)) && r.Asn != d.Asn)
                        Add("LocalNetworkGateway", name, "Asn", DifferenceChange.Modify, r.Asn?.ToString(), d.Asn?.ToString(),
                            r.Asn.HasValue && !d.Asn.HasValue ? "BGP with this device: failover by route withdrawal." : !r.Asn.HasValue ? "No BGP with this device: static routes only." : "The device's ASN changes.",
                            "The BGP session with this device restarts; routes over its tunnels are withdrawn until the device matches.", true, Sources.ConfigureBgp);
                    if (Known(r, d, nameof(r.BgpPeeringAddress), r.BgpPeeringAddress, d.BgpPeeringAddress) && r.BgpPeeringAddress != d.BgpPeeringAddress)
                        Add("LocalNetworkGateway", name, "BgpPeeringAddress", DifferenceChange.Modify, r.BgpPeeringAddress, d.BgpPeeringAddress,
                            "The address Azure peers with on this device changes" + (IsApipa(r.BgpPeeringAddress) != IsApipa(d.BgpPeeringAddress) ? " (APIPA on one side only: Azure picks its custom APIPA or GatewaySubnet address accordingly)" : "") + ".",
                            "The BGP session with this device restarts; routes over its tunnels are withdrawn until the device matches.", true, Sources.ConfigureBgp, Sources.BgpHowTo);
                    if (!SameSet(r.AddressPrefix, d.AddressPrefix))
                        Add("LocalNetworkGateway", name, "AddressPrefix", DifferenceChange.Modify, Text(r.AddressPrefix), Text(d.AddressPrefix),
                            "Azure's static routes to this device change (with BGP, learned routes add to them).",
                            "The local network gateway is updated with the new address space.", false, Sources.Faq);
                }
            }

            static bool IsApipa(string address) => address != null && address.StartsWith("169.254.", StringComparison.Ordinal);

            public void Connections()
            {
                foreach (var (r, d, name) in Pair(_ref.Connections, _diff.Connections, c => c.Name))
                {
                    if (d == null)
                    {
                        Add("Connection", name, null, DifferenceChange.Add, r.VirtualNetworkGateway1 + " -> " + r.Remote, null,
                            "Its " + (r.TunnelCount == 1 ? "tunnel" : r.TunnelCount + " tunnels") + " join the mesh.",
                            "Create the connection (the shared key on both ends); existing tunnels are not touched.", false, Sources.Article);
                        continue;
                    }
                    if (r == null)
                    {
                        Add("Connection", name, null, DifferenceChange.Remove, null, d.VirtualNetworkGateway1 + " -> " + d.Remote,
                            "Its " + (d.TunnelCount == 1 ? "tunnel ends" : d.TunnelCount + " tunnels end") + ".",
                            "Delete the connection: traffic over it stops or moves to the other tunnels of its site.", true, Sources.Article);
                        continue;
                    }
                    var rEnds = r.VirtualNetworkGateway1 + " -> " + r.Remote;
                    var dEnds = d.VirtualNetworkGateway1 + " -> " + d.Remote;
                    if (r.Remote != null && d.Remote != null && !string.Equals(rEnds, dEnds, StringComparison.OrdinalIgnoreCase))
                        Add("Connection", name, "Ends", DifferenceChange.Modify, rEnds, dEnds,
                            "The connection joins other ends.", "A connection's ends cannot be changed: delete and recreate it; its tunnels are down meanwhile.", true, Sources.Faq);
                    if (!r.IsUnknown(nameof(r.EnableBgp)) && !d.IsUnknown(nameof(d.EnableBgp)) && r.EnableBgp != d.EnableBgp)
                        Add("Connection", name, "EnableBgp", DifferenceChange.Modify, r.EnableBgp.ToString(), d.EnableBgp.ToString(),
                            r.EnableBgp ? "Routes over this connection are learned by BGP: failover by route withdrawal." : "Static routes only over this connection: no failover between devices.",
                            "The connection is updated; the device must match, routing over it is interrupted meanwhile.", true, Sources.ConfigureBgp);
                    var rApipa = r.GatewayCustomBgpIpAddresses.Select(a => a.Address).ToList();
                    var dApipa = d.GatewayCustomBgpIpAddresses.Select(a => a.Address).ToList();
                    if ((rApipa.Count > 0 || dApipa.Count > 0) && !SameSet(rApipa, dApipa))
                        Add("Connection", name, "GatewayCustomBgpIpAddresses", DifferenceChange.Modify, Text(rApipa), Text(dApipa),
                            "The APIPA addresses Azure uses on this connection's tunnels change.",
                            "The connection is updated; the device's BGP sessions restart with the new addresses.", true, Sources.ConfigureBgp, Sources.BgpHowTo);
                    if (r.DpdTimeoutSeconds.HasValue && d.DpdTimeoutSeconds.HasValue && r.DpdTimeoutSeconds != d.DpdTimeoutSeconds)
                        Add("Connection", name, "DpdTimeoutSeconds", DifferenceChange.Modify, r.DpdTimeoutSeconds.ToString(), d.DpdTimeoutSeconds.ToString(),
                            "Dead peer detection decides how soon a lost tunnel's routes are withdrawn.", "The connection is updated.", false, Sources.AvmConnection);
                }
            }

            /// <summary>Connection, Azure instance and remote resource: a deployed estate names no devices, so the local network gateway stands for the device.</summary>
            static string TunnelKey(Tunnel t) => t.Connection + ": " + t.AzureGateway + "[" + t.AzureInstance + "] <-> " +
                (t.LocalNetworkGateway ?? t.RemoteGateway + "[" + t.RemoteInstance + "]");

            public void Tunnels()
            {
                foreach (var (r, d, name) in Pair(_ref.Tunnels, _diff.Tunnels, TunnelKey))
                {
                    if (d == null)
                        Add("Tunnel", name, null, DifferenceChange.Add, r.Status, null,
                            "One more path for '" + r.Target + "'.",
                            "Comes with its connection" + (r.AzureInstance == 1 ? " and the gateway's second instance (active-active)" : "") + "; the remote end must build it too.", false, Sources.Article);
                    else if (r == null)
                        Add("Tunnel", name, null, DifferenceChange.Remove, null, d.Status,
                            "One path fewer for '" + d.Target + "'.", "Goes with its connection or the gateway's second instance.", true, Sources.Article);
                    else if (string.Equals(d.Status, "NotConnected", StringComparison.OrdinalIgnoreCase) && !string.Equals(r.Status, "NotConnected", StringComparison.OrdinalIgnoreCase))
                        Add("Tunnel", name, "Status", DifferenceChange.Modify, r.Status, d.Status,
                            "The tunnel exists but is down: '" + d.Target + "' has one path fewer than planned.",
                            "Nothing to deploy: find why it is down (device configuration, shared key, IKE policy).", false, Sources.ConnectionStatus);
                }
            }

            public void Sites()
            {
                // A deployed estate names its sites by grouping (SiteGrouper); match by name, else by a shared local network gateway.
                var diffSites = _diff.Sites.ToList();
                var matched = new HashSet<Site>();
                foreach (var r in _ref.Sites)
                {
                    var d = diffSites.FirstOrDefault(s => !matched.Contains(s) && string.Equals(s.Name, r.Name, StringComparison.OrdinalIgnoreCase))
                         ?? diffSites.FirstOrDefault(s => !matched.Contains(s) && s.LocalNetworkGateways.Intersect(r.LocalNetworkGateways, StringComparer.OrdinalIgnoreCase).Any());
                    if (d == null)
                    {
                        Add("Site", r.Name, null, DifferenceChange.Add, r.Kind.ToString(), null, "A new site, " + r.Kind + " (" + r.Redundancy + " redundancy).",
                            "See its gateway, devices and connections.", false, Sources.Article);
                        continue;
                    }
                    matched.Add(d);
                    if (r.Kind != d.Kind || r.Redundancy != d.Redundancy)
                        Add("Site", r.Name, "Kind", DifferenceChange.Modify, r.Kind + " (" + r.Redundancy + ")", d.Kind + " (" + d.Redundancy + ")",
                            KindChange("Site '" + r.Name + "'", d.Kind, r.Kind, d.Redundancy, r.Redundancy),
                            "The sum of the gateway, device and connection differences above.", false, KindSource(r.Kind));
                }
                foreach (var d in diffSites.Where(s => !matched.Contains(s)))
                    Add("Site", d.Name, null, DifferenceChange.Remove, null, d.Kind.ToString(), "The site is no longer connected.", "See its devices and connections.", true, Sources.Article);
            }

            public void VNetLinks()
            {
                foreach (var (r, d, name) in Pair(_ref.VNetLinks, _diff.VNetLinks, l => l.Name))
                {
                    if (d == null) Add("VNetLink", name, null, DifferenceChange.Add, r.TunnelCount + " tunnels", null, "A new VNet-to-VNet link.", "See its gateways and connections.", false, Sources.ArticleVNetToVNet);
                    else if (r == null) Add("VNetLink", name, null, DifferenceChange.Remove, null, d.TunnelCount + " tunnels", "The two VNets are no longer linked.", "See its connections.", true, Sources.ArticleVNetToVNet);
                    else if (r.Redundancy != d.Redundancy || r.TunnelCount != d.TunnelCount)
                        Add("VNetLink", name, "Redundancy", DifferenceChange.Modify, r.Redundancy + ", " + r.TunnelCount + " tunnels", d.Redundancy + ", " + d.TunnelCount + " tunnels",
                            "The link's redundancy changes from " + d.Redundancy + " to " + r.Redundancy + ".", "The sum of the gateway and connection differences above.", false, Sources.ArticleVNetToVNet);
                }
            }

            static string KindChange(string what, TopologyKind from, TopologyKind to, Redundancy fromRedundancy, Redundancy toRedundancy) =>
                what + ": " + from + " -> " + to + "; redundancy " + fromRedundancy + " -> " + toRedundancy + " (" +
                (Rank(toRedundancy) > Rank(fromRedundancy) ? "more available" : Rank(toRedundancy) < Rank(fromRedundancy) ? "less available" : "as available") + ").";

            static int Rank(Redundancy r) => r == Redundancy.Full ? 3 : r == Redundancy.None ? 0 : 1;

            static string KindSource(TopologyKind kind)
            {
                switch (kind)
                {
                    case TopologyKind.ActiveStandby: return Sources.ArticleActiveStandby;
                    case TopologyKind.MultipleDevices: return Sources.ArticleMultipleDevices;
                    case TopologyKind.ActiveActive: return Sources.ArticleActiveActive;
                    case TopologyKind.DualRedundancy: return Sources.ArticleDualRedundancy;
                    case TopologyKind.VNetToVNet: return Sources.ArticleVNetToVNet;
                    default: return Sources.Article;
                }
            }
        }
    }
}
