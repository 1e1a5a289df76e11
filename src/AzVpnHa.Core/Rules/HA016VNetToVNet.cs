using System.Collections.Generic;
using AzVpnHa.Catalog;

namespace AzVpnHa.Rules
{
    /// <summary>
    /// Article, VNet-to-VNet: two active-active gateways make 4 tunnels with one connection per gateway; BGP is
    /// optional unless transit routing is needed. VPN FAQ: redundant tunnels between two VNets need at least one
    /// active-active gateway; connected VNets must not overlap.
    /// </summary>
    internal sealed class HA016VNetToVNet : Rule
    {
        public HA016VNetToVNet() : base("HA016", "VNet-to-VNet: active-active on both sides, BGP for transit, no overlapping VNets", Severity.Error, Sources.ArticleVNetToVNet) { }

        internal override void Evaluate(RuleContext context, ICollection<Finding> findings)
        {
            foreach (var link in context.Topology.VNetLinks)
            {
                var a = context.Topology.FindGateway(link.GatewayA);
                var b = context.Topology.FindGateway(link.GatewayB);
                if (a == null || b == null) continue;

                if (link.ConnectionAToB == null || link.ConnectionBToA == null)
                {
                    var missing = link.ConnectionAToB == null ? a.Name : b.Name;
                    findings.Add(Finding(link.Name, $"VNet-to-VNet link '{link.Name}' has no connection on gateway '{missing}'; the tunnels cannot come up.",
                        $"Create the Vnet2Vnet connection on '{missing}' too: a VNet-to-VNet link needs one connection on each gateway, with the same shared key."));
                }

                int activeActive = (Known.ActiveActive(a) ? 1 : 0) + (Known.ActiveActive(b) ? 1 : 0);
                if (activeActive == 1)
                    findings.Add(Finding(link.Name, $"Only one side of '{link.Name}' is active-active: the link has 2 tunnels, not 4.",
                        $"Make '{(Known.ActiveActive(a) ? b.Name : a.Name)}' active-active too for the 4-tunnel full mesh.", Severity.Warning));
                else if (activeActive == 0)
                    findings.Add(Finding(link.Name, $"Neither gateway of '{link.Name}' is active-active: the link is a single tunnel, and {HA015SinglePointOfFailure.Failover}.",
                        "Make both gateways active-active for 4 tunnels (redundant tunnels need at least one active-active gateway).", Severity.Warning));

                if (link.Transit && !(link.EnableBgp && a.EnableBgp && b.EnableBgp))
                    findings.Add(Finding(link.Name, $"'{link.Name}' must carry transit traffic, which needs BGP on both gateways and both connections.",
                        "Give both gateways an ASN and enable BGP on the VNet-to-VNet connection.", source: Sources.FaqBgp));

                if (Unknown(context, a, nameof(Gateway.VNetAddressPrefixes)) | Unknown(context, b, nameof(Gateway.VNetAddressPrefixes))) continue;
                var bPrefixes = RuleContext.Prefixes(b.VNetAddressPrefixes);
                foreach (var pa in RuleContext.Prefixes(a.VNetAddressPrefixes))
                {
                    var pb = bPrefixes.FindIndex(p => p.Overlaps(pa));
                    if (pb < 0) continue;
                    findings.Add(Finding(link.Name, $"The VNets of '{a.Name}' ({pa}) and '{b.Name}' ({bPrefixes[pb]}) overlap.",
                        "Connected VNets need disjoint address spaces.", source: Sources.Faq));
                    break;
                }
            }
        }
    }
}
