using System;
using System.Collections.Generic;
using System.Linq;
using Xunit;

namespace AzVpnHa.Tests
{
    /// <summary>Every single-fault scenario of the article's five configurations: surviving tunnels, connectivity, interval.</summary>
    public class FailoverConfigurationTests
    {
        static Topology Build(string configuration) => configuration switch
        {
            "ActiveStandby" => FailoverSpecs.ActiveStandby(),
            "MultipleDevices" => FailoverSpecs.MultipleDevices(),
            "ActiveActive" => FailoverSpecs.ActiveActive(),
            "DualRedundancy" => FailoverSpecs.DualRedundancy(),
            "VNetToVNet" => FailoverSpecs.VNetToVNet(),
            "VNetToVNetActiveStandby" => FailoverSpecs.VNetToVNet(activeActiveA: false, activeActiveB: false),
            _ => throw new ArgumentException(configuration),
        };

        // configuration, scenario, surviving tunnels, connected, interruption min, max (null: outage)
        [Theory]
        [InlineData("ActiveStandby", "PlannedMaintenance vgw[0]", 1, true, 10, 15)]
        [InlineData("ActiveStandby", "PlannedMaintenance vgw[1]", 1, true, 0, 0)]
        [InlineData("ActiveStandby", "InstanceFailure vgw[0]", 1, true, 60, 180)]
        [InlineData("ActiveStandby", "InstanceFailure vgw[1]", 1, true, 0, 0)]
        [InlineData("ActiveStandby", "DeviceDown lgw-hq-fw1", 0, false, null, null)]
        [InlineData("ActiveStandby", "IspLinkDown 203.0.113.1", 0, false, null, null)]
        [InlineData("ActiveStandby", "ZoneOutage 1", 1, true, 60, 180)]
        [InlineData("ActiveStandby", "ZoneOutage 2", 1, true, 0, 0)]
        [InlineData("MultipleDevices", "PlannedMaintenance vgw[0]", 2, true, 10, 15)]
        [InlineData("MultipleDevices", "PlannedMaintenance vgw[1]", 2, true, 0, 0)]
        [InlineData("MultipleDevices", "InstanceFailure vgw[0]", 2, true, 60, 180)]
        [InlineData("MultipleDevices", "InstanceFailure vgw[1]", 2, true, 0, 0)]
        [InlineData("MultipleDevices", "DeviceDown lgw-hq-fw1", 1, true, 0, 45)]
        [InlineData("MultipleDevices", "DeviceDown lgw-hq-fw2", 1, true, 0, 45)]
        [InlineData("MultipleDevices", "IspLinkDown 203.0.113.1", 1, true, 0, 45)]
        [InlineData("MultipleDevices", "IspLinkDown 203.0.113.2", 1, true, 0, 45)]
        [InlineData("MultipleDevices", "ZoneOutage 1", 2, true, 60, 180)]
        [InlineData("MultipleDevices", "ZoneOutage 2", 2, true, 0, 0)]
        [InlineData("ActiveActive", "PlannedMaintenance vgw[0]", 1, true, 0, 0)]
        [InlineData("ActiveActive", "PlannedMaintenance vgw[1]", 1, true, 0, 0)]
        [InlineData("ActiveActive", "InstanceFailure vgw[0]", 1, true, 0, 45)]
        [InlineData("ActiveActive", "InstanceFailure vgw[1]", 1, true, 0, 45)]
        [InlineData("ActiveActive", "DeviceDown lgw-hq-fw1", 0, false, null, null)]
        [InlineData("ActiveActive", "IspLinkDown 203.0.113.1", 0, false, null, null)]
        [InlineData("ActiveActive", "ZoneOutage 1", 1, true, 0, 60)]
        [InlineData("ActiveActive", "ZoneOutage 2", 1, true, 0, 60)]
        [InlineData("DualRedundancy", "PlannedMaintenance vgw[0]", 2, true, 0, 0)]
        [InlineData("DualRedundancy", "PlannedMaintenance vgw[1]", 2, true, 0, 0)]
        [InlineData("DualRedundancy", "InstanceFailure vgw[0]", 2, true, 0, 45)]
        [InlineData("DualRedundancy", "InstanceFailure vgw[1]", 2, true, 0, 45)]
        [InlineData("DualRedundancy", "DeviceDown lgw-hq-fw1", 2, true, 0, 45)]
        [InlineData("DualRedundancy", "DeviceDown lgw-hq-fw2", 2, true, 0, 45)]
        [InlineData("DualRedundancy", "IspLinkDown 203.0.113.1", 2, true, 0, 45)]
        [InlineData("DualRedundancy", "IspLinkDown 203.0.113.2", 2, true, 0, 45)]
        [InlineData("DualRedundancy", "ZoneOutage 1", 2, true, 0, 60)]
        [InlineData("DualRedundancy", "ZoneOutage 2", 2, true, 0, 60)]
        [InlineData("VNetToVNet", "PlannedMaintenance vgw-a[0]", 2, true, 0, 0)]
        [InlineData("VNetToVNet", "PlannedMaintenance vgw-b[1]", 2, true, 0, 0)]
        [InlineData("VNetToVNet", "InstanceFailure vgw-a[1]", 2, true, 0, 45)]
        [InlineData("VNetToVNet", "InstanceFailure vgw-b[0]", 2, true, 0, 45)]
        [InlineData("VNetToVNet", "ZoneOutage 1", 1, true, 0, 60)]
        [InlineData("VNetToVNet", "ZoneOutage 2", 1, true, 0, 60)]
        [InlineData("VNetToVNet", "GatewayLoss vgw-a", 0, false, null, null)]
        [InlineData("VNetToVNet", "GatewayLoss vgw-b", 0, false, null, null)]
        [InlineData("VNetToVNetActiveStandby", "PlannedMaintenance vgw-a[0]", 1, true, 10, 15)]
        [InlineData("VNetToVNetActiveStandby", "PlannedMaintenance vgw-b[1]", 1, true, 0, 0)]
        [InlineData("VNetToVNetActiveStandby", "InstanceFailure vgw-b[0]", 1, true, 60, 180)]
        [InlineData("VNetToVNetActiveStandby", "ZoneOutage 1", 1, true, 60, 180)]
        [InlineData("VNetToVNetActiveStandby", "GatewayLoss vgw-b", 0, false, null, null)]
        public void SingleFault(string configuration, string scenario, int surviving, bool connected, int? min, int? max)
        {
            var results = FailoverAnalyzer.Analyze(Build(configuration));
            var r = FailoverSpecs.Result(results, scenario);
            Assert.Equal(surviving, r.SurvivingTunnels);
            Assert.Equal(connected, r.Connected);
            FailoverSpecs.AssertInterval(r, min, max);
            Assert.Equal(!connected, r.Interruption == "outage");
        }

