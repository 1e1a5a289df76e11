using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using AzVpnHa.DeviceConfigs;
using AzVpnHa.Planning;
using AzVpnHa.Spec;
using AzVpnHa.Tree;
using AzVpnHa.Writers.Devices;
using Xunit;

namespace AzVpnHa.Tests
{
    /// <summary>The device configurations: the neutral model against the mesh, the vendor writers against golden files.</summary>
    public class DeviceConfigTests
    {
        static Topology Example(string name) => Planner.Plan(SpecReader.Read(JsonTree.Parse(ExampleTests.Read(name))));

        /// <summary>dual-redundancy with the values Azure assigns at deployment written in, as the lab does.</summary>
        static Topology DeployedDual() => Specs.Plan(ExampleTests.Read("dual-redundancy").Replace(
            "{ \"customBgpIpAddresses\": [\"169.254.21.1\"] }", "{ \"publicIp\": \"192.0.2.4\", \"bgpPeeringAddress\": \"10.1.255.4\", \"customBgpIpAddresses\": [\"169.254.21.1\"] }").Replace(
            "{ \"customBgpIpAddresses\": [\"169.254.22.1\"] }", "{ \"publicIp\": \"192.0.2.5\", \"bgpPeeringAddress\": \"10.1.255.5\", \"customBgpIpAddresses\": [\"169.254.22.1\"] }"));

        [Theory]
        [InlineData("active-standby")]
        [InlineData("multiple-devices")]
        [InlineData("active-active")]
        [InlineData("dual-redundancy")]
        public void EveryDeviceTunnelIsAMeshTunnelWithTheMeshsValues(string name)
        {
            var topology = Example(name);
            var configs = DeviceConfigBuilder.Build(topology);
            var deviceTunnels = configs.SelectMany(c => c.Tunnels.Select(t => (Config: c, Tunnel: t))).ToList();
            var mesh = topology.Tunnels.Where(t => t.LocalNetworkGateway != null).ToList();
            Assert.Equal(mesh.Count, deviceTunnels.Count);
            foreach (var m in mesh)
            {
                var (config, t) = Assert.Single(deviceTunnels, d => d.Tunnel.MeshTunnel == m.ToString());
                Assert.Equal(m.LocalNetworkGateway, config.LocalNetworkGateway);
                Assert.Equal(m.Connection, t.Connection);
                Assert.Equal(m.AzureGateway + "[" + m.AzureInstance + "]", t.Remote);
                Assert.Equal(m.AzurePublicIp ?? "<" + t.Remote + "-public-ip>", t.RemotePublicIp);
                Assert.Equal(m.RemotePublicIp, t.LocalPublicIp);
                Assert.Equal(m.Bgp, t.Bgp);
                if (!m.Bgp) continue;
                Assert.Equal(m.AzureBgpAddress ?? "<" + t.Remote + "-bgp-ip>", t.RemoteBgpAddress);
                Assert.Equal(m.RemoteBgpAddress, t.LocalBgpAddress);
                Assert.Equal(topology.FindGateway(m.AzureGateway).Asn, t.RemoteAsn);
                Assert.Equal(m.RemoteAsn, config.Asn);
                Assert.Equal("0.0.0.0/0", t.LocalTrafficSelector);
                Assert.Equal("0.0.0.0/0", t.RemoteTrafficSelector);
                Assert.Equal(45, t.DpdTimeoutSeconds);
            }
        }

        [Fact]
        public void DualRedundancyGivesEachDeviceOneTunnelPerInstanceAndTheSamePrefixes()
        {
            var configs = DeviceConfigBuilder.Build(Example("dual-redundancy"));
            Assert.Equal(new[] { "fw1", "fw2" }, configs.Select(c => c.Name));
            foreach (var c in configs)
            {
                Assert.Equal(new[] { "vgw-hub[0]", "vgw-hub[1]" }, c.Tunnels.Select(t => t.Remote));
                Assert.Equal(new[] { "192.168.0.0/20" }, c.AdvertisedPrefixes);
                Assert.Equal(4, c.MaximumPaths);
            }
        }

