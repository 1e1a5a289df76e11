using System;
using System.Linq;
using Xunit;

namespace AzVpnHa.Tests
{
    public class FailoverScenarioTests
    {
        [Fact]
        public void SingleFaultsCoverInstancesDevicesLinksAndZones()
        {
            var names = ScenarioEnumerator.Enumerate(FailoverSpecs.DualRedundancy()).Select(s => s.Name).ToArray();
            Assert.Equal(new[]
            {
                "PlannedMaintenance vgw[0]", "PlannedMaintenance vgw[1]", "InstanceFailure vgw[0]", "InstanceFailure vgw[1]",
                "DeviceDown lgw-hq-fw1", "DeviceDown lgw-hq-fw2", "IspLinkDown 203.0.113.1", "IspLinkDown 203.0.113.2",
                "ZoneOutage 1", "ZoneOutage 2",
            }, names);
        }

        [Fact]
        public void ActiveStandbyNamesTheActiveAndStandbyInstance()
        {
            var faults = ScenarioEnumerator.SingleFaults(FailoverSpecs.ActiveStandby());
            Assert.Contains("(active)", faults.Single(f => f.Name == "InstanceFailure vgw[0]").Description);
            Assert.Contains("(standby)", faults.Single(f => f.Name == "InstanceFailure vgw[1]").Description);
            Assert.DoesNotContain("(active)", ScenarioEnumerator.SingleFaults(FailoverSpecs.ActiveActive()).Single(f => f.Name == "InstanceFailure vgw[0]").Description);
        }

        [Fact]
        public void GatewayLossOnlyForVNetToVNetPeers()
        {
            Assert.DoesNotContain(ScenarioEnumerator.SingleFaults(FailoverSpecs.DualRedundancy()), f => f.Kind == FaultKind.GatewayLoss);
            Assert.Equal(new[] { "GatewayLoss vgw-a", "GatewayLoss vgw-b" },
                ScenarioEnumerator.SingleFaults(FailoverSpecs.VNetToVNet()).Where(f => f.Kind == FaultKind.GatewayLoss).Select(f => f.Name));
        }

        [Fact]
        public void DevicesOnOneEndpointShareOneIspLinkFault()
        {
            var t = Specs.Plan(Specs.OneSite(Specs.AaGateway, Specs.Device("fw1", "203.0.113.1", 65010, "10.10.255.1"), Specs.Device("fw2", "203.0.113.1", 65010, "10.10.255.2")));
            var links = ScenarioEnumerator.SingleFaults(t).Where(f => f.Kind == FaultKind.IspLinkDown).ToList();
            Assert.Single(links);
            Assert.Contains("fw1, fw2", links[0].Description);
        }

        [Fact]
        public void DepthTwoListsUnorderedPairsOnce()
        {
            var t = FailoverSpecs.DualRedundancy();
            var scenarios = ScenarioEnumerator.Enumerate(t, 2);
            var pairs = scenarios.Where(s => s.Depth == 2).ToList();
            Assert.Equal(10, scenarios.Count(s => s.Depth == 1));
            // 45 pairs of 10 faults, less: both maintenances of vgw (sequential), planned and unplanned loss of the
            // same instance (x2), a device and its own ISP link (x2), a zone and an instance in it (x4).
            Assert.Equal(36, pairs.Count);
            var keys = pairs.Select(s => string.Join("|", s.Faults.Select(f => f.Name).OrderBy(n => n, StringComparer.Ordinal))).ToList();
            Assert.Equal(keys.Count, keys.Distinct().Count());
            Assert.DoesNotContain(pairs, s => s.Name == "PlannedMaintenance vgw[0] + PlannedMaintenance vgw[1]");
            Assert.DoesNotContain(pairs, s => s.Name == "PlannedMaintenance vgw[0] + InstanceFailure vgw[0]");
            Assert.DoesNotContain(pairs, s => s.Name == "DeviceDown lgw-hq-fw1 + IspLinkDown 203.0.113.1");
            Assert.DoesNotContain(pairs, s => s.Name == "InstanceFailure vgw[0] + ZoneOutage 1");
            Assert.Contains(pairs, s => s.Name == "PlannedMaintenance vgw[0] + InstanceFailure vgw[1]");
            Assert.Contains(pairs, s => s.Name == "DeviceDown lgw-hq-fw1 + IspLinkDown 203.0.113.2");
            Assert.Contains(pairs, s => s.Name == "ZoneOutage 1 + ZoneOutage 2");
        }

        [Fact]
        public void MaintenanceOfTwoDifferentGatewaysIsADoubleFault()
        {
            var pairs = ScenarioEnumerator.Enumerate(FailoverSpecs.VNetToVNet(), 2).Where(s => s.Depth == 2).Select(s => s.Name).ToList();
            Assert.Contains("PlannedMaintenance vgw-a[0] + PlannedMaintenance vgw-b[1]", pairs);
            Assert.DoesNotContain("PlannedMaintenance vgw-a[0] + PlannedMaintenance vgw-a[1]", pairs);
            Assert.DoesNotContain("InstanceFailure vgw-a[0] + GatewayLoss vgw-a", pairs);
        }

        [Theory]
        [InlineData(0)]
        [InlineData(3)]
        public void DepthOutsideOneOrTwoIsRejected(int depth)
        {
            Assert.Throws<ArgumentOutOfRangeException>(() => ScenarioEnumerator.Enumerate(FailoverSpecs.DualRedundancy(), depth));
        }

        [Fact]
        public void ScenarioNamesJoinTheirFaults()
        {
            var s = new Scenario(Fault.Maintenance("vgw", 0, false), Fault.InstanceLoss("vgw", 1, false));
            Assert.Equal("PlannedMaintenance vgw[0] + InstanceFailure vgw[1]", s.Name);
            Assert.False(s.IsPlanned);
            Assert.True(new Scenario(Fault.Maintenance("vgw", 0, false)).IsPlanned);
        }
    }
}
