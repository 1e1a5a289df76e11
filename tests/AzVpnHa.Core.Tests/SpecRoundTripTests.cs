using System.Collections.Generic;
using System.Linq;
using AzVpnHa.Spec;
using AzVpnHa.Tree;
using AzVpnHa.Writers;
using Xunit;

namespace AzVpnHa.Tests
{
    /// <summary>
    /// ConvertTo-HaVpnSpec's core: a topology, planned or deployed, written as a spec (JSON) and planned again gives the
    /// same kind, tunnel mesh, resource names and design findings. Observed state (tunnel status, BGP sessions) is not
    /// design, so the deployed-only rules (HA030 and up) are left out of the comparison.
    /// </summary>
    public class SpecRoundTripTests
    {
        public static IEnumerable<object[]> Estates()
        {
            yield return new object[] { "hub", Estate.Hub() };
            yield return new object[] { "hub+spoke", Estate.Hub().Concat(new[] { Estate.Load("VirtualNetworkGatewayGet-ActiveStandby"), Estate.Load("ConnectionList-Spoke"), Estate.Load("LocalNetworkGatewayGet-Shop") }).ToList() };
            yield return new object[] { "hub+vnet", Estate.Hub().Concat(new[] { Estate.Load("VirtualNetworkGet-Hub") }).ToList() };
            yield return new object[] { "export", new List<object> { Estate.Load("ResourceGroupExport-Template") } };
        }

        static Topology RoundTrip(Topology t, out IReadOnlyList<string> omitted)
        {
            var json = JsonTextWriter.Write(SpecWriter.Write(t, out omitted));
            return Planner.Plan(SpecReader.Read(JsonTree.Parse(json)));
        }

        [Theory]
        [MemberData(nameof(ExampleTests.All), MemberType = typeof(ExampleTests))]
        public void EveryExampleRoundTrips(string example)
        {
            var t = ExampleTests.Plan(example);
            AssertSameDesign(t, RoundTrip(t, out var omitted));
            Assert.Empty(omitted);
        }

        [Theory]
        [MemberData(nameof(Estates))]
        public void EveryDeployedFixtureRoundTrips(string name, List<object> trees)
        {
            var t = Estate.Read(trees);
            Assert.True(t.Gateways.Count > 0, name);
            AssertSameDesign(t, RoundTrip(t, out _));
        }

        [Fact]
        public void AnEditedSpecPlansTheEditedDesign()
        {
            var spec = SpecReader.Read(JsonTree.Parse(JsonTextWriter.Write(SpecWriter.Write(ExampleTests.Plan("dual-redundancy"), out _))));
            spec.Gateways[0].ActiveActive = false;
            spec.Gateways[0].Instances.RemoveAt(1);
            var edited = Planner.Plan(spec);
            Assert.Equal(TopologyKind.MultipleDevices, edited.Kind);
            Assert.Equal(2, edited.TunnelCount);
        }

        [Fact]
        public void AValueSetAtDeployTimeIsReportedAndLeftOut()
        {
            var trees = Estate.Hub();
            var lngs = (System.Collections.IList)((IDictionary<string, object>)trees[2])["value"];
            Estate.Set(lngs[0], "properties.bgpSettings.bgpPeeringAddress", new UnknownValue("reference() is evaluated at deploy time"));
            SpecWriter.Write(Estate.Read(trees), out var omitted);
            Assert.Contains(omitted, line => line.Contains("BgpPeeringAddress is reference() is evaluated at deploy time"));
        }

        static void AssertSameDesign(Topology expected, Topology actual)
        {
            Assert.Equal(expected.Kind, actual.Kind);
            Assert.Equal(Names(expected), Names(actual));
            Assert.Equal(Tunnels(expected), Tunnels(actual));
            Assert.Equal(DesignFindings(expected), DesignFindings(actual));
        }

        static IEnumerable<string> Names(Topology t) =>
            t.Gateways.Select(g => "gw " + g.Name + " " + g.Sku + " aa=" + g.ActiveActive + " asn=" + g.Asn + " " + string.Join("/", g.Instances.Select(i => i.IpConfigurationName + ":" + i.PublicIpName)))
                .Concat(t.LocalNetworkGateways.Select(l => "lng " + l.Name + " site=" + l.Site + " " + l.Endpoint + " " + l.Asn + " " + l.BgpPeeringAddress + " [" + string.Join(",", l.AddressPrefix) + "]"))
                .Concat(t.Connections.Select(c => "cn " + c.Name + " " + c.ConnectionType + " " + c.VirtualNetworkGateway1 + "->" + c.Remote + " bgp=" + c.EnableBgp + " " + string.Join(",", c.GatewayCustomBgpIpAddresses)))
                .Concat(t.Sites.Select(s => "site " + s.Name + "@" + s.Gateway + " [" + string.Join(",", s.AddressPrefixes) + "] " + string.Join(",", s.LocalNetworkGateways)))
                .Concat(t.VNetLinks.Select(l => "link " + l.Name + " " + l.ConnectionAToB + "/" + l.ConnectionBToA + " bgp=" + l.EnableBgp))
                .OrderBy(x => x, System.StringComparer.Ordinal);

        static IEnumerable<string> Tunnels(Topology t) =>
            t.Tunnels.Select(x => string.Join("|", x.Connection, x.AzureGateway, x.AzureInstance, x.AzureBgpAddress, x.RemoteName, x.RemotePublicIp, x.RemoteBgpAddress, x.RemoteAsn, x.Bgp, x.Target))
                .OrderBy(x => x, System.StringComparer.Ordinal);

        static IEnumerable<string> DesignFindings(Topology t) =>
            Specs.Test(t).Where(f => string.CompareOrdinal(f.RuleId, "HA030") < 0).Select(f => f.RuleId + " " + f.Severity + " " + f.Target + ": " + f.Message)
                .OrderBy(x => x, System.StringComparer.Ordinal);
    }
}