        [Fact]
        public void ApipaDeviceIsDirectlyConnectedToItsSlash30AndMultihopToTheOtherInstance()
        {
            var fw2 = DeviceConfigBuilder.Build(Example("dual-redundancy")).Single(c => c.Name == "fw2");
            var (first, second) = (fw2.Tunnels[0], fw2.Tunnels[1]);
            Assert.Equal("169.254.21.2/30", first.InterfaceAddress);
            Assert.Equal("169.254.21.1", first.RemoteBgpAddress);
            Assert.False(first.Multihop);
            Assert.Null(first.HostRoute);
            Assert.Equal("169.254.21.2/32", second.InterfaceAddress);
            Assert.Equal("169.254.22.1", second.RemoteBgpAddress);
            Assert.True(second.Multihop);
            Assert.Equal("169.254.22.1/32", second.HostRoute);
            Assert.Empty(fw2.LoopbackAddresses);
        }

        [Fact]
        public void DefaultBgpPeersUseALoopbackMultihopAndAHostRoutePerTunnel()
        {
            var fw1 = DeviceConfigBuilder.Build(DeployedDual()).Single(c => c.Name == "fw1");
            Assert.Equal(new[] { "192.168.15.1" }, fw1.LoopbackAddresses);
            Assert.Equal(new[] { "10.1.255.4/32", "10.1.255.5/32" }, fw1.Tunnels.Select(t => t.HostRoute));
            Assert.All(fw1.Tunnels, t => Assert.True(t.Multihop));
            Assert.All(fw1.Tunnels, t => Assert.Null(t.InterfaceAddress));
            Assert.False(fw1.HasPlaceholders);
        }

        [Fact]
        public void PlannedAddressesArePlaceholdersUntilDeployed()
        {
            var fw1 = DeviceConfigBuilder.Build(Example("dual-redundancy")).Single(c => c.Name == "fw1");
            Assert.True(fw1.HasPlaceholders);
            Assert.Equal("<vgw-hub[0]-public-ip>", fw1.Tunnels[0].RemotePublicIp);
            Assert.Equal("<vgw-hub[0]-bgp-ip>", fw1.Tunnels[0].RemoteBgpAddress);
            Assert.Contains(fw1.Notes, n => n.Contains("angle brackets"));
        }

        [Fact]
        public void AzureWaitsForApipaPeersAndOpensSessionsToOthers()
        {
            var instance = DeviceConfigBuilder.Build(DeployedDual(), new DeviceConfigOptions { Side = DeviceSide.Azure }).Single(c => c.Name == "vgw-hub[0]");
            Assert.True(instance.Tunnels.Single(t => t.Remote == "fw1").InitiatesBgp);
            Assert.False(instance.Tunnels.Single(t => t.Remote == "fw2").InitiatesBgp);
            Assert.Equal("10.1.255.4", instance.Tunnels.Single(t => t.Remote == "fw1").LocalBgpAddress);
            Assert.Equal("169.254.21.1", instance.Tunnels.Single(t => t.Remote == "fw2").LocalBgpAddress);
            Assert.All(DeviceConfigBuilder.Build(DeployedDual()).SelectMany(c => c.Tunnels), t => Assert.True(t.InitiatesBgp));
        }

