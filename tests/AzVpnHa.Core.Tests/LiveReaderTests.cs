using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Threading;
using AzVpnHa.Azure;
using AzVpnHa.Testing;
using Xunit;

namespace AzVpnHa.Tests
{
    /// <summary>
    /// The live reader end to end through the transport seam: recorded ARM payloads (the fixtures), paging, the
    /// long-running BGP POSTs, 429 with Retry-After, failures on one gateway. One class: the hooks are static.
    /// </summary>
    [Collection("Live hooks")]
    public sealed class LiveReaderTests : IDisposable
    {
        const string Hub = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg-hub/providers/Microsoft.Network/";
        readonly RecordedArmTransport _arm = new RecordedArmTransport();

        public LiveReaderTests()
        {
            InternalHooks.SetTestHook("Transport", _arm);
            InternalHooks.SetTestHook("FakeToken", "fake-token");
            InternalHooks.SetTestHook("PollInterval", 1);
        }

        public void Dispose() => InternalHooks.Reset();

        static string Fixture(string name) => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", "Arm", name + ".json"));

        static string Item(string listFixture, int index) => Tree.JsonTree.Parse(Fixture(listFixture)) is IDictionary<string, object> d
            ? Serialize(((System.Collections.IList)d["value"])[index]) : null;

        /// <summary>Re-serialises a neutral tree, so list fixtures can be served one item per GET.</summary>
        static string Serialize(object v)
        {
            switch (v)
            {
                case null: return "null";
                case string s: return "\"" + s.Replace("\\", "\\\\").Replace("\"", "\\\"") + "\"";
                case bool b: return b ? "true" : "false";
                case IDictionary<string, object> d: return "{" + string.Join(",", d.Select(p => Serialize(p.Key) + ":" + Serialize(p.Value))) + "}";
                case System.Collections.IList l: return "[" + string.Join(",", l.Cast<object>().Select(Serialize)) + "]";
                default: return Convert.ToString(v, System.Globalization.CultureInfo.InvariantCulture);
            }
        }

        /// <summary>The hub of the offline fixtures as ARM would serve it; the connection list is in two pages.</summary>
        void RecordHub()
        {
            _arm.Add("GET", Estate.HubId, 200, Fixture("VirtualNetworkGatewayGet-ActiveActive"));
            _arm.Add("GET", Hub + "virtualNetworks/vnet-hub", 200, Fixture("VirtualNetworkGet-Hub"));
            _arm.Add("GET", Hub + "publicIPAddresses/pip-vgw-aa-1", 200, Item("PublicIpAddressList-Standard", 0));
            _arm.Add("GET", Hub + "publicIPAddresses/pip-vgw-aa-2", 200, Item("PublicIpAddressList-Standard", 1));
            _arm.Add("GET", Hub + "localNetworkGateways/lgw-hq-fw1", 200, Item("LocalNetworkGatewayList", 0));
            _arm.Add("GET", Hub + "localNetworkGateways/lgw-hq-fw2", 200, Item("LocalNetworkGatewayList", 1));
            _arm.Add("GET", Hub + "localNetworkGateways/lgw-branch", 200, Item("LocalNetworkGatewayList", 2));
            _arm.Add("GET", Hub + "connections/cn-hq-fw1", 200, Fixture("ConnectionGet-hq-fw1"));
            _arm.Add("GET", Hub + "connections/cn-hq-fw2", 200, Fixture("ConnectionGet-hq-fw2"));
            _arm.Add("GET", Hub + "connections/cn-branch", 200, Fixture("ConnectionGet-branch"));
            // ListConnections is slim (ids and little else) and paged.
            _arm.Add("GET", Estate.HubId + "/connections", 200,
                "{ \"value\": [ { \"id\": \"" + Hub + "connections/cn-hq-fw1\", \"name\": \"cn-hq-fw1\" }, { \"id\": \"" + Hub + "connections/cn-hq-fw2\", \"name\": \"cn-hq-fw2\" } ]," +
                " \"nextLink\": \"https://management.azure.com" + Estate.HubId + "/connections?api-version=2024-05-01&$skiptoken=page2\" }");
            _arm.Add("GET", Estate.HubId + "/connections?$skiptoken=page2", 200, "{ \"value\": [ { \"id\": \"" + Hub + "connections/cn-branch\", \"name\": \"cn-branch\" } ] }");
            SyntheticEstate.RecordLro(_arm, Estate.HubId + "/getBgpPeerStatus", "op-hub-bgp", Fixture("BgpPeerStatus"));
            SyntheticEstate.RecordLro(_arm, Estate.HubId + "/getLearnedRoutes", "op-hub-routes", Fixture("LearnedRoutes"));
        }

