using System;
using System.Collections.Generic;
using System.Linq;
using AzVpnHa.Catalog;

namespace AzVpnHa.Rules
{
    /// <summary>
    /// The gateway's public IP resources, as deployed. Active-active needs two that match in SKU and zones (ARM:
    /// ActiveActiveGatewayPublicIPAddressesDiffersInSkuOrZones). A zonal IP puts both instances in one zone (about zone-redundant
    /// gateways). Basic public IPs are deprecated for VPN gateways (end of June 2026, whats-new; migration: basic-public-ip-migrate-about).
    /// </summary>
    public sealed class HA036GatewayPublicIps : Rule
    {
        public HA036GatewayPublicIps() : base("HA036", "Gateway public IPs are Standard, zone-redundant and matched", Severity.Warning, Sources.BasicPublicIpMigration) { }

        public override void Evaluate(RuleContext context, ICollection<Finding> findings)
        {
            if (context.Topology.Origin != TopologyOrigin.Deployed) return;
            var byGateway = context.Topology.PublicIpAddresses.Where(p => p.Gateway != null).GroupBy(p => p.Gateway, StringComparer.OrdinalIgnoreCase);
            foreach (var group in byGateway)
            {
                var gateway = context.Topology.FindGateway(group.Key);
                if (gateway == null) continue;
                var pips = group.OrderBy(p => p.Instance).ToList();
                if (gateway.ActiveActive && pips.Count == 2)
                {
                    var a = pips[0];
                    var b = pips[1];
                    bool skuDiffers = !string.Equals(a.Sku, b.Sku, StringComparison.OrdinalIgnoreCase);
                    bool zonesDiffer = !Zones(a).SetEquals(Zones(b));
                    if (skuDiffers || zonesDiffer)
                        findings.Add(Finding(gateway.Name,
                            $"The public IPs of active-active gateway '{gateway.Name}' differ: '{a.Name}' is {Describe(a)}, '{b.Name}' is {Describe(b)}.",
                            "Give both instances public IPs of the same SKU and zones (Standard, zones 1,2,3); ARM rejects a mismatch on the next update.",
                            Severity.Error, Sources.ActiveActive));
                }
                foreach (var pip in pips)
                {
                    if (string.Equals(pip.Sku, "Basic", StringComparison.OrdinalIgnoreCase))
                    {
                        findings.Add(Finding(pip.Name,
                            $"Public IP '{pip.Name}' of gateway '{gateway.Name}' is a Basic SKU public IP: Basic IPs are retired for VPN gateways (deprecation moved to the end of June 2026).",
                            "Migrate the gateway to a Standard public IP with the Basic IP migration (keeps the address; up to 10 minutes of downtime; the gateway becomes an AZ SKU)."));
                    }
                    else if (pip.Zone.Count == 1)
                    {
                        findings.Add(Finding(pip.Name,
                            $"Public IP '{pip.Name}' of gateway '{gateway.Name}' is zonal (zone {pip.Zone[0]}): the gateway's instances all sit in that zone, and a zone outage takes the gateway down.",
                            "Use a zone-redundant Standard public IP (zones 1,2,3) with an AZ SKU.", Severity.Warning, Sources.ZoneRedundant));
                    }
                }
            }
        }

        static HashSet<string> Zones(PublicIpAddress p) => new HashSet<string>(p.Zone, StringComparer.OrdinalIgnoreCase);

        static string Describe(PublicIpAddress p) => (p.Sku ?? "?") + " with " + (p.Zone.Count == 0 ? "no zones" : "zones " + string.Join(",", p.Zone));
    }
}
