using System.Collections.Generic;
using System.Linq;
using AzVpnHa.Readers;
using AzVpnHa.Tree;
using Xunit;
using static AzVpnHa.Tests.SpecTree;

namespace AzVpnHa.Tests.RuleTests
{
    /// <summary>
    /// Issue 10 item 3: a value set at deploy time is unknown, not absent. The repro is Microsoft's dual-redundancy
    /// quickstart: its local network gateways' bgpSettings.bgpPeeringAddress is a reference() evaluated at deploy time.
    /// The estate reader turns a Tree.UnknownValue into an unknown property; planned topologies are marked by hand.
    /// </summary>
    public class UnknownValueTests
    {
        const string Reason = "set at deploy time by parameter 'peerBgpAddress'";

        /// <summary>
        /// The hub (active-active, BGP) read from ARM shapes whose two hq devices have an ASN but a peer address that is
        /// a deploy-time value (what the template resolver makes of reference()): the reader marks it unknown.
        /// </summary>
        static Topology HubWithUnknownPeers()
        {
            var trees = Estate.Hub();
            foreach (var i in new[] { 0, 1 }) Estate.Set(trees[2], $"value[{i}].properties.bgpSettings.bgpPeeringAddress", new UnknownValue(Reason));
            var t = Estate.Read(trees);
            Assert.True(t.FindLocalNetworkGateway("lgw-hq-fw1").IsUnknown(nameof(LocalNetworkGateway.BgpPeeringAddress)));
            return t;
        }

        [Fact]
        public void QuickstartPeerAddressSetAtDeployTimeGivesNoErrorOrWarning()
        {
            var t = HubWithUnknownPeers();
            var findings = Specs.Test(t);
            Assert.DoesNotContain(findings, f => (f.RuleId == "HA002" || f.RuleId == "HA019" || f.RuleId == "HA003" || f.RuleId == "HA014") && f.Severity != Severity.Information);
            Assert.DoesNotContain(findings, f => f.Severity != Severity.Information && f.Message.Contains("peer address"));
        }

        [Fact]
        public void OneInformationPerUnknownValueSaysWhichAndWhere()
        {
            var notes = Specs.Test(HubWithUnknownPeers()).Where(f => f.RuleId == "HA024").ToList();
            Assert.Equal(new[] { "lgw-hq-fw1", "lgw-hq-fw2" }, notes.Select(f => f.Target).OrderBy(x => x));
            Assert.All(notes, f =>
            {
                Assert.Equal(Severity.Information, f.Severity);
                Assert.Contains("BGP peer address", f.Message);
                Assert.Contains(Reason, f.Message);
                Assert.Contains("HA002", f.Message);   // the rule the value decided
                Assert.Contains("HA019", f.Message);
            });
        }

        [Fact]
        public void TheSameDesignWithTheAddressAbsentStillErrs()
        {
            // Absent (not unknown) is still judged: the difference is the marking, nothing else.
            var trees = Estate.Hub();
            var lngs = (IList<object>)Estate.Get(trees[2], "value");
            ((IDictionary<string, object>)Estate.Get(lngs[0], "properties.bgpSettings")).Remove("bgpPeeringAddress");
            var findings = Specs.Test(Estate.Read(trees));
            Assert.Contains(findings, f => f.RuleId == "HA019" && f.Severity == Severity.Error && f.Message.Contains("lgw-hq-fw1"));
            Assert.DoesNotContain(findings, f => f.RuleId == "HA024");
        }

        [Fact]
        public void MeshCountsTunnelsFromStructureAndKeepsThemBgp()
        {
            var t = HubWithUnknownPeers();
            var hq = t.Tunnels.Where(x => x.LocalNetworkGateway == "lgw-hq-fw1" || x.LocalNetworkGateway == "lgw-hq-fw2").ToList();
            Assert.Equal(4, hq.Count);
            Assert.All(hq, x => Assert.True(x.Bgp, x.ToString()));
            Assert.All(hq, x => Assert.Null(x.RemoteBgpAddress));
        }

