namespace AzVpnHa.Catalog
{
    /// <summary>
    /// The documents every fact and finding cites. Where the 2016 article and the current docs differ,
    /// the current docs win and the finding says so.
    /// </summary>
    public static class Sources
    {
        const string Learn = "https://learn.microsoft.com/azure/vpn-gateway/";

        /// <summary>The 2016 article this module encodes (ms.date 09/24/2016).</summary>
        public const string Article = Learn + "vpn-gateway-highlyavailable";
        public const string ArticleActiveStandby = Article + "#activestandby";
        public const string ArticleMultipleDevices = Article + "#activeactiveonprem";
        public const string ArticleActiveActive = Article + "#active-active-azure-vpn-gateway";
        public const string ArticleDualRedundancy = Article + "#dual-redundancy-active-active-vpn-gateways-for-both-azure-and-on-premises-networks";
        public const string ArticleVNetToVNet = Article + "#highly-available-vnet-to-vnet-connectivity-through-azure-vpn-gateways";

        /// <summary>VPN Gateway FAQ (ms.date 06/04/2026): BGP, reserved ASNs, APIPA, tunnel counting, legacy SKUs.</summary>
        public const string Faq = Learn + "vpn-gateway-vpn-faq";
        public const string FaqBgp = Faq + "#bgp";
        public const string GatewaySkus = Learn + "about-gateway-skus";
        public const string SkuConsolidation = Learn + "gateway-sku-consolidation";
        public const string LegacySkus = Learn + "vpn-gateway-about-skus-legacy";
        public const string ActiveActive = Learn + "about-active-active-gateways";
        public const string ConfigureBgp = Learn + "configure-bgp";
        public const string BgpHowTo = Learn + "bgp-howto";
        public const string WhatsNew = Learn + "whats-new";
        public const string ChangeActiveActive = Learn + "gateway-change-active-active";
        public const string ActiveActivePowerShell = Learn + "vpn-gateway-activeactive-rm-powershell";
        /// <summary>BGP diagnostics: getBgpPeerStatus / getLearnedRoutes row meanings (S17).</summary>
        public const string BgpDiagnostics = Learn + "bgp-diagnostics";
        /// <summary>Basic public IP migration for VPN gateways: Basic IP deprecation for VPN moved to end of June 2026 (S11, S12).</summary>
        public const string BasicPublicIpMigration = Learn + "basic-public-ip-migrate-about";
        /// <summary>Connection and per-tunnel status of a site-to-site connection (tunnelConnectionStatus).</summary>
        public const string ConnectionStatus = Learn + "vpn-gateway-troubleshoot-site-to-site-cannot-connect";
        /// <summary>Zone-redundant gateways: a multi-zone Standard IP puts the 2 instances in 2 of 3 zones, a zonal IP puts both in one zone.</summary>
        public const string ZoneRedundant = Learn + "about-zone-redundant-vnet-gateways";

        /// <summary>Reliability guide for virtual network gateways (ms.date 10/16/2025, a draft with TODO markers): zone-down experience, sequential maintenance.</summary>
        public const string Reliability = "https://learn.microsoft.com/azure/reliability/reliability-virtual-network-gateway";
        public const string ReliabilityZoneDown = Reliability + "#zone-down-experience";
        public const string ReliabilityMaintenance = Reliability + "#reliability-during-service-maintenance";

        /// <summary>Azure Verified Module for connections: dpdTimeoutSeconds allowed 9-3600, default 45 (ARM reports 0 for the default).</summary>
        public const string AvmConnection = "https://github.com/Azure/bicep-registry-modules/tree/main/avm/res/network/connection";
    }
}