        [Fact]
        public void VNetToVNetTunnelsAppearOnBothGatewaysInstances()
        {
            var topology = Example("vnet-to-vnet");
            Assert.Empty(DeviceConfigBuilder.Build(topology));
            var configs = DeviceConfigBuilder.Build(topology, new DeviceConfigOptions { Side = DeviceSide.Azure });
            Assert.Equal(new[] { "vgw-hub[0]", "vgw-hub[1]", "vgw-spoke[0]", "vgw-spoke[1]" }, configs.Select(c => c.Name));
            foreach (var tunnel in topology.Tunnels)
            {
                var ends = configs.Where(c => c.Tunnels.Any(t => t.MeshTunnel == tunnel.ToString())).Select(c => c.Name).ToList();
                Assert.Equal(new[] { tunnel.AzureGateway + "[" + tunnel.AzureInstance + "]", tunnel.RemoteName }, ends);
            }
            var spoke = configs.Single(c => c.Name == "vgw-spoke[0]");
            Assert.Equal(65010, spoke.Tunnels[0].RemoteAsn);
            Assert.Equal("cn-vgw-spoke-to-vgw-hub", spoke.Tunnels[0].Connection);
        }

        [Fact]
        public void PreferDevicePrependsOnTheOtherDevicesAndRaisesPreferenceOnThePreferredOne()
        {
            var configs = DeviceConfigBuilder.Build(Example("dual-redundancy"), new DeviceConfigOptions { PreferDevice = "fw1" });
            Assert.All(configs.Single(c => c.Name == "fw1").Tunnels, t => { Assert.Equal(0, t.AsPathPrepend); Assert.Equal(200, t.LocalPreference); });
            Assert.All(configs.Single(c => c.Name == "fw2").Tunnels, t => { Assert.Equal(3, t.AsPathPrepend); Assert.Null(t.LocalPreference); });
            var frr = FrrWriter.Write(configs.Single(c => c.Name == "fw2"));
            Assert.Contains("set as-path prepend 65010 65010 65010", frr);
            Assert.Contains("neighbor 169.254.22.1 route-map PREPEND-3 out", frr);
        }

        [Fact]
        public void PreferInstanceFavoursItsTunnelsOnEveryDevice()
        {
            var configs = DeviceConfigBuilder.Build(Example("dual-redundancy"), new DeviceConfigOptions { PreferInstance = 1 });
            foreach (var c in configs)
            {
                Assert.Equal(3, c.Tunnels.Single(t => t.Remote == "vgw-hub[0]").AsPathPrepend);
                Assert.Equal(200, c.Tunnels.Single(t => t.Remote == "vgw-hub[1]").LocalPreference);
            }
        }

        [Fact]
        public void CiscoPutsTheApipaAddressOnOneTunnelAndLetsTheOtherBorrowIt()
        {
            var ios = CiscoIosXeWriter.Write(DeviceConfigBuilder.Build(Example("dual-redundancy")).Single(c => c.Name == "fw2"));
            Assert.Contains("interface Tunnel0\n description vgw-hub[0] (cn-hq-fw2)\n ip address 169.254.21.2 255.255.255.252\n", ios);
            Assert.Contains("interface Tunnel1\n description vgw-hub[1] (cn-hq-fw2)\n ip unnumbered Tunnel0\n", ios);
            Assert.Contains(" neighbor 169.254.22.1 update-source Tunnel0\n", ios);
            Assert.Contains("ip route 169.254.22.1 255.255.255.255 Tunnel1\n", ios);
        }

        [Fact]
        public void NoFormatWritesAKeyOnlyTheConnectionsReference()
        {
            var fw1 = DeviceConfigBuilder.Build(DeployedDual()).Single(c => c.Name == "fw1");
            // Every format with IPsec in it names the key's connection; FRR has no IPsec.
            foreach (var format in new[] { DeviceConfigFormat.Neutral, DeviceConfigFormat.StrongSwan, DeviceConfigFormat.CiscoIosXe, DeviceConfigFormat.FortiOS })
                Assert.Contains("shared key of connection cn-hq-fw1", DeviceConfigWriter.Write(fw1, format));
            Assert.Contains("secret = \"<shared key of connection cn-hq-fw1>\"", StrongSwanWriter.Write(fw1));
        }

