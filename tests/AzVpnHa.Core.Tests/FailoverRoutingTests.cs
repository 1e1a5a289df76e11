using System.Linq;
using AzVpnHa.Catalog;
using Xunit;

namespace AzVpnHa.Tests
{
    /// <summary>How routing decides failover: BGP across devices, static routes only within one connection, DPD and hold time bounds.</summary>
    public class FailoverRoutingTests
    {
        static Topology StaticDevices(string gateway) =>
            Specs.Plan(Specs.OneSite(gateway, FailoverSpecs.Fw1.Static("10.10.0.0/17"), FailoverSpecs.Fw2.Static("10.10.128.0/17")));

        [Fact]
        public void StaticRoutingHasNoFailoverBetweenDevices()
        {
            var t = StaticDevices(Specs.AsGateway);
            Assert.All(t.Tunnels, x => Assert.False(x.Bgp));
            var results = FailoverAnalyzer.Analyze(t);
            var r = FailoverSpecs.Result(results, "DeviceDown lgw-hq-fw1");
            Assert.False(r.Connected);
            Assert.Equal(1, r.SurvivingTunnels);
            Assert.Contains("no failover between devices", r.Basis);
            var summary = FailoverAnalyzer.Summarize(t, results).Single();
            Assert.False(summary.SurvivesEverySingleFault);
            Assert.Contains(summary.Fixes, f => f.StartsWith("Enable BGP on every connection of 'hq'"));
            Assert.DoesNotContain(summary.Fixes, f => f.StartsWith("Add a second"));

            // The same site with BGP fails over: the fix is what makes the difference.
            Assert.True(FailoverSpecs.Result(FailoverAnalyzer.Analyze(FailoverSpecs.MultipleDevices()), "DeviceDown lgw-hq-fw1").Connected);
            Assert.DoesNotContain(FailoverAnalyzer.Summarize(FailoverSpecs.MultipleDevices(), FailoverAnalyzer.Analyze(FailoverSpecs.MultipleDevices())).Single().Fixes,
                f => f.StartsWith("Enable BGP"));
        }

        [Fact]
        public void StaticActiveActiveFailsOverWithinTheConnectionBoundedByDpdOnly()
        {
            var t = Specs.Plan(Specs.OneSite(Specs.AaGateway, FailoverSpecs.Fw1.Static("10.10.0.0/16")));
            var r = FailoverSpecs.Result(FailoverAnalyzer.Analyze(t), "InstanceFailure vgw[0]");
            Assert.True(r.Connected);
            FailoverSpecs.AssertInterval(r, 0, 45);
            Assert.Contains("Without BGP", r.Basis);

            // A DPD timeout above the BGP hold time: static routes wait for DPD, BGP is cut at 180 s.
            t.Connections[0].DpdTimeoutSeconds = 300;
            FailoverSpecs.AssertInterval(FailoverSpecs.Result(FailoverAnalyzer.Analyze(t), "InstanceFailure vgw[0]"), 0, 300);
            var bgp = FailoverSpecs.ActiveActive();
            bgp.Connections[0].DpdTimeoutSeconds = 300;
            var withBgp = FailoverSpecs.Result(FailoverAnalyzer.Analyze(bgp), "InstanceFailure vgw[0]");
            FailoverSpecs.AssertInterval(withBgp, 0, 180);
            Assert.Contains("the connection's DPD timeout (300 s)", withBgp.Basis);
        }

        [Fact]
        public void ShortDpdShortensTheWithdrawal()
        {
            var t = FailoverSpecs.DualRedundancy();
            foreach (var c in t.Connections) c.DpdTimeoutSeconds = 15;
            FailoverSpecs.AssertInterval(FailoverSpecs.Result(FailoverAnalyzer.Analyze(t), "DeviceDown lgw-hq-fw2"), 0, 15);
            // The zone outage keeps the reliability guide's minute.
            FailoverSpecs.AssertInterval(FailoverSpecs.Result(FailoverAnalyzer.Analyze(t), "ZoneOutage 1"), 0, 60);
        }

        [Fact]
        public void SharedIspLinkIsASinglePointOfFailure()
        {
            var t = Specs.Plan(Specs.OneSite(Specs.AaGateway, Specs.Device("fw1", "203.0.113.1", 65010, "10.10.255.1"), Specs.Device("fw2", "203.0.113.1", 65010, "10.10.255.2")));
            var results = FailoverAnalyzer.Analyze(t);
            var link = FailoverSpecs.Result(results, "IspLinkDown 203.0.113.1");
            Assert.False(link.Connected);
            Assert.True(FailoverSpecs.Result(results, "DeviceDown lgw-hq-fw1").Connected);
            Assert.Contains(FailoverAnalyzer.Summarize(t, results).Single().Fixes, f => f.Contains("its own ISP link"));
        }

        [Theory]
        [InlineData(null, 45)]
        [InlineData(0, 45)]
        [InlineData(5, 9)]
        [InlineData(30, 30)]
        [InlineData(5000, 3600)]
        public void DpdTimeoutDefaultsAndClamps(int? configured, int expected)
        {
            Assert.Equal(expected, FailoverTimings.DeadPeerDetectionSeconds(new Connection { DpdTimeoutSeconds = configured }));
        }

        [Fact]
        public void TimingsFollowTheCurrentDocs()
        {
            Assert.Equal((10, 15), (FailoverTimings.ActiveStandbyPlanned.MinSeconds, FailoverTimings.ActiveStandbyPlanned.MaxSeconds));
            Assert.Equal((60, 180), (FailoverTimings.ActiveStandbyUnplanned.MinSeconds, FailoverTimings.ActiveStandbyUnplanned.MaxSeconds));
            Assert.Equal(90, FailoverTimings.ActiveStandbyUnplanned2016.MaxSeconds);
            Assert.Equal(180, FailoverTimings.BgpHold.MaxSeconds);
            Assert.Equal(60, FailoverTimings.BgpKeepalive.MaxSeconds);
            Assert.Equal("10-15 s", FailoverTimings.ActiveStandbyPlanned.Range);
            Assert.StartsWith(Sources.Article, FailoverTimings.ActiveStandbyUnplanned.Source);
            Assert.StartsWith(Sources.Faq, FailoverTimings.BgpHold.Source);
        }
    }
}
