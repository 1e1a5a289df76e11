using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.Linq;
using AzVpnHa.Net;
using AzVpnHa.Readers;

namespace AzVpnHa.Mesh
{
    /// <summary>
    /// The one way a <see cref="Topology"/> is made, for a plan and a deployed estate alike: take the resource records,
    /// credit each device with what Azure learned from it, group sites (as planned, or inferred), pair VNet-to-VNet
    /// connections into links, draw the tunnel mesh, classify, then freeze. Every collection of the result is read-only
    /// and every setter internal, so Kind, tunnels, sites and lookups can never go stale under a user's edit: editing
    /// goes through the spec (ConvertTo-HaVpnSpec, then New-HaVpnTopology).
    /// </summary>
    internal static class TopologyBuilder
    {
        public static Topology Build(ResourceRecords records)
        {
            FillAdvertised(records.LocalNetworkGateways, records.Connections, records.LearnedRoutes);
            var sites = records.Sites.Count > 0 ? records.Sites : InferSites(records);
            var links = PairLinks(records.Connections, records.VNetLinks);
            var t = new Topology
            {
                Name = records.Name,
                ResourceGroupName = records.ResourceGroupName,
                Location = records.Location,
                Origin = records.Origin,
                Gateways = records.Gateways.ToArray(),
                PublicIpAddresses = records.PublicIpAddresses.ToArray(),
                LocalNetworkGateways = records.LocalNetworkGateways.ToArray(),
                Connections = records.Connections.ToArray(),
                Sites = sites.ToArray(),
                VNetLinks = links.ToArray(),
                BgpPeers = records.BgpPeers.ToArray(),
                LearnedRoutes = records.LearnedRoutes.ToArray(),
                UnjudgedResources = records.UnjudgedResources.ToArray(),
            };
            TunnelMesh.Build(t);
            Classifier.Classify(t);
            Freeze(t);
            return t;
        }

        /// <summary>Builds the topology afresh from an existing one's resources (tests edit a graph, then rebuild it).</summary>
        internal static Topology Rebuild(Topology t)
        {
            var records = new ResourceRecords { Name = t.Name, ResourceGroupName = t.ResourceGroupName, Location = t.Location, Origin = t.Origin };
            records.Gateways.AddRange(t.Gateways);
            records.PublicIpAddresses.AddRange(t.PublicIpAddresses);
            records.LocalNetworkGateways.AddRange(t.LocalNetworkGateways);
            records.Connections.AddRange(t.Connections);
            records.Sites.AddRange(t.Sites);
            records.VNetLinks.AddRange(t.VNetLinks);
            records.BgpPeers.AddRange(t.BgpPeers);
            records.LearnedRoutes.AddRange(t.LearnedRoutes);
            records.UnjudgedResources.AddRange(t.UnjudgedResources);
            return Build(records);
        }

        /// <summary>What Azure learned over eBGP from a device's peer address is what that device advertises.</summary>
        static void FillAdvertised(List<LocalNetworkGateway> lngs, List<Connection> connections, List<LearnedRoute> routes)
        {
            if (routes.Count == 0) return;
            var byPeer = new Dictionary<string, List<LearnedRoute>>(StringComparer.OrdinalIgnoreCase);
            foreach (var r in routes)
            {
                if (!r.IsEbgp || r.SourcePeer == null || r.Network == null) continue;
                var key = r.Gateway + "|" + r.SourcePeer;
                if (!byPeer.TryGetValue(key, out var list)) byPeer[key] = list = new List<LearnedRoute>();
                list.Add(r);
            }
            var byName = ByName(lngs);
            var advertised = new Dictionary<LocalNetworkGateway, HashSet<string>>();
            foreach (var c in connections)
            {
                if (c.ConnectionType != ConnectionType.IPsec || c.LocalNetworkGateway2 == null || !byName.TryGetValue(c.LocalNetworkGateway2, out var lng) || lng.BgpPeeringAddress == null) continue;
                if (!byPeer.TryGetValue(c.VirtualNetworkGateway1 + "|" + lng.BgpPeeringAddress, out var learned)) continue;
                if (!advertised.TryGetValue(lng, out var set)) advertised[lng] = set = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
                foreach (var r in learned)
                {
                    // The host route to the peer itself is Azure's own, not an advertisement.
                    if (IsPeerHostRoute(r.Network, lng)) continue;
                    set.Add(Cidr.TryParse(r.Network, out var cidr, out _) ? cidr.ToString() : r.Network);
                }
            }
            foreach (var pair in advertised) pair.Key.AdvertisedPrefixes = pair.Value.OrderBy(x => x, StringComparer.Ordinal).ToArray();
        }

