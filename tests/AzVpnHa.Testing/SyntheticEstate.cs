using System;
using System.Globalization;

using AzVpnHa.Azure;

namespace AzVpnHa.Testing
{
    /// <summary>
    /// Records a synthetic estate into a <see cref="RecordedArmTransport"/>: N active-active gateways, each with two devices
    /// (dual redundancy), in the REST payload shapes. Used by the xUnit and Pester tests.
    /// </summary>
    public static class SyntheticEstate
    {
        public const string Subscription = "00000000-0000-0000-0000-00000000be0c";

        public static string GatewayId(int i) => $"/subscriptions/{Subscription}/resourceGroups/rg-{i}/providers/Microsoft.Network/virtualNetworkGateways/vgw-{i}";

        /// <summary>Records gateway i and everything its audit reads: 1 gateway, 2 PIPs, 1 VNet, connection list, 2 connections, 2 LNGs, BGP status and learned routes (202 then poll then result).</summary>
        public static void Record(RecordedArmTransport arm, int i)
        {
            var rg = $"/subscriptions/{Subscription}/resourceGroups/rg-{i}/providers/Microsoft.Network";
            var gw = GatewayId(i);
            // Every address unique across the estate, so a many-gateway audit is clean unless a test breaks it.
            string bgp(int k) => "10." + (100 + i / 250).ToString(CultureInfo.InvariantCulture) + "." + (i % 250).ToString(CultureInfo.InvariantCulture) + "." + (3 + k).ToString(CultureInfo.InvariantCulture);
            string peer(int d) => "172." + (16 + i / 250).ToString(CultureInfo.InvariantCulture) + "." + (i % 250).ToString(CultureInfo.InvariantCulture) + "." + d.ToString(CultureInfo.InvariantCulture);
            string device(int d) => "100." + (64 + i / 250).ToString(CultureInfo.InvariantCulture) + "." + (i % 250).ToString(CultureInfo.InvariantCulture) + "." + d.ToString(CultureInfo.InvariantCulture);
            string ip(int k) => "20." + (i / 250 % 250).ToString(CultureInfo.InvariantCulture) + "." + (i % 250).ToString(CultureInfo.InvariantCulture) + "." + k.ToString(CultureInfo.InvariantCulture);
            arm.Add("GET", gw, 200, $@"{{ ""name"": ""vgw-{i}"", ""id"": ""{gw}"", ""type"": ""Microsoft.Network/virtualNetworkGateways"", ""location"": ""westeurope"",
  ""properties"": {{ ""provisioningState"": ""Succeeded"", ""gatewayType"": ""Vpn"", ""vpnType"": ""RouteBased"", ""activeActive"": true, ""enableBgp"": true, ""vpnGatewayGeneration"": ""Generation2"",
    ""sku"": {{ ""name"": ""VpnGw2AZ"", ""tier"": ""VpnGw2AZ"", ""capacity"": 2 }},
    ""ipConfigurations"": [
      {{ ""name"": ""default"", ""id"": ""{gw}/ipConfigurations/default"", ""properties"": {{ ""publicIPAddress"": {{ ""id"": ""{rg}/publicIPAddresses/pip-{i}-1"" }}, ""subnet"": {{ ""id"": ""{rg}/virtualNetworks/vnet-{i}/subnets/GatewaySubnet"" }} }} }},
      {{ ""name"": ""activeActive"", ""id"": ""{gw}/ipConfigurations/activeActive"", ""properties"": {{ ""publicIPAddress"": {{ ""id"": ""{rg}/publicIPAddresses/pip-{i}-2"" }}, ""subnet"": {{ ""id"": ""{rg}/virtualNetworks/vnet-{i}/subnets/GatewaySubnet"" }} }} }} ],
    ""bgpSettings"": {{ ""asn"": 65515, ""bgpPeeringAddress"": ""{bgp(1)},{bgp(2)}"", ""bgpPeeringAddresses"": [
      {{ ""ipconfigurationId"": ""{gw}/ipConfigurations/default"", ""defaultBgpIpAddresses"": [""{bgp(1)}""], ""tunnelIpAddresses"": [""{ip(1)}""] }},
      {{ ""ipconfigurationId"": ""{gw}/ipConfigurations/activeActive"", ""defaultBgpIpAddresses"": [""{bgp(2)}""], ""tunnelIpAddresses"": [""{ip(2)}""] }} ] }} }} }}");
            for (int k = 1; k <= 2; k++)
                arm.Add("GET", $"{rg}/publicIPAddresses/pip-{i}-{k}", 200, $@"{{ ""name"": ""pip-{i}-{k}"", ""id"": ""{rg}/publicIPAddresses/pip-{i}-{k}"", ""sku"": {{ ""name"": ""Standard"" }}, ""zones"": [""1"",""2"",""3""], ""properties"": {{ ""provisioningState"": ""Succeeded"", ""ipAddress"": ""{ip(k)}"", ""publicIPAllocationMethod"": ""Static"" }} }}");
            arm.Add("GET", $"{rg}/virtualNetworks/vnet-{i}", 200, $@"{{ ""name"": ""vnet-{i}"", ""id"": ""{rg}/virtualNetworks/vnet-{i}"", ""properties"": {{ ""addressSpace"": {{ ""addressPrefixes"": [""10.1.0.0/16""] }} }} }}");
            arm.Add("GET", gw + "/connections", 200, $@"{{ ""value"": [ {{ ""id"": ""{rg}/connections/cn-{i}-1"", ""name"": ""cn-{i}-1"" }}, {{ ""id"": ""{rg}/connections/cn-{i}-2"", ""name"": ""cn-{i}-2"" }} ] }}");
            for (int d = 1; d <= 2; d++)
            {
                arm.Add("GET", $"{rg}/connections/cn-{i}-{d}", 200, $@"{{ ""name"": ""cn-{i}-{d}"", ""id"": ""{rg}/connections/cn-{i}-{d}"", ""properties"": {{ ""provisioningState"": ""Succeeded"", ""connectionType"": ""IPsec"", ""enableBgp"": true, ""connectionStatus"": ""Connected"",
  ""virtualNetworkGateway1"": {{ ""id"": ""{gw}"" }}, ""localNetworkGateway2"": {{ ""id"": ""{rg}/localNetworkGateways/lgw-{i}-{d}"" }},
  ""tunnelConnectionStatus"": [ {{ ""tunnel"": ""cn-{i}-{d}_{ip(1)}"", ""connectionStatus"": ""Connected"" }}, {{ ""tunnel"": ""cn-{i}-{d}_{ip(2)}"", ""connectionStatus"": ""Connected"" }} ] }} }}");
                arm.Add("GET", $"{rg}/localNetworkGateways/lgw-{i}-{d}", 200, $@"{{ ""name"": ""lgw-{i}-{d}"", ""id"": ""{rg}/localNetworkGateways/lgw-{i}-{d}"", ""properties"": {{ ""provisioningState"": ""Succeeded"", ""gatewayIpAddress"": ""{device(d)}"",
  ""localNetworkAddressSpace"": {{ ""addressPrefixes"": [] }}, ""bgpSettings"": {{ ""asn"": 65010, ""bgpPeeringAddress"": ""{peer(d)}"" }} }} }}");
            }
            string row(int k, int d) => $@"{{ ""localAddress"": ""{bgp(k)}"", ""neighbor"": ""{peer(d)}"", ""asn"": 65010, ""state"": ""Connected"", ""routesReceived"": 1 }}";
            RecordLro(arm, gw + "/getBgpPeerStatus", $"op-bgp-{i}", "{ \"value\": [" + row(1, 1) + "," + row(2, 1) + "," + row(1, 2) + "," + row(2, 2) + "] }");
            string route(int d) => $@"{{ ""localAddress"": ""{bgp(1)}"", ""network"": ""10.{200 + i / 250}.{i % 250}.0/24"", ""sourcePeer"": ""{peer(d)}"", ""origin"": ""EBgp"", ""asPath"": ""65010"" }}";
            RecordLro(arm, gw + "/getLearnedRoutes", $"op-routes-{i}", "{ \"value\": [" + route(1) + "," + route(2) + "] }");
        }

        /// <summary>A long-running POST as Microsoft.Network answers it: 202 with Azure-AsyncOperation and Location, one InProgress poll, then Succeeded and the result at Location.</summary>
        public static void RecordLro(RecordedArmTransport arm, string actionPath, string operation, string result)
        {
            var async = $"/subscriptions/{Subscription}/providers/Microsoft.Network/locations/westeurope/operations/{operation}";
            var location = $"/subscriptions/{Subscription}/providers/Microsoft.Network/locations/westeurope/operationResults/{operation}";
            arm.Add("POST", actionPath, 202, "", ("Azure-AsyncOperation", RecordedArmTransport.Endpoint + async.TrimStart('/') + "?api-version=" + LiveEstateReader.NetworkApiVersion),
                ("Location", RecordedArmTransport.Endpoint + location.TrimStart('/') + "?api-version=" + LiveEstateReader.NetworkApiVersion), ("Retry-After", "0"));
            arm.Add("GET", async, 200, @"{ ""status"": ""InProgress"" }", ("Retry-After", "0"));
            arm.Add("GET", async, 200, @"{ ""status"": ""Succeeded"" }");
            arm.Add("GET", location, 200, result);
        }

        /// <summary>Calls one gateway's audit makes: gateway, 2 PIPs, VNet, list, 2 connections, 2 LNGs, and two LROs of 4 calls.</summary>
        public const int CallsPerGateway = 17;
    }
}
