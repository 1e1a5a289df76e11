using System;
using System.Collections.Generic;
using System.Linq;
using AzVpnHa.Azure;
using AzVpnHa.Testing;
using Xunit;

namespace AzVpnHa.Tests
{
    /// <summary>
    /// The fleet reader (Resource Graph, then BGP status within ARM's buckets) on the simulated ARM and Resource Graph,
    /// whose throttling runs on a virtual clock. Shares the static hooks with LiveReaderTests, so it is in their collection.
    /// </summary>
    [Collection("Live hooks")]
    public sealed class FleetReaderTests : IDisposable
    {
        readonly VirtualClock _clock = new VirtualClock();
        readonly SimulatedArm _arm;

        public FleetReaderTests()
        {
            _arm = new SimulatedArm(_clock);
            InternalHooks.SetTestHook("Transport", _arm);
            InternalHooks.SetTestHook("FakeToken", "fake-token");
            InternalHooks.SetTestHook("Clock", _clock);
            InternalHooks.SetTestHook("PollInterval", 0);
        }

        public void Dispose() => InternalHooks.Reset();

        static FleetReadResult Read(FleetScope scope = null, BgpStatusMode mode = BgpStatusMode.Needed) =>
            new FleetReader(new LiveReaderOptions()).Read(scope ?? new FleetScope(), mode);

        static FleetScope Subscriptions(params string[] ids)
        {
            var scope = new FleetScope();
            scope.Subscriptions.AddRange(ids);
            return scope;
        }

        static IEnumerable<string> Judged(Topology t, bool withStatusRules) =>
            Specs.Test(t).Where(f => withStatusRules || (f.RuleId != "HA031" && f.RuleId != "HA032" && f.RuleId != "HA033"))
                .Select(f => f.ToString()).OrderBy(x => x, StringComparer.Ordinal);

        static string Shape(Topology t) => string.Join("\n", new[]
        {
            "kind " + t.Kind + " tunnels " + t.TunnelCount,
            "gateways " + string.Join(",", t.Gateways.Select(g => g.Name + ":" + g.ActiveActive + ":" + g.EnableBgp + ":" + string.Join("+", g.VNetAddressPrefixes)).OrderBy(x => x)),
            "connections " + string.Join(",", t.Connections.Select(c => c.Name).OrderBy(x => x)),
            "lngs " + string.Join(",", t.LocalNetworkGateways.Select(l => l.Name).OrderBy(x => x)),
            "sites " + string.Join(",", t.Sites.Select(s => s.Name + ":" + s.Kind + ":" + s.TunnelCount).OrderBy(x => x)),
            "links " + string.Join(",", t.VNetLinks.Select(l => l.Name).OrderBy(x => x)),
            "peers " + t.BgpPeers.Count() + " routes " + t.LearnedRoutes.Count() + " unjudged " + t.UnjudgedResources.Count(),
        });

        [Fact]
        public void TheFleetReadGivesTheTopologiesOfAPerGatewayReadWithTunnelStatusUnknownNotDown()
        {
            SyntheticFleet.Build(_arm, 200);
            var fleet = Read(new FleetScope(), BgpStatusMode.All);
            Assert.Empty(fleet.Failures);
            Assert.Equal(200, fleet.Gateways);
            Assert.Equal(180, fleet.Topologies.Count); // 20 VNet-to-VNet pairs read as one topology each
            Assert.Equal(0, fleet.Throttled);

            _arm.Enforce = false; // the per-gateway reader is today's reader: it does not schedule, so it is only counted
            int statusFindings = 0;
            foreach (var t in fleet.Topologies)
            {
                var ids = t.Gateways.Select(g => g.ResourceId).ToList();
                var perGateway = new LiveEstateReader(new LiveReaderOptions()).Read(ids);
                Assert.Empty(perGateway.Failures);
                var expected = perGateway.ToTopology(out _);
                Assert.Equal(Shape(expected), Shape(t));
                Assert.Equal(Judged(expected, withStatusRules: false), Judged(t, withStatusRules: false));
                // Resource Graph gives no live tunnel status: unknown, so no status rule fires on it.
                Assert.All(t.Tunnels, x => Assert.Equal("Unknown", x.Status));
                Assert.DoesNotContain(Specs.Test(t), f => f.RuleId == "HA031" || f.RuleId == "HA032" || f.RuleId == "HA033");
                statusFindings += Specs.Test(expected).Count(f => f.RuleId == "HA031");
            }
            Assert.True(statusFindings > 0, "The degraded gateways' down tunnels show in the per-gateway read.");
            // The degraded ones are seen by the fleet read where BGP status tells: a session not connected, ECMP not in effect.
            Assert.Contains(fleet.Topologies.SelectMany(t => Specs.Test(t)), f => f.RuleId == "HA034");
            Assert.Contains(fleet.Topologies.SelectMany(t => Specs.Test(t)), f => f.RuleId == "HA035");
        }

