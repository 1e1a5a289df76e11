using System.Linq;
using Xunit;

namespace AzVpnHa.Tests
{
    public class FailoverSummaryTests
    {
        static FailoverSummary Summary(Topology t, int depth = 1) => FailoverAnalyzer.Summarize(t, FailoverAnalyzer.Analyze(t, depth)).Single();

        [Fact]
        public void ActiveStandbyWithOneDeviceNeedsADeviceAndActiveActive()
        {
            var s = Summary(FailoverSpecs.ActiveStandby());
            Assert.False(s.SurvivesEverySingleFault);
            Assert.Equal(new[] { "DeviceDown lgw-hq-fw1", "IspLinkDown 203.0.113.1" }, s.OutageScenarios);
            Assert.StartsWith("outage (DeviceDown lgw-hq-fw1", s.WorstInterruption);
            Assert.Equal(180, s.WorstInterruptionSeconds);
            Assert.Contains(s.Fixes, f => f.StartsWith("Add a second on-premises VPN device to site 'hq'"));
            Assert.Contains(s.Fixes, f => f.StartsWith("Enable active-active on gateway 'vgw'"));
        }

        [Fact]
        public void MultipleDevicesSurvivesButWaitsForTheStandby()
        {
            var s = Summary(FailoverSpecs.MultipleDevices());
            Assert.True(s.SurvivesEverySingleFault);
            Assert.Empty(s.OutageScenarios);
            Assert.Equal(180, s.WorstInterruptionSeconds);
            Assert.Equal("60-180 s (InstanceFailure vgw[0])", s.WorstInterruption);
            Assert.Equal(new[] { "Enable active-active on gateway 'vgw'" }, s.Fixes.Select(f => f.Substring(0, f.IndexOf(':'))));
        }

        [Fact]
        public void ActiveActiveWithOneDeviceNeedsASecondDeviceOnly()
        {
            var s = Summary(FailoverSpecs.ActiveActive());
            Assert.False(s.SurvivesEverySingleFault);
            Assert.Contains(s.Fixes, f => f.StartsWith("Add a second"));
            Assert.DoesNotContain(s.Fixes, f => f.StartsWith("Enable active-active"));
        }

        [Fact]
        public void DualRedundancyNeedsNothing()
        {
            var s = Summary(FailoverSpecs.DualRedundancy());
            Assert.True(s.SurvivesEverySingleFault);
            Assert.Equal(60, s.WorstInterruptionSeconds);
            Assert.Equal("0-60 s (ZoneOutage 1)", s.WorstInterruption);
            Assert.Empty(s.Fixes);
            Assert.Equal(4, s.Tunnels);
            Assert.Equal("t", s.Topology);
            Assert.Equal("hq", s.Target);
            Assert.Equal(TopologyKind.DualRedundancy, s.Configuration);
        }

        [Fact]
        public void VNetToVNetReportsGatewayLossWithoutHoldingItAgainstTheLink()
        {
            var s = Summary(FailoverSpecs.VNetToVNet());
            Assert.True(s.SurvivesEverySingleFault);
            Assert.Equal(new[] { "GatewayLoss vgw-a", "GatewayLoss vgw-b" }, s.GatewayLossOutages);
            Assert.Equal("VNetLink", s.TargetType);
            Assert.Empty(s.Fixes);

            var activeStandby = Summary(FailoverSpecs.VNetToVNet(activeActiveA: false, activeActiveB: false));
            Assert.True(activeStandby.SurvivesEverySingleFault);
            Assert.Equal(180, activeStandby.WorstInterruptionSeconds);
            Assert.Equal(2, activeStandby.Fixes.Count(f => f.StartsWith("Enable active-active")));
        }

        [Fact]
        public void NoInterruptionReadsNone()
        {
            var t = FailoverSpecs.DualRedundancy();
            var calm = FailoverAnalyzer.Analyze(t, ScenarioEnumerator.Enumerate(t).Where(s => s.IsPlanned));
            var s = FailoverAnalyzer.Summarize(t, calm).Single();
            Assert.Equal("none", s.WorstInterruption);
            Assert.Equal(0, s.WorstInterruptionSeconds);
        }
    }
}