        [Fact]
        public void FailoverTreatsTheBgpConnectionsAsBgpAndTheSiteSurvivesOneDevice()
        {
            var t = HubWithUnknownPeers();
            var site = t.FindLocalNetworkGateway("lgw-hq-fw1").Site;
            var results = FailoverAnalyzer.Analyze(t).Where(r => r.Target == site).ToList();
            var device = results.Single(r => r.Scenario == "DeviceDown lgw-hq-fw1");
            Assert.True(device.Connected, device.Basis);
            Assert.DoesNotContain("static routing", device.Basis);
        }

        [Fact]
        public void UnknownAddressSpaceWithoutBgpIsNamedNotReportedAsMissing()
        {
            var t = OneGateway(AsGateway(asn: null), Site(StaticDevice("fw1", "203.0.113.1"))).Plan();
            var lng = t.LocalNetworkGateways.Single();
            lng.AddressPrefix = new string[0];
            lng.MarkUnknown(nameof(LocalNetworkGateway.AddressPrefix), "set at deploy time by parameter 'onPremPrefixes'");
            var findings = Specs.Test(t.Rebuild());
            Assert.DoesNotContain(findings, f => f.RuleId == "HA021");
            var note = Assert.Single(findings, f => f.RuleId == "HA024");
            Assert.Contains("address space", note.Message);
            Assert.Contains("onPremPrefixes", note.Message);
            Assert.Contains("HA021", note.Message);
        }

        [Fact]
        public void UnknownSkuSkipsEverySkuRuleWithOneNote()
        {
            var t = OneGateway(AaGateway(), Site(Devices(2))).Plan();
            var g = t.Gateways.Single();
            g.Sku = null;
            g.MarkUnknown(nameof(Gateway.Sku), "set at deploy time by parameter 'gatewaySku'");
            var findings = Specs.Test(t.Rebuild());
            Assert.DoesNotContain(findings, f => f.Severity != Severity.Information);
            var note = Assert.Single(findings, f => f.RuleId == "HA024");
            Assert.Contains("SKU", note.Message);
            Assert.Contains("HA007", note.Message);
            Assert.Contains("HA017", note.Message);
        }

        [Fact]
        public void ActiveActiveSetAtDeployTimeIsReadFromTheTwoInstances()
        {
            var trees = Estate.Hub();
            Estate.Set(trees[0], "properties.activeActive", new UnknownValue("set at deploy time by parameter 'activeActive'"));
            var t = Estate.Read(trees);
            Assert.True(t.Gateways.Single().IsUnknown(nameof(Gateway.ActiveActive)));
            Assert.Equal(2, t.Tunnels.Count(x => x.LocalNetworkGateway == "lgw-hq-fw1"));
            var findings = Specs.Test(t);
            Assert.DoesNotContain(findings, f => f.RuleId == "HA011");
            Assert.DoesNotContain(findings, f => f.Severity == Severity.Error && f.Message.Contains("active-standby"));
        }

        [Fact]
        public void ATemplateInTheQuickstartsShapeGivesNoErrorOrWarningAndSurvives()
        {
            var reader = new EstateReader();
            var path = TemplateDeploymentTests.FixturePath("dual-redundancy-reference.json");
            reader.AddTemplate((IDictionary<string, object>)JsonTree.Parse(System.IO.File.ReadAllText(path)),
                new Templates.TemplateSource { Name = "dual-redundancy-reference.json", Directory = System.IO.Path.GetDirectoryName(path) });
            var t = reader.Read();
            Assert.Equal(TopologyKind.DualRedundancy, t.Kind);
            Assert.Equal(4, t.TunnelCount);
            Assert.All(t.Tunnels, x => Assert.True(x.Bgp));
            var findings = Specs.Test(t);
            Assert.DoesNotContain(findings, f => f.Severity != Severity.Information);
            var notes = findings.Where(f => f.RuleId == "HA024").ToList();
            Assert.Equal(new[] { "lgw-1", "lgw-2" }, notes.Select(f => f.Target).OrderBy(x => x));
            Assert.All(notes, f => Assert.Contains("reference()", f.Message));
            var summary = FailoverAnalyzer.Summarize(t, FailoverAnalyzer.Analyze(t)).Single();
            Assert.True(summary.SurvivesEverySingleFault);
        }

        [Fact]
        public void NoNoteWhenNothingIsUnknown()
        {
            Assert.Empty(OneGateway(AaGateway(), Site(Devices(2))).Findings("HA024"));
        }
    }
}
