using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;

namespace AzVpnHa.Testing
{
    /// <summary>
    /// A synthetic fleet in a <see cref="SimulatedArm"/>: gateways spread 40 to a subscription (or as a test packs them), in a management group
    /// "mg-fleet", with mixed configurations by index (i mod 10):
    /// 0-2 active-active BGP, two devices at one site (dual redundancy); 3-4 active-standby static, one device;
    /// 5 active-standby BGP, two devices at one site; 6 active-active BGP, one device; 7 active-standby BGP, one device;
    /// 8-9 VNet-to-VNet pairs across subscriptions (gateway i with i + 41), static.
    /// Some are degraded: every 25th gateway (of types 0-2) has its second device's tunnels down (connection NotConnected,
    /// BGP session Connecting); every 50th of type 5 has a device that advertises nothing (ECMP not in effect); every
    /// 100th of type 3 has a connection that failed to provision.
    /// </summary>
    public static class SyntheticFleet
    {
        public const int GatewaysPerSubscription = 40;
        /// <summary>Gateways per subscription of the fleet being built (40 unless a test packs them denser).</summary>
        static int _perSubscription = GatewaysPerSubscription;
        public const string ManagementGroup = "mg-fleet";

        public static string Subscription(int s) => "00000000-0000-0000-f1ee-" + s.ToString("x12", CultureInfo.InvariantCulture);
        public static int SubscriptionCount(int gateways, int perSubscription = GatewaysPerSubscription) => (gateways + perSubscription - 1) / perSubscription;
        static string Rg(int i) => $"/subscriptions/{Subscription(i / _perSubscription)}/resourceGroups/rg-{i}/providers/Microsoft.Network";
        public static string GatewayId(int i) => $"{Rg(i)}/virtualNetworkGateways/vgw-{i}";

        public enum Kind { DualRedundancy, Static, MultiDevice, ActiveActiveOneDevice, BgpOneDevice, VNetToVNet }

        public static Kind KindOf(int i)
        {
            switch (i % 10)
            {
                case 0: case 1: case 2: return Kind.DualRedundancy;
                case 3: case 4: return Kind.Static;
                case 5: return Kind.MultiDevice;
                case 6: return Kind.ActiveActiveOneDevice;
                case 7: return Kind.BgpOneDevice;
                default: return Kind.VNetToVNet;
            }
        }

        /// <summary>The gateway a VNet-to-VNet gateway is paired with (another subscription); -1 for other kinds.</summary>
        public static int PeerOf(int i, int count)
        {
            if (KindOf(i) != Kind.VNetToVNet || count < 100) return -1;
            return i % 10 == 8 ? (i + 41) % count : (i - 41 + count) % count;
        }

        /// <summary>Fills <paramref name="arm"/> with <paramref name="count"/> gateways (a multiple of 10, at least 100) and everything they use.</summary>
        public static void Build(SimulatedArm arm, int count, int perSubscription = GatewaysPerSubscription)
        {
            if (count < 100 || count % 10 != 0) throw new ArgumentException("A synthetic fleet has a multiple of 10 gateways, at least 100.", nameof(count));
            _perSubscription = perSubscription;
            arm.ManagementGroups[ManagementGroup] = Enumerable.Range(0, SubscriptionCount(count, perSubscription)).Select(Subscription).ToList();
            for (int i = 0; i < count; i++) Add(arm, i, count);
        }

        static string N(int v) => v.ToString(CultureInfo.InvariantCulture);

