namespace AzVpnHa
{
    /// <summary>
    /// One row of getBgpPeerStatus (BgpPeerStatus): a BGP session as the gateway sees it. Rows whose neighbor is the
    /// gateway's own other instance (same ASN) are iBGP between instances, not on-premises peers (bgp-diagnostics).
    /// </summary>
    public sealed class BgpPeer
    {
        public string Gateway { get; internal set; }
        /// <summary>The gateway instance's BGP address the session runs from.</summary>
        public string LocalAddress { get; internal set; }
        public string Neighbor { get; internal set; }
        public long? Asn { get; internal set; }
        /// <summary>Unknown, Stopped, Idle, Connecting or Connected.</summary>
        public string State { get; internal set; }
        public string ConnectedDuration { get; internal set; }
        public long? RoutesReceived { get; internal set; }
        public long? MessagesSent { get; internal set; }
        public long? MessagesReceived { get; internal set; }

        public bool IsConnected => string.Equals(State, "Connected", System.StringComparison.OrdinalIgnoreCase);

        public override string ToString() => Gateway + " " + LocalAddress + " -> " + Neighbor + " " + State;
    }
}
