using System;
using System.Collections.Generic;
namespace AzVpnHa
{
    /// <summary>
    /// One on-premises VPN device as Azure sees it. Property names match New-AzLocalNetworkGateway's
    /// parameters (Name, ResourceGroupName, Location, GatewayIpAddress, Fqdn, AddressPrefix, Asn, BgpPeeringAddress).
    /// </summary>
    public sealed class LocalNetworkGateway : AzureResource
    {
        public string GatewayIpAddress { get; internal set; }
        public string Fqdn { get; internal set; }
        /// <summary>The LNG address space as configured (static routes); may be empty with BGP.</summary>
        public IReadOnlyList<string> AddressPrefix { get; internal set; } = Array.Empty<string>();
        public long? Asn { get; internal set; }
        public string BgpPeeringAddress { get; internal set; }
        /// <summary>The site (on-prem network) this device serves.</summary>
        public string Site { get; internal set; }
        public string Device { get; internal set; }
        /// <summary>Prefixes the device advertises over BGP (the plan's intent, or what Azure learned from it).</summary>
        public IReadOnlyList<string> AdvertisedPrefixes { get; internal set; } = Array.Empty<string>();
        /// <summary>The spec says the device is a stateful firewall (rule HA023); false when not stated, and for a deployed estate.</summary>
        public bool StatefulFirewall { get; internal set; }

        /// <summary>The device's public endpoint: its IP, or its FQDN.</summary>
        public string Endpoint => GatewayIpAddress ?? Fqdn;
        public bool HasBgpSettings => Asn.HasValue && !string.IsNullOrEmpty(BgpPeeringAddress);

    }
}