        [Fact]
        public void NeededAsksOnlyGatewaysWhoseFindingsDependOnBgpStatusAndFindsTheSameBgpProblems()
        {
            SyntheticFleet.Build(_arm, 200);
            var all = Read(new FleetScope(), BgpStatusMode.All);
            _arm.ResetCounters();
            var needed = Read(new FleetScope(), BgpStatusMode.Needed);
            // Types 0-2, 5 and 6 (active-active with BGP, or a site of two BGP devices): 100 of 200; peer status only.
            Assert.Equal(100, needed.BgpGateways);
            Assert.Equal(100 * 4, needed.ArmCalls); // POST, two polls, the result
            Assert.Equal(100, _arm.ArmPosts);
            Assert.True(all.BgpGateways > needed.BgpGateways);
            string Bgp(FleetReadResult r) => string.Join("\n", r.Topologies.SelectMany(t => Specs.Test(t)).Where(f => f.RuleId == "HA034" || f.RuleId == "HA035").Select(f => f.RuleId + " " + f.Severity + " " + f.Target).OrderBy(x => x, StringComparer.Ordinal));
            Assert.NotEmpty(Bgp(needed));
            // The same findings on the same targets (their evidence differs: learned routes under All, peer status under Needed).
            Assert.Equal(Bgp(all), Bgp(needed));
            var none = Read(new FleetScope(), BgpStatusMode.None);
            Assert.Equal(0, none.ArmCalls);
            Assert.DoesNotContain(none.Topologies.SelectMany(t => Specs.Test(t)), f => f.RuleId == "HA034" || f.RuleId == "HA035");
        }

        [Fact]
        public void PagesAreTheLargestResourceGraphAllowsAndSkipTokensAreFollowed()
        {
            SyntheticFleet.Build(_arm, 200);
            var result = Read(Subscriptions(Enumerable.Range(0, 5).Select(SyntheticFleet.Subscription).ToArray()), BgpStatusMode.None);
            Assert.Equal(1200, result.ResourceGraphRows);
            Assert.Equal(2, result.ResourceGraphPages);
            Assert.Equal(new[] { 1000, 200 }, _arm.PageSizes);
            // Subscriptions out of scope are not read; a management group reads its subscriptions.
            Assert.Equal(40, Read(Subscriptions(SyntheticFleet.Subscription(0)), BgpStatusMode.None).Gateways);
            var mg = new FleetScope();
            mg.ManagementGroups.Add(SyntheticFleet.ManagementGroup);
            Assert.Equal(200, Read(mg, BgpStatusMode.None).Gateways);
        }

        [Fact]
        public void TheQuotaHeadersAreHonouredSoBackToBackReadsGetNo429()
        {
            SyntheticFleet.Build(_arm, 2000);
            var start = _clock.UtcNow;
            var first = Read(new FleetScope(), BgpStatusMode.None);
            var second = Read(new FleetScope(), BgpStatusMode.None);
            Assert.Equal(12, first.ResourceGraphPages);
            Assert.Equal(12, second.ResourceGraphPages);
            Assert.Equal(0, first.Throttled + second.Throttled);
            Assert.Equal(0, _arm.Throttled);
            // 24 queries at 15 per 5 s: the second read waited for the window to reset once.
            Assert.True(_clock.UtcNow - start >= SimulatedArm.QueryWindow, $"Only {(_clock.UtcNow - start).TotalSeconds} s passed.");
        }

        [Fact]
        public void A429StormFromResourceGraphWaitsForTheQuotaResetAndCompletes()
        {
            SyntheticFleet.Build(_arm, 200);
            _arm.GraphStorm = 4;
            var start = _clock.UtcNow;
            var result = Read(new FleetScope(), BgpStatusMode.None);
            Assert.Empty(result.Failures);
            Assert.Equal(4, result.Throttled);
            Assert.Equal(200, result.Gateways);
            Assert.True(_clock.UtcNow - start >= TimeSpan.FromSeconds(4 * 4), "Each 429 waited for the quota to reset.");
        }

