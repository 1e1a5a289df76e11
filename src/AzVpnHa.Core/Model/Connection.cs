namespace AzVpnHa
{
    /// <summary>Which custom APIPA address a connection uses on one gateway instance.</summary>
    public sealed class CustomBgpIpAddress
    {
        public CustomBgpIpAddress(int instance, string ipConfigurationName, string address)
        {
            Instance = instance;
            IpConfigurationName = ipConfigurationName;
            Address = address;
        }

        public int Instance { get; }
        public string IpConfigurationName { get; }
        public string Address { get; }
        public override string ToString() => IpConfigurationName + "=" + Address;
    }

    /// <summary>A virtual network gateway connection: IPsec to a local network gateway, or Vnet2Vnet to a peer gateway.</summary>
    public sealed class Connection : AzureResource
    {
        public ConnectionType ConnectionType { get; set; }
        public string VirtualNetworkGateway1 { get; set; }
        public string LocalNetworkGateway2 { get; set; }
        public string VirtualNetworkGateway2 { get; set; }
        public bool EnableBgp { get; set; }
        public CustomBgpIpAddress[] GatewayCustomBgpIpAddresses { get; set; } = new CustomBgpIpAddress[0];
        /// <summary>The site (IPsec) or VNet link (Vnet2Vnet) this connection belongs to.</summary>
        public string Site { get; set; }
        public string VNetLink { get; set; }
        /// <summary>Deployed only: the whole connection's status (Unknown, Connecting, Connected, NotConnected); null for a plan.</summary>
        public string ConnectionStatus { get; set; }
        /// <summary>Deployed only: the per-tunnel truth, one row per Azure instance when Azure reports it; empty means unknown.</summary>
        public TunnelConnectionHealth[] TunnelConnectionStatus { get; set; } = new TunnelConnectionHealth[0];
        /// <summary>
        /// Dead peer detection timeout in seconds (ARM dpdTimeoutSeconds); null or 0 means Azure's default
        /// (45 s, see Catalog.FailoverTimings.DeadPeerDetectionDefault).
        /// </summary>
        public int? DpdTimeoutSeconds { get; set; }
        public int TunnelCount { get; internal set; }

        public string Remote => LocalNetworkGateway2 ?? VirtualNetworkGateway2;
    }
}
