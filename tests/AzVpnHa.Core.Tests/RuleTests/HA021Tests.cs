using System.Linq;
using AzVpnHa.Catalog;
using Xunit;
using static AzVpnHa.Tests.SpecTree;

namespace AzVpnHa.Tests.RuleTests
{
    public class HA021Tests
    {
        [Fact]
        public void FiresOnAStaticSiteWithoutPrefixes()
        {
            var tree = OneGateway(AsGateway(asn: null), Site(StaticDevice("fw1", "203.0.113.1")).Without("addressPrefixes"));
            RuleAssert.Single(tree.Findings("HA021"), "HA021", Severity.Error, "lgw-hq-fw1");
        }

        [Fact]
        public void FiresOnAStaticDeviceWithAnEmptyAddressSpace()
        {
            var tree = OneGateway(AsGateway(asn: null), Site(StaticDevice("fw1", "203.0.113.1").With("addressPrefixes", List())));
            RuleAssert.Single(tree.Findings("HA021"), "HA021", Severity.Error, "lgw-hq-fw1");
        }

        [Fact]
        public void SilentWhenStaticRoutesComeFromTheSite()
        {
            Assert.Empty(OneGateway(AsGateway(asn: null), Site(StaticDevice("fw1", "203.0.113.1"))).Findings("HA021"));
        }

        [Fact]
        public void SilentForBgpWithAnEmptyAddressSpace()
        {
            var topology = OneGateway(AsGateway(), Site(Device(1))).Plan();
            Assert.Empty(topology.LocalNetworkGateways[0].AddressPrefix);
            Assert.Empty(topology.Findings("HA021"));
        }
    }
}
