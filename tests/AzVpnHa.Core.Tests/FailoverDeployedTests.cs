using System.Linq;
using Xunit;

namespace AzVpnHa.Tests
{
    /// <summary>A deployed estate whose tunnels report their status: a tunnel already down turns a single fault into an outage.</summary>
    public class FailoverDeployedTests
    {
        static Topology Deployed(Topology t, string notConnected)
        {
            t.Origin = TopologyOrigin.Deployed;
            foreach (var tunnel in t.Tunnels) tunnel.Status = tunnel.ToString() == notConnected ? "NotConnected" : "Connected";
            Assert.Contains(t.Tunnels, x => x.Status == "NotConnected");
            return t;
        }

        [Fact]
        public void ActiveActiveWithOneTunnelDownLosesTheSiteOnTheOtherInstance()
        {
            var healthy = FailoverAnalyzer.Analyze(FailoverSpecs.ActiveActive());
            Assert.True(FailoverSpecs.Result(healthy, "InstanceFailure vgw[0]").Connected);

            var t = Deployed(FailoverSpecs.ActiveActive(), "vgw[1] <-> fw1");
            var results = FailoverAnalyzer.Analyze(t);
            var r = FailoverSpecs.Result(results, "InstanceFailure vgw[0]");
            Assert.False(r.Connected);
            Assert.Equal(0, r.SurvivingTunnels);
            Assert.Equal(1, r.TunnelsBefore);
            Assert.Equal(new[] { "vgw[1] <-> fw1" }, r.AlreadyDownTunnelNames);
            Assert.Contains("already NotConnected", r.Basis);
            // The fault on the dead tunnel's own instance costs nothing more.
            var other = FailoverSpecs.Result(results, "InstanceFailure vgw[1]");
            Assert.True(other.Connected);
            FailoverSpecs.AssertInterval(other, 0, 0);

            var summary = FailoverAnalyzer.Summarize(t, results).Single();
            Assert.False(summary.SurvivesEverySingleFault);
            Assert.Contains("InstanceFailure vgw[0]", summary.OutageScenarios);
            Assert.Contains(summary.Fixes, f => f.StartsWith("Restore the tunnels that are NotConnected (vgw[1] <-> fw1)"));
        }

        [Fact]
        public void DualRedundancyWithOneTunnelDownStillSurvivesButWithFewerTunnels()
        {
            var t = Deployed(FailoverSpecs.DualRedundancy(), "vgw[1] <-> fw2");
            var results = FailoverAnalyzer.Analyze(t, 2);
            var device = FailoverSpecs.Result(results, "DeviceDown lgw-hq-fw1");
            Assert.True(device.Connected);
            Assert.Equal(new[] { "vgw[0] <-> fw2" }, device.SurvivingTunnelNames);
            // The double fault the healthy mesh survives with vgw[1] <-> fw2 is now an outage.
            Assert.True(FailoverSpecs.Result(FailoverAnalyzer.Analyze(FailoverSpecs.DualRedundancy(), 2), "InstanceFailure vgw[0] + DeviceDown lgw-hq-fw1").Connected);
            Assert.False(FailoverSpecs.Result(results, "InstanceFailure vgw[0] + DeviceDown lgw-hq-fw1").Connected);
            Assert.True(FailoverAnalyzer.Summarize(t, results).Single().SurvivesEverySingleFault);
        }

        [Fact]
        public void MultipleDevicesWithOneConnectionDownLosesTheSiteWithTheOtherDevice()
        {
            var t = Deployed(FailoverSpecs.MultipleDevices(), "vgw[0] <-> fw2");
            var results = FailoverAnalyzer.Analyze(t);
            Assert.False(FailoverSpecs.Result(results, "DeviceDown lgw-hq-fw1").Connected);
            Assert.True(FailoverSpecs.Result(results, "DeviceDown lgw-hq-fw2").Connected);
        }

        [Fact]
        public void UnknownStatusIsNotDown()
        {
            var t = FailoverSpecs.ActiveActive();
            foreach (var tunnel in t.Tunnels) tunnel.Status = "Unknown";
            Assert.True(FailoverSpecs.Result(FailoverAnalyzer.Analyze(t), "InstanceFailure vgw[0]").Connected);
        }
    }
}