        [Theory]
        [InlineData("ActiveStandby", 8)]
        [InlineData("MultipleDevices", 10)]
        [InlineData("ActiveActive", 8)]
        [InlineData("DualRedundancy", 10)]
        [InlineData("VNetToVNet", 12)]
        public void EveryScenarioYieldsOneResultPerTarget(string configuration, int scenarios)
        {
            var topology = Build(configuration);
            var results = FailoverAnalyzer.Analyze(topology);
            Assert.Equal(scenarios, ScenarioEnumerator.Enumerate(topology).Count);
            Assert.Equal(scenarios * (topology.Sites.Count + topology.VNetLinks.Count), results.Count);
            Assert.Equal(results.Count, results.Select(r => r.Scenario + "|" + r.Target).Distinct().Count());
        }

        [Fact]
        public void ActiveStandbyTunnelIsTakenOverNotMoved()
        {
            var r = FailoverSpecs.Result(FailoverAnalyzer.Analyze(FailoverSpecs.MultipleDevices()), "InstanceFailure vgw[0]");
            Assert.Equal(2, r.FailedOverTunnelNames.Count);
            Assert.Empty(r.LostTunnelNames);
            Assert.Equal(0, r.MovedTrafficPercent);
            Assert.Contains("standby", r.FlowsMoved);
            Assert.Contains("60-180 s", r.Basis);
            Assert.DoesNotContain("60-90", r.Basis);
        }

        [Fact]
        public void ActiveActiveInstanceLossMovesTheLostTunnelsShare()
        {
            var r = FailoverSpecs.Result(FailoverAnalyzer.Analyze(FailoverSpecs.DualRedundancy()), "InstanceFailure vgw[0]");
            Assert.Equal(new[] { "vgw[0] <-> fw1", "vgw[0] <-> fw2" }, r.LostTunnelNames.OrderBy(n => n));
            Assert.Equal(new[] { "vgw[1] <-> fw1", "vgw[1] <-> fw2" }, r.SurvivingTunnelNames.OrderBy(n => n));
            Assert.Equal(50, r.MovedTrafficPercent);
            Assert.Empty(r.FailedOverTunnelNames);
            Assert.Contains("hold time (180 s)", r.Basis);
        }

        [Fact]
        public void P2SClientsDropOnlyWhenTheirInstanceIsHit()
        {
            var results = FailoverAnalyzer.Analyze(FailoverSpecs.ActiveStandby());
            Assert.Contains("disconnected", FailoverSpecs.Result(results, "PlannedMaintenance vgw[0]").P2SImpact);
            Assert.Equal("none", FailoverSpecs.Result(results, "PlannedMaintenance vgw[1]").P2SImpact);
            Assert.Equal("none", FailoverSpecs.Result(results, "DeviceDown lgw-hq-fw1").P2SImpact);
            var aa = FailoverAnalyzer.Analyze(FailoverSpecs.ActiveActive());
            Assert.Contains("instance 1", FailoverSpecs.Result(aa, "InstanceFailure vgw[1]").P2SImpact);
        }

        [Fact]
        public void EveryNumberNamesItsSource()
        {
            foreach (var configuration in new[] { "ActiveStandby", "MultipleDevices", "ActiveActive", "DualRedundancy", "VNetToVNet" })
            {
                foreach (var r in FailoverAnalyzer.Analyze(Build(configuration), 2).Where(r => r.Connected && r.InterruptionMaxSeconds > 0))
                {
                    Assert.NotEmpty(r.Sources);
                    Assert.All(r.Sources, s => Assert.StartsWith("https://", s));
                    // Each mechanism prints its interval followed by the documents in parentheses.
                    Assert.Matches(@"\d+(-\d+)? s \([^)]+\)", r.Basis);
                }
            }
        }
    }
}