        static LiveEstateReader Reader(int throttle = 8, int retries = 3) =>
            new LiveEstateReader(new LiveReaderOptions { ThrottleLimit = throttle, MaxRetries = retries });

        [Fact]
        public void ReadsAHubEndToEndWithPagingAndLongRunningBgpStatusIntoTheSameTopologyAsOffline()
        {
            RecordHub();
            var result = Reader().Read(new[] { Estate.HubId });
            Assert.Empty(result.Failures);
            var live = result.ToTopology(out var notes);
            Assert.Empty(notes);
            Assert.Equal(3, live.Connections.Count); // the second page was followed
            Assert.Equal(6, live.BgpPeers.Count);    // the LRO was polled to its result
            Assert.Equal(new[] { "10.1.0.0/16" }, live.Gateways[0].VNetAddressPrefixes);
            Assert.NotEmpty(live.LearnedRoutes);
            Assert.Equal(2, _arm.CallsTo("GET", $"/subscriptions/{SyntheticEstate.Subscription}/providers/Microsoft.Network/locations/westeurope/operations/op-hub-bgp"));
            Assert.Contains(_arm.Log, l => l.EndsWith("Bearer fake-token", StringComparison.Ordinal));

            var reader = new Readers.EstateReader();
            foreach (var t in Estate.Hub()) reader.Add(t);
            reader.Add(Estate.Load("VirtualNetworkGet-Hub"));
            reader.AddBgpPeerStatus(Estate.HubId, Estate.Load("BgpPeerStatus"));
            reader.AddLearnedRoutes(Estate.HubId, Estate.Load("LearnedRoutes"));
            var offline = reader.Read();
            string Summary(Topology t) => string.Join("\n", Specs.Test(t).Select(f => f.ToString()).OrderBy(x => x, StringComparer.Ordinal));
            Assert.Equal(Summary(offline), Summary(live));
            Assert.Contains("HA031", Summary(live));
            // The kept payloads read again give the same topology.
            Assert.Equal(Summary(live), Summary(result.ToTopology(out _)));
        }

        [Fact]
        public void ThrottledCallsWaitForRetryAfterAndThenSucceed()
        {
            var gw = Fixture("VirtualNetworkGatewayGet-ActiveActive");
            var arm = new RecordedArmTransport();
            InternalHooks.SetTestHook("Transport", arm);
            arm.Add("GET", Estate.HubId, 429, "{\"error\":{\"code\":\"TooManyRequests\",\"message\":\"slow down\"}}", ("Retry-After", "1"));
            arm.Add("GET", Estate.HubId, 200, gw);
            var clock = Stopwatch.StartNew();
            var result = Reader().Read(new[] { Estate.HubId });
            clock.Stop();
            Assert.Equal(2, arm.CallsTo("GET", Estate.HubId));
            Assert.Single(result.Gateways);
            Assert.DoesNotContain(result.Failures, f => f.GatewayLost);
            Assert.True(clock.Elapsed >= TimeSpan.FromSeconds(0.9), "Retry-After: 1 was not honoured (" + clock.Elapsed + ").");
        }

        [Fact]
        public void StillThrottledAfterTheRetriesIsAFailureOfThatGatewayOnly()
        {
            var arm = new RecordedArmTransport();
            InternalHooks.SetTestHook("Transport", arm);
            SyntheticEstate.Record(arm, 1);
            arm.Add("GET", SyntheticEstate.GatewayId(2), 429, "{}", ("Retry-After", "0"));
            var result = Reader(retries: 1).Read(new[] { SyntheticEstate.GatewayId(1), SyntheticEstate.GatewayId(2) });
            var f = Assert.Single(result.Failures);
            Assert.Equal("LiveReadThrottled", f.ErrorId);
            Assert.True(f.GatewayLost);
            Assert.Equal(2, arm.CallsTo("GET", SyntheticEstate.GatewayId(2)));
            Assert.Single(result.Gateways);
        }

