using System;
using System.Collections.Generic;
namespace AzVpnHa
{
    /// <summary>An Azure virtual network gateway of type Vpn.</summary>
    public sealed class Gateway : AzureResource
    {
        public string Sku { get; internal set; }
        public string VpnType { get; internal set; } = "RouteBased";
        /// <summary>Generation1, Generation2, or null when not stated.</summary>
        public string Generation { get; internal set; }
        public bool ActiveActive { get; internal set; }
        public bool EnableBgp { get; internal set; }
        /// <summary>The gateway's BGP ASN; null when BGP is not configured.</summary>
        public long? Asn { get; internal set; }
        public IReadOnlyList<string> VNetAddressPrefixes { get; internal set; } = Array.Empty<string>();
        public IReadOnlyList<GatewayInstance> Instances { get; internal set; } = Array.Empty<GatewayInstance>();
        /// <summary>Tunnels that terminate on this gateway, counted against its SKU.</summary>
        public int TunnelCount { get; internal set; }
    }
}
