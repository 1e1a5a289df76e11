using System;
using System.Collections.Generic;
using System.Linq;
using AzVpnHa.Catalog;

namespace AzVpnHa.Rules
{
    /// <summary>
    /// The gateway's public IP resources, as deployed. Active-active needs two that match in SKU and zones (ARM:
    /// ActiveActiveGatewayPublicIPAddressesDiffersInSkuOrZones). A zonal IP puts both instances in one zone (about
    /// zone-redundant gateways). A Standard IP without zones is being made zone-redundant region by region (public IP
    /// availability zones), and the resource does not say whether that reached it: its placement is not known, which
    /// is said, not judged as a zone risk. Basic IPs: the path depends on the gateway SKU (whats-new, upcoming changes,
    /// 11/25/2025): VpnGw1-5 use the Basic IP migration tool (how-to: "gateway SKUs VpnGw 1-5"; deprecation at the end
    /// of June 2026); Basic-SKU gateways get an automated removal of the Basic IP resource (March 2026; same address,
    /// no interruption), so nothing is asked of them; legacy Standard/HighPerformance move off the SKU first (HA017).
    /// </summary>
    internal sealed class HA036GatewayPublicIps : Rule
    {
        static readonly DateTime BasicIpDeprecation = new DateTime(2026, 6, 30);

        public HA036GatewayPublicIps() : base("HA036", "Gateway public IPs are Standard, zone-redundant and matched", Severity.Warning, Sources.BasicPublicIpMigration) { }

        internal override void Evaluate(RuleContext context, ICollection<Finding> findings)
        {
            if (context.Topology.Origin != TopologyOrigin.Deployed) return;
            var byGateway = context.Topology.PublicIpAddresses.Where(p => p.Gateway != null).GroupBy(p => p.Gateway, StringComparer.OrdinalIgnoreCase);
            foreach (var group in byGateway)
            {
                var gateway = context.Topology.FindGateway(group.Key);
                if (gateway == null) continue;
                var sku = RuleContext.Sku(gateway);
                var pips = group.OrderBy(p => p.Instance).ToList();
                if (gateway.ActiveActive && pips.Count == 2 && !pips.Any(p => Unknown(context, p, nameof(PublicIpAddress.Zone), nameof(PublicIpAddress.Sku))))
                    Matched(gateway, pips[0], pips[1], findings);
                foreach (var pip in pips)
                {
                    if (string.Equals(pip.Sku, "Basic", StringComparison.OrdinalIgnoreCase)) findings.Add(BasicIp(context, gateway, sku, pip));
                    else if (Unknown(context, pip, nameof(PublicIpAddress.Sku), nameof(PublicIpAddress.Zone))) continue;
                    else if (pip.Zone.Count == 1)
                        findings.Add(Finding(pip.Name,
                            $"Public IP '{pip.Name}' of gateway '{gateway.Name}' is zonal (zone {pip.Zone[0]}): the gateway's instances all sit in that zone, and a zone outage takes the gateway down.",
                            "Use a zone-redundant Standard public IP (zones 1,2,3) with an AZ SKU.", Severity.Warning, Sources.ZoneRedundant));
                    else if (pip.Zone.Count == 0 && sku != null && sku.ZoneRedundant)
                        findings.Add(Finding(pip.Name,
                            $"Public IP '{pip.Name}' of gateway '{gateway.Name}' is a Standard IP without zones: Azure is making such IPs zone-redundant region by region, and the resource does not say whether that reached it, so whether a zone outage can take both instances is not known.",
                            "Nothing to fix if the region's upgrade reached it; to be certain, use public IPs created with zones 1,2,3 when the gateway is next rebuilt.",
                            Severity.Information, Sources.PublicIpZones));
                }
            }
        }

        void Matched(Gateway gateway, PublicIpAddress a, PublicIpAddress b, ICollection<Finding> findings)
        {
            bool skuDiffers = !string.Equals(a.Sku, b.Sku, StringComparison.OrdinalIgnoreCase);
            bool zonesDiffer = !Zones(a).SetEquals(Zones(b));
            if (!skuDiffers && !zonesDiffer) return;
            // A zoneless Standard IP against a zone-redundant one may already be zone-redundant too (region-by-region upgrade): not known, so no Error.
            bool maybeSame = !skuDiffers && (a.Zone.Count == 0 && b.Zone.Count >= 2 || b.Zone.Count == 0 && a.Zone.Count >= 2);
            findings.Add(Finding(gateway.Name,
                $"The public IPs of active-active gateway '{gateway.Name}' differ: '{a.Name}' is {Describe(a)}, '{b.Name}' is {Describe(b)}." +
                (maybeSame ? " The one without zones may have been made zone-redundant by Azure's region-by-region upgrade; the resource does not say." : ""),
                "Give both instances public IPs of the same SKU and zones (Standard, zones 1,2,3); ARM rejects a mismatch on the next update.",
                maybeSame ? Severity.Warning : Severity.Error, Sources.ActiveActive));
        }

        Finding BasicIp(RuleContext context, Gateway gateway, GatewaySku sku, PublicIpAddress pip)
        {
            var what = $"Public IP '{pip.Name}' of gateway '{gateway.Name}' is a Basic SKU public IP";
            if (sku == null) Unknown(context, gateway, nameof(Gateway.Sku));
            if (sku != null && sku.Status == SkuStatus.DevTest)
                return Finding(pip.Name,
                    what + ": for Basic-SKU gateways Microsoft announced an automated change (March 2026) that removes the Basic public IP resource; the gateway keeps its address and traffic is not interrupted.",
                    "No migration to run (the Basic IP migration tool is for VpnGw1-5 gateways, not the Basic SKU); update scripts, templates and monitoring that reference the Basic public IP resource to use the gateway's IP address property.",
                    Severity.Information, Sources.WhatsNewUpcoming);
            if (sku != null && sku.Status == SkuStatus.Legacy)
                return Finding(pip.Name,
                    what + $" on the legacy {sku.Name} SKU: the SKU is retired (HA017), and the FAQ says migrating its Basic IP in the portal also moves the gateway to {sku.Successor}.",
                    $"Migrate the Basic IP in the Azure portal (the gateway becomes {sku.Successor}); Microsoft's automatic migration can fail, e.g. on a GatewaySubnet smaller than /27.",
                    Severity.Warning, Sources.Faq + "#sku-deprecate");
            var when = context.AsOf.Date > BasicIpDeprecation ? "was deprecated for VPN gateways at the end of June 2026" : "is deprecated for VPN gateways at the end of June 2026";
            return Finding(pip.Name,
                what + $", which {when} (whats-new).",
                "Run the Basic IP migration for VpnGw1-5 gateways: it keeps the address, takes up to 10 minutes of downtime, needs a GatewaySubnet of /27 or larger with 3 free addresses, and moves the gateway to its AZ SKU.",
                Severity.Warning, Sources.BasicPublicIpMigrationHowTo);
        }

        static HashSet<string> Zones(PublicIpAddress p) => new HashSet<string>(p.Zone, StringComparer.OrdinalIgnoreCase);

        static string Describe(PublicIpAddress p) => (p.Sku ?? "?") + " with " + (p.Zone.Count == 0 ? "no zones" : "zones " + string.Join(",", p.Zone));
    }
}
