namespace AzVpnHa
{
    /// <summary>
    /// One on-premises VPN device as Azure sees it. Property names match New-AzLocalNetworkGateway's
    /// parameters (Name, ResourceGroupName, Location, GatewayIpAddress, Fqdn, AddressPrefix, Asn, BgpPeeringAddress).
    /// </summary>
    public sealed class LocalNetworkGateway : AzureResource
    {
        public string GatewayIpAddress { get; set; }
        public string Fqdn { get; set; }
        /// <summary>The LNG address space as configured (static routes); may be empty with BGP.</summary>
        public string[] AddressPrefix { get; set; } = new string[0];
        public long? Asn { get; set; }
        public string BgpPeeringAddress { get; set; }
        /// <summary>The site (on-prem network) this device serves.</summary>
        public string Site { get; set; }
        public string Device { get; set; }
        /// <summary>Prefixes the device advertises over BGP (the plan's intent, or what Azure learned from it).</summary>
        public string[] AdvertisedPrefixes { get; set; } = new string[0];
        /// <summary>The spec says the device is a stateful firewall (rule HA023); false when not stated, and for a deployed estate.</summary>
        public bool StatefulFirewall { get; set; }

        /// <summary>The device's public endpoint: its IP, or its FQDN.</summary>
        public string Endpoint => GatewayIpAddress ?? Fqdn;
        public bool HasBgpSettings => Asn.HasValue && !string.IsNullOrEmpty(BgpPeeringAddress);

    }
}
