using System.Collections.Generic;

namespace AzVpnHa.Tests
{
    /// <summary>
    /// The five configurations of the 2016 article as spec JSON, with the variants exporters must handle:
    /// non-BGP (static) devices, BGP devices, an FQDN device, an APIPA peer with custom Azure APIPA addresses,
    /// and a VNet-to-VNet pair.
    /// </summary>
    internal static class ArticleTopologies
    {
        const string Head = "\"resourceGroup\": \"rg-vpn\", \"location\": \"westeurope\", ";

        public const string ActiveStandby = "{ \"name\": \"active-standby\", " + Head +
            "\"gateways\": [ { \"name\": \"vgw\", \"sku\": \"VpnGw1AZ\", \"generation\": \"Generation1\", \"vnetAddressPrefixes\": [\"10.1.0.0/16\"] } ]," +
            "\"sites\": [ { \"name\": \"hq\", \"addressPrefixes\": [\"10.10.0.0/16\"], \"devices\": [ { \"name\": \"fw1\", \"publicIp\": \"203.0.113.1\" } ] } ] }";

        public const string MultipleDevices = "{ \"name\": \"multiple-devices\", " + Head +
            "\"gateways\": [ { \"name\": \"vgw\", \"sku\": \"VpnGw2AZ\", \"generation\": \"Generation2\", \"asn\": 65515, \"vnetAddressPrefixes\": [\"10.1.0.0/16\"] } ]," +
            "\"sites\": [ { \"name\": \"hq\", \"addressPrefixes\": [\"10.10.0.0/16\"], \"devices\": [" +
            "{ \"name\": \"fw1\", \"publicIp\": \"203.0.113.1\", \"asn\": 65010, \"bgpPeeringAddress\": \"10.10.255.1\" }," +
            "{ \"name\": \"fw2\", \"fqdn\": \"vpn2.contoso.com\", \"asn\": 65010, \"bgpPeeringAddress\": \"10.10.255.2\" } ] } ] }";

        /// <summary>Active-active Azure, one device peering from APIPA to each instance's custom APIPA address.</summary>
        public const string ActiveActive = "{ \"name\": \"active-active\", " + Head +
            "\"gateways\": [ { \"name\": \"vgw\", \"sku\": \"VpnGw2AZ\", \"generation\": \"Generation2\", \"activeActive\": true, \"asn\": 65515, \"vnetAddressPrefixes\": [\"10.1.0.0/16\"]," +
            " \"instances\": [ { \"customBgpIpAddresses\": [\"169.254.21.1\"] }, { \"customBgpIpAddresses\": [\"169.254.22.1\"] } ] } ]," +
            "\"sites\": [ { \"name\": \"hq\", \"addressPrefixes\": [\"10.10.0.0/16\"], \"devices\": [" +
            "{ \"name\": \"fw1\", \"publicIp\": \"203.0.113.1\", \"asn\": 65010, \"bgpPeeringAddress\": \"169.254.21.2\" } ] } ] }";

        public const string DualRedundancy = "{ \"name\": \"dual-redundancy\", " + Head +
            "\"gateways\": [ { \"name\": \"vgw\", \"sku\": \"VpnGw2AZ\", \"generation\": \"Generation2\", \"activeActive\": true, \"asn\": 65515, \"vnetAddressPrefixes\": [\"10.1.0.0/16\"] } ]," +
            "\"sites\": [ { \"name\": \"hq\", \"addressPrefixes\": [\"10.10.0.0/16\"], \"devices\": [" +
            "{ \"name\": \"fw1\", \"publicIp\": \"203.0.113.1\", \"asn\": 65010, \"bgpPeeringAddress\": \"10.10.255.1\" }," +
            "{ \"name\": \"fw2\", \"publicIp\": \"203.0.113.2\", \"asn\": 65010, \"bgpPeeringAddress\": \"10.10.255.2\" } ] } ] }";

        public const string VNetToVNet = "{ \"name\": \"vnet-to-vnet\", " + Head +
            "\"gateways\": [" +
            " { \"name\": \"vgw-hub\", \"sku\": \"VpnGw2AZ\", \"generation\": \"Generation2\", \"activeActive\": true, \"asn\": 65010, \"vnetAddressPrefixes\": [\"10.1.0.0/16\"] }," +
            " { \"name\": \"vgw-spoke\", \"sku\": \"VpnGw2AZ\", \"generation\": \"Generation2\", \"activeActive\": true, \"asn\": 65020, \"vnetAddressPrefixes\": [\"10.2.0.0/16\"] } ]," +
            "\"vnetConnections\": [ { \"gateways\": [\"vgw-hub\", \"vgw-spoke\"] } ] }";

        public static IEnumerable<object[]> All() => new[]
        {
            new object[] { "active-standby", ActiveStandby },
            new object[] { "multiple-devices", MultipleDevices },
            new object[] { "active-active", ActiveActive },
            new object[] { "dual-redundancy", DualRedundancy },
            new object[] { "vnet-to-vnet", VNetToVNet },
        };
    }
}
