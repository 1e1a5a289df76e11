using System.Linq;
using AzVpnHa.Catalog;
using Xunit;
using static AzVpnHa.Tests.SpecTree;

namespace AzVpnHa.Tests.RuleTests
{
    public class HA009Tests
    {
        [Fact]
        public void FiresOnBasicWithAnAsn()
        {
            var tree = OneGateway(Gateway(sku: "Basic", asn: 65515).Without("generation"), Site(Device(1)));
            RuleAssert.Single(tree.Findings("HA009"), "HA009", Severity.Error, "vgw");
        }

        [Fact]
        public void FiresOnBasicWithABgpConnection()
        {
            var tree = OneGateway(Gateway(sku: "Basic", asn: null).Without("generation"), Site(Device(1).With("enableBgp", true)));
            RuleAssert.Single(tree.Findings("HA009"), "HA009", Severity.Error, "vgw");
        }

        [Fact]
        public void SilentOnBasicWithStaticRouting()
        {
            var tree = OneGateway(Gateway(sku: "Basic", asn: null).Without("generation"), Site(StaticDevice("fw1", "203.0.113.1")));
            Assert.Empty(tree.Findings("HA009"));
        }

        [Fact]
        public void SilentOnAnAzSkuWithBgp()
        {
            Assert.Empty(OneGateway(AsGateway(), Site(Device(1))).Findings("HA009"));
        }
    }
}
