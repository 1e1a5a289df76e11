using System;
using System.Collections.Generic;
using System.Linq;
using AzVpnHa.Catalog;
using AzVpnHa.Net;

namespace AzVpnHa.Rules
{
    /// <summary>
    /// What a gateway routes must not overlap. VPN FAQ (06/04/2026): "Can there be overlapping address spaces among
    /// connected virtual networks and on-premises local sites? No." The current HA article dropped the 2016 rule that the
    /// LNGs of one site must not overlap (devices of one site advertise the same prefixes, article requirement 4), so
    /// only different networks are compared. The prefixes are what is routed, not only what is typed into an LNG: a
    /// site's addressPrefixes and advertisedPrefixes and its LNG address spaces (planned), or LNG address spaces and
    /// learned routes (deployed), against the gateway's VNet, the other sites on the gateway and VNet-to-VNet peers.
    /// Graded by the FAQ: an on-premises prefix equal to or inside a VNet's, or two sites routing the same prefix, is an
    /// Error (a Warning when seen only in learned routes); a summary or default route that contains a VNet is allowed
    /// (FAQ: a superset of the VNet's prefixes may be advertised); one site's prefix nested in another's is a Warning.
    /// One sort and one sweep per gateway: CIDR blocks either nest or are disjoint.
    /// </summary>
    internal sealed class HA004NoOverlappingAddressSpaces : Rule
    {
        enum Side { VNet, Peer, Site }

        sealed class Entry
        {
            public Cidr Prefix;
            public Side Side;
            /// <summary>The network: a gateway's VNet, a peer's VNet, or a site.</summary>
            public string Owner;
            /// <summary>Where the prefix comes from, for the message.</summary>
            public string Origin;
            public bool Learned;
        }

        public HA004NoOverlappingAddressSpaces() : base("HA004", "Routed address spaces of sites, the VNet and VNet-to-VNet peers do not overlap", Severity.Error, Sources.FaqOverlap) { }

        internal override void Evaluate(RuleContext context, ICollection<Finding> findings)
        {
            var topology = context.Topology;
            var sites = new Dictionary<string, Site>(StringComparer.OrdinalIgnoreCase);
            foreach (var s in topology.Sites) if (s.Name != null && !sites.ContainsKey(s.Name)) sites.Add(s.Name, s);
            foreach (var gateway in topology.Gateways)
            {
                var entries = new List<Entry>();
                var seen = new HashSet<(string, Cidr)>();
                void Add(Cidr prefix, Side side, string owner, string origin, bool learned)
                {
                    if (seen.Add((owner, prefix))) entries.Add(new Entry { Prefix = prefix, Side = side, Owner = owner, Origin = origin, Learned = learned });
                }

                foreach (var p in RuleContext.Prefixes(gateway.VNetAddressPrefixes)) Add(p, Side.VNet, $"the VNet of gateway '{gateway.Name}'", "VNet prefix", false);
                foreach (var link in topology.VNetLinks)
                {
                    var peerName = string.Equals(link.GatewayA, gateway.Name, StringComparison.OrdinalIgnoreCase) ? link.GatewayB
                                 : string.Equals(link.GatewayB, gateway.Name, StringComparison.OrdinalIgnoreCase) ? link.GatewayA : null;
                    var peer = topology.FindGateway(peerName);
                    if (peer == null) continue;
                    foreach (var p in RuleContext.Prefixes(peer.VNetAddressPrefixes)) Add(p, Side.Peer, $"the VNet of peer gateway '{peer.Name}' (link '{link.Name}')", "VNet prefix", false);
                }

                bool deployed = topology.Origin == TopologyOrigin.Deployed;
                var plannedSites = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
                bool anyLng = false;
                foreach (var (connection, lng) in context.IpsecConnections(gateway))
                {
                    anyLng = true;
                    var siteName = connection.Site ?? lng.Site ?? lng.Name;
                    var device = lng.Device ?? lng.Name;
                    if (!deployed && plannedSites.Add(siteName))
                    {
                        if (sites.TryGetValue(siteName, out var site)) foreach (var p in Routable(site.AddressPrefixes, lng)) Add(p, Side.Site, siteName, "site address prefix", false);
                    }
                    Unknown(context, lng, nameof(LocalNetworkGateway.AddressPrefix));
                    foreach (var p in Routable(lng.AddressPrefix, lng)) Add(p, Side.Site, siteName, $"address space of local network gateway '{lng.Name}'", false);
                    if (Known.ConnectionBgp(connection) == false) continue;
                    foreach (var p in Routable(lng.AdvertisedPrefixes, lng))
                        Add(p, Side.Site, siteName, deployed ? $"learned from device '{device}'" : $"advertised by device '{device}'", deployed);
                }
                if (!anyLng) continue;
                if (RuleContext.Prefixes(gateway.VNetAddressPrefixes).Count == 0) Unknown(context, gateway, nameof(Gateway.VNetAddressPrefixes));
                if (entries.Count < 2) continue;

                // Wider blocks first at the same start, so every block on the stack contains the one being read.
                entries.Sort((a, b) =>
                {
                    int c = a.Prefix.First.CompareTo(b.Prefix.First);
                    return c != 0 ? c : a.Prefix.PrefixLength.CompareTo(b.Prefix.PrefixLength);
                });
                var reported = new HashSet<(string, string)>();
                var open = new List<Entry>();
                foreach (var e in entries)
                {
                    open.RemoveAll(o => !o.Prefix.Overlaps(e.Prefix));
                    foreach (var outer in open) Judge(gateway, outer, e, reported, findings);
                    open.Add(e);
                }
            }
        }

