using System.Linq;
using Xunit;
using static AzVpnHa.Tests.SpecTree;

namespace AzVpnHa.Tests
{
    /// <summary>Tunnel counts of the article's configurations, and what each tunnel carries.</summary>
    public class MeshTests
    {
        [Theory]
        [InlineData(false, 1, 1)]
        [InlineData(false, 3, 3)]
        [InlineData(true, 1, 2)]
        [InlineData(true, 2, 4)]
        [InlineData(true, 3, 6)]
        public void SiteTunnelsAreActiveInstancesTimesDevices(bool activeActive, int devices, int tunnels)
        {
            var topology = OneGateway(Gateway(activeActive: activeActive), Site(Devices(devices))).Plan();
            Assert.Equal(tunnels, topology.TunnelCount);
            Assert.Equal(tunnels, topology.Sites[0].TunnelCount);
            Assert.Equal(tunnels, topology.Gateways[0].TunnelCount);
        }

        [Fact]
        public void EachDeviceGetsOneLocalNetworkGatewayAndOneConnection()
        {
            var topology = OneGateway(AaGateway(), Site(Devices(3))).Plan();
            Assert.Equal(new[] { "lgw-hq-fw1", "lgw-hq-fw2", "lgw-hq-fw3" }, topology.LocalNetworkGateways.Select(l => l.Name));
            Assert.Equal(new[] { "cn-hq-fw1", "cn-hq-fw2", "cn-hq-fw3" }, topology.Connections.Select(c => c.Name));
        }

        [Fact]
        public void ActiveActiveWithOneDeviceIsTwoTunnelsInOneConnection()
        {
            var topology = OneGateway(AaGateway(), Site(Device(1))).Plan();
            var connection = Assert.Single(topology.Connections);
            Assert.Equal(2, connection.TunnelCount);
            Assert.All(topology.Tunnels, t => Assert.Equal("cn-hq-fw1", t.Connection));
            Assert.Equal(new[] { 0, 1 }, topology.Tunnels.Select(t => t.AzureInstance));
        }

        [Theory]
        [InlineData(true, true, 4)]
        [InlineData(true, false, 2)]
        [InlineData(false, true, 2)]
        [InlineData(false, false, 1)]
        public void VNetToVNetTunnelsArePairsOfActiveInstances(bool a, bool b, int tunnels)
        {
            var topology = VNetToVNet(a, b).Plan();
            Assert.Equal(tunnels, topology.TunnelCount);
            Assert.Equal(tunnels, topology.VNetLinks[0].TunnelCount);
            // Every tunnel counts against both gateways' SKU limits.
            Assert.All(topology.Gateways, g => Assert.Equal(tunnels, g.TunnelCount));
        }

        [Fact]
        public void VNetToVNetHasOneConnectionPerGateway()
        {
            var topology = VNetToVNet().Plan();
            Assert.Equal(2, topology.Connections.Count);
            Assert.All(topology.Connections, c => Assert.Equal(ConnectionType.Vnet2Vnet, c.ConnectionType));
            Assert.Equal(new[] { "vgw-a", "vgw-b" }, topology.Connections.Select(c => c.VirtualNetworkGateway1));
            Assert.Equal(new[] { "vgw-b", "vgw-a" }, topology.Connections.Select(c => c.VirtualNetworkGateway2));
            var link = Assert.Single(topology.VNetLinks);
            Assert.Equal("cn-vgw-a-to-vgw-b", link.ConnectionAToB);
            Assert.Equal("cn-vgw-b-to-vgw-a", link.ConnectionBToA);
        }

        [Fact]
        public void VNetToVNetTunnelsMeshEveryInstancePair()
        {
            var topology = VNetToVNet().Plan();
            var pairs = topology.Tunnels.Select(t => t.AzureGateway + "[" + t.AzureInstance + "]-" + t.RemoteName).ToArray();
            Assert.Equal(new[] { "vgw-a[0]-vgw-b[0]", "vgw-a[0]-vgw-b[1]", "vgw-a[1]-vgw-b[0]", "vgw-a[1]-vgw-b[1]" }, pairs);
            Assert.All(topology.Tunnels, t => Assert.Equal(65020L, t.RemoteAsn));
            Assert.All(topology.Tunnels, t => Assert.True(t.Bgp));
            Assert.All(topology.Tunnels, t => Assert.Equal("vgw-a<->vgw-b", t.Target));
        }

        [Fact]
        public void VNetToVNetTunnelsHaveNoBgpWhenALinkDisablesIt()
        {
            var tree = VNetToVNet();
            tree.VNetConnection(0)["enableBgp"] = false;
            Assert.All(tree.Plan().Tunnels, t => Assert.False(t.Bgp));
        }

        [Fact]
        public void AVNetLinkMissingAConnectionHasNoTunnels()
        {
            var topology = VNetToVNet().Plan();
            topology.Connections = topology.Connections.Where(c => c.Name != topology.VNetLinks[0].ConnectionAToB).ToArray();
            topology = topology.Rebuild();
            Assert.Equal(0, topology.TunnelCount);
            Assert.Equal(0, topology.VNetLinks[0].TunnelCount);
        }

