namespace AzVpnHa
{
    /// <summary>What fails in a failure scenario.</summary>
    public enum FaultKind
    {
        /// <summary>Azure maintains one gateway instance (planned; instances are maintained one at a time).</summary>
        PlannedMaintenance,
        /// <summary>One gateway instance is lost without warning.</summary>
        InstanceFailure,
        /// <summary>An on-premises VPN device (one local network gateway) is down.</summary>
        DeviceDown,
        /// <summary>The ISP link behind a device's public endpoint is down: every device on that endpoint loses its tunnels.</summary>
        IspLinkDown,
        /// <summary>An availability zone of the Azure region is down.</summary>
        ZoneOutage,
        /// <summary>A whole gateway (both instances) is lost: the peer of a VNet-to-VNet link.</summary>
        GatewayLoss,
    }
}
