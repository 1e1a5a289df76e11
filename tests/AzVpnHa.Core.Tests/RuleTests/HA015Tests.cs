using System.Linq;
using AzVpnHa.Catalog;
using Xunit;
using static AzVpnHa.Tests.SpecTree;

namespace AzVpnHa.Tests.RuleTests
{
    public class HA015Tests
    {
        [Fact]
        public void WarnsOnASingleTunnel()
        {
            var finding = RuleAssert.Single(OneGateway(AsGateway(), Site(Device(1))).Findings("HA015"), "HA015", Severity.Warning, "hq");
            Assert.Contains("single tunnel", finding.Message);
            Assert.Contains("1-3 minutes", finding.Message);
        }

        [Fact]
        public void NotesAnActiveActiveGatewayWithOneDevice()
        {
            var finding = RuleAssert.Single(OneGateway(AaGateway(), Site(Device(1))).Findings("HA015"), "HA015", Severity.Information, "hq");
            Assert.Equal(Sources.ArticleDualRedundancy, finding.Source);
        }

        [Fact]
        public void NotesSeveralDevicesOnAnActiveStandbyGateway()
        {
            var finding = RuleAssert.Single(OneGateway(AsGateway(), Site(Devices(2))).Findings("HA015"), "HA015", Severity.Information, "hq");
            Assert.Equal(Sources.ArticleMultipleDevices, finding.Source);
        }

        [Fact]
        public void FailsASiteWithoutTunnels()
        {
            var topology = OneGateway(AsGateway(), Site(Device(1))).Plan();
            topology.Connections = new Connection[0];
            var finding = RuleAssert.Single(topology.Rebuild().Findings("HA015"), "HA015", Severity.Error, "hq");
            Assert.Contains("no tunnel", finding.Message);
        }

        [Fact]
        public void SilentOnDualRedundancy()
        {
            Assert.Empty(OneGateway(AaGateway(), Site(Devices(2))).Findings("HA015"));
        }
    }
}
