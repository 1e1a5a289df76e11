using System.Collections;
using System.Collections.Generic;
using System.Linq;
using AzVpnHa.Compare;
using AzVpnHa.Spec;
using AzVpnHa.Tree;
using Xunit;

namespace AzVpnHa.Tests
{
    /// <summary>TopologyComparer: every example against its active-standby variant, and a plan against a deployed estate.</summary>
    public class CompareTests
    {
        static Topology Plan(string name) => Planner.Plan(SpecReader.Read(JsonTree.Parse(ExampleTests.Read(name))));

        /// <summary>The example with every gateway active-standby (and no custom APIPA for a second instance).</summary>
        static Topology ActiveStandbyVariant(string name)
        {
            var tree = JsonTree.Parse(ExampleTests.Read(name));
            foreach (IDictionary<string, object> gateway in (IList)((IDictionary<string, object>)tree)["gateways"])
            {
                gateway["activeActive"] = false;
                gateway.Remove("instances");
            }
            return Planner.Plan(SpecReader.Read(tree));
        }

        [Theory]
        [InlineData("active-active")]
        [InlineData("dual-redundancy")]
        [InlineData("vnet-to-vnet")]
        public void ActiveActiveExampleAgainstItsActiveStandbyVariant(string name)
        {
            var plan = Plan(name);
            var variant = ActiveStandbyVariant(name);
            var differences = TopologyComparer.Compare(plan, variant);

            foreach (var gateway in plan.Gateways)
            {
                var mode = Assert.Single(differences, d => d.ResourceType == "Gateway" && d.Resource == gateway.Name && d.Property == "ActiveActive");
                Assert.Equal(DifferenceChange.Modify, mode.Change);
                Assert.Equal("True", mode.ReferenceValue);
                Assert.Equal("False", mode.DifferenceValue);
                Assert.True(mode.Disruptive);
                Assert.Contains("about 45 minutes", mode.Cost);
                Assert.Contains("two new BGP addresses", mode.Cost);
                Assert.Contains(Catalog.Sources.ChangeActiveActive, mode.Sources);
            }
            // Every tunnel of the second instance is what the change adds; nothing is removed.
            var added = differences.Where(d => d.ResourceType == "Tunnel").ToList();
            Assert.Equal(plan.TunnelCount - variant.TunnelCount, added.Count);
            Assert.All(added, d => Assert.Equal(DifferenceChange.Add, d.Change));
            Assert.DoesNotContain(differences, d => d.Change == DifferenceChange.Remove);
            Assert.All(differences, d => Assert.NotEmpty(d.Sources));
        }

        [Theory]
        [InlineData("active-standby")]
        [InlineData("multiple-devices")]
        public void ActiveStandbyExampleIsItsOwnVariant(string name) =>
            Assert.Empty(TopologyComparer.Compare(Plan(name), ActiveStandbyVariant(name)));

        [Fact]
        public void TheOtherDirectionRemovesAndCostsTheConversionBack()
        {
            var differences = TopologyComparer.Compare(ActiveStandbyVariant("dual-redundancy"), Plan("dual-redundancy"));
            var mode = Assert.Single(differences, d => d.Property == "ActiveActive");
            Assert.Contains("DisableActiveActiveFeature", mode.Cost);
            Assert.Equal(2, differences.Count(d => d.ResourceType == "Tunnel" && d.Change == DifferenceChange.Remove));
            var site = Assert.Single(differences, d => d.ResourceType == "Site");
            Assert.Contains("less available", site.Availability);
        }

