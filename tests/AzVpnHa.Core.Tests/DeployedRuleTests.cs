using System.Collections.Generic;
using System.Linq;
using AzVpnHa.Readers;
using Xunit;
using Xunit.Abstractions;

namespace AzVpnHa.Tests
{
    public class DeployedRuleTests
    {
        readonly ITestOutputHelper _output;
        public DeployedRuleTests(ITestOutputHelper output) { _output = output; }

        static readonly string[] NewRules = { "HA030", "HA031", "HA032", "HA033", "HA034", "HA035", "HA036" };

        /// <summary>The hub with every tunnel up on both instances and every BGP peer connected with routes.</summary>
        static List<object> HealthyHub()
        {
            var trees = Estate.Hub();
            Estate.Set(trees[4], "properties.tunnelConnectionStatus[1].connectionStatus", "Connected");
            Estate.Set(trees[5], "properties.tunnelConnectionStatus[1].tunnel", "cn-branch_20.1.1.2");
            return trees;
        }

        static object HealthyPeers()
        {
            var peers = Estate.Load("BgpPeerStatus");
            Estate.Set(peers, "value[3].routesReceived", 1L);
            Estate.Set(peers, "value[4].state", "Connected");
            Estate.Set(peers, "value[4].routesReceived", 1L);
            return peers;
        }

        [Fact]
        public void NewRulesAreSilentOnPlannedTopologies()
        {
            var findings = Specs.Test(Specs.OneSite(Specs.AaGateway,
                Specs.Device("fw1", "203.0.113.1", 65010, "10.10.255.1"),
                Specs.Device("fw2", "203.0.113.2", 65010, "10.10.255.2")));
            Assert.DoesNotContain(findings, f => NewRules.Contains(f.RuleId));
            var basic = Specs.Test(Specs.OneSite("{ \"name\": \"vgw\", \"sku\": \"Basic\", \"activeActive\": false }", "{ \"name\": \"fw1\", \"publicIp\": \"203.0.113.1\" }"));
            Assert.DoesNotContain(basic, f => NewRules.Contains(f.RuleId));
        }

        [Fact]
        public void AHealthyDeployedHubHasNoErrorsAndNoNewRuleFindings()
        {
            var t = Estate.Read(HealthyHub(), Estate.HubId, HealthyPeers());
            var findings = Specs.Test(t);
            foreach (var f in findings) _output.WriteLine(f.ToString());
            Assert.DoesNotContain(findings, f => f.Severity == Severity.Error);
            Assert.DoesNotContain(findings, f => NewRules.Contains(f.RuleId));
        }

        [Fact]
        public void HA030ReportsResourcesNotSucceeded()
        {
            var trees = new List<object> { Estate.Load("VirtualNetworkGatewayGet-ActiveStandby"), Estate.Load("ConnectionList-Spoke"), Estate.Load("LocalNetworkGatewayGet-Shop") };
            var f = Assert.Single(Estate.Findings(Estate.Read(trees), "HA030"));
            Assert.Equal("cn-lab", f.Target);
            Assert.Equal(Severity.Warning, f.Severity);

            Estate.Set(trees[0], "properties.provisioningState", "Failed");
            f = Assert.Single(Estate.Findings(Estate.Read(trees), "HA030"), x => x.Target == "vgw-as");
            Assert.Equal(Severity.Error, f.Severity);

            Assert.Empty(Estate.Findings(Estate.Read(HealthyHub()), "HA030"));
        }

        [Fact]
        public void HA031ReportsTheDownTunnelAndASiteWithNoTunnelUp()
        {
            var f = Assert.Single(Estate.Findings(Estate.Read(Estate.Hub()), "HA031"));
            Assert.Equal("cn-hq-fw2", f.Target);
            Assert.Equal(Severity.Warning, f.Severity);
            Assert.Contains("vgw-aa[1]", f.Message);

            Assert.Empty(Estate.Findings(Estate.Read(HealthyHub()), "HA031"));

            var spoke = Estate.Read(new[] { Estate.Load("VirtualNetworkGatewayGet-ActiveStandby"), Estate.Load("ConnectionList-Spoke"), Estate.Load("LocalNetworkGatewayGet-Shop") });
            f = Assert.Single(Estate.Findings(spoke, "HA031"));
            Assert.Equal("lgw-shop", f.Target);
            Assert.Equal(Severity.Error, f.Severity);
        }