        [Fact]
        public void DefaultProposalsAreWhatAzuresDefaultPolicyAccepts()
        {
            var swan = StrongSwanWriter.Write(DeviceConfigBuilder.Build(DeployedDual())[0]);
            Assert.Contains("proposals = aes256-sha256-modp1024,aes256-sha1-modp1024,aes128-sha256-modp1024,aes128-sha1-modp1024", swan);
            Assert.Contains("esp_proposals = aes256gcm16,aes256-sha256,aes256-sha1,aes128-sha1", swan);
            Assert.Contains("life_time = 27000s", swan);
            Assert.Contains("local_ts = 0.0.0.0/0", swan);
        }

        [Fact]
        public void PeerFirstPairingGivesTheDeviceTheFirstAddressOfEachSlash30()
        {
            var spec = SpecReader.Read(JsonTree.Parse(Specs.OneSite(Specs.AaGateway, "{ \"name\": \"aws1\", \"publicIp\": \"203.0.113.1\" }")));
            ApipaPlanner.Assign(spec, ApipaPairing.PeerFirst);
            var device = spec.Sites[0].Devices[0];
            Assert.Equal("169.254.21.1", device.BgpPeeringAddress);
            Assert.Equal(new[] { "169.254.21.2", "169.254.22.2" }, device.GatewayCustomBgpIpAddresses);
            var topology = Planner.Plan(spec);
            Assert.DoesNotContain(Specs.Test(topology), f => f.Severity == Severity.Error);
            var tunnel = DeviceConfigBuilder.Build(topology)[0].Tunnels[0];
            Assert.Equal("169.254.21.1/30", tunnel.InterfaceAddress);
            Assert.Equal("169.254.21.2", tunnel.RemoteBgpAddress);
            Assert.False(tunnel.Multihop);
        }

        public static IEnumerable<object[]> GoldenCases() =>
            from example in new[] { "active-standby", "multiple-devices", "active-active", "dual-redundancy", "vnet-to-vnet", "ipsec-policy" }
            from DeviceConfigFormat format in Enum.GetValues(typeof(DeviceConfigFormat))
            select new object[] { example, format };

        /// <summary>
        /// Every example in every format, byte for byte (vnet-to-vnet: its gateway instances; ipsec-policy: active-active
        /// with a custom IPsec/IKE policy on its connection). Set AZVPNHA_UPDATE_GOLDEN=1 to
        /// rewrite tests/AzVpnHa.Core.Tests/Fixtures/Devices after a deliberate change, then review the diff.
        /// </summary>
        [Theory]
        [MemberData(nameof(GoldenCases))]
        public void MatchesTheGoldenFile(string example, DeviceConfigFormat format)
        {
            var topology = example == "ipsec-policy" ? IpsecPolicyTests.ActiveActiveWithPolicy() : Example(example);
            var side = topology.LocalNetworkGateways.Any() ? DeviceSide.OnPremises : DeviceSide.Azure;
            var configs = DeviceConfigBuilder.Build(topology, new DeviceConfigOptions { Side = side });
            Assert.NotEmpty(configs);
            var text = string.Join("\n", configs.Select(c => DeviceConfigWriter.Write(c, format)));
            var file = example + "." + DeviceConfigWriter.FileName(configs[0], format).Substring(configs[0].Name.Replace("[", "-").Replace("]", "").Length + 1);
            var golden = Path.Combine(AppContext.BaseDirectory, "Fixtures", "Devices", file);
            if (Environment.GetEnvironmentVariable("AZVPNHA_UPDATE_GOLDEN") == "1")
            {
                var source = Path.GetFullPath(Path.Combine(AppContext.BaseDirectory, "../../../Fixtures/Devices", file));
                Directory.CreateDirectory(Path.GetDirectoryName(source));
                File.WriteAllText(source, text);
                return;
            }
            Assert.True(File.Exists(golden), "No golden file " + file + ": run the tests once with AZVPNHA_UPDATE_GOLDEN=1 and review it.");
            Assert.Equal(File.ReadAllText(golden).Replace("\r\n", "\n"), text);
        }
    }
}
