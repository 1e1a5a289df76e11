namespace AzVpnHa.Net
{
    /// <summary>Address ranges with a meaning for Azure VPN BGP.</summary>
    internal static class WellKnownRanges
    {
        /// <summary>Link-local (APIPA) 169.254.0.0/16; an on-prem BGP peer may use any of it (bgp-howto, S6).</summary>
        public static readonly Cidr Apipa = Cidr.Parse("169.254.0.0/16");

        /// <summary>
        /// The custom Azure APIPA range 169.254.21.0-169.254.22.255 (VPN FAQ S4, configure-bgp S5). It spans two
        /// /24s that are not one CIDR block (169.254.21.0/23 would start at .20), hence first/last.
        /// </summary>
        public static readonly IpAddressValue AzureCustomApipaFirst = IpAddressValue.Parse("169.254.21.0");
        public static readonly IpAddressValue AzureCustomApipaLast = IpAddressValue.Parse("169.254.22.255");

        public static bool IsApipa(IpAddressValue address) => Apipa.Contains(address);

        public static bool IsAzureCustomApipa(IpAddressValue address) =>
            address.CompareTo(AzureCustomApipaFirst) >= 0 && address.CompareTo(AzureCustomApipaLast) <= 0;
    }
}
