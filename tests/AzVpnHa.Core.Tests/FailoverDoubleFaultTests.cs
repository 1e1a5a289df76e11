using System.Linq;
using Xunit;

namespace AzVpnHa.Tests
{
    /// <summary>Depth 2: what each configuration survives when two things fail at once.</summary>
    public class FailoverDoubleFaultTests
    {
        [Theory]
        [InlineData("InstanceFailure vgw[0] + DeviceDown lgw-hq-fw2", 1, true, 0, 45)]
        [InlineData("PlannedMaintenance vgw[0] + DeviceDown lgw-hq-fw1", 1, true, 0, 45)]
        [InlineData("PlannedMaintenance vgw[1] + IspLinkDown 203.0.113.1", 1, true, 0, 45)]
        [InlineData("InstanceFailure vgw[0] + InstanceFailure vgw[1]", 0, false, null, null)]
        [InlineData("PlannedMaintenance vgw[0] + InstanceFailure vgw[1]", 0, false, null, null)]
        [InlineData("DeviceDown lgw-hq-fw1 + DeviceDown lgw-hq-fw2", 0, false, null, null)]
        [InlineData("ZoneOutage 1 + ZoneOutage 2", 0, false, null, null)]
        [InlineData("DeviceDown lgw-hq-fw1 + ZoneOutage 2", 1, true, 0, 60)]
        public void DualRedundancy(string scenario, int surviving, bool connected, int? min, int? max)
        {
            var r = FailoverSpecs.Result(FailoverAnalyzer.Analyze(FailoverSpecs.DualRedundancy(), 2), scenario);
            Assert.Equal(2, r.Depth);
            Assert.Equal(surviving, r.SurvivingTunnels);
            Assert.Equal(connected, r.Connected);
            FailoverSpecs.AssertInterval(r, min, max);
        }

        [Fact]
        public void DualRedundancySurvivesInstanceAndDeviceWithTheCrossTunnel()
        {
            var r = FailoverSpecs.Result(FailoverAnalyzer.Analyze(FailoverSpecs.DualRedundancy(), 2), "InstanceFailure vgw[0] + DeviceDown lgw-hq-fw1");
            Assert.Equal(new[] { "vgw[1] <-> fw2" }, r.SurvivingTunnelNames);
            Assert.Equal(75, r.MovedTrafficPercent);
        }

        [Fact]
        public void ActiveStandbyFailoverAndADeviceLossAddUp()
        {
            // The lost device's flows move to the other device's tunnel, which is itself back only after the failover.
            var r = FailoverSpecs.Result(FailoverAnalyzer.Analyze(FailoverSpecs.MultipleDevices(), 2), "PlannedMaintenance vgw[0] + DeviceDown lgw-hq-fw1");
            Assert.True(r.Connected);
            Assert.Equal(1, r.SurvivingTunnels);
            FailoverSpecs.AssertInterval(r, 10, 45);
            Assert.Contains("failover, planned", r.Basis);
            Assert.Contains("BGP withdraws", r.Basis);
        }

        [Fact]
        public void ActiveActiveWithOneDeviceSurvivesNoDoubleFault()
        {
            // Two tunnels: any second fault takes the other instance or the only device.
            var results = FailoverAnalyzer.Analyze(FailoverSpecs.ActiveActive(), 2).Where(r => r.Depth == 2).ToList();
            Assert.NotEmpty(results);
            Assert.All(results, r => Assert.False(r.Connected, r.Scenario));
            Assert.Contains(results, r => r.Scenario == "InstanceFailure vgw[0] + ZoneOutage 2");
        }

        [Fact]
        public void BothInstancesDownIsExplained()
        {
            var r = FailoverSpecs.Result(FailoverAnalyzer.Analyze(FailoverSpecs.ActiveStandby(), 2), "PlannedMaintenance vgw[0] + InstanceFailure vgw[1]");
            Assert.False(r.Connected);
            Assert.Contains("both instances of vgw are down (maintenance and failure)", r.Basis);
            Assert.Contains("until an instance returns", r.P2SImpact);
        }

        [Fact]
        public void SummaryCountsDoubleFaultsSurvived()
        {
            var t = FailoverSpecs.DualRedundancy();
            var results = FailoverAnalyzer.Analyze(t, 2);
            var summary = FailoverAnalyzer.Summarize(t, results).Single();
            Assert.Equal(36, summary.DoubleFaultScenarios);
            Assert.Equal(results.Count(r => r.Depth == 2 && r.Connected), summary.DoubleFaultsSurvived);
            Assert.InRange(summary.DoubleFaultsSurvived, 1, 35);
            Assert.True(summary.SurvivesEverySingleFault);
        }
    }
}