        [Fact]
        public void AnActiveStandbyTunnelUsesTheFirstInstance()
        {
            var tunnel = Assert.Single(OneGateway(AsGateway(), Site(Device(1))).Plan().Tunnels);
            Assert.Equal(0, tunnel.AzureInstance);
            Assert.Equal("vgw", tunnel.AzureGateway);
            Assert.Equal("lgw-hq-fw1", tunnel.LocalNetworkGateway);
            Assert.Equal("fw1", tunnel.RemoteName);
            Assert.Equal("203.0.113.1", tunnel.RemotePublicIp);
            Assert.Equal("hq", tunnel.Target);
            Assert.Equal("Planned", tunnel.Status);
        }

        [Fact]
        public void ABgpTunnelCarriesTheDevicesAsnAndPeer()
        {
            var tunnel = OneGateway(AaGateway(), Site(Device(1).With("asn", 65030L))).Plan().Tunnels[0];
            Assert.True(tunnel.Bgp);
            Assert.Equal(65030L, tunnel.RemoteAsn);
            Assert.Equal("10.10.255.1", tunnel.RemoteBgpAddress);
        }

        [Fact]
        public void AStaticTunnelHasNoBgp()
        {
            var tunnel = Assert.Single(OneGateway(AsGateway(), Site(StaticDevice("fw1", "203.0.113.1"))).Plan().Tunnels);
            Assert.False(tunnel.Bgp);
            Assert.Null(tunnel.RemoteAsn);
            Assert.Null(tunnel.RemoteBgpAddress);
        }

        [Fact]
        public void ATunnelToAnFqdnDeviceNamesTheFqdn()
        {
            var device = Obj(("name", "fw1"), ("fqdn", "vpn1.contoso.com"));
            var tunnel = Assert.Single(OneGateway(AsGateway(asn: null), Site(device)).Plan().Tunnels);
            Assert.Equal("vpn1.contoso.com", tunnel.RemotePublicIp);
        }

        [Fact]
        public void ANonApipaPeerTalksToTheInstancesDefaultBgpAddress()
        {
            var gateway = AaGateway().With("instances", List(
                Obj(("publicIp", "198.51.100.1"), ("bgpPeeringAddress", "10.1.255.4"), ("customBgpIpAddresses", List("169.254.21.1"))),
                Obj(("publicIp", "198.51.100.2"), ("bgpPeeringAddress", "10.1.255.5"), ("customBgpIpAddresses", List("169.254.22.1")))));
            var tunnels = OneGateway(gateway, Site(Device(1))).Plan().Tunnels;
            Assert.Equal(new[] { "10.1.255.4", "10.1.255.5" }, tunnels.Select(t => t.AzureBgpAddress));
            Assert.Equal(new[] { "198.51.100.1", "198.51.100.2" }, tunnels.Select(t => t.AzurePublicIp));
        }

        [Fact]
        public void AnApipaPeerTalksToTheInstancesCustomApipaAddress()
        {
            var gateway = AaGateway().With("instances", List(
                Obj(("bgpPeeringAddress", "10.1.255.4"), ("customBgpIpAddresses", List("169.254.21.1", "169.254.21.5"))),
                Obj(("bgpPeeringAddress", "10.1.255.5"), ("customBgpIpAddresses", List("169.254.22.1")))));
            var topology = OneGateway(gateway, Site(BgpDevice("fw1", "203.0.113.1", "169.254.21.2"))).Plan();
            Assert.Equal(new[] { "169.254.21.1", "169.254.22.1" }, topology.Tunnels.Select(t => t.AzureBgpAddress));
            // The planner records the choice on the connection (gatewayCustomBgpIpAddresses).
            Assert.Equal(new[] { "default=169.254.21.1", "activeActive=169.254.22.1" }, topology.Connections[0].GatewayCustomBgpIpAddresses.Select(c => c.ToString()));
        }

        [Fact]
        public void AConnectionsCustomApipaChoiceWins()
        {
            var gateway = AsGateway().With("instances", List(Obj(("customBgpIpAddresses", List("169.254.21.1", "169.254.21.5")))));
            var topology = OneGateway(gateway, Site(BgpDevice("fw1", "203.0.113.1", "169.254.21.2"))).Plan();
            topology.Connections[0].GatewayCustomBgpIpAddresses = new[] { new CustomBgpIpAddress(0, "default", "169.254.21.5") };
            Assert.Equal("169.254.21.5", Assert.Single(topology.Rebuild().Tunnels).AzureBgpAddress);
        }

        [Fact]
        public void TunnelsOfSeveralSitesTargetTheirSite()
        {
            var topology = OneGateway(AaGateway(), Site("hq", Device(1)), Site("branch", Device(2)).With("addressPrefixes", List("10.20.0.0/16"))).Plan();
            Assert.Equal(new[] { 2, 2 }, topology.Sites.Select(s => s.TunnelCount));
            Assert.Equal(new[] { "hq", "hq", "branch", "branch" }, topology.Tunnels.Select(t => t.Target));
            Assert.Equal(4, topology.Gateways[0].TunnelCount);
        }
    }
}
