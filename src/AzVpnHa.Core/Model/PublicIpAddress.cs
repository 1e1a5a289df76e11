using System;
using System.Collections.Generic;
namespace AzVpnHa
{
    /// <summary>
    /// A gateway instance's public IP resource. Property names match New-AzPublicIpAddress's parameters
    /// (Name, ResourceGroupName, Location, Sku, AllocationMethod, Zone). An active-active gateway's two IPs must
    /// match in SKU, allocation and zones, or ARM rejects it (ActiveActiveGatewayPublicIPAddressesDiffersInSkuOrZones).
    /// </summary>
    public sealed class PublicIpAddress : AzureResource
    {
        /// <summary>Standard (required for new gateways except the Basic gateway SKU since 2023-12-01) or Basic.</summary>
        public string Sku { get; internal set; } = "Standard";
        public string AllocationMethod { get; internal set; } = "Static";
        /// <summary>Zones; 1,2,3 is zone-redundant, one zone is zonal, none is regional (or zone-redundant by region default).</summary>
        public IReadOnlyList<string> Zone { get; internal set; } = Array.Empty<string>();
        /// <summary>The address; null while planned.</summary>
        public string IpAddress { get; internal set; }
        public string Gateway { get; internal set; }
        public int Instance { get; internal set; }

    }
}