        [Fact]
        public void PlanAgainstDeployedEstate()
        {
            // The plan of what vgw-aa should be: VpnGw3AZ, hq with fw1 and fw2 as deployed, branch planned with one device (lgw-branch-r1).
            var plan = Specs.Plan(@"{ ""name"": ""hub-plan"", ""resourceGroup"": ""rg-hub"", ""location"": ""westeurope"",
              ""gateways"": [ { ""name"": ""vgw-aa"", ""sku"": ""VpnGw3AZ"", ""generation"": ""Generation2"", ""activeActive"": true, ""asn"": 65515 } ],
              ""sites"": [
                { ""name"": ""hq"", ""addressPrefixes"": [""10.10.0.0/16""], ""devices"": [
                    { ""name"": ""fw1"", ""publicIp"": ""203.0.113.1"", ""asn"": 65010, ""bgpPeeringAddress"": ""10.10.255.1"" },
                    { ""name"": ""fw2"", ""publicIp"": ""203.0.113.2"", ""asn"": 65010, ""bgpPeeringAddress"": ""10.10.255.2"" } ] },
                { ""name"": ""branch"", ""addressPrefixes"": [""10.20.0.0/16""], ""devices"": [
                    { ""name"": ""r1"", ""publicIp"": ""198.51.100.7"", ""asn"": 65020, ""bgpPeeringAddress"": ""10.20.255.1"" } ] } ] }");
            var deployed = Estate.Read(Estate.Hub());
            var differences = TopologyComparer.Compare(plan, deployed);

            var sku = Assert.Single(differences, d => d.Property == "Sku");
            Assert.Equal("VpnGw3AZ", sku.ReferenceValue);
            Assert.Equal("VpnGw2AZ", sku.DifferenceValue);
            Assert.Contains("Resize", sku.Cost);
            Assert.False(sku.Disruptive);

            // The gateway's deployed addresses are what the plan left to Azure: not differences.
            Assert.DoesNotContain(differences, d => d.ResourceType == "GatewayInstance");
            Assert.DoesNotContain(differences, d => d.Property == "ActiveActive" || d.Property == "Asn");

            // The tunnel Azure reports down is the only difference of the hq connections.
            var down = Assert.Single(differences, d => d.Resource.StartsWith("cn-hq-"));
            Assert.Equal("cn-hq-fw2: vgw-aa[1] <-> lgw-hq-fw2", down.Resource);
            Assert.Equal("Status", down.Property);
            Assert.Equal("NotConnected", down.DifferenceValue);
            // The deployed LNGs still carry their peer's /32 (the FAQ calls it redundant today); the plan has none.
            Assert.Equal(new[] { "lgw-hq-fw1", "lgw-hq-fw2" }, differences.Where(d => d.Property == "AddressPrefix").Select(d => d.Resource));

            // The branch device has another name in the plan: the deployed one goes, the planned one comes.
            Assert.Contains(differences, d => d.ResourceType == "LocalNetworkGateway" && d.Resource == "lgw-branch-r1" && d.Change == DifferenceChange.Add);
            Assert.Contains(differences, d => d.ResourceType == "LocalNetworkGateway" && d.Resource == "lgw-branch" && d.Change == DifferenceChange.Remove && d.Disruptive);
            Assert.Contains(differences, d => d.ResourceType == "Connection" && d.Resource == "cn-branch" && d.Change == DifferenceChange.Remove);
            Assert.All(differences, d => Assert.Equal("hub-plan", d.ReferenceTopology));
        }

        [Fact]
        public void BgpOnOffAndAnAsnChangeAreTold()
        {
            var tree = JsonTree.Parse(ExampleTests.Read("dual-redundancy"));
            ((IDictionary<string, object>)((IList)((IDictionary<string, object>)tree)["gateways"])[0])["asn"] = 65100L;
            var renumbered = Planner.Plan(SpecReader.Read(tree));
            var asn = Assert.Single(TopologyComparer.Compare(Plan("dual-redundancy"), renumbered));
            Assert.Equal("Asn", asn.Property);
            Assert.Equal("65515", asn.ReferenceValue);
            Assert.Equal("65100", asn.DifferenceValue);
            Assert.True(asn.Disruptive);

            var bgp = Assert.Single(TopologyComparer.Compare(Plan("active-active"), Plan("active-standby")), d => d.ResourceType == "Gateway" && d.Property == "EnableBgp");
            Assert.Equal("True", bgp.ReferenceValue);
            Assert.Equal("False", bgp.DifferenceValue);
        }

        [Fact]
        public void ATopologyDoesNotDifferFromItself()
        {
            foreach (var name in ExampleTests.Names) Assert.Empty(TopologyComparer.Compare(Plan(name), Plan(name)));
            Assert.Empty(TopologyComparer.Compare(Estate.Read(Estate.Hub()), Estate.Read(Estate.Hub())));
        }

        [Fact]
        public void MarkdownListsEveryDifferenceWithFootnotes()
        {
            var plan = Plan("dual-redundancy");
            var variant = ActiveStandbyVariant("dual-redundancy");
            var differences = TopologyComparer.Compare(plan, variant);
            var md = DifferenceMarkdown.Write(plan, variant, differences);
            Assert.Equal(differences.Count, md.Split('\n').Count(l => l.StartsWith("| Add ") || l.StartsWith("| Remove ") || l.StartsWith("| Modify ")));
            Assert.Contains("[^1]: https://", md);
        }
    }
}
