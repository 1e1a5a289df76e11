namespace AzVpnHa
{
    /// <summary>One IPsec tunnel between an Azure gateway instance and a device or a peer gateway instance.</summary>
    public sealed class Tunnel
    {
        /// <summary>The topology the tunnel belongs to, so tunnels of several topologies can be told apart and grouped.</summary>
        public string TopologyName { get; internal set; }
        public string Connection { get; internal set; }
        public string LocalNetworkGateway { get; internal set; }
        public string AzureGateway { get; internal set; }
        public int AzureInstance { get; internal set; }
        public string AzurePublicIp { get; internal set; }
        public string AzureBgpAddress { get; internal set; }
        /// <summary>The device, or the peer gateway instance as "gateway[index]".</summary>
        public string RemoteName { get; internal set; }
        /// <summary>VNet-to-VNet only: the peer gateway and its instance at the far end; null for a device.</summary>
        public string RemoteGateway { get; internal set; }
        public int? RemoteInstance { get; internal set; }
        public string RemotePublicIp { get; internal set; }
        public string RemoteBgpAddress { get; internal set; }
        public long? RemoteAsn { get; internal set; }
        public bool Bgp { get; internal set; }
        /// <summary>The site or VNet link the tunnel serves.</summary>
        public string Target { get; internal set; }
        /// <summary>Planned for a plan; Connected, NotConnected or Unknown for a deployed estate.</summary>
        public string Status { get; internal set; } = "Planned";

        public override string ToString() => AzureGateway + "[" + AzureInstance + "] <-> " + RemoteName;
    }
}
