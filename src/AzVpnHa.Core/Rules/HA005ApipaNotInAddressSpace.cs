using System.Collections.Generic;
using AzVpnHa.Catalog;
using AzVpnHa.Net;

namespace AzVpnHa.Rules
{
    /// <summary>
    /// The 2016 article (requirement 4) asked for the BGP peer's /32 in the LNG address space. The current FAQ
    /// reverses it: "Don't add the /32 route in the Address space field, because it's redundant. If you use an
    /// APIPA address ... you can't add it to this field." So an APIPA prefix is an error; a non-APIPA /32 is a note.
    /// </summary>
    internal sealed class HA005ApipaNotInAddressSpace : Rule
    {
        public HA005ApipaNotInAddressSpace() : base("HA005", "No APIPA prefix in a local network gateway address space", Severity.Error, Sources.FaqBgp) { }

        internal override void Evaluate(RuleContext context, ICollection<Finding> findings)
        {
            foreach (var lng in context.Topology.LocalNetworkGateways)
            {
                bool hasPeer = RuleContext.TryIp(lng.BgpPeeringAddress, out var peer);
                foreach (var prefix in RuleContext.Prefixes(lng.AddressPrefix))
                {
                    if (prefix.Overlaps(WellKnownRanges.Apipa))
                        findings.Add(Finding(lng.Name, $"Address space of '{lng.Name}' contains the APIPA prefix {prefix}; Azure does not accept APIPA addresses there.",
                            "Remove it: an APIPA BGP peer is reached through the tunnel and needs no address space entry."));
                    else if (hasPeer && prefix.PrefixLength == prefix.First.Bits && prefix.First == peer)
                        findings.Add(Finding(lng.Name,
                            $"Address space of '{lng.Name}' holds the BGP peer's host route {prefix}. The 2016 article required it; current docs say it is redundant.",
                            "Remove the /32 when convenient; Azure adds the host route to the BGP peer itself.", Severity.Information));
                }
            }
        }
    }
}
