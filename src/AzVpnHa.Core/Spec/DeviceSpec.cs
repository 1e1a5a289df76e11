namespace AzVpnHa
{
    /// <summary>
    /// An on-premises VPN device as the user describes it (New-HaVpnDevice emits these). Planning turns
    /// each into one local network gateway and one connection.
    /// </summary>
    public sealed class DeviceSpec
    {
        public string Name { get; set; }
        public string PublicIp { get; set; }
        public string Fqdn { get; set; }
        public long? Asn { get; set; }
        public string BgpPeeringAddress { get; set; }
        /// <summary>The LNG address space as configured; null: the site's prefixes without BGP, none with BGP.</summary>
        public string[] AddressPrefixes { get; set; }
        /// <summary>Prefixes advertised over BGP; null: the site's prefixes.</summary>
        public string[] AdvertisedPrefixes { get; set; }
        /// <summary>Null: BGP when both the gateway and the device have an ASN.</summary>
        public bool? EnableBgp { get; set; }
        /// <summary>The device is a stateful firewall (drops flows whose return traffic takes another tunnel): rule HA023.</summary>
        public bool StatefulFirewall { get; set; }
        /// <summary>
        /// Per gateway instance (by index), the custom APIPA address this device's connection peers with
        /// (connection gatewayCustomBgpIpAddresses); null: the first custom APIPA address of each instance.
        /// </summary>
        public string[] GatewayCustomBgpIpAddresses { get; set; }
        /// <summary>The connection's custom IPsec/IKE policy (ARM ipsecPolicies[0]); null: Azure's default policy.</summary>
        public IpsecPolicy IpsecPolicy { get; set; }
        /// <summary>Resource names when they are not the planner's defaults (lgw-/cn- + site + device).</summary>
        public string LocalNetworkGatewayName { get; set; }
        public string ConnectionName { get; set; }

        public override string ToString() => Name;
    }
}
