using System;
using System.Collections.Generic;
using System.Linq;
using AzVpnHa.Net;

namespace AzVpnHa.Readers
{
    /// <summary>
    /// Azure has no "site" resource, so the audit infers one: among the local network gateways connected to one
    /// gateway, two belong to the same site when they share a BGP ASN, or when their address spaces (or the prefixes
    /// learned from them) are equal or overlap - the article's multi-device site advertises the same prefixes from every
    /// device and runs one ASN. A host route that is only the device's own BGP peer address (the CLI adds it as a /32)
    /// does not count. The tag <see cref="SiteTag"/> on an LNG overrides the guess: tagged LNGs form the site the tag names.
    /// </summary>
    internal static class SiteGrouper
    {
        /// <summary>Tag an LNG with this key to name its site explicitly.</summary>
        public const string SiteTag = "azvpnha-site";

        public sealed class Member
        {
            public LocalNetworkGateway Lng { get; set; }
            public string Tag { get; set; }
            public IReadOnlyList<string> LearnedPrefixes { get; set; } = new string[0];
        }

        /// <summary>Groups the LNGs of one gateway; returns each group's suggested name and its members in input order.</summary>
        public static List<(string Name, List<Member> Members)> Group(IReadOnlyList<Member> members)
        {
            int n = members.Count;
            var parent = Enumerable.Range(0, n).ToArray();
            int Find(int i) { while (parent[i] != i) i = parent[i] = parent[parent[i]]; return i; }
            void Union(int a, int b) { a = Find(a); b = Find(b); if (a != b) parent[Math.Max(a, b)] = Math.Min(a, b); }

            var prefixes = members.Select(OwnPrefixes).ToArray();
            var byAsn = new Dictionary<long, int>();
            var byTag = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
            for (int i = 0; i < n; i++)
            {
                var m = members[i];
                if (m.Tag != null)
                {
                    if (byTag.TryGetValue(m.Tag, out var t)) Union(i, t); else byTag[m.Tag] = i;
                    continue;
                }
                if (m.Lng.Asn is long asn)
                {
                    if (byAsn.TryGetValue(asn, out var j)) Union(i, j); else byAsn[asn] = i;
                }
            }
            // Pairwise overlap among untagged members: sites per gateway are few, and prefixes per LNG fewer.
            for (int i = 0; i < n; i++)
            {
                if (members[i].Tag != null || prefixes[i].Count == 0) continue;
                for (int j = i + 1; j < n; j++)
                {
                    if (members[j].Tag != null || Find(i) == Find(j)) continue;
                    if (prefixes[i].Any(a => prefixes[j].Any(b => a.Overlaps(b)))) Union(i, j);
                }
            }

            var groups = new List<(string, List<Member>)>();
            var index = new Dictionary<int, int>();
            for (int i = 0; i < n; i++)
            {
                int root = Find(i);
                if (!index.TryGetValue(root, out var g)) { index[root] = g = groups.Count; groups.Add((null, new List<Member>())); }
                groups[g].Item2.Add(members[i]);
            }
            for (int g = 0; g < groups.Count; g++) groups[g] = (NameOf(groups[g].Item2), groups[g].Item2);
            return groups;
        }

        static List<Cidr> OwnPrefixes(Member m)
        {
            var result = new List<Cidr>();
            IpAddressValue.TryParse(m.Lng.BgpPeeringAddress, out var peer);
            bool hasPeer = m.Lng.BgpPeeringAddress != null;
            foreach (var text in m.Lng.AddressPrefix.Concat(m.LearnedPrefixes))
            {
                if (!Cidr.TryParse(text, out var c, out _)) continue;
                if (hasPeer && c.PrefixLength == c.First.Bits && c.First == peer) continue;
                result.Add(c);
            }
            return result;
        }

        /// <summary>The tag, the single LNG's name, or the longest common stem of the LNG names ("lgw-hq-fw1", "lgw-hq-fw2" -> "lgw-hq").</summary>
        static string NameOf(List<Member> members)
        {
            var tag = members.Select(m => m.Tag).FirstOrDefault(t => t != null);
            if (tag != null) return tag;
            if (members.Count == 1) return members[0].Lng.Name;
            var first = members[0].Lng.Name;
            int len = first.Length;
            foreach (var m in members.Skip(1))
            {
                int k = 0;
                var name = m.Lng.Name;
                while (k < len && k < name.Length && char.ToLowerInvariant(name[k]) == char.ToLowerInvariant(first[k])) k++;
                len = k;
            }
            var stem = first.Substring(0, len).TrimEnd('-', '_', '.', ' ');
            return stem.Length >= 3 ? stem : first + "+" + (members.Count - 1);
        }
    }
}
