namespace AzVpnHa.Rules
{
    /// <summary>
    /// Three-valued answers the rules and the mesh share: true, false, or null when a value that decides it is set at
    /// deploy time (<see cref="AzureResource.IsUnknown"/>). Null is never read as false: unknown is not absent.
    /// </summary>
    internal static class Known
    {
        /// <summary>Whether the gateway runs BGP; null when its ASN or enableBgp is set at deploy time.</summary>
        public static bool? GatewayBgp(Gateway gateway)
        {
            if (gateway.EnableBgp) return true;
            return gateway.IsUnknown(nameof(Gateway.EnableBgp)) || gateway.IsUnknown(nameof(Gateway.Asn)) ? (bool?)null : false;
        }

        /// <summary>
        /// Whether the gateway is active-active, from structure when the flag is set at deploy time: ARM accepts two
        /// ipConfigurations only on an active-active gateway (ActiveActiveGatewayMustHaveExactlyTwoIpConfigurations,
        /// BgpPeeringAddressesCountNotCorrect), so two instances mean active-active.
        /// </summary>
        public static bool ActiveActive(Gateway gateway) =>
            gateway != null && (gateway.ActiveActive || (gateway.IsUnknown(nameof(Gateway.ActiveActive)) && gateway.Instances.Count == 2));

        /// <summary>Whether the device has its BGP settings (ASN and peer address); null when a missing one is set at deploy time.</summary>
        public static bool? LngBgp(LocalNetworkGateway lng)
        {
            if (lng.HasBgpSettings) return true;
            bool asn = lng.Asn.HasValue, peer = !string.IsNullOrEmpty(lng.BgpPeeringAddress);
            bool asnUnknown = lng.IsUnknown(nameof(LocalNetworkGateway.Asn)), peerUnknown = lng.IsUnknown(nameof(LocalNetworkGateway.BgpPeeringAddress));
            return (asn || asnUnknown) && (peer || peerUnknown) ? (bool?)null : false;
        }

        /// <summary>Whether the connection enables BGP; null when enableBgp is set at deploy time.</summary>
        public static bool? ConnectionBgp(Connection connection)
        {
            if (connection.EnableBgp) return true;
            return connection.IsUnknown(nameof(Connection.EnableBgp)) ? (bool?)null : false;
        }

        /// <summary>
        /// A tunnel carries BGP unless one of its ends is known not to: a connection that says enableBgp, with a
        /// peer address set at deploy time, is a BGP connection (failover and mesh must not read it as static).
        /// </summary>
        public static bool TunnelBgp(Connection connection, Gateway gateway, LocalNetworkGateway lng) =>
            ConnectionBgp(connection) != false && GatewayBgp(gateway) != false && LngBgp(lng) != false;
    }
}
