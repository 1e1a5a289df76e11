using System.Linq;
using AzVpnHa.Catalog;
using Xunit;
using static AzVpnHa.Tests.SpecTree;

namespace AzVpnHa.Tests.RuleTests
{
    public class HA012Tests
    {
        [Theory]
        [InlineData(8074L)]
        [InlineData(12076L)]
        [InlineData(65517L)]
        [InlineData(23456L)]
        [InlineData(64500L)]
        [InlineData(65535L)]
        [InlineData(4294967295L)]
        public void FiresOnAReservedGatewayAsn(long asn)
        {
            RuleAssert.Single(OneGateway(AsGateway(asn), Site(Device(1))).Findings("HA012"), "HA012", Severity.Error, "vgw");
        }

        [Fact]
        public void FiresWhenADeviceUsesAzuresDefaultAsn()
        {
            var tree = OneGateway(AsGateway(), Site(Device(1).With("asn", 65515L)));
            var finding = RuleAssert.Single(tree.Findings("HA012"), "HA012", Severity.Error, "lgw-hq-fw1");
            Assert.Contains("reserved by Azure", finding.Message);
        }

        [Fact]
        public void FiresWhenADeviceSharesTheGatewaysAsn()
        {
            var tree = OneGateway(AsGateway(65010), Site(Device(1).With("asn", 65010L)));
            var finding = RuleAssert.Single(tree.Findings("HA012"), "HA012", Severity.Error, "lgw-hq-fw1");
            Assert.Contains("must differ", finding.Message);
        }

        [Fact]
        public void FiresWhenBgpConnectedVNetsShareAnAsn()
        {
            var tree = VNetToVNet();
            tree.Gateway(1)["asn"] = 65010L;
            RuleAssert.Single(tree.Findings("HA012"), "HA012", Severity.Error, "vgw-a<->vgw-b");
        }

        [Fact]
        public void SilentWhenVNetsShareAnAsnWithoutBgpBetweenThem()
        {
            var tree = VNetToVNet();
            tree.Gateway(1)["asn"] = 65010L;
            tree.VNetConnection(0)["enableBgp"] = false;
            Assert.Empty(tree.Findings("HA012"));
        }

        [Theory]
        [InlineData(65515L, 65010L)]
        [InlineData(65010L, 4200000001L)]
        [InlineData(64512L, 3320L)]
        public void SilentOnUsableAsns(long gatewayAsn, long deviceAsn)
        {
            Assert.Empty(OneGateway(AsGateway(gatewayAsn), Site(Device(1).With("asn", deviceAsn))).Findings("HA012"));
        }
    }
}