        static void Add(SimulatedArm arm, int i, int count)
        {
            var kind = KindOf(i);
            var rg = Rg(i);
            var gw = GatewayId(i);
            bool activeActive = kind == Kind.DualRedundancy || kind == Kind.ActiveActiveOneDevice;
            bool bgp = kind != Kind.Static && kind != Kind.VNetToVNet;
            int devices = kind == Kind.DualRedundancy || kind == Kind.MultiDevice ? 2 : kind == Kind.VNetToVNet ? 0 : 1;
            int a = i / 250, b = i % 250;
            string vnetPrefix = $"10.{N(a)}.{N(b)}.0/24";
            string sitePrefix = $"172.{N(16 + a)}.{N(b)}.0/24";
            string ip(int k) => $"20.{N(a)}.{N(b)}.{N(k)}";
            string bgpAddress(int k) => $"10.{N(a)}.{N(b)}.{N(253 + k)}";
            string device(int d) => $"100.{N(64 + a)}.{N(b)}.{N(d)}";
            string peer(int d) => $"172.{N(16 + a)}.{N(b)}.{N(d)}";
            bool deviceDown(int d) => d == 2 && kind == Kind.DualRedundancy && i % 25 == 0;
            bool silent(int d) => d == 2 && kind == Kind.MultiDevice && i % 50 == 5;
            int instances = activeActive ? 2 : 1;

            var configs = string.Join(",", Enumerable.Range(1, instances).Select(k =>
                $@"{{""name"":""{(k == 1 ? "default" : "activeActive")}"",""id"":""{gw}/ipConfigurations/{(k == 1 ? "default" : "activeActive")}"",""properties"":{{""publicIPAddress"":{{""id"":""{rg}/publicIPAddresses/pip-{i}-{k}""}},""subnet"":{{""id"":""{rg}/virtualNetworks/vnet-{i}/subnets/GatewaySubnet""}}}}}}"));
            var peering = string.Join(",", Enumerable.Range(1, instances).Select(k =>
                $@"{{""ipconfigurationId"":""{gw}/ipConfigurations/{(k == 1 ? "default" : "activeActive")}"",""defaultBgpIpAddresses"":[""{bgpAddress(k)}""],""tunnelIpAddresses"":[""{ip(k)}""]}}"));
            var sku = activeActive ? "VpnGw2AZ" : "VpnGw1AZ";
            arm.AddResource(gw, "Microsoft.Network/virtualNetworkGateways", $@"{{""name"":""vgw-{i}"",""id"":""{gw}"",""location"":""westeurope"",
  ""properties"":{{""provisioningState"":""Succeeded"",""gatewayType"":""Vpn"",""vpnType"":""RouteBased"",""activeActive"":{(activeActive ? "true" : "false")},""enableBgp"":{(bgp ? "true" : "false")},""vpnGatewayGeneration"":""Generation2"",
    ""sku"":{{""name"":""{sku}"",""tier"":""{sku}"",""capacity"":2}},""ipConfigurations"":[{configs}],
    ""bgpSettings"":{{""asn"":65515,""bgpPeeringAddress"":""{string.Join(",", Enumerable.Range(1, instances).Select(bgpAddress))}"",""bgpPeeringAddresses"":[{peering}]}}}}}}");
            for (int k = 1; k <= instances; k++)
                arm.AddResource($"{rg}/publicIPAddresses/pip-{i}-{k}", "Microsoft.Network/publicIPAddresses",
                    $@"{{""name"":""pip-{i}-{k}"",""id"":""{rg}/publicIPAddresses/pip-{i}-{k}"",""location"":""westeurope"",""sku"":{{""name"":""Standard""}},""zones"":[""1"",""2"",""3""],""properties"":{{""provisioningState"":""Succeeded"",""ipAddress"":""{ip(k)}"",""publicIPAllocationMethod"":""Static"",""ipConfiguration"":{{""id"":""{gw}/ipConfigurations/{(k == 1 ? "default" : "activeActive")}""}}}}}}");
            var vnetId = $"{rg}/virtualNetworks/vnet-{i}";
            arm.AddResource(vnetId, "Microsoft.Network/virtualNetworks",
                $@"{{""name"":""vnet-{i}"",""id"":""{vnetId}"",""location"":""westeurope"",""properties"":{{""provisioningState"":""Succeeded"",""addressSpace"":{{""addressPrefixes"":[""{vnetPrefix}""]}},""subnets"":[{{""name"":""GatewaySubnet"",""id"":""{vnetId}/subnets/GatewaySubnet"",""properties"":{{""addressPrefix"":""10.{N(a)}.{N(b)}.224/27""}}}}]}}}}",
                $@"{{""name"":""vnet-{i}"",""id"":""{vnetId}"",""location"":""westeurope"",""sku"":null,""zones"":null,""properties"":null,""addressSpace"":{{""addressPrefixes"":[""{vnetPrefix}""]}}}}");