        /// <summary>Prefixes a site routes, without the ones other rules own: APIPA (HA005) and the device's own BGP peer host route (HA005, HA014).</summary>
        static IEnumerable<Cidr> Routable(IEnumerable<string> texts, LocalNetworkGateway lng)
        {
            bool hasPeer = RuleContext.TryIp(lng.BgpPeeringAddress, out var peer);
            foreach (var p in RuleContext.Prefixes(texts))
            {
                if (p.Overlaps(WellKnownRanges.Apipa)) continue;
                if (hasPeer && p.PrefixLength == p.First.Bits && p.First == peer) continue;
                yield return p;
            }
        }

        /// <summary><paramref name="outer"/> contains or equals <paramref name="inner"/>.</summary>
        void Judge(Gateway gateway, Entry outer, Entry inner, HashSet<(string, string)> reported, ICollection<Finding> findings)
        {
            if (string.Equals(outer.Owner, inner.Owner, StringComparison.OrdinalIgnoreCase)) return;
            if (outer.Side != Side.Site && inner.Side != Side.Site) return;   // VNet against VNet: HA016
            bool equal = outer.Prefix.Equals(inner.Prefix);
            var site = inner.Side == Side.Site ? inner : outer;
            var other = ReferenceEquals(site, inner) ? outer : inner;
            bool learned = outer.Learned || inner.Learned;

            Severity severity;
            string message, fix;
            if (other.Side != Side.Site)
            {
                // A summary or default route that contains the VNet is allowed (FAQ, advertise exact prefixes).
                if (!equal && ReferenceEquals(site, outer)) return;
                severity = learned ? Severity.Warning : Severity.Error;
                message = $"Site '{site.Owner}' routes {site.Prefix} ({site.Origin}) over gateway '{gateway.Name}', " +
                          (equal ? $"the very range of {other.Owner} ({other.Prefix})" : $"which lies inside {other.Prefix} of {other.Owner}") +
                          ": the same addresses would be both on-premises and in Azure.";
                fix = "Give the on-premises network and the VNet disjoint address ranges, or translate one side with VPN Gateway NAT rules.";
            }
            else
            {
                if (!equal && outer.Prefix.PrefixLength == 0) return;   // a default route from one site (forced tunneling)
                severity = equal && !learned ? Severity.Error : Severity.Warning;
                message = equal
                    ? $"Sites '{outer.Owner}' and '{inner.Owner}' both route {inner.Prefix} over gateway '{gateway.Name}' ({outer.Origin}; {inner.Origin}): Azure spreads that traffic over both sites."
                    : $"Site '{inner.Owner}' routes {inner.Prefix} ({inner.Origin}), inside {outer.Prefix} that site '{outer.Owner}' routes ({outer.Origin}) over gateway '{gateway.Name}': only a summary route may overlap like this.";
                fix = "Make the sites' prefixes disjoint, or make them one site if they are one network; overlapping networks need VPN Gateway NAT rules.";
            }
            if (learned) message += " Seen in the gateway's learned routes.";
            if (reported.Contains((other.Owner, site.Owner)) || !reported.Add((site.Owner, other.Owner))) return;
            findings.Add(Finding(site.Owner, message, fix, severity));
        }
    }
}
