using System.Linq;
using AzVpnHa.Catalog;
using Xunit;
using static AzVpnHa.Tests.SpecTree;

namespace AzVpnHa.Tests.RuleTests
{
    public class HA019Tests
    {
        [Fact]
        public void FiresWhenTheGatewayHasNoBgp()
        {
            var tree = OneGateway(AsGateway(asn: null), Site(Device(1).With("enableBgp", true)));
            var finding = RuleAssert.Single(tree.Findings("HA019"), "HA019", Severity.Error, "cn-hq-fw1");
            Assert.Contains("gateway 'vgw' has no BGP", finding.Message);
        }

        [Fact]
        public void FiresWhenTheDeviceHasNoBgpSettings()
        {
            var tree = OneGateway(AsGateway(), Site(StaticDevice("fw1", "203.0.113.1").With("enableBgp", true)));
            var finding = RuleAssert.Single(tree.Findings("HA019"), "HA019", Severity.Error, "cn-hq-fw1");
            Assert.Contains("local network gateway 'lgw-hq-fw1'", finding.Message);
        }

        [Fact]
        public void SilentWithBgpAtBothEnds()
        {
            Assert.Empty(OneGateway(AsGateway(), Site(Device(1).With("enableBgp", true))).Findings("HA019"));
        }

        [Fact]
        public void SilentForStaticRouting()
        {
            Assert.Empty(OneGateway(AsGateway(asn: null), Site(StaticDevice("fw1", "203.0.113.1"))).Findings("HA019"));
        }
    }
}
