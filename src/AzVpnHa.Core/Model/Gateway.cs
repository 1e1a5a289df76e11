namespace AzVpnHa
{
    /// <summary>An Azure virtual network gateway of type Vpn.</summary>
    public sealed class Gateway : AzureResource
    {
        public string Sku { get; set; }
        public string VpnType { get; set; } = "RouteBased";
        /// <summary>Generation1, Generation2, or null when not stated.</summary>
        public string Generation { get; set; }
        public bool ActiveActive { get; set; }
        public bool EnableBgp { get; set; }
        /// <summary>The gateway's BGP ASN; null when BGP is not configured.</summary>
        public long? Asn { get; set; }
        public string[] VNetAddressPrefixes { get; set; } = new string[0];
        public GatewayInstance[] Instances { get; set; } = new GatewayInstance[0];
        /// <summary>Tunnels that terminate on this gateway, counted against its SKU.</summary>
        public int TunnelCount { get; internal set; }
    }
}