        [Fact]
        public void A429StormFromArmIsWaitedOutAndEveryBgpOperationCompletes()
        {
            SyntheticFleet.Build(_arm, 200);
            _arm.ArmStorm = 60;
            var result = Read(new FleetScope(), BgpStatusMode.Needed);
            Assert.Empty(result.Failures);
            Assert.Equal(60, result.Throttled);
            Assert.Equal(100, result.Topologies.SelectMany(t => t.BgpPeers.Select(p => p.Gateway)).Distinct().Count());
        }

        [Fact]
        public void ADenseFleetIsScheduledWithinTheBucketsWithout429AndNearTheBound()
        {
            // 1,000 gateways in 2 subscriptions, every BGP gateway asked for status and routes: about 1,400 POSTs and
            // 4,200 polls per subscription, far beyond the buckets. The scheduler must pace them, not provoke 429s.
            SyntheticFleet.Build(_arm, 1000, perSubscription: 500);
            var result = Read(new FleetScope(), BgpStatusMode.All);
            Assert.Empty(result.Failures);
            Assert.Equal(0, _arm.Throttled);
            var bound = _arm.LowerBound();
            Assert.True(bound > TimeSpan.FromSeconds(30), "The bucket must be what limits this read: " + bound);
            Assert.InRange(result.Elapsed.TotalSeconds, bound.TotalSeconds, bound.TotalSeconds * 1.2);
        }

        [Fact]
        public void TagsComeThroughSoASiteTagGroupsDevicesAsTheOwnerSaid()
        {
            const string rg = "/subscriptions/00000000-0000-0000-0000-0000000000aa/resourceGroups/rg/providers/Microsoft.Network";
            _arm.AddResource(rg + "/virtualNetworkGateways/vgw", "Microsoft.Network/virtualNetworkGateways", @"{ ""name"": ""vgw"", ""id"": """ + rg + @"/virtualNetworkGateways/vgw"", ""location"": ""westeurope"",
  ""properties"": { ""provisioningState"": ""Succeeded"", ""gatewayType"": ""Vpn"", ""vpnType"": ""RouteBased"", ""activeActive"": false, ""enableBgp"": false, ""sku"": { ""name"": ""VpnGw1AZ"" },
    ""ipConfigurations"": [ { ""name"": ""default"", ""id"": """ + rg + @"/virtualNetworkGateways/vgw/ipConfigurations/default"", ""properties"": { ""subnet"": { ""id"": """ + rg + @"/virtualNetworks/vnet/subnets/GatewaySubnet"" } } } ] } }");
            for (int d = 1; d <= 2; d++)
            {
                // Different address spaces and no BGP: two sites, unless the tag says they are one.
                _arm.AddResource($"{rg}/localNetworkGateways/lgw-{d}", "Microsoft.Network/localNetworkGateways", $@"{{ ""name"": ""lgw-{d}"", ""id"": ""{rg}/localNetworkGateways/lgw-{d}"", ""tags"": {{ ""azvpnha-site"": ""hq"" }},
  ""properties"": {{ ""provisioningState"": ""Succeeded"", ""gatewayIpAddress"": ""203.0.113.{d}"", ""localNetworkAddressSpace"": {{ ""addressPrefixes"": [""192.168.{d}.0/24""] }} }} }}");
                _arm.AddResource($"{rg}/connections/cn-{d}", "Microsoft.Network/connections", $@"{{ ""name"": ""cn-{d}"", ""id"": ""{rg}/connections/cn-{d}"",
  ""properties"": {{ ""provisioningState"": ""Succeeded"", ""connectionType"": ""IPsec"", ""virtualNetworkGateway1"": {{ ""id"": ""{rg}/virtualNetworkGateways/vgw"" }}, ""localNetworkGateway2"": {{ ""id"": ""{rg}/localNetworkGateways/lgw-{d}"" }} }} }}", gateway1: rg + "/virtualNetworkGateways/vgw");
            }
            var t = Assert.Single(Read(new FleetScope(), BgpStatusMode.None).Topologies);
            Assert.Equal("hq", Assert.Single(t.Sites).Name);
            Assert.Contains("tags", ResourceGraphQuery.Kql);
        }

        [Fact]
        public void AForbiddenQueryIsAFailureNamingResourceGraph()
        {
            // Nothing recorded for the management group: the fake answers an empty scope, so ask for a 403 another way.
            var arm = new RecordedArmTransport();
            InternalHooks.SetTestHook("Transport", arm);
            arm.Add("POST", "/providers/Microsoft.ResourceGraph/resources", 403, "{\"error\":{\"code\":\"AuthorizationFailed\",\"message\":\"no access\"}}");
            var result = Read(Subscriptions("s1"));
            var f = Assert.Single(result.Failures);
            Assert.Equal("LiveReadForbidden", f.ErrorId);
            Assert.Contains("Resource Graph", f.Message);
            Assert.Empty(result.Topologies);
        }

        [Fact]
        public void TheQueryBodyScopesBatchesOfSubscriptionsAndAsksForTheLargestPage()
        {
            var body = Tree.JsonTree.Parse(ResourceGraphQuery.Body(new[] { "a", "b" }, null, "tok\"en")) as IDictionary<string, object>;
            Assert.Equal(new object[] { "a", "b" }, (System.Collections.IList)body["subscriptions"]);
            var options = (IDictionary<string, object>)body["options"];
            Assert.Equal(1000L, Convert.ToInt64(options["$top"]));
            Assert.Equal("tok\"en", options["$skipToken"]);
            Assert.Equal("objectArray", options["resultFormat"]);
            Assert.Contains("microsoft.network/virtualnetworkgateways", (string)body["query"]);
            Assert.False(body.ContainsKey("managementGroups"));
            Assert.False(options.ContainsKey("allowPartialScopes"));
            Assert.True(ResourceGraphQuery.SubscriptionBatch < 300);
            // A management group (or the tenant) may hold more subscriptions than Resource Graph answers for: partial, not failed.
            var mg = (IDictionary<string, object>)Tree.JsonTree.Parse(ResourceGraphQuery.Body(null, new[] { "mg" }, null));
            Assert.Equal(new object[] { "mg" }, (System.Collections.IList)mg["managementGroups"]);
            Assert.Equal(true, ((IDictionary<string, object>)mg["options"])["allowPartialScopes"]);
        }
    }
}

namespace AzVpnHa.Tests
{
    /// <summary>The client's view of ARM's bucket and Resource Graph's quota.</summary>
    public sealed class ThrottlingBudgetTests
    {
        static readonly DateTime T0 = new DateTime(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc);

