using System.Collections.Generic;
using System;
using System.IO;
using System.Linq;
using AzVpnHa.Spec;
using AzVpnHa.Tree;
using Xunit;

namespace AzVpnHa.Tests
{
    /// <summary>examples/*.json, as shipped: one per configuration of the 2016 article, each plans cleanly.</summary>
    public class ExampleTests
    {
        public static readonly string[] Names = { "active-standby", "multiple-devices", "active-active", "dual-redundancy", "vnet-to-vnet" };

        public static string Read(string name) => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "examples", name + ".json"));

        public static IEnumerable<object[]> All => Names.Select(n => new object[] { n });

        public static Topology Plan(string name) => Planner.Plan(SpecReader.Read(JsonTree.Parse(Read(name))));

        [Fact]
        public void EveryShippedExampleIsTested()
        {
            var shipped = Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "examples"), "*.json").Select(Path.GetFileNameWithoutExtension);
            Assert.Equal(Names.OrderBy(n => n), shipped.OrderBy(n => n));
        }

        [Theory]
        [InlineData("active-standby", TopologyKind.ActiveStandby, 1)]
        [InlineData("multiple-devices", TopologyKind.MultipleDevices, 2)]
        [InlineData("active-active", TopologyKind.ActiveActive, 2)]
        [InlineData("dual-redundancy", TopologyKind.DualRedundancy, 4)]
        [InlineData("vnet-to-vnet", TopologyKind.VNetToVNet, 4)]
        public void PlansTheArticlesConfiguration(string name, TopologyKind kind, int tunnels)
        {
            var topology = Plan(name);
            Assert.Equal(kind, topology.Kind);
            Assert.Equal(tunnels, topology.TunnelCount);
        }

        [Theory]
        [InlineData("active-standby")]
        [InlineData("multiple-devices")]
        [InlineData("active-active")]
        [InlineData("dual-redundancy")]
        [InlineData("vnet-to-vnet")]
        public void HasNoErrorFindings(string name)
        {
            var errors = Rules.RuleSet.Evaluate(Plan(name), SpecTree.Today).Where(f => f.Severity == Severity.Error);
            Assert.Empty(errors);
        }

        [Theory]
        [InlineData("active-standby")]
        [InlineData("multiple-devices")]
        [InlineData("active-active")]
        [InlineData("dual-redundancy")]
        [InlineData("vnet-to-vnet")]
        public void PointsEditorsAtTheSchemaAndUsesWestEurope(string name)
        {
            var root = (IDictionary<string, object>)JsonTree.Parse(Read(name));
            Assert.Equal("../module/AzVpnHa.spec.schema.json", root["$schema"]);
            Assert.Equal("westeurope", root["location"]);
        }

        [Fact]
        public void DualRedundancyPeersFromApipaThroughTheCustomAddresses()
        {
            var topology = Plan("dual-redundancy");
            var apipa = topology.Tunnels.Where(t => t.RemoteName == "fw2").Select(t => t.AzureBgpAddress);
            Assert.Equal(new[] { "169.254.21.1", "169.254.22.1" }, apipa);
            Assert.All(topology.Tunnels.Where(t => t.RemoteName == "fw1"), t => Assert.Null(t.AzureBgpAddress));
        }

        [Fact]
        public void VNetToVNetMakesOneConnectionPerGateway()
        {
            var topology = Plan("vnet-to-vnet");
            Assert.Equal(new[] { "vgw-hub", "vgw-spoke" }, topology.Connections.Select(c => c.VirtualNetworkGateway1));
        }
    }
}
