using System.Linq;
using AzVpnHa.Catalog;
using Xunit;
using static AzVpnHa.Tests.SpecTree;

namespace AzVpnHa.Tests.RuleTests
{
    public class HA014Tests
    {
        [Fact]
        public void FiresWhenThePeerAddressIsThePublicIp()
        {
            var tree = OneGateway(AsGateway(), Site(BgpDevice("fw1", "203.0.113.1", "203.0.113.1")));
            var finding = RuleAssert.Single(tree.Findings("HA014"), "HA014", Severity.Error, "lgw-hq-fw1");
            Assert.Contains("public IP", finding.Message);
        }

        [Fact]
        public void FiresWhenThePeerAddressIsInsideTheVNet()
        {
            var tree = OneGateway(AsGateway(), Site(BgpDevice("fw1", "203.0.113.1", "10.1.0.5")));
            var finding = RuleAssert.Single(tree.Findings("HA014"), "HA014", Severity.Error, "lgw-hq-fw1");
            Assert.Contains("10.1.0.0/16", finding.Message);
        }

        [Theory]
        [InlineData("10.10.255.1")]
        [InlineData("169.254.21.2")]
        public void SilentForALoopbackOrApipaPeer(string peer)
        {
            Assert.Empty(OneGateway(AsGateway(), Site(BgpDevice("fw1", "203.0.113.1", peer))).Findings("HA014"));
        }
    }
}
