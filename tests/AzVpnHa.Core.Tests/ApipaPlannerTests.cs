using System.Collections.Generic;
using System.Linq;
using AzVpnHa.Planning;
using AzVpnHa.Spec;
using AzVpnHa.Tree;
using Xunit;

namespace AzVpnHa.Tests
{
    public class ApipaPlannerTests
    {
        static TopologySpec Read(string json) => SpecReader.Read(JsonTree.Parse(json));

        const string BlankDevice1 = "{ \"name\": \"fw1\", \"publicIp\": \"203.0.113.1\" }";
        const string BlankDevice2 = "{ \"name\": \"fw2\", \"publicIp\": \"203.0.113.2\" }";

        static string TwoGatewaysTwoSites() =>
            "{ \"name\": \"t\", \"resourceGroup\": \"rg\", \"location\": \"westeurope\", \"gateways\": [" +
            " { \"name\": \"vgw-a\", \"sku\": \"VpnGw2AZ\", \"generation\": \"Generation2\", \"activeActive\": true, \"asn\": 65515, \"vnetAddressPrefixes\": [\"10.1.0.0/16\"] }," +
            " { \"name\": \"vgw-b\", \"sku\": \"VpnGw2AZ\", \"generation\": \"Generation2\", \"activeActive\": false, \"asn\": 65100, \"vnetAddressPrefixes\": [\"10.2.0.0/16\"] } ]," +
            " \"sites\": [" +
            "  { \"name\": \"hq\", \"gateway\": \"vgw-a\", \"addressPrefixes\": [\"10.10.0.0/16\"], \"devices\": [" + BlankDevice1 + "," + BlankDevice2 + "] }," +
            "  { \"name\": \"branch\", \"gateway\": \"vgw-b\", \"addressPrefixes\": [\"10.20.0.0/16\"], \"devices\": [ { \"name\": \"fw3\", \"publicIp\": \"203.0.113.3\" } ] } ] }";

        [Fact]
        public void BlankDevicesOnSeveralDevicesSiteFailWithoutPlanningAndPassWithIt()
        {
            var json = Specs.OneSite(Specs.AaGateway, BlankDevice1, BlankDevice2);
            Assert.Contains(Specs.Test(Planner.Plan(Read(json))), f => f.Severity == Severity.Error);

            var spec = Read(json);
            ApipaPlanner.Assign(spec);
            var topology = Planner.Plan(spec);
            Assert.DoesNotContain(Specs.Test(topology), f => f.Severity == Severity.Error);
            Assert.Equal(TopologyKind.DualRedundancy, topology.Kind);
            Assert.All(topology.Connections, c => Assert.True(c.EnableBgp));
        }

        [Fact]
        public void AssignsSitePrivateAsnAndOneSlash30PerDevice()
        {
            var spec = Read(Specs.OneSite(Specs.AaGateway, BlankDevice1, BlankDevice2));
            ApipaPlanner.Assign(spec);
            var devices = spec.Sites[0].Devices;
            Assert.All(devices, d => Assert.Equal(65001, d.Asn));
            Assert.Equal(new[] { "169.254.21.2", "169.254.21.6" }, devices.Select(d => d.BgpPeeringAddress));
            var g = spec.Gateways[0];
            Assert.Equal(new[] { "169.254.21.1", "169.254.21.5" }, g.Instances[0].CustomBgpIpAddresses);
            Assert.Equal(new[] { "169.254.22.1", "169.254.22.5" }, g.Instances[1].CustomBgpIpAddresses);

            var topology = Planner.Plan(spec);
            var second = topology.Connections[1].GatewayCustomBgpIpAddresses;
            Assert.Equal(new[] { "169.254.21.5", "169.254.22.5" }, second.Select(c => c.Address));
            Assert.Equal(new[] { "default", "activeActive" }, second.Select(c => c.IpConfigurationName));
        }

        [Fact]
        public void IsDeterministic()
        {
            var first = ApipaPlanner.Assign(Read(TwoGatewaysTwoSites())).Select(a => a.ToString()).ToList();
            var second = ApipaPlanner.Assign(Read(TwoGatewaysTwoSites())).Select(a => a.ToString()).ToList();
            Assert.Equal(first, second);
            Assert.NotEmpty(first);
        }