        [Fact]
        public void AForbiddenGatewayIsReportedAndTheOthersComplete()
        {
            var arm = new RecordedArmTransport();
            InternalHooks.SetTestHook("Transport", arm);
            for (int i = 1; i <= 3; i++) if (i != 2) SyntheticEstate.Record(arm, i);
            arm.Add("GET", SyntheticEstate.GatewayId(2), 403, "{\"error\":{\"code\":\"AuthorizationFailed\",\"message\":\"no read on rg-2\"}}");
            var result = Reader().Read(Enumerable.Range(1, 3).Select(SyntheticEstate.GatewayId));
            var f = Assert.Single(result.Failures);
            Assert.Equal("LiveReadForbidden", f.ErrorId);
            Assert.Equal(SyntheticEstate.GatewayId(2), f.ResourceId);
            Assert.Equal(403, f.Status);
            Assert.Contains("AuthorizationFailed", f.Message);
            Assert.Equal(2, result.Gateways.Count);
            var t = result.ToTopology(out _);
            Assert.Equal(new[] { "vgw-1", "vgw-3" }, t.Gateways.Select(g => g.Name).OrderBy(x => x));
            Assert.All(t.Sites, s => Assert.Equal(TopologyKind.DualRedundancy, s.Kind));
            Assert.All(t.Tunnels, x => Assert.Equal("Connected", x.Status));
        }

        [Fact]
        public void AFailingSubReadIsReportedAndTheGatewayIsStillAudited()
        {
            var arm = new RecordedArmTransport();
            InternalHooks.SetTestHook("Transport", arm);
            var rg = $"/subscriptions/{SyntheticEstate.Subscription}/resourceGroups/rg-1/providers/Microsoft.Network/";
            // Recorded first, so it is what the LNG GET gets.
            arm.Add("GET", rg + "localNetworkGateways/lgw-1-2", 500, "{\"error\":{\"code\":\"InternalServerError\"}}");
            SyntheticEstate.Record(arm, 1);
            var result = Reader(retries: 0).Read(new[] { SyntheticEstate.GatewayId(1) });
            var f = Assert.Single(result.Failures);
            Assert.Equal("LiveReadServerError", f.ErrorId);
            Assert.EndsWith("lgw-1-2", f.ResourceId);
            Assert.False(f.GatewayLost);
            var t = result.ToTopology(out var notes);
            Assert.Single(t.Gateways);
            Assert.Single(t.LocalNetworkGateways);
            Assert.Contains(notes, n => n.Code == Readers.EstateReadCodes.MissingReference);
        }

        [Fact]
        public void ATimeoutIsReportedWithItsOwnId()
        {
            var arm = new RecordedArmTransport();
            InternalHooks.SetTestHook("Transport", arm);
            arm.Add("GET", SyntheticEstate.GatewayId(7), 200, "{}");
            arm.WithDelay("GET", SyntheticEstate.GatewayId(7), TimeSpan.FromSeconds(5));
            var reader = new LiveEstateReader(new LiveReaderOptions { MaxRetries = 0, RequestTimeout = TimeSpan.FromMilliseconds(200) });
            var result = reader.Read(new[] { SyntheticEstate.GatewayId(7) });
            var f = Assert.Single(result.Failures);
            Assert.Equal("LiveReadTimeout", f.ErrorId);
        }

