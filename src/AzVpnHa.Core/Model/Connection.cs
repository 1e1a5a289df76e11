using System;
using System.Collections.Generic;
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
        public ConnectionType ConnectionType { get; internal set; }
        public string VirtualNetworkGateway1 { get; internal set; }
        public string LocalNetworkGateway2 { get; internal set; }
        public string VirtualNetworkGateway2 { get; internal set; }
        public bool EnableBgp { get; internal set; }
        public IReadOnlyList<CustomBgpIpAddress> GatewayCustomBgpIpAddresses { get; internal set; } = Array.Empty<CustomBgpIpAddress>();
        /// <summary>The site (IPsec) or VNet link (Vnet2Vnet) this connection belongs to.</summary>
        public string Site { get; internal set; }
        public string VNetLink { get; internal set; }
        /// <summary>Deployed only: the whole connection's status (Unknown, Connecting, Connected, NotConnected); null for a plan.</summary>
        public string ConnectionStatus { get; internal set; }
        /// <summary>Deployed only: the per-tunnel truth, one row per Azure instance when Azure reports it; empty means unknown.</summary>
        public IReadOnlyList<TunnelConnectionHealth> TunnelConnectionStatus { get; internal set; } = Array.Empty<TunnelConnectionHealth>();
        /// <summary>
        /// Dead peer detection timeout in seconds (ARM dpdTimeoutSeconds); null or 0 means Azure's default
        /// (45 s, see Catalog.FailoverTimings.DeadPeerDetectionDefault).
        /// </summary>
        public int? DpdTimeoutSeconds { get; internal set; }
        /// <summary>The custom IPsec/IKE policy (ARM ipsecPolicies[0]); null: Azure's default policy.</summary>
        public IpsecPolicy IpsecPolicy { get; internal set; }
        public int TunnelCount { get; internal set; }

        public string Remote => LocalNetworkGateway2 ?? VirtualNetworkGateway2;
    }
}