        [Fact]
        public void AddressesAreUniqueAcrossDevicesAndGatewaysAndInAzureRange()
        {
            var spec = Read(TwoGatewaysTwoSites());
            ApipaPlanner.Assign(spec);
            var topology = Planner.Plan(spec);
            var all = topology.Gateways.SelectMany(g => g.Instances.SelectMany(i => i.CustomBgpIpAddresses))
                .Concat(topology.LocalNetworkGateways.Select(l => l.BgpPeeringAddress)).ToList();
            Assert.Equal(all.Count, all.Distinct().Count());
            Assert.All(topology.Gateways.SelectMany(g => g.Instances.SelectMany(i => i.CustomBgpIpAddresses)),
                a => Assert.True(Net.WellKnownRanges.IsAzureCustomApipa(Net.IpAddressValue.Parse(a)), a));
            // The active-standby gateway has one instance, so one custom address per device there.
            Assert.Single(topology.FindGateway("vgw-b").Instances);
            Assert.Equal(new[] { "169.254.21.9" }, topology.FindGateway("vgw-b").Instances[0].CustomBgpIpAddresses);
            Assert.Equal(65002, topology.FindLocalNetworkGateway("lgw-branch-fw3").Asn);
            Assert.DoesNotContain(Specs.Test(topology), f => f.Severity == Severity.Error);
        }

        [Fact]
        public void SkipsBlocksAndAsnsAlreadyInUse()
        {
            // fw1 already peers from 169.254.21.2 (block 0) and the gateway uses 65001: both are skipped.
            var gateway = Specs.AaGateway.Replace("\"asn\": 65515", "\"asn\": 65001");
            var spec = Read(Specs.OneSite(gateway, "{ \"name\": \"fw1\", \"publicIp\": \"203.0.113.1\", \"asn\": 65010, \"bgpPeeringAddress\": \"169.254.21.2\" }", BlankDevice2));
            spec.Sites[0].Devices[0].Asn = null; // as New-HaVpnDevice may leave it: peer given, ASN blank
            ApipaPlanner.Assign(spec);
            var fw1 = spec.Sites[0].Devices[0];
            var fw2 = spec.Sites[0].Devices[1];
            Assert.Equal("169.254.21.2", fw1.BgpPeeringAddress);
            Assert.Equal(new[] { "169.254.21.5", "169.254.22.5" }, fw1.GatewayCustomBgpIpAddresses);
            Assert.Equal(65002, fw1.Asn); // 65001 is the gateway's
            Assert.Equal(65002, fw2.Asn); // one ASN per site
            Assert.Equal("169.254.21.10", fw2.BgpPeeringAddress);
            Assert.DoesNotContain(Specs.Test(Planner.Plan(spec)), f => f.Severity == Severity.Error);
        }

        [Fact]
        public void LeavesCompleteSpecsAndOptOutsAlone()
        {
            Assert.Empty(ApipaPlanner.Assign(Read(ArticleTopologies.DualRedundancy)));
            Assert.Empty(ApipaPlanner.Assign(Read(ArticleTopologies.ActiveActive)));

            // A gateway without an ASN runs no BGP; a device that opts out stays static.
            Assert.Empty(ApipaPlanner.Assign(Read(ArticleTopologies.ActiveStandby)));
            var spec = Read(Specs.OneSite(Specs.AaGateway, "{ \"name\": \"fw1\", \"publicIp\": \"203.0.113.1\", \"enableBgp\": false }"));
            Assert.Empty(ApipaPlanner.Assign(spec));
            Assert.Null(spec.Sites[0].Devices[0].Asn);
        }

        [Theory]
        [InlineData(65001, new long[0], 65001)]
        [InlineData(65001, new long[] { 65001, 65002 }, 65003)]
        [InlineData(65514, new long[] { 65514 }, 65521)]     // 65515-65520: Azure default and reserved
        [InlineData(65534, new long[] { 65534 }, 4200000000)] // 65535-65551 IANA-reserved, then no private range until 32-bit
        [InlineData(64000, new long[0], 64512)]              // public ASNs are never handed out
        public void NextFreeAsnSkipsReservedAndUsed(long from, long[] used, long expected)
        {
            Assert.Equal(expected, ApipaPlanner.NextFreeAsn(from, new HashSet<long>(used)));
        }

        [Fact]
        public void RunsOutOfBlocksLoudly()
        {
            var devices = Enumerable.Range(1, 65).Select(i => $"{{ \"name\": \"fw{i}\", \"publicIp\": \"203.0.113.{i}\" }}").ToArray();
            var spec = Read(Specs.OneSite(Specs.AaGateway, devices));
            var error = Assert.Throws<System.InvalidOperationException>(() => ApipaPlanner.Assign(spec));
            Assert.Contains("169.254.21.0-169.254.22.255", error.Message);
        }
    }
}
