namespace AzVpnHa.Catalog
{
    /// <summary>
    /// Every duration the failure analysis uses, each with its source. Where the 2016 article and the current
    /// docs differ, the current docs win: unplanned active-standby failover is "about 1 to 3 minutes in the worst
    /// case" today (vpn-gateway-highlyavailable, ms.date 07/24/2024), not the 2016 text's "1 minute to 1 and a half".
    /// </summary>
    internal static class FailoverTimings
    {
        const string HaArticle = "Design highly available gateway connectivity (vpn-gateway-highlyavailable, ms.date 07/24/2024)";
        const string FaqTitle = "VPN Gateway FAQ, BGP section (ms.date 06/04/2026)";
        const string ActiveActiveTitle = "About active-active mode VPN gateways (about-active-active-gateways)";
        const string ReliabilityTitle = "Reliability in Azure virtual network gateway (ms.date 10/16/2025, draft)";
        const string FaqDpdTitle = "VPN Gateway FAQ, IPsec/IKE policy section (ms.date 06/04/2026)";

        /// <summary>Active-standby: the standby takes over after planned maintenance of the active instance.</summary>
        public static readonly TimingFact ActiveStandbyPlanned = new TimingFact("Active-standby failover, planned maintenance", 10, 15,
            "For planned maintenance, the connectivity should be restored within 10 to 15 seconds.", "HA article 07/24/2024", HaArticle, Sources.ArticleActiveStandby);

        /// <summary>Active-standby: the standby takes over after an unplanned loss of the active instance.</summary>
        public static readonly TimingFact ActiveStandbyUnplanned = new TimingFact("Active-standby failover, unplanned", 60, 180,
            "For unplanned issues, the connection recovery is longer, about 1 to 3 minutes in the worst case (the 2016 text said 60-90 s).", "HA article 07/24/2024", HaArticle, Sources.ArticleActiveStandby);

        /// <summary>The 2016 article's unplanned figure, kept only to say why it is not used.</summary>
        public static readonly TimingFact ActiveStandbyUnplanned2016 = new TimingFact("Active-standby failover, unplanned (2016 text, superseded)", 60, 90,
            "about 1 minute to 1 and a half minutes in the worst case", "HA article 09/24/2016", "Highly Available Cross-Premises and VNet-to-VNet Connectivity (ms.date 09/24/2016)", Sources.Article);

        /// <summary>
        /// Active-active, planned maintenance of one instance: Azure maintains instances one at a time and closes that
        /// instance's tunnels; the routes over them are withdrawn and traffic uses the other instance's tunnels.
        /// No duration is documented; the docs present active-active as avoiding the failover interruption.
        /// </summary>
        public static readonly TimingFact GracefulWithdrawal = new TimingFact("Route withdrawal, planned maintenance (graceful)", 0, 0,
            "The corresponding routes ... should be removed or withdrawn automatically so that the traffic will be switched over to the other active IPsec tunnel; active-active mode avoids the active-standby failover interruption.",
            "about-active-active-gateways", ActiveActiveTitle, Sources.ActiveActive);

        /// <summary>Azure's BGP keepalive; fixed, and no BFD on site-to-site.</summary>
        public static readonly TimingFact BgpKeepalive = new TimingFact("BGP keepalive", 60, 60,
            "BGP keepalive 60 s and hold time 180 s, fixed (not configurable); no BFD on site-to-site.", "VPN FAQ (BGP)", FaqTitle, Sources.FaqBgp);

        /// <summary>Azure's BGP hold time: a silent peer's routes are withdrawn at the latest after it.</summary>
        public static readonly TimingFact BgpHold = new TimingFact("BGP hold time", 180, 180,
            "BGP keepalive 60 s and hold time 180 s, fixed (not configurable); no BFD on site-to-site.", "VPN FAQ (BGP)", FaqTitle, Sources.FaqBgp);

        /// <summary>The connection's dead peer detection timeout when it is not set (ARM returns 0).</summary>
        public static readonly TimingFact DeadPeerDetectionDefault = new TimingFact("Dead peer detection timeout (default)", 45, 45,
            "The default DPD timeout is 45 seconds on VPN gateways; each connection can set 9 to 3,600 seconds.", "VPN FAQ (DPD)", FaqDpdTitle, Sources.FaqDpd);

        /// <summary>Zone outage on a zone-redundant gateway.</summary>
        public static readonly TimingFact ZoneOutage = new TimingFact("Zone outage, zone-redundant gateway", 0, 60,
            "During zone outages, connections might experience brief interruptions that typically last up to one minute as traffic is redistributed.",
            "reliability guide (draft)", ReliabilityTitle, Sources.ReliabilityZoneDown);

        /// <summary>Allowed DPD timeouts (VPN FAQ: 9 to 3,600 s): values outside are clamped when reading a deployed connection.</summary>
        public const int DeadPeerDetectionMin = 9;
        public const int DeadPeerDetectionMax = 3600;

        /// <summary>The DPD timeout of a connection, with Azure's default for null or 0.</summary>
        public static int DeadPeerDetectionSeconds(Connection connection)
        {
            var value = connection?.DpdTimeoutSeconds;
            if (value == null || value.Value <= 0) return DeadPeerDetectionDefault.MaxSeconds;
            if (value.Value < DeadPeerDetectionMin) return DeadPeerDetectionMin;
            return value.Value > DeadPeerDetectionMax ? DeadPeerDetectionMax : value.Value;
        }
    }
}
