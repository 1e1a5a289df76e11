using Xunit;

namespace AzVpnHa.Tests
{
    public class SmokeTests
    {
        [Fact]
        public void DualRedundancyPlansFourTunnelsAndNoErrors()
        {
            var t = Specs.Plan(Specs.OneSite(Specs.AaGateway,
                Specs.Device("fw1", "203.0.113.1", 65010, "10.10.255.1"),
                Specs.Device("fw2", "203.0.113.2", 65010, "10.10.255.2")));
            Assert.Equal(TopologyKind.DualRedundancy, t.Kind);
            Assert.Equal(4, t.TunnelCount);
            Assert.DoesNotContain(Specs.Test(t), f => f.Severity == Severity.Error);
        }
    }
}
