using System.Linq;
using AzVpnHa.Catalog;
using Xunit;
using static AzVpnHa.Tests.SpecTree;

namespace AzVpnHa.Tests.RuleTests
{
    public class HA018Tests
    {
        static Topology Plan(string sku, string generation) =>
            OneGateway(Gateway(sku: sku).With("generation", generation), Site(Device(1))).Plan();

        [Theory]
        [InlineData("VpnGw1AZ", "Generation2", "Use Generation1")]
        [InlineData("VpnGw4AZ", "Generation1", "Use Generation2")]
        [InlineData("VpnGw5", "Generation1", "Use Generation2")]
        public void FiresOnASkuMissingFromTheGeneration(string sku, string generation, string fix)
        {
            var finding = RuleAssert.Single(Plan(sku, generation).Findings("HA018"), "HA018", Severity.Error, "vgw");
            Assert.StartsWith(fix, finding.Recommendation);
        }

        [Theory]
        [InlineData("VpnGw1AZ", "Generation1")]
        [InlineData("VpnGw2AZ", "Generation1")]
        [InlineData("VpnGw2AZ", "Generation2")]
        [InlineData("VpnGw4AZ", "Generation2")]
        [InlineData("VpnGw4AZ", "None")]
        public void SilentWhenTheSkuExistsInTheGeneration(string sku, string generation)
        {
            Assert.Empty(Plan(sku, generation).Findings("HA018"));
        }
    }
}
