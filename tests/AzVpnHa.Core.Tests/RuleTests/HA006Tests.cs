using System.Linq;
using AzVpnHa.Catalog;
using Xunit;
using static AzVpnHa.Tests.SpecTree;

namespace AzVpnHa.Tests.RuleTests
{
    public class HA006Tests
    {
        [Fact]
        public void FiresWhenDevicesAdvertiseDifferentPrefixes()
        {
            var tree = OneGateway(AsGateway(), Site(Device(1), Device(2).With("advertisedPrefixes", List("10.10.0.0/17"))));
            var finding = RuleAssert.Single(tree.Findings("HA006"), "HA006", Severity.Warning, "lgw-hq-fw2");
            Assert.Contains("does not advertise 10.10.0.0/16", finding.Message);
            Assert.Contains("alone advertises 10.10.0.0/17", finding.Message);
        }

        [Fact]
        public void SilentWhenDevicesAdvertiseTheSitesPrefixes()
        {
            Assert.Empty(OneGateway(AaGateway(), Site(Devices(2))).Findings("HA006"));
        }

        [Fact]
        public void SilentWhenTheSamePrefixesComeInAnotherOrder()
        {
            var tree = OneGateway(AsGateway(), Site(
                Device(1).With("advertisedPrefixes", List("10.10.0.0/16", "10.20.0.0/16")),
                Device(2).With("advertisedPrefixes", List("10.20.0.0/16", "10.10.0.0/16"))));
            Assert.Empty(tree.Findings("HA006"));
        }
    }
}
