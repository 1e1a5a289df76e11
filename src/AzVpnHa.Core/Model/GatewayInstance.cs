using System.Collections.Generic;

namespace AzVpnHa
{
    /// <summary>One of the two VM instances of a VPN gateway: its ipConfiguration, public IP and BGP addresses.</summary>
    public sealed class GatewayInstance
    {
        public string Gateway { get; set; }
        /// <summary>0 or 1: the order of ipConfigurations, which is also the order of bgpPeeringAddresses.</summary>
        public int Index { get; set; }
        public string IpConfigurationName { get; set; }
        public string PublicIpName { get; set; }
        /// <summary>The public IP; null while planned (Azure assigns it at deployment).</summary>
        public string PublicIpAddress { get; set; }
        /// <summary>The default BGP IP from the GatewaySubnet; null while planned.</summary>
        public string BgpPeeringAddress { get; set; }
        /// <summary>Custom APIPA BGP addresses (169.254.21.0-169.254.22.255).</summary>
        public string[] CustomBgpIpAddresses { get; set; } = new string[0];

        public override string ToString() => Gateway + "[" + Index + "]";
    }
}