        [Fact]
        public void LocationOnlyOperationsArePolledUntilTheResult()
        {
            var arm = new RecordedArmTransport();
            InternalHooks.SetTestHook("Transport", arm);
            var gw = SyntheticEstate.GatewayId(2);
            var loc = "https://management.azure.com/subscriptions/x/providers/Microsoft.Network/locations/westeurope/operationResults/only-location";
            // Recorded before the synthetic estate, so the POST answers 202 with a Location only: 202, 202, then the result.
            arm.Add("POST", gw + "/getBgpPeerStatus", 202, "", ("Location", loc), ("Retry-After", "0"));
            arm.Add("GET", loc, 202, "", ("Retry-After", "0"));
            arm.Add("GET", loc, 202, "", ("Retry-After", "0"));
            arm.Add("GET", loc, 200, "{ \"value\": [ { \"localAddress\": \"10.1.255.4\", \"neighbor\": \"10.10.255.1\", \"asn\": 65010, \"state\": \"Idle\" } ] }");
            SyntheticEstate.Record(arm, 2);
            var result = new LiveEstateReader(new LiveReaderOptions { IncludeLearnedRoutes = false }).Read(new[] { gw });
            Assert.Empty(result.Failures);
            Assert.Equal(3, arm.CallsTo("GET", loc));
            var t = result.ToTopology(out _);
            Assert.Equal("Idle", Assert.Single(t.BgpPeers).State);
            Assert.Contains(Specs.Test(t), x => x.RuleId == "HA034");
        }

        [Fact]
        public void GatewaysRunInParallelWithinTheThrottleLimit()
        {
            var arm = new RecordedArmTransport { Delay = TimeSpan.FromMilliseconds(20) };
            InternalHooks.SetTestHook("Transport", arm);
            for (int i = 0; i < 12; i++) SyntheticEstate.Record(arm, i);
            var inFlight = new ConcurrentDictionary<string, int>();
            int current = 0, max = 0;
            // A gateway is "in flight" from its GET until its result: count gateways whose GET has started and whose audit is not done.
            arm.OnRequest = (method, path, _) =>
            {
                if (method == "GET" && path.EndsWith("/virtualnetworkgateways/" + path.Split('/').Last(), StringComparison.OrdinalIgnoreCase) && path.Split('/').Length == 9)
                {
                    int now = Interlocked.Increment(ref current);
                    int m;
                    while (now > (m = max) && Interlocked.CompareExchange(ref max, now, m) != m) { }
                }
            };
            var done = 0;
            var result = new LiveEstateReader(new LiveReaderOptions { ThrottleLimit = 3 }).Read(Enumerable.Range(0, 12).Select(SyntheticEstate.GatewayId),
                (completed, total, id) => { Interlocked.Decrement(ref current); Interlocked.Increment(ref done); });
            Assert.Empty(result.Failures);
            Assert.Equal(12, result.Gateways.Count);
            Assert.Equal(12, done);
            Assert.InRange(max, 2, 3);
            Assert.Equal(12 * SyntheticEstate.CallsPerGateway, arm.Calls);
        }

        [Fact]
        public async System.Threading.Tasks.Task TheDefaultSubscriptionIsFoundAcrossPages()
        {
            var arm = new RecordedArmTransport();
            InternalHooks.SetTestHook("Transport", arm);
            // The first page is empty: the nextLink (a whole URL with its own api-version) must be followed.
            arm.Add("GET", "/subscriptions", 200, "{ \"value\": [], \"nextLink\": \"https://management.azure.com/subscriptions?api-version=2022-12-01&$skiptoken=2\" }");
            arm.Add("GET", "/subscriptions?$skiptoken=2", 200, "{ \"value\": [ { \"subscriptionId\": \"" + SyntheticEstate.Subscription + "\" } ] }");
            Assert.Equal(SyntheticEstate.Subscription, await Reader().GetDefaultSubscriptionIdAsync());
            Assert.Equal(1, arm.CallsTo("GET", "/subscriptions?$skiptoken=2"));
        }

        [Fact]
        public void AnAccessTokenIsSentAsIsAndNationalCloudsUseTheirEndpoint()
        {
            InternalHooks.SetTestHook("FakeToken", null);
            var arm = new RecordedArmTransport();
            InternalHooks.SetTestHook("Transport", arm);
            var reader = new LiveEstateReader(new LiveReaderOptions { AccessToken = "token-from-Get-AzAccessToken", Environment = "AzureChinaCloud" });
            var result = reader.Read(new[] { SyntheticEstate.GatewayId(1) });
            Assert.Equal("LiveReadNotFound", Assert.Single(result.Failures).ErrorId);
            Assert.Contains(arm.Log, l => l.EndsWith("Bearer token-from-Get-AzAccessToken", StringComparison.Ordinal));
            Assert.Throws<ArgumentException>(() => new LiveEstateReader(new LiveReaderOptions { AccessToken = "x", Environment = "Mars" }));
        }

