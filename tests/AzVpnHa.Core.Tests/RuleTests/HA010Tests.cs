using System.Collections.Generic;
using System.Linq;
using AzVpnHa.Catalog;
using Xunit;
using static AzVpnHa.Tests.SpecTree;

namespace AzVpnHa.Tests.RuleTests
{
    public class HA010Tests
    {
        static Dictionary<string, object> PolicyBased(bool activeActive = false, long? asn = null) =>
            Gateway(activeActive: activeActive, asn: asn).With("vpnType", "PolicyBased");

        [Fact]
        public void FiresOnPolicyBasedActiveActive()
        {
            var finding = RuleAssert.Single(OneGateway(PolicyBased(activeActive: true), Site(StaticDevice("fw1", "203.0.113.1"))).Findings("HA010"), "HA010", Severity.Error, "vgw");
            Assert.Contains("active-active", finding.Message);
        }

        [Fact]
        public void FiresOnPolicyBasedWithBgp()
        {
            var finding = RuleAssert.Single(OneGateway(PolicyBased(asn: 65515), Site(Device(1))).Findings("HA010"), "HA010", Severity.Error, "vgw");
            Assert.Contains("BGP", finding.Message);
        }

        [Fact]
        public void FiresOnPolicyBasedWithSeveralSites()
        {
            var tree = OneGateway(PolicyBased(), Site("hq", StaticDevice("fw1", "203.0.113.1")),
                Site("branch", StaticDevice("fw1", "203.0.113.2")).With("addressPrefixes", List("10.20.0.0/16")));
            var finding = RuleAssert.Single(tree.Findings("HA010"), "HA010", Severity.Error, "vgw");
            Assert.Contains("several site-to-site connections", finding.Message);
        }

        [Fact]
        public void FiresOnPolicyBasedVNetToVNet()
        {
            var tree = VNetToVNet(aActiveActive: false);
            tree.Gateway(0).With("vpnType", "PolicyBased").Without("asn");
            var finding = RuleAssert.Single(tree.Findings("HA010"), "HA010", Severity.Error, "vgw-a");
            Assert.Contains("VNet-to-VNet", finding.Message);
        }

        [Fact]
        public void SilentOnPolicyBasedWithOneStaticSite()
        {
            Assert.Empty(OneGateway(PolicyBased(), Site(StaticDevice("fw1", "203.0.113.1"))).Findings("HA010"));
        }

        [Fact]
        public void SilentOnRouteBased()
        {
            Assert.Empty(OneGateway(AaGateway().With("vpnType", "RouteBased"), Site(Devices(2))).Findings("HA010"));
        }
    }
}
