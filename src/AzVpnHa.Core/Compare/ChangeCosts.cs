using AzVpnHa.Catalog;

namespace AzVpnHa.Compare
{
    /// <summary>
    /// What changing a deployed VPN gateway costs, each fact with its document (see also Catalog/Sources). Durations
    /// are Microsoft's published figures; where none is published the text says what must be reconfigured instead.
    /// </summary>
    internal static class ChangeCosts
    {
        const string Learn = "https://learn.microsoft.com/azure/vpn-gateway/";
        /// <summary>"Resizing a SKU takes about 45 minutes"; only within a SKU family (gateway-sku-resize, ms.date 10/25/2023).</summary>
        public const string SkuResize = Learn + "gateway-sku-resize";
        /// <summary>Changing (not resizing) a SKU: "more downtime than resizing", several resources reconfigured (include vpn-gateway-sku-about-change-resize, 11/28/2023).</summary>
        public const string SkuChange = Learn + "gateway-sku-change";
        /// <summary>"Creating a gateway can often take 45 minutes or more, depending on the selected gateway SKU."</summary>
        public const string CreateGateway = Learn + "tutorial-site-to-site-portal";

        public const string ToActiveActive =
            "Add a second Standard static public IP and ipConfiguration, then Set-AzVirtualNetworkGateway -EnableActiveActiveFeature: about 45 minutes. " +
            "Without APIPA, the gateway gets two new BGP addresses from the GatewaySubnet and the old one disappears: downtime, and every on-premises BGP peer must be changed. " +
            "Each device then needs a second tunnel, to the new public IP.";
        public const string ToActiveStandby =
            "Remove the second ipConfiguration, then Set-AzVirtualNetworkGateway -DisableActiveActiveFeature. " +
            "Without APIPA, BGP moves to one address (generally the last usable one of the GatewaySubnet): on-premises BGP peers must be changed.";
        public const string VpnTypeChange = "The VPN type cannot be changed: delete and recreate the gateway (about 60 minutes, a new public IP; every device must be reconfigured).";
        public const string Resize = "Resize within the SKU family: about 45 minutes, very little downtime, no device or client reconfiguration.";
        public const string Change =
            "Not a resize (another SKU family, zone-redundant or not, or another generation): change the SKU by Microsoft's workflow, " +
            "with more downtime than a resize and several resources to reconfigure.";

        public static readonly string[] ActiveActiveSources = { Sources.ChangeActiveActive, Sources.ActiveActive };
        public static readonly string[] SkuSources = { SkuResize, SkuChange };
    }
}
