using System.Collections.Generic;
using System.Linq;
using AzVpnHa.Catalog;
using Xunit;
using static AzVpnHa.Tests.SpecTree;

namespace AzVpnHa.Tests.RuleTests
{
    public class HA013Tests
    {
        static Dictionary<string, object> ApipaGateway(bool activeActive, params string[][] custom) =>
            Gateway(activeActive: activeActive).With("instances", List(custom.Select(c => (object)Obj(("customBgpIpAddresses", List(c)))).ToArray()));

        static Dictionary<string, object> ApipaDevice() => BgpDevice("fw1", "203.0.113.1", "169.254.21.2");

        [Fact]
        public void FiresOnACustomAddressOutsideAzuresApipaRange()
        {
            var tree = OneGateway(ApipaGateway(true, new[] { "169.254.20.1" }, new[] { "169.254.22.1" }), Site(Device(1)));
            var finding = RuleAssert.Single(tree.Findings("HA013"), "HA013", Severity.Error, "vgw");
            Assert.Contains("169.254.20.1", finding.Message);
        }

        [Fact]
        public void FiresWhenBothInstancesListTheSameAddress()
        {
            var tree = OneGateway(ApipaGateway(true, new[] { "169.254.21.1" }, new[] { "169.254.21.1" }), Site(Device(1)));
            var finding = RuleAssert.Single(tree.Findings("HA013"), "HA013", Severity.Error, "vgw");
            Assert.Contains("Both instances", finding.Message);
        }

        [Theory]
        [InlineData(false, 1)]
        [InlineData(true, 2)]
        public void FiresPerActiveInstanceWithoutACustomAddressForAnApipaPeer(bool activeActive, int expected)
        {
            var findings = OneGateway(Gateway(activeActive: activeActive), Site(ApipaDevice())).Findings("HA013");
            Assert.Equal(expected, findings.Count);
            Assert.All(findings, f => Assert.Equal(("HA013", Severity.Error, "vgw"), (f.RuleId, f.Severity, f.Target)));
        }

        [Fact]
        public void FiresWhenOnlyTheFirstInstanceHasACustomAddress()
        {
            var gateway = AaGateway().With("instances", List(Obj(("customBgpIpAddresses", List("169.254.21.1"))), Obj()));
            var finding = RuleAssert.Single(OneGateway(gateway, Site(ApipaDevice())).Findings("HA013"), "HA013", Severity.Error, "vgw");
            Assert.Contains("instance 1", finding.Message);
        }

        [Fact]
        public void FiresWhenAConnectionSelectsAnAddressTheInstanceDoesNotHave()
        {
            var topology = OneGateway(ApipaGateway(true, new[] { "169.254.21.1" }, new[] { "169.254.22.1" }), Site(ApipaDevice())).Plan();
            topology.Connections[0].GatewayCustomBgpIpAddresses = new[] { new CustomBgpIpAddress(0, "default", "169.254.21.9"), new CustomBgpIpAddress(1, "activeActive", "169.254.22.1") };
            var finding = RuleAssert.Single(topology.Rebuild().Findings("HA013"), "HA013", Severity.Error, "cn-hq-fw1");
            Assert.Contains("169.254.21.9", finding.Message);
        }

        [Fact]
        public void SilentWhenEveryInstanceHasItsOwnCustomAddress()
        {
            var tree = OneGateway(ApipaGateway(true, new[] { "169.254.21.1" }, new[] { "169.254.22.1" }), Site(ApipaDevice()));
            Assert.Empty(tree.Findings("HA013"));
        }

        [Fact]
        public void SilentForANonApipaPeer()
        {
            Assert.Empty(OneGateway(AaGateway(), Site(Device(1))).Findings("HA013"));
        }
    }
}
