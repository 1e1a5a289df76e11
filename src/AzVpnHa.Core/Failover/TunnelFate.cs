namespace AzVpnHa.Failover
{
    /// <summary>What a scenario does to one tunnel.</summary>
    internal enum TunnelFate
    {
        Unaffected,
        /// <summary>Status NotConnected before the fault: it carries nothing either way.</summary>
        AlreadyDown,
        /// <summary>Active-standby: the tunnel drops and comes back on the standby instance.</summary>
        FailedOver,
        /// <summary>The tunnel is gone while the fault lasts; its flows move to surviving tunnels, if any.</summary>
        Lost,
    }
}
