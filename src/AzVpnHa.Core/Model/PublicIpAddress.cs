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
        public string Sku { get; set; } = "Standard";
        public string AllocationMethod { get; set; } = "Static";
        /// <summary>Zones; 1,2,3 is zone-redundant, one zone is zonal, none is regional (or zone-redundant by region default).</summary>
        public string[] Zone { get; set; } = new string[0];
        /// <summary>The address; null while planned.</summary>
        public string IpAddress { get; set; }
        public string Gateway { get; set; }
        public int Instance { get; set; }

    }
}
