using Xunit;
using static AzVpnHa.Tests.SpecTree;

namespace AzVpnHa.Tests
{
    /// <summary>Which of the article's configurations a site or link is, and which side survives losing one box.</summary>
    public class ClassifierTests
    {
        [Theory]
        [InlineData(false, 1, TopologyKind.ActiveStandby, Redundancy.None)]
        [InlineData(false, 2, TopologyKind.MultipleDevices, Redundancy.OnPremises)]
        [InlineData(true, 1, TopologyKind.ActiveActive, Redundancy.Azure)]
        [InlineData(true, 2, TopologyKind.DualRedundancy, Redundancy.Full)]
        public void ClassifiesASite(bool activeActive, int devices, TopologyKind kind, Redundancy redundancy)
        {
            var topology = OneGateway(Gateway(activeActive: activeActive), Site(Devices(devices))).Plan();
            Assert.Equal(kind, topology.Sites[0].Kind);
            Assert.Equal(redundancy, topology.Sites[0].Redundancy);
            Assert.Equal(kind, topology.Kind);
        }

        [Theory]
        [InlineData(true, true, Redundancy.Full)]
        [InlineData(true, false, Redundancy.Azure)]
        [InlineData(false, true, Redundancy.Azure)]
        [InlineData(false, false, Redundancy.None)]
        public void ClassifiesAVNetLink(bool a, bool b, Redundancy redundancy)
        {
            var topology = VNetToVNet(a, b).Plan();
            Assert.Equal(TopologyKind.VNetToVNet, topology.VNetLinks[0].Kind);
            Assert.Equal(redundancy, topology.VNetLinks[0].Redundancy);
            Assert.Equal(TopologyKind.VNetToVNet, topology.Kind);
        }

        [Fact]
        public void SitesOfDifferentKindsMakeAMixedTopology()
        {
            var topology = OneGateway(AaGateway(), Site("hq", Device(1), Device(2)),
                Site("branch", Device(3)).With("addressPrefixes", List("10.20.0.0/16"))).Plan();
            Assert.Equal(TopologyKind.DualRedundancy, topology.Sites[0].Kind);
            Assert.Equal(TopologyKind.ActiveActive, topology.Sites[1].Kind);
            Assert.Equal(TopologyKind.Mixed, topology.Kind);
        }

        [Fact]
        public void SitesAndVNetLinksMakeAMixedTopology()
        {
            var tree = VNetToVNet().With("sites", List(Site(Device(1)).With("gateway", "vgw-a")));
            Assert.Equal(TopologyKind.Mixed, tree.Plan().Kind);
        }

        [Fact]
        public void SitesOfOneKindKeepThatKind()
        {
            var topology = OneGateway(AaGateway(), Site("hq", Device(1)), Site("branch", Device(2)).With("addressPrefixes", List("10.20.0.0/16"))).Plan();
            Assert.Equal(TopologyKind.ActiveActive, topology.Kind);
        }

        [Fact]
        public void AGatewayAloneIsNoConfiguration()
        {
            Assert.Equal(TopologyKind.None, Topology(AaGateway()).Plan().Kind);
        }

        [Fact]
        public void ReclassifiesAfterTheGatewayChangesMode()
        {
            var topology = OneGateway(AsGateway(), Site(Devices(2))).Plan();
            topology.Gateways[0].ActiveActive = true;
            topology.Gateways[0].Instances = new[] { topology.Gateways[0].Instances[0], new GatewayInstance { Gateway = "vgw", Index = 1, IpConfigurationName = "activeActive", PublicIpName = "pip-vgw-2" } };
            topology = topology.Rebuild();
            Assert.Equal(TopologyKind.DualRedundancy, topology.Kind);
            Assert.Equal(4, topology.TunnelCount);
        }
    }
}
