using System.Linq;
using AzVpnHa.Catalog;
using Xunit;
using static AzVpnHa.Tests.SpecTree;

namespace AzVpnHa.Tests.RuleTests
{
    public class HA005Tests
    {
        [Fact]
        public void FiresOnAnApipaPrefixInTheAddressSpace()
        {
            var tree = OneGateway(AsGateway(), Site(BgpDevice("fw1", "203.0.113.1", "169.254.21.2").With("addressPrefixes", List("169.254.21.2/32"))));
            var finding = RuleAssert.Single(tree.Findings("HA005"), "HA005", Severity.Error, "lgw-hq-fw1");
            Assert.Equal(Sources.FaqBgp, finding.Source);
        }

        [Fact]
        public void NotesTheBgpPeersHostRouteAsRedundant()
        {
            var tree = OneGateway(AsGateway(), Site(Device(1).With("addressPrefixes", List("10.10.255.1/32"))));
            RuleAssert.Single(tree.Findings("HA005"), "HA005", Severity.Information, "lgw-hq-fw1");
        }

        [Fact]
        public void SilentWithoutAnAddressSpace()
        {
            Assert.Empty(OneGateway(AsGateway(), Site(BgpDevice("fw1", "203.0.113.1", "169.254.21.2"))).Findings("HA005"));
        }

        [Fact]
        public void SilentForOrdinaryStaticRoutes()
        {
            Assert.Empty(OneGateway(AsGateway(asn: null), Site(StaticDevice("fw1", "203.0.113.1"))).Findings("HA005"));
        }
    }
}