            if (kind == Kind.VNetToVNet)
            {
                int p = PeerOf(i, count);
                var cn = $"{rg}/connections/cn-{i}-to-{p}";
                arm.AddResource(cn, "Microsoft.Network/connections",
                    $@"{{""name"":""cn-{i}-to-{p}"",""id"":""{cn}"",""location"":""westeurope"",""properties"":{{""provisioningState"":""Succeeded"",""connectionType"":""Vnet2Vnet"",""enableBgp"":false,""connectionStatus"":""Connected"",
  ""virtualNetworkGateway1"":{{""id"":""{gw}""}},""virtualNetworkGateway2"":{{""id"":""{GatewayId(p)}""}}}}}}", gateway1: gw, gateway2: GatewayId(p), remote: GatewayId(p));
                return;
            }

            var peerRows = new List<string>();
            var routes = new List<string>();
            for (int d = 1; d <= devices; d++)
            {
                var lng = $"{rg}/localNetworkGateways/lgw-{i}-{d}";
                var space = bgp ? "[]" : $@"[""{sitePrefix}""]";
                var bgpSettings = bgp ? $@",""bgpSettings"":{{""asn"":65010,""bgpPeeringAddress"":""{peer(d)}""}}" : "";
                arm.AddResource(lng, "Microsoft.Network/localNetworkGateways",
                    $@"{{""name"":""lgw-{i}-{d}"",""id"":""{lng}"",""location"":""westeurope"",""properties"":{{""provisioningState"":""Succeeded"",""gatewayIpAddress"":""{device(d)}"",""localNetworkAddressSpace"":{{""addressPrefixes"":{space}}}{bgpSettings}}}}}");
                var state = deviceDown(d) ? "NotConnected" : "Connected";
                var provisioning = kind == Kind.Static && i % 100 == 3 ? "Failed" : "Succeeded";
                var tunnels = string.Join(",", Enumerable.Range(1, instances).Select(k => $@"{{""tunnel"":""cn-{i}-{d}_{ip(k)}"",""connectionStatus"":""{state}""}}"));
                var cn = $"{rg}/connections/cn-{i}-{d}";
                arm.AddResource(cn, "Microsoft.Network/connections",
                    $@"{{""name"":""cn-{i}-{d}"",""id"":""{cn}"",""location"":""westeurope"",""properties"":{{""provisioningState"":""{provisioning}"",""connectionType"":""IPsec"",""enableBgp"":{(bgp ? "true" : "false")},""connectionStatus"":""{state}"",
  ""virtualNetworkGateway1"":{{""id"":""{gw}""}},""localNetworkGateway2"":{{""id"":""{lng}""}},""tunnelConnectionStatus"":[{tunnels}]}}}}", gateway1: gw, remote: lng);
                if (!bgp) continue;
                for (int k = 1; k <= instances; k++)
                {
                    var sessionUp = !deviceDown(d);
                    peerRows.Add($@"{{""localAddress"":""{bgpAddress(k)}"",""neighbor"":""{peer(d)}"",""asn"":65010,""state"":""{(sessionUp ? "Connected" : "Connecting")}"",""routesReceived"":{(sessionUp && !silent(d) ? 1 : 0)}}}");
                }
                if (!deviceDown(d) && !silent(d))
                    routes.Add($@"{{""localAddress"":""{bgpAddress(1)}"",""network"":""{sitePrefix}"",""sourcePeer"":""{peer(d)}"",""origin"":""EBgp"",""asPath"":""65010""}}");
            }
            if (bgp) arm.SetBgp(gw, "{\"value\":[" + string.Join(",", peerRows) + "]}", "{\"value\":[" + string.Join(",", routes) + "]}");
        }
    }
}
