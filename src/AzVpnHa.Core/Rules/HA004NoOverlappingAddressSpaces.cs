using System.Collections.Generic;
using AzVpnHa.Catalog;
using AzVpnHa.Net;

namespace AzVpnHa.Rules
{
    /// <summary>
    /// Article, multiple devices, requirement 4: the AddressPrefix of each LNG must not overlap; FAQ: address spaces
    /// of connected local sites and the VNet must not overlap. One sort and one sweep per gateway.
    /// </summary>
    public sealed class HA004NoOverlappingAddressSpaces : Rule
    {
        public HA004NoOverlappingAddressSpaces() : base("HA004", "Local network gateway address spaces do not overlap each other or the VNet", Severity.Error, Sources.ArticleMultipleDevices) { }

        public override void Evaluate(RuleContext context, ICollection<Finding> findings)
        {
            foreach (var gateway in context.Topology.Gateways)
            {
                var entries = new List<(Cidr Prefix, string Owner, bool IsVNet)>();
                foreach (var p in RuleContext.Prefixes(gateway.VNetAddressPrefixes)) entries.Add((p, gateway.Name, true));
                foreach (var (_, lng) in context.IpsecConnections(gateway))
                {
                    foreach (var p in RuleContext.Prefixes(lng.AddressPrefix)) entries.Add((p, lng.Name, false));
                }
                if (entries.Count < 2) continue;
                entries.Sort((a, b) => a.Prefix.First.CompareTo(b.Prefix.First));

                var widest = entries[0];
                for (int i = 1; i < entries.Count; i++)
                {
                    var e = entries[i];
                    if (e.Prefix.Overlaps(widest.Prefix) && e.Owner != widest.Owner)
                    {
                        var (lng, other) = e.IsVNet ? (widest, e) : (e, widest);
                        var what = other.IsVNet ? $"the VNet prefix {other.Prefix} of gateway '{gateway.Name}'" : $"{other.Prefix} of local network gateway '{other.Owner}'";
                        findings.Add(Finding(lng.Owner, $"Address prefix {lng.Prefix} of local network gateway '{lng.Owner}' overlaps {what}.",
                            other.IsVNet
                                ? "Remove the overlapping prefix: on-premises and VNet address spaces must be disjoint."
                                : "With several devices for one site, leave the LNG address space empty and let BGP advertise the prefixes; otherwise make the prefixes disjoint."));
                    }
                    if (e.Prefix.Last.CompareTo(widest.Prefix.Last) > 0) widest = e;
                }
            }
        }
    }
}
