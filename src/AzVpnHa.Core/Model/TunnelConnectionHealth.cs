namespace AzVpnHa
{
    /// <summary>
    /// One row of a deployed connection's tunnelConnectionStatus (TunnelConnectionHealth in the swagger): the live
    /// state of one IPsec tunnel. Absent rows mean "unknown", never "down" (no published example carries them).
    /// </summary>
    public sealed class TunnelConnectionHealth
    {
        /// <summary>Azure's tunnel name; it carries the gateway instance's public IP, which is how the reader maps it.</summary>
        public string Tunnel { get; internal set; }
        /// <summary>Unknown, Connecting, Connected or NotConnected.</summary>
        public string ConnectionStatus { get; internal set; }
        public long? IngressBytesTransferred { get; internal set; }
        public long? EgressBytesTransferred { get; internal set; }
        public string LastConnectionEstablishedUtcTime { get; internal set; }
        /// <summary>The gateway instance (0 or 1) the tunnel ends on, when the reader could tell; null otherwise.</summary>
        public int? Instance { get; internal set; }

        public bool IsConnected => string.Equals(ConnectionStatus, "Connected", System.StringComparison.OrdinalIgnoreCase);

        public override string ToString() => Tunnel + "=" + ConnectionStatus;
    }
}