        /// <summary>Azure has no site resource: group each gateway's LNGs (see <see cref="SiteGrouper"/>) and name the groups.</summary>
        static List<Site> InferSites(ResourceRecords records)
        {
            var lngByName = ByName(records.LocalNetworkGateways);
            var sites = new List<Site>();
            var used = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            foreach (var g in records.Gateways)
            {
                var members = new List<SiteGrouper.Member>();
                var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
                var ofGateway = records.Connections.Where(c => c.ConnectionType == ConnectionType.IPsec && string.Equals(c.VirtualNetworkGateway1, g.Name, StringComparison.OrdinalIgnoreCase)).ToList();
                foreach (var c in ofGateway)
                {
                    if (c.LocalNetworkGateway2 == null || !lngByName.TryGetValue(c.LocalNetworkGateway2, out var lng) || !seen.Add(lng.Name)) continue;
                    records.SiteTags.TryGetValue(lng.Name, out var tag);
                    members.Add(new SiteGrouper.Member { Lng = lng, Tag = tag, LearnedPrefixes = lng.AdvertisedPrefixes });
                }
                foreach (var (suggested, group) in SiteGrouper.Group(members))
                {
                    var name = used.Contains(suggested) ? suggested + "@" + g.Name : suggested;
                    used.Add(name);
                    var names = new HashSet<string>(group.Select(m => m.Lng.Name), StringComparer.OrdinalIgnoreCase);
                    var prefixes = new List<string>();
                    foreach (var m in group)
                    {
                        m.Lng.Site = m.Lng.Site ?? name;
                        foreach (var p in m.Lng.AddressPrefix.Concat(m.Lng.AdvertisedPrefixes))
                        {
                            if (IsPeerHostRoute(p, m.Lng)) continue;
                            if (!prefixes.Contains(p, StringComparer.OrdinalIgnoreCase)) prefixes.Add(p);
                        }
                    }
                    foreach (var c in ofGateway) if (c.LocalNetworkGateway2 != null && names.Contains(c.LocalNetworkGateway2)) c.Site = name;
                    sites.Add(new Site { Name = name, Gateway = g.Name, AddressPrefixes = prefixes.ToArray(), LocalNetworkGateways = group.Select(m => m.Lng.Name).ToArray() });
                }
            }
            return sites;
        }

        /// <summary>A /32 (or /128) that is only the device's own BGP peer address: the CLI adds it, it is not the site's.</summary>
        static bool IsPeerHostRoute(string prefix, LocalNetworkGateway lng) =>
            lng.BgpPeeringAddress != null && Cidr.TryParse(prefix, out var c, out _) && c.PrefixLength == c.First.Bits && c.First.ToString() == lng.BgpPeeringAddress;