        [Fact]
        public void TheReadBucketSpendsItsCapacityLessTheReserveThenRefills25ASecond()
        {
            var bucket = new TokenBucket(TokenBucket.ReadCapacity, TokenBucket.ReadRefillPerSecond, T0);
            int sent = 0;
            while (bucket.WaitFor(T0) == TimeSpan.Zero) { bucket.Take(T0); sent++; }
            Assert.Equal(250 - (int)TokenBucket.Reserve, sent);
            Assert.Equal(TimeSpan.FromSeconds(1 / 25.0), bucket.WaitFor(T0));
            Assert.Equal(TimeSpan.Zero, bucket.WaitFor(T0.AddSeconds(1 / 25.0)));
        }

        [Fact]
        public void WhatArmReportsLowersTheCountAndA429StopsTheSubscriptionForRetryAfter()
        {
            var bucket = new TokenBucket(TokenBucket.ReadCapacity, TokenBucket.ReadRefillPerSecond, T0);
            bucket.Observe("3", T0); // other clients of the principal used the rest
            bucket.Take(T0);
            Assert.True(bucket.WaitFor(T0) > TimeSpan.Zero);
            bucket.Throttled(TimeSpan.FromSeconds(7), T0);
            Assert.Equal(TimeSpan.FromSeconds(7), bucket.WaitFor(T0));
            Assert.Equal(TimeSpan.Zero, bucket.WaitFor(T0.AddSeconds(7 + 3 / 25.0)));
        }

        [Fact]
        public void TheQuotaWaitsForItsResetOnlyWhenNothingIsLeft()
        {
            var quota = new ResourceGraphQuota();
            Assert.Equal(TimeSpan.Zero, quota.WaitFor(T0)); // nothing known yet: ask
            quota.Observe(new Dictionary<string, string> { ["x-ms-user-quota-remaining"] = "1", ["x-ms-user-quota-resets-after"] = "00:00:03" }, T0);
            Assert.Equal(TimeSpan.Zero, quota.WaitFor(T0));
            quota.Take();
            Assert.Equal(TimeSpan.FromSeconds(3), quota.WaitFor(T0));
            Assert.Equal(TimeSpan.Zero, quota.WaitFor(T0.AddSeconds(3))); // reset: a new window
        }
    }
}
