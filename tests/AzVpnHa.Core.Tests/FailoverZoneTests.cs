using System.Linq;
using Xunit;

namespace AzVpnHa.Tests
{
    public class FailoverZoneTests
    {
        static Topology WithZones(Topology t, params string[] zones)
        {
            foreach (var ip in t.PublicIpAddresses) ip.Zone = zones;
            return t;
        }

        [Fact]
        public void PlannedAzGatewayIsZoneRedundantWithOneInstancePerZone()
        {
            var t = FailoverSpecs.DualRedundancy();
            var g = t.Gateways[0];
            Assert.Equal(ZoneModel.ZoneRedundant, ZonePlacement.Model(t, g));
            Assert.Equal("1", ZonePlacement.ZoneOf(t, g, 0));
            Assert.Equal("2", ZonePlacement.ZoneOf(t, g, 1));
        }

        [Fact]
        public void ZonalGatewayLosesBothInstancesToItsZone()
        {
            var t = WithZones(FailoverSpecs.DualRedundancy(), "2");
            Assert.Equal(ZoneModel.Zonal, ZonePlacement.Model(t, t.Gateways[0]));
            var results = FailoverAnalyzer.Analyze(t);
            Assert.Equal(new[] { "ZoneOutage 2" }, results.Where(r => r.FaultKinds[0] == FaultKind.ZoneOutage).Select(r => r.Scenario));
            var r2 = FailoverSpecs.Result(results, "ZoneOutage 2");
            Assert.False(r2.Connected);
            Assert.Equal(0, r2.SurvivingTunnels);
            Assert.Contains("zonal", r2.Basis);
            var summary = FailoverAnalyzer.Summarize(t, results).Single();
            Assert.False(summary.SurvivesEverySingleFault);
            Assert.Contains(summary.Fixes, f => f.Contains("zone-redundant") && f.Contains("zones 1, 2, 3"));
        }

        [Fact]
        public void NonAzSkuIsRegionalAndAZoneOutageTakesIt()
        {
            var t = Specs.Plan(Specs.OneSite(FailoverSpecs.Gateway("vgw", true, 65515, "10.1.0.0/16", sku: "VpnGw2"),
                FailoverSpecs.Fw1.Bgp, FailoverSpecs.Fw2.Bgp));
            Assert.Equal(ZoneModel.Regional, ZonePlacement.Model(t, t.Gateways[0]));
            Assert.Null(ZonePlacement.ZoneOf(t, t.Gateways[0], 0));
            var results = FailoverAnalyzer.Analyze(t);
            var zone = results.Single(r => r.FaultKinds[0] == FaultKind.ZoneOutage);
            Assert.Equal("ZoneOutage regional", zone.Scenario);
            Assert.False(zone.Connected);
            // Everything else a dual-redundancy site survives.
            Assert.All(results.Where(r => r.FaultKinds[0] != FaultKind.ZoneOutage), r => Assert.True(r.Connected, r.Scenario));
        }

        [Fact]
        public void AzSkuWithStandardIpsWithoutZonesHasAPlacementThatIsNotKnown()
        {
            // Standard IPs created without zones are being made zone-redundant region by region: not regional, not known.
            var t = WithZones(FailoverSpecs.DualRedundancy());
            Assert.Equal(ZoneModel.NotKnown, ZonePlacement.Model(t, t.Gateways[0]));
            Assert.Null(ZonePlacement.ZoneOf(t, t.Gateways[0], 0));
            var results = FailoverAnalyzer.Analyze(t);
            var zone = results.Single(r => r.FaultKinds[0] == FaultKind.ZoneOutage);
            Assert.True(zone.Connected, zone.Basis);                 // no zone outage is claimed for it
            Assert.Contains("Zone placement of vgw is not known", zone.Basis);
            Assert.Contains(zone.Sources, s => s.Contains("public-ip-addresses"));
            Assert.True(FailoverAnalyzer.Summarize(t, results).Single().SurvivesEverySingleFault);

            var basic = FailoverSpecs.DualRedundancy();
            foreach (var ip in basic.PublicIpAddresses) ip.Sku = "Basic";
            Assert.Equal(ZoneModel.Regional, ZonePlacement.Model(basic, basic.Gateways[0]));
        }

        [Fact]
        public void ASkuSetAtDeployTimeIsNotReadAsRegional()
        {
            var t = FailoverSpecs.DualRedundancy();
            var g = t.Gateways[0];
            g.Sku = null;
            g.MarkUnknown(nameof(Gateway.Sku), "set at deploy time by parameter 'gatewaySku'");
            Assert.Equal(ZoneModel.NotKnown, ZonePlacement.Model(t, g));
            var zone = FailoverAnalyzer.Analyze(t).Single(r => r.FaultKinds[0] == FaultKind.ZoneOutage);
            Assert.True(zone.Connected, zone.Basis);
        }

        [Fact]
        public void ZoneRedundantActiveStandbyFailsOverOnlyWhenTheActiveZoneGoes()
        {
            var results = FailoverAnalyzer.Analyze(FailoverSpecs.ActiveStandby());
            var z1 = FailoverSpecs.Result(results, "ZoneOutage 1");
            Assert.Single(z1.FailedOverTunnelNames);
            Assert.Contains(z1.Sources, s => s.Contains("reliability-virtual-network-gateway"));
            Assert.Empty(FailoverSpecs.Result(results, "ZoneOutage 2").FailedOverTunnelNames);
        }

        [Fact]
        public void ZoneOutageWindowCoversTheReliabilityGuidesMinute()
        {
            var r = FailoverSpecs.Result(FailoverAnalyzer.Analyze(FailoverSpecs.ActiveActive()), "ZoneOutage 1");
            Assert.Equal(60, r.InterruptionMaxSeconds);
            Assert.Contains("reliability guide", r.Basis);
        }
    }
}