        /// <summary>
        /// Pairs the two Vnet2Vnet connections of a link (A to B and B to A); a lone one makes a link missing its other
        /// side. A planned link with the same name lends its transit intent.
        /// </summary>
        static List<VNetLink> PairLinks(List<Connection> connections, List<VNetLink> planned)
        {
            var links = new List<VNetLink>();
            var byPair = new Dictionary<string, VNetLink>(StringComparer.OrdinalIgnoreCase);
            foreach (var c in connections)
            {
                if (c.ConnectionType != ConnectionType.Vnet2Vnet || c.VirtualNetworkGateway1 == null || c.VirtualNetworkGateway2 == null) continue;
                if (byPair.TryGetValue(c.VirtualNetworkGateway2 + "|" + c.VirtualNetworkGateway1, out var link) && link.ConnectionBToA == null)
                {
                    link.ConnectionBToA = c.Name;
                    link.EnableBgp = link.EnableBgp && c.EnableBgp;
                    c.VNetLink = link.Name;
                    continue;
                }
                var key = c.VirtualNetworkGateway1 + "|" + c.VirtualNetworkGateway2;
                if (byPair.ContainsKey(key)) continue;
                var name = c.VirtualNetworkGateway1 + "<->" + c.VirtualNetworkGateway2;
                link = new VNetLink
                {
                    Name = name,
                    GatewayA = c.VirtualNetworkGateway1,
                    GatewayB = c.VirtualNetworkGateway2,
                    ConnectionAToB = c.Name,
                    EnableBgp = c.EnableBgp,
                    Transit = planned.Any(p => string.Equals(p.Name, name, StringComparison.OrdinalIgnoreCase) && p.Transit),
                };
                c.VNetLink = link.Name;
                byPair[key] = link;
                links.Add(link);
            }
            return links;
        }

        static Dictionary<string, LocalNetworkGateway> ByName(IEnumerable<LocalNetworkGateway> lngs)
        {
            var map = new Dictionary<string, LocalNetworkGateway>(StringComparer.OrdinalIgnoreCase);
            foreach (var l in lngs) if (l.Name != null && !map.ContainsKey(l.Name)) map.Add(l.Name, l);
            return map;
        }

        /// <summary>Wraps every collection of the graph read-only: PowerShell users then cannot change an element either.</summary>
        static void Freeze(Topology t)
        {
            t.Gateways = ReadOnly(t.Gateways);
            t.PublicIpAddresses = ReadOnly(t.PublicIpAddresses);
            t.LocalNetworkGateways = ReadOnly(t.LocalNetworkGateways);
            t.Connections = ReadOnly(t.Connections);
            t.Sites = ReadOnly(t.Sites);
            t.VNetLinks = ReadOnly(t.VNetLinks);
            t.Tunnels = ReadOnly(t.Tunnels);
            t.BgpPeers = ReadOnly(t.BgpPeers);
            t.LearnedRoutes = ReadOnly(t.LearnedRoutes);
            t.UnjudgedResources = ReadOnly(t.UnjudgedResources);
            foreach (var g in t.Gateways)
            {
                g.VNetAddressPrefixes = ReadOnly(g.VNetAddressPrefixes);
                g.Instances = ReadOnly(g.Instances);
                foreach (var i in g.Instances) i.CustomBgpIpAddresses = ReadOnly(i.CustomBgpIpAddresses);
            }
            foreach (var p in t.PublicIpAddresses) p.Zone = ReadOnly(p.Zone);
            foreach (var l in t.LocalNetworkGateways)
            {
                l.AddressPrefix = ReadOnly(l.AddressPrefix);
                l.AdvertisedPrefixes = ReadOnly(l.AdvertisedPrefixes);
            }
            foreach (var c in t.Connections)
            {
                c.GatewayCustomBgpIpAddresses = ReadOnly(c.GatewayCustomBgpIpAddresses);
                c.TunnelConnectionStatus = ReadOnly(c.TunnelConnectionStatus);
            }
            foreach (var s in t.Sites)
            {
                s.AddressPrefixes = ReadOnly(s.AddressPrefixes);
                s.LocalNetworkGateways = ReadOnly(s.LocalNetworkGateways);
            }
            t.ResetIndex();
        }

        static IReadOnlyList<T> ReadOnly<T>(IReadOnlyList<T> items) =>
            items == null ? Array.Empty<T>() : items is ReadOnlyCollection<T> frozen ? frozen : new ReadOnlyCollection<T>(items.ToArray());
    }
}