        [Fact]
        public void HA032ReportsDevicesOnOneInstanceOfAnActiveActiveGateway()
        {
            var findings = Estate.Findings(Estate.Read(Estate.Hub()), "HA032");
            Assert.Equal(new[] { "cn-branch", "cn-hq-fw2" }, findings.Select(f => f.Target).OrderBy(x => x));
            Assert.Contains("2 tunnels connected, all to instance 0", findings.Single(f => f.Target == "cn-branch").Message);
            Assert.Contains("to instance 0 of active-active gateway 'vgw-aa' only", findings.Single(f => f.Target == "cn-hq-fw2").Message);

            Assert.Empty(Estate.Findings(Estate.Read(HealthyHub()), "HA032"));
        }

        [Fact]
        public void HA033ReportsDualRedundancyBelowFourTunnels()
        {
            var f = Assert.Single(Estate.Findings(Estate.Read(Estate.Hub()), "HA033"));
            Assert.Equal("lgw-hq-fw", f.Target);
            Assert.Contains("3 connected tunnel(s)", f.Message);
            Assert.Empty(Estate.Findings(Estate.Read(HealthyHub()), "HA033"));

            // Unknown is not down: with no rows at all, nothing is reported.
            var trees = Estate.Hub();
            Estate.Set(trees[4], "properties.tunnelConnectionStatus", new List<object>());
            Assert.Empty(Estate.Findings(Estate.Read(trees), "HA033"));
        }

        [Fact]
        public void HA034ReportsOnPremisesPeersNotConnectedButNotTheInstancesOwnIbgp()
        {
            var f = Assert.Single(Estate.Findings(Estate.Read(Estate.Hub(), Estate.HubId, Estate.Load("BgpPeerStatus")), "HA034"));
            Assert.Equal("lgw-hq-fw2", f.Target);
            Assert.Contains("Connecting", f.Message);

            var peers = HealthyPeers();
            Estate.Set(peers, "value[0].state", "Connecting"); // iBGP between the gateway's own instances
            Assert.Empty(Estate.Findings(Estate.Read(HealthyHub(), Estate.HubId, peers), "HA034"));
        }

        [Fact]
        public void HA035ReportsADeviceWhoseRoutesAreNotLearned()
        {
            var byPeers = Assert.Single(Estate.Findings(Estate.Read(HealthyHub(), Estate.HubId, Estate.Load("BgpPeerStatus")), "HA035"));
            Assert.Contains("'lgw-hq-fw2'", byPeers.Message);
            Assert.Contains("BGP peer status", byPeers.Message);
            Assert.Empty(Estate.Findings(Estate.Read(HealthyHub(), Estate.HubId, HealthyPeers()), "HA035"));

            var reader = new EstateReader();
            foreach (var tree in HealthyHub()) reader.Add(tree);
            var routes = Estate.Load("LearnedRoutes");
            reader.AddLearnedRoutes(Estate.HubId, routes);
            var byRoutes = Assert.Single(Estate.Findings(reader.Read(), "HA035"));
            Assert.Contains("learned routes", byRoutes.Message);

            ((System.Collections.IList)Estate.Get(routes, "value")).Add(Tree.JsonTree.Parse("{ \"localAddress\": \"10.1.255.5\", \"network\": \"10.10.0.0/16\", \"sourcePeer\": \"10.10.255.2\", \"origin\": \"EBgp\", \"asPath\": \"65010\" }"));
            reader = new EstateReader();
            foreach (var tree in HealthyHub()) reader.Add(tree);
            reader.AddLearnedRoutes(Estate.HubId, routes);
            Assert.Empty(Estate.Findings(reader.Read(), "HA035"));
        }

        [Fact]
        public void HA036ReportsMismatchedZonalAndBasicPublicIps()
        {
            var t = Estate.Read(new[] { Estate.Load("ResourceGroupExport-Template") });
            var findings = Estate.Findings(t, "HA036");
            Assert.Contains(findings, f => f.Target == "vgw-tpl" && f.Severity == Severity.Error && f.Message.Contains("differ"));
            Assert.Contains(findings, f => f.Target == "pip-tpl-2" && f.Message.Contains("zonal"));
            Assert.Equal(2, findings.Count);

            Assert.Empty(Estate.Findings(Estate.Read(HealthyHub()), "HA036"));

            var trees = HealthyHub();
            Estate.Set(trees[1], "value[0].sku.name", "Basic");
            Estate.Set(trees[1], "value[1].sku.name", "Basic");
            findings = Estate.Findings(Estate.Read(trees), "HA036");
            Assert.Equal(2, findings.Count(f => f.Message.Contains("Basic SKU public IP")));
            Assert.DoesNotContain(findings, f => f.Severity == Severity.Error);
        }

        [Fact]
        public void EveryRuleIdIsUniqueAndTheNewOnesAreRegistered()
        {
            var ids = Rules.RuleSet.All.Select(r => r.Id).ToList();
            Assert.Equal(ids.Count, ids.Distinct().Count());
            Assert.All(NewRules, id => Assert.Contains(id, ids));
        }
    }
}
