using System;
using System.Collections.Generic;
using System.Linq;

namespace AzVpnHa.Catalog
{
    /// <summary>
    /// VPN gateway SKUs. Tunnel limits and features: about-gateway-skus and its SKU table include
    /// (ms.date 06/08/2026); legacy SKUs: vpn-gateway-about-skus-legacy. The 2016 article's "10 for Basic and
    /// Standard, 30 for HighPerformance" is superseded by this table.
    /// Retirement dates: gateway-sku-consolidation (non-AZ creation blocked 2025-01-01, retirement 2026-09-30)
    /// and the legacy SKU article's deprecation section (creation of Standard/HighPerformance blocked from
    /// 2023-12-01: "December 1, 2023: No new gateway creations possible") with whats-new 11/25/2025 (retirement moved to March 2026).
    /// </summary>
    internal static class SkuCatalog
    {
        static readonly DateTime NonAzBlocked = new DateTime(2025, 1, 1);
        static readonly DateTime NonAzRetired = new DateTime(2026, 9, 30);
        static readonly DateTime LegacyBlocked = new DateTime(2023, 12, 1);
        static readonly DateTime LegacyRetired = new DateTime(2026, 3, 31);

        static readonly GatewaySku[] All =
        {
            new GatewaySku("Basic", 10, false, false, false, SkuStatus.DevTest, true, false, "100 Mbps"),
            new GatewaySku("VpnGw1AZ", 30, true, true, true, SkuStatus.Current, true, false, "650 Mbps"),
            new GatewaySku("VpnGw2AZ", 30, true, true, true, SkuStatus.Current, true, true, "1 Gbps (Gen1) / 1.25 Gbps (Gen2)"),
            new GatewaySku("VpnGw3AZ", 30, true, true, true, SkuStatus.Current, true, true, "1.25 Gbps (Gen1) / 2.5 Gbps (Gen2)"),
            new GatewaySku("VpnGw4AZ", 100, true, true, true, SkuStatus.Current, false, true, "5 Gbps"),
            new GatewaySku("VpnGw5AZ", 100, true, true, true, SkuStatus.Current, false, true, "10 Gbps"),
            new GatewaySku("VpnGw1", 30, true, true, false, SkuStatus.Migrating, true, false, "650 Mbps", "VpnGw1AZ", NonAzBlocked, NonAzRetired),
            new GatewaySku("VpnGw2", 30, true, true, false, SkuStatus.Migrating, true, true, "1 Gbps (Gen1) / 1.25 Gbps (Gen2)", "VpnGw2AZ", NonAzBlocked, NonAzRetired),
            new GatewaySku("VpnGw3", 30, true, true, false, SkuStatus.Migrating, true, true, "1.25 Gbps (Gen1) / 2.5 Gbps (Gen2)", "VpnGw3AZ", NonAzBlocked, NonAzRetired),
            new GatewaySku("VpnGw4", 100, true, true, false, SkuStatus.Migrating, false, true, "5 Gbps", "VpnGw4AZ", NonAzBlocked, NonAzRetired),
            new GatewaySku("VpnGw5", 100, true, true, false, SkuStatus.Migrating, false, true, "10 Gbps", "VpnGw5AZ", NonAzBlocked, NonAzRetired),
            // Legacy: Standard never had active-active; HighPerformance was the only legacy SKU that did (S13).
            new GatewaySku("Standard", 10, true, false, false, SkuStatus.Legacy, true, false, "100 Mbps", "VpnGw1AZ", LegacyBlocked, LegacyRetired),
            new GatewaySku("HighPerformance", 30, true, true, false, SkuStatus.Legacy, true, false, "200 Mbps", "VpnGw2AZ", LegacyBlocked, LegacyRetired),
        };

        static readonly Dictionary<string, GatewaySku> ByName = All.ToDictionary(s => s.Name, StringComparer.OrdinalIgnoreCase);

        public static IReadOnlyList<GatewaySku> Skus => All;

        /// <summary>Names for tab completion and help, current SKUs first.</summary>
        public static IEnumerable<string> Names => All.Select(s => s.Name);

        public static bool TryGet(string name, out GatewaySku sku)
        {
            sku = null;
            return name != null && ByName.TryGetValue(name, out sku);
        }
    }
}
