using System.Linq;
using AzVpnHa.Catalog;
using Xunit;
using static AzVpnHa.Tests.SpecTree;

namespace AzVpnHa.Tests.RuleTests
{
    public class HA004Tests
    {
        [Fact]
        public void FiresWhenADevicePrefixLiesInsideTheVNet()
        {
            var tree = OneGateway(AsGateway(asn: null), Site(StaticDevice("fw1", "203.0.113.1").With("addressPrefixes", List("10.1.5.0/24"))));
            var finding = RuleAssert.Single(tree.Findings("HA004"), "HA004", Severity.Error, "lgw-hq-fw1");
            Assert.Contains("VNet prefix 10.1.0.0/16", finding.Message);
        }

        [Fact]
        public void FiresOnTheDeviceWhenItsPrefixContainsTheVNet()
        {
            var tree = OneGateway(AsGateway(asn: null), Site(StaticDevice("fw1", "203.0.113.1").With("addressPrefixes", List("10.0.0.0/8"))));
            RuleAssert.Single(tree.Findings("HA004"), "HA004", Severity.Error, "lgw-hq-fw1");
        }

        [Fact]
        public void FiresWhenTwoDevicesOfASiteOverlap()
        {
            var tree = OneGateway(AsGateway(), Site(
                Device(1).With("addressPrefixes", List("10.10.0.0/16")),
                Device(2).With("addressPrefixes", List("10.10.1.0/24"))));
            var finding = RuleAssert.Single(tree.Findings("HA004"), "HA004", Severity.Error, "lgw-hq-fw2");
            Assert.Contains("lgw-hq-fw1", finding.Message);
        }

        [Fact]
        public void SilentWhenPrefixesAreDisjoint()
        {
            var tree = OneGateway(AsGateway(), Site(
                Device(1).With("addressPrefixes", List("10.10.0.0/24")),
                Device(2).With("addressPrefixes", List("10.10.1.0/24"))));
            Assert.Empty(tree.Findings("HA004"));
        }

        [Fact]
        public void SilentWhenOneDevicesOwnPrefixesOverlap()
        {
            var tree = OneGateway(AsGateway(asn: null), Site(StaticDevice("fw1", "203.0.113.1").With("addressPrefixes", List("10.10.0.0/16", "10.10.1.0/24"))));
            Assert.Empty(tree.Findings("HA004"));
        }

        [Fact]
        public void SilentForBgpDevicesWithAnEmptyAddressSpace()
        {
            Assert.Empty(OneGateway(AaGateway(), Site(Devices(2))).Findings("HA004"));
        }
    }
}
