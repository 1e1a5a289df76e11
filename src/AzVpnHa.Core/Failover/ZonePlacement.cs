using System;
using System.Collections.Generic;
using System.Linq;
using AzVpnHa.Catalog;

namespace AzVpnHa
{
    /// <summary>How a gateway's two instances are spread over availability zones.</summary>
    internal enum ZoneModel
    {
        /// <summary>AZ SKU with Standard public IPs in several zones (1, 2, 3): the instances sit in two different zones.</summary>
        ZoneRedundant,
        /// <summary>AZ SKU with Standard public IPs pinned to one zone: both instances sit in that zone.</summary>
        Zonal,
        /// <summary>Non-AZ SKU or a Basic IP: placement unknown and not zone-redundant, so a zone outage may take both instances.</summary>
        Regional,
        /// <summary>
        /// AZ SKU with Standard IPs created without zones (or zones set at deploy time): Azure is making such IPs
        /// zone-redundant region by region and the resource does not say whether that reached it. Not judged: a zone
        /// outage is not reported as taking the gateway, and the verdict says the placement is not known.
        /// </summary>
        NotKnown,
    }

    /// <summary>
    /// Which zone each gateway instance is in. Source: about-zone-redundant-vnet-gateways: a zone-redundant
    /// Standard IP puts the two instances in two of three zones; a zonal IP (1, 2 or 3) puts both in that zone; a
    /// Basic IP is regional. Azure doesn't publish which zone holds which instance, so the model puts instance k in
    /// the k-th zone of its public IP (instance 0 in zone 1, instance 1 in zone 2 for zones 1,2,3). Any such choice
    /// gives the same verdicts: exactly one zone outage takes each instance and no zone outage takes both.
    /// Standard IPs without zones on an AZ SKU are NotKnown: Azure is making them zone-redundant region by region (public
    /// IP availability zones) and new gateways are zone-redundant (reliability guide), but an existing IP does not say
    /// whether the upgrade reached it, so no zone outage is claimed for it. Non-AZ SKUs and Basic IPs stay regional.
    /// </summary>
    internal static class ZonePlacement
    {
        public static ZoneModel Model(Topology topology, Gateway gateway)
        {
            var ips = PublicIps(topology, gateway);
            // A SKU set at deploy time is not a non-AZ SKU: nothing about the zones is known then.
            if (gateway.IsUnknown(nameof(Gateway.Sku)) || ips.Any(ip => ip.IsUnknown(nameof(PublicIpAddress.Sku)))) return ZoneModel.NotKnown;
            bool azSku = SkuCatalog.TryGet(gateway.Sku, out var sku) && sku.ZoneRedundant;
            if (!azSku || ips.Count == 0 || ips.Any(ip => !string.Equals(ip.Sku, "Standard", StringComparison.OrdinalIgnoreCase)))
                return ZoneModel.Regional;
            if (ips.Any(ip => ip.IsUnknown(nameof(PublicIpAddress.Zone)))) return ZoneModel.NotKnown;
            if (ips.All(ip => ip.Zone.Count >= 2)) return ZoneModel.ZoneRedundant;
            if (ips.All(ip => ip.Zone.Count == 1)) return ZoneModel.Zonal;
            // Zoneless (being made zone-redundant region by region) alone or beside zone-redundant ones: not known.
            if (ips.All(ip => ip.Zone.Count == 0 || ip.Zone.Count >= 2)) return ZoneModel.NotKnown;
            return ZoneModel.Regional;
        }

        /// <summary>The zone of instance 0 or 1 (every gateway has two, even when active-standby lists one); null when unknown (regional or not known).</summary>
        public static string ZoneOf(Topology topology, Gateway gateway, int instance)
        {
            var model = Model(topology, gateway);
            if (model == ZoneModel.Regional || model == ZoneModel.NotKnown) return null;
            var ips = PublicIps(topology, gateway);
            // An active-standby gateway has one IP; its standby instance follows the same IP's zones.
            var ip = ips.FirstOrDefault(p => p.Instance == instance) ?? ips[0];
            var zones = ip.Zone.OrderBy(z => z, StringComparer.Ordinal).ToArray();
            return model == ZoneModel.Zonal ? zones[0] : zones[instance % zones.Length];
        }

        static List<PublicIpAddress> PublicIps(Topology topology, Gateway gateway)
        {
            var names = new HashSet<string>(gateway.Instances.Select(i => i.PublicIpName).Where(n => n != null), StringComparer.OrdinalIgnoreCase);
            return topology.PublicIpAddresses
                .Where(p => string.Equals(p.Gateway, gateway.Name, StringComparison.OrdinalIgnoreCase) || (p.Name != null && names.Contains(p.Name)))
                .ToList();
        }
    }
}
