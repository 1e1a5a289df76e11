namespace AzVpnHa.Catalog
{
    /// <summary>
    /// The documents every fact and finding cites. Where the 2016 article and the current docs differ,
    /// the current docs win and the finding says so.
    /// </summary>
    internal static class Sources
    {
        const string Learn = "https://learn.microsoft.com/azure/vpn-gateway/";

        /// <summary>
        /// The HA article: today "Design highly available gateway connectivity for cross-premises and VNet-to-VNet
        /// connections" (ms.date 07/24/2024); the module began from its 2016 text. Anchors are today's headings as Learn
        /// makes them (lower case, punctuation dropped, spaces to hyphens) or the article's explicit &lt;a name&gt; anchors.
        /// </summary>
        public const string Article = Learn + "vpn-gateway-highlyavailable";
        public const string ArticleActiveStandby = Article + "#activestandby";
        public const string ArticleMultipleDevices = Article + "#activeactiveonprem";
        /// <summary>Heading "Active-active VPN gateways" (the 2016 heading "Active-active Azure VPN gateway" is gone).</summary>
        public const string ArticleActiveActive = Article + "#active-active-vpn-gateways";
        public const string ArticleDualRedundancy = Article + "#dual-redundancy-active-active-vpn-gateways-for-both-azure-and-on-premises-networks";
        /// <summary>Heading "Highly Available VNet-to-VNet" (the 2016 heading ended "... through Azure VPN Gateways").</summary>
        public const string ArticleVNetToVNet = Article + "#highly-available-vnet-to-vnet";

        /// <summary>VPN Gateway FAQ (ms.date 06/04/2026): BGP, reserved ASNs, APIPA, tunnel counting, legacy SKUs.</summary>
        public const string Faq = Learn + "vpn-gateway-vpn-faq";
        public const string FaqBgp = Faq + "#bgp";
        /// <summary>FAQ: "Can there be overlapping address spaces among connected virtual networks and on-premises local sites? No."</summary>
        public const string FaqOverlap = Faq + "#can-there-be-overlapping-address-spaces-among-connected-virtual-networks-and-on-premises-local-sites";
        /// <summary>FAQ: "The default DPD timeout is 45 seconds on VPN gateways ... from 9 seconds to 3,600 seconds."</summary>
        public const string FaqDpd = Faq + "#what-is-the-default-dpd-timeout-value-can-i-specify-a-different-dpd-timeout";
        /// <summary>FAQ: "Does Azure guarantee symmetric routing for a given flow in Active-Active VPN mode? No."</summary>
        public const string FaqSymmetricRouting = Faq + "#does-azure-guarantee-symmetric-routing-for-a-given-flow-in-active-active-vpn-mode";
        /// <summary>FAQ: several tunnels to one on-premises network "are counted against the total number of tunnels".</summary>
        public const string FaqTunnelCount = Faq + "#can-i-have-more-than-one-tunnel-between-a-vpn-gateway-and-my-on-premises-network";
        public const string GatewaySkus = Learn + "about-gateway-skus";
        public const string SkuConsolidation = Learn + "gateway-sku-consolidation";
        public const string LegacySkus = Learn + "vpn-gateway-about-skus-legacy";
        public const string ActiveActive = Learn + "about-active-active-gateways";
        public const string ConfigureBgp = Learn + "configure-bgp";
        public const string BgpHowTo = Learn + "bgp-howto";
        public const string WhatsNew = Learn + "whats-new";
        /// <summary>whats-new "Upcoming projected changes" (11/25/2025): Basic IP deprecation for VPN gateways at the end of June 2026; an automated removal of the Basic IP resource of Basic-SKU gateways in March 2026.</summary>
        public const string WhatsNewUpcoming = WhatsNew + "#upcoming-projected-changes";
        public const string ChangeActiveActive = Learn + "gateway-change-active-active";
        public const string ActiveActivePowerShell = Learn + "vpn-gateway-activeactive-rm-powershell";
        /// <summary>BGP diagnostics: getBgpPeerStatus / getLearnedRoutes row meanings (S17).</summary>
        public const string BgpDiagnostics = Learn + "bgp-diagnostics";
        /// <summary>Basic public IP migration for VPN gateways: Basic IP deprecation for VPN moved to end of June 2026 (S11, S12).</summary>
        public const string BasicPublicIpMigration = Learn + "basic-public-ip-migrate-about";
        /// <summary>The Basic IP migration how-to (ms.date 06/06/2025): "for VPN Gateway deployments that use gateway SKUs VpnGw 1-5".</summary>
        public const string BasicPublicIpMigrationHowTo = Learn + "basic-public-ip-migrate-howto";
        /// <summary>Connection and per-tunnel status of a site-to-site connection (tunnelConnectionStatus).</summary>
        public const string ConnectionStatus = Learn + "vpn-gateway-troubleshoot-site-to-site-cannot-connect";
        /// <summary>Zone-redundant gateways: a multi-zone Standard IP puts the 2 instances in 2 of 3 zones, a zonal IP puts both in one zone.</summary>
        public const string ZoneRedundant = Learn + "about-zone-redundant-vnet-gateways";
        /// <summary>
        /// Public IP availability zones: Standard public IPs created without zones are being made zone-redundant region by
        /// region (announced 2024); the resource does not say whether the upgrade reached it.
        /// </summary>
        public const string PublicIpZones = "https://learn.microsoft.com/azure/virtual-network/ip-services/public-ip-addresses#availability-zone";

        /// <summary>ARM template functions evaluated at deploy time (reference(), list*()), which no offline reader can know.</summary>
        public const string ArmTemplateFunctions = "https://learn.microsoft.com/azure/azure-resource-manager/templates/template-functions-resource#reference";

        /// <summary>Reliability guide for virtual network gateways (ms.date 10/16/2025, a draft with TODO markers): zone-down experience, sequential maintenance.</summary>
        public const string Reliability = "https://learn.microsoft.com/azure/reliability/reliability-virtual-network-gateway";
        public const string ReliabilityZoneDown = Reliability + "#zone-down-experience";
        public const string ReliabilityMaintenance = Reliability + "#reliability-during-service-maintenance";

        /// <summary>Azure Verified Module for connections: dpdTimeoutSeconds allowed 9-3600 (ARM reports 0 for the default); the default itself is cited from the FAQ (FaqDpd).</summary>
        public const string AvmConnection = "https://github.com/Azure/bicep-registry-modules/tree/main/avm/res/network/connection";
    }
}
