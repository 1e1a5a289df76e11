using System.Linq;
using AzVpnHa.Catalog;
using Xunit;
using static AzVpnHa.Tests.SpecTree;

namespace AzVpnHa.Tests.RuleTests
{
    public class HA022Tests
    {
        [Fact]
        public void RemindsAnApipaPeerToInitiate()
        {
            var tree = OneGateway(AsGateway(), Site(BgpDevice("fw1", "203.0.113.1", "169.254.21.2")));
            var finding = RuleAssert.Single(tree.Findings("HA022"), "HA022", Severity.Information, "lgw-hq-fw1");
            Assert.Contains("169.254.21.2", finding.Message);
        }

        [Fact]
        public void SilentForANonApipaPeer()
        {
            Assert.Empty(OneGateway(AsGateway(), Site(Device(1))).Findings("HA022"));
        }
    }
}
