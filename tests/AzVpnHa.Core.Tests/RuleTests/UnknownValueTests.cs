using System.Collections.Generic;
using System.Linq;
using Xunit;
using static AzVpnHa.Tests.SpecTree;

namespace AzVpnHa.Tests.RuleTests
{
    /// <summary>
    /// Issue 10 item 3: a value set at deploy time is unknown, not absent. The repro is Microsoft's dual-redundancy
    /// quickstart: its local network gateways' bgpSettings.bgpPeeringAddress is a reference() evaluated at deploy time.
    /// Until the estate reader emits unknowns itself, the tests read the ARM shapes and mark the value unknown.
    /// </summary>
    public class UnknownValueTests
    {
        const string Reason = "set at deploy time by parameter 'peerBgpAddress'";

        /// <summary>The hub (active-active, BGP), its two hq devices with an ASN but the peer address left to deploy time.</summary>
        static Topology HubWithUnknownPeers()
        {
            var trees = Estate.Hub();
            var lngs = (IList<object>)Estate.Get(trees[2], "value");
            foreach (var i in new[] { 0, 1 }) ((IDictionary<string, object>)Estate.Get(lngs[i], "properties.bgpSettings")).Remove("bgpPeeringAddress");
            var t = Estate.Read(trees);
            foreach (var name in new[] { "lgw-hq-fw1", "lgw-hq-fw2" }) t.FindLocalNetworkGateway(name).MarkUnknown(nameof(LocalNetworkGateway.BgpPeeringAddress), Reason);
            return t.Rebuild();
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
        public void NoNoteWhenNothingIsUnknown()
        {
            Assert.Empty(OneGateway(AaGateway(), Site(Devices(2))).Findings("HA024"));
        }
    }
}
