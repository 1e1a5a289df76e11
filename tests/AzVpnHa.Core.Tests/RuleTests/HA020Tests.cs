using System.Linq;
using AzVpnHa.Catalog;
using Xunit;
using static AzVpnHa.Tests.SpecTree;

namespace AzVpnHa.Tests.RuleTests
{
    public class HA020Tests
    {
        [Theory]
        [InlineData(false, "2 devices and 2 tunnels")]
        [InlineData(true, "2 devices and 4 tunnels")]
        public void RemindsOfEcmpForSeveralDevices(bool activeActive, string text)
        {
            var finding = RuleAssert.Single(OneGateway(Gateway(activeActive: activeActive), Site(Devices(2))).Findings("HA020"), "HA020", Severity.Information, "hq");
            Assert.Contains(text, finding.Message);
        }

        [Fact]
        public void SilentForOneDevice()
        {
            Assert.Empty(OneGateway(AaGateway(), Site(Device(1))).Findings("HA020"));
        }
    }
}
