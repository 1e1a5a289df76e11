using System.Linq;
using AzVpnHa.Catalog;
using Xunit;
using static AzVpnHa.Tests.SpecTree;

namespace AzVpnHa.Tests.RuleTests
{
    public class HA002Tests
    {
        [Fact]
        public void FiresOnAGatewayWithoutBgpServingSeveralDevices()
        {
            var findings = OneGateway(AsGateway(asn: null), Site(Devices(2))).Findings("HA002");
            RuleAssert.Contains(findings, "HA002", Severity.Error, "vgw");
            // Without a gateway ASN the planner cannot enable BGP on the connections either.
            RuleAssert.Contains(findings, "HA002", Severity.Error, "cn-hq-fw1");
            RuleAssert.Contains(findings, "HA002", Severity.Error, "cn-hq-fw2");
            Assert.Equal(3, findings.Count);
        }

        [Fact]
        public void FiresOnADeviceWithoutBgpSettings()
        {
            var findings = OneGateway(AsGateway(), Site(Device(1), StaticDevice("fw2", "203.0.113.2"))).Findings("HA002");
            RuleAssert.Contains(findings, "HA002", Severity.Error, "lgw-hq-fw2");
            RuleAssert.Contains(findings, "HA002", Severity.Error, "cn-hq-fw2");
            Assert.Equal(2, findings.Count);
        }

        [Fact]
        public void FiresOnAConnectionWithBgpDisabled()
        {
            var tree = OneGateway(AsGateway(), Site(Device(1), Device(2).With("enableBgp", false)));
            RuleAssert.Single(tree.Findings("HA002"), "HA002", Severity.Error, "cn-hq-fw2");
        }

        [Fact]
        public void SilentWhenEveryDeviceUsesBgp()
        {
            Assert.Empty(OneGateway(AsGateway(), Site(Devices(2))).Findings("HA002"));
        }

        [Fact]
        public void SilentForOneStaticDevice()
        {
            Assert.Empty(OneGateway(AsGateway(asn: null), Site(StaticDevice("fw1", "203.0.113.1"))).Findings("HA002"));
        }
    }
}
