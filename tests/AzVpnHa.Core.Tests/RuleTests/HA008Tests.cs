using System.Linq;
using AzVpnHa.Catalog;
using Xunit;
using static AzVpnHa.Tests.SpecTree;

namespace AzVpnHa.Tests.RuleTests
{
    public class HA008Tests
    {
        [Theory]
        [InlineData("Basic")]
        [InlineData("Standard")]
        public void FiresOnActiveActiveWithASkuWithoutIt(string sku)
        {
            var tree = OneGateway(Gateway(activeActive: true, sku: sku, asn: null).Without("generation"), Site(StaticDevice("fw1", "203.0.113.1")));
            RuleAssert.Single(tree.Findings("HA008"), "HA008", Severity.Error, "vgw");
        }

        [Theory]
        [InlineData("VpnGw1AZ")]
        [InlineData("HighPerformance")]
        public void SilentWhenTheSkuSupportsActiveActive(string sku)
        {
            var tree = OneGateway(Gateway(activeActive: true, sku: sku).Without("generation"), Site(Device(1)));
            Assert.Empty(tree.Findings("HA008"));
        }

        [Fact]
        public void SilentOnActiveStandbyBasic()
        {
            var tree = OneGateway(Gateway(sku: "Basic", asn: null).Without("generation"), Site(StaticDevice("fw1", "203.0.113.1")));
            Assert.Empty(tree.Findings("HA008"));
        }
    }
}
