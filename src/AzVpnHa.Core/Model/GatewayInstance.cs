using System;
using System.Collections.Generic;

namespace AzVpnHa
{
    /// <summary>One of the two VM instances of a VPN gateway: its ipConfiguration, public IP and BGP addresses.</summary>
    public sealed class GatewayInstance
    {
        public string Gateway { get; internal set; }
        /// <summary>0 or 1: the order of ipConfigurations, which is also the order of bgpPeeringAddresses.</summary>
        public int Index { get; internal set; }
        public string IpConfigurationName { get; internal set; }
        public string PublicIpName { get; internal set; }
        /// <summary>The public IP; null while planned (Azure assigns it at deployment).</summary>
        public string PublicIpAddress { get; internal set; }
        /// <summary>The default BGP IP from the GatewaySubnet; null while planned.</summary>
        public string BgpPeeringAddress { get; internal set; }
        /// <summary>Custom APIPA BGP addresses (169.254.21.0-169.254.22.255).</summary>
        public IReadOnlyList<string> CustomBgpIpAddresses { get; internal set; } = Array.Empty<string>();

        public override string ToString() => Gateway + "[" + Index + "]";
    }
}