        [Fact]
        public void ABodyThatIsNotJsonIsAFailureOfThatGatewayNamingTheProblem()
        {
            var arm = new RecordedArmTransport();
            InternalHooks.SetTestHook("Transport", arm);
            arm.Add("GET", SyntheticEstate.GatewayId(0), 200, "<html>Service unavailable</html>");
            SyntheticEstate.Record(arm, 1);
            var result = new LiveEstateReader(new LiveReaderOptions()).Read(new[] { SyntheticEstate.GatewayId(0), SyntheticEstate.GatewayId(1) });
            var f = Assert.Single(result.Failures);
            Assert.Equal("LiveReadFailed", f.ErrorId);
            Assert.Contains("not JSON", f.Message);
            Assert.Equal("vgw-1", Assert.Single(result.ToTopology(out _).Gateways).Name);
        }

        /// <summary>Answers like ARM over real HttpClient plumbing: the hub gateway, 404 for anything else.</summary>
        sealed class HubOnlyHandler : System.Net.Http.HttpMessageHandler
        {
            public readonly ConcurrentQueue<System.Net.Http.HttpRequestMessage> Requests = new ConcurrentQueue<System.Net.Http.HttpRequestMessage>();

            protected override System.Threading.Tasks.Task<System.Net.Http.HttpResponseMessage> SendAsync(System.Net.Http.HttpRequestMessage request, CancellationToken cancellationToken)
            {
                Requests.Enqueue(request);
                bool hub = string.Equals(request.RequestUri.AbsolutePath, Estate.HubId, StringComparison.OrdinalIgnoreCase);
                var response = new System.Net.Http.HttpResponseMessage(hub ? System.Net.HttpStatusCode.OK : System.Net.HttpStatusCode.NotFound)
                {
                    Content = new System.Net.Http.StringContent(hub ? Fixture("VirtualNetworkGatewayGet-ActiveActive") : "{\"error\":{\"code\":\"ResourceNotFound\",\"message\":\"Not here.\"}}"),
                };
                return System.Threading.Tasks.Task.FromResult(response);
            }
        }

        [Fact]
        public void OverAzureCoresHttpClientTransportRequestsCarryTheCloudsHostTheApiVersionAndTheToken()
        {
            // Production sends through Azure.Core's HttpClientTransport; the recorded fake replaces that transport, so
            // this test keeps one path through the real one: URIs as built for it, the token header, the cloud's host.
            InternalHooks.SetTestHook("FakeToken", null);
            var handler = new HubOnlyHandler();
            InternalHooks.SetTestHook("Transport", new global::Azure.Core.Pipeline.HttpClientTransport(new System.Net.Http.HttpClient(handler)));
            var reader = new LiveEstateReader(new LiveReaderOptions { AccessToken = "token-from-Get-AzAccessToken", Environment = "AzureChinaCloud", MaxRetries = 0 });
            var result = reader.Read(new[] { Estate.HubId });

            Assert.Equal("vgw-aa", Assert.Single(result.ToTopology(out _).Gateways).Name);
            Assert.NotEmpty(result.Failures);
            Assert.All(result.Failures, f => Assert.Equal("LiveReadNotFound", f.ErrorId));   // its PIPs, VNet, connections: not served here
            Assert.True(handler.Requests.Count > 1);
            Assert.All(handler.Requests, r =>
            {
                Assert.Equal("management.chinacloudapi.cn", r.RequestUri.Host);
                Assert.DoesNotContain("//", r.RequestUri.AbsolutePath);
                Assert.Contains("api-version=" + LiveEstateReader.NetworkApiVersion, r.RequestUri.Query);
                Assert.Equal("Bearer token-from-Get-AzAccessToken", r.Headers.Authorization.ToString());
            });
        }
    }
}
