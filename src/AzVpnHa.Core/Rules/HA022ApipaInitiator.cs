using System.Collections.Generic;
using AzVpnHa.Catalog;
using AzVpnHa.Net;

namespace AzVpnHa.Rules
{
    /// <summary>configure-bgp / VPN FAQ: with an APIPA peer Azure does not initiate the BGP session; the on-premises device must.</summary>
    internal sealed class HA022ApipaInitiator : Rule
    {
        public HA022ApipaInitiator() : base("HA022", "APIPA BGP peers initiate the session", Severity.Information, Sources.ConfigureBgp) { }

        internal override void Evaluate(RuleContext context, ICollection<Finding> findings)
        {
            foreach (var lng in context.Topology.LocalNetworkGateways)
            {
                if (!RuleContext.TryIp(lng.BgpPeeringAddress, out var peer) || !WellKnownRanges.IsApipa(peer)) continue;
                findings.Add(Finding(lng.Name, $"Device '{lng.Device ?? lng.Name}' peers from APIPA {lng.BgpPeeringAddress}: Azure does not initiate BGP to APIPA peers.",
                    "Configure the device to initiate BGP to each Azure instance's custom APIPA address, with a /32 host route to it through the matching tunnel."));
            }
        }
    }
}
