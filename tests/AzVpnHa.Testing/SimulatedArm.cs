using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using Azure;
using Azure.Core;
using Azure.Core.Pipeline;
using AzVpnHa.Tree;

namespace AzVpnHa.Testing
{
    /// <summary>
    /// A simulated ARM and Resource Graph over one store of resources, as the pipeline's transport: resource GETs,
    /// connection lists, BGP long-running POSTs (202, one InProgress poll, then the result; Retry-After 5 s) and Resource
    /// Graph queries (paged by $top and $skipToken). It enforces, on a <see cref="VirtualClock"/>, ARM's token buckets per
    /// subscription (reads 250 + 25/s, writes 200 + 10/s) and Resource Graph's per-user quota (15 queries per 5 s window),
    /// and runs each BGP operation for 10 s (polled earlier it answers InProgress),
    /// answering 429 with Retry-After and the throttling headers as Azure does. It cannot run KQL: a query returns the
    /// rows the fleet reader's query selects (the five resource types in scope, VNets projected to their address space),
    /// so a test of the reader's KQL text needs real Azure. Connection rows keep their status, as a stale snapshot would.
    /// </summary>
    public sealed class SimulatedArm : HttpPipelineTransport
    {
        public const int ReadCapacity = 250, ReadRefill = 25, WriteCapacity = 200, WriteRefill = 10;
        public const int QueryQuota = 15;
        public static readonly TimeSpan QueryWindow = TimeSpan.FromSeconds(5);
        public static readonly TimeSpan OperationPoll = TimeSpan.FromSeconds(5);
        /// <summary>How long a BGP operation runs (two Retry-After intervals).</summary>
        public static readonly TimeSpan OperationTime = TimeSpan.FromSeconds(10);

        sealed class Resource
        {
            public string Id, Subscription, ArmJson, GraphJson;
            public string Gateway1, Gateway2; // connections: the gateways they join
            public string Remote;             // connections: the LNG or peer gateway id
        }

        sealed class Bucket
        {
            public double Tokens;
            public DateTime At;
        }

        readonly object _sync = new object();
        readonly Dictionary<string, Resource> _byId = new Dictionary<string, Resource>(StringComparer.OrdinalIgnoreCase);
        readonly List<Resource> _ordered = new List<Resource>();
        bool _sorted = true;
        readonly Dictionary<string, string> _bgpPeerStatus = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        readonly Dictionary<string, string> _learnedRoutes = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        readonly Dictionary<string, (string Result, int Polls, DateTime Done)> _operations = new Dictionary<string, (string, int, DateTime)>(StringComparer.OrdinalIgnoreCase);
        readonly Dictionary<string, Bucket> _buckets = new Dictionary<string, Bucket>(StringComparer.OrdinalIgnoreCase);
        DateTime _windowStart = DateTime.MinValue;
        int _windowQueries;
        int _operationSeq;

        public SimulatedArm(VirtualClock clock) { Clock = clock; }

        public VirtualClock Clock { get; }
        /// <summary>Enforce the buckets and the quota (429 when exceeded); off, it only counts.</summary>
        public bool Enforce { get; set; } = true;
        /// <summary>Management groups and their subscriptions.</summary>
        public Dictionary<string, List<string>> ManagementGroups { get; } = new Dictionary<string, List<string>>(StringComparer.OrdinalIgnoreCase);
        /// <summary>Answer the next N Resource Graph queries with 429 (a storm), whatever the quota says.</summary>
        public int GraphStorm { get; set; }
        /// <summary>Answer the next N ARM calls with 429 and Retry-After: 2.</summary>
        public int ArmStorm { get; set; }

        public int ArmCalls, ArmGets, ArmPosts, GraphQueries, Throttled;
        public readonly Dictionary<string, int> ArmCallsBySubscription = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        public readonly List<int> PageSizes = new List<int>();
        /// <summary>Calls served (not throttled) per subscription, reads and writes apart: what the budget bound is computed from.</summary>
        public readonly Dictionary<string, (int Reads, int Writes)> Served = new Dictionary<string, (int, int)>(StringComparer.OrdinalIgnoreCase);
        int _operationsStarted;

        /// <summary>
        /// The least time the calls served so far can take under the throttling budget. Resource Graph: the answered
        /// queries at 15 per 5 s window (the first window free). Then the BGP phase (the reader learns which gateways to ask
        /// from the query): at least one operation's run (10 s); in each subscription, POSTs beyond the write bucket's 200
        /// at 10/s, the last of them still needing its operation's run; and reads (polls, results) beyond the read bucket's
        /// 250 at 25/s, none of which can come before the first Retry-After (5 s) has passed.
        /// </summary>
        public TimeSpan LowerBound()
        {
            lock (_sync)
            {
                int answered = PageSizes.Count;
                double graph = answered > 0 ? Math.Floor((answered - 1) / (double)QueryQuota) * QueryWindow.TotalSeconds : 0;
                double bgp = _operationsStarted > 0 ? OperationTime.TotalSeconds : 0;
                foreach (var s in Served.Values)
                {
                    if (s.Writes > WriteCapacity) bgp = Math.Max(bgp, (s.Writes - WriteCapacity) / (double)WriteRefill + OperationTime.TotalSeconds);
                    if (s.Reads > ReadCapacity) bgp = Math.Max(bgp, OperationPoll.TotalSeconds + (s.Reads - ReadCapacity) / (double)ReadRefill);
                }
                return TimeSpan.FromSeconds(graph + bgp);
            }
        }

        public IEnumerable<string> Subscriptions => _byId.Values.Select(r => r.Subscription).Distinct(StringComparer.OrdinalIgnoreCase);

        /// <summary>Adds a resource: its GET payload (ARM casing, no "type") and how Resource Graph returns it.</summary>
        public void AddResource(string id, string type, string body, string graphBody = null, string gateway1 = null, string gateway2 = null, string remote = null)
        {
            var parts = id.Split('/');
            var subscription = parts[2];
            var group = parts[4];
            var r = new Resource
            {
                Id = id, Subscription = subscription, Gateway1 = gateway1, Gateway2 = gateway2, Remote = remote,
                ArmJson = "{\"type\":\"" + type + "\"," + body.TrimStart().Substring(1),
                GraphJson = "{\"type\":\"" + type.ToLowerInvariant() + "\",\"resourceGroup\":\"" + group + "\",\"subscriptionId\":\"" + subscription + "\"," + (graphBody ?? body).TrimStart().Substring(1),
            };
            lock (_sync) { _byId[id] = r; _ordered.Add(r); _sorted = false; }
        }

        public void SetBgp(string gatewayId, string peerStatus, string learnedRoutes)
        {
            lock (_sync) { _bgpPeerStatus[gatewayId] = peerStatus; _learnedRoutes[gatewayId] = learnedRoutes; }
        }

        public void ResetCounters()
        {
            lock (_sync)
            {
                ArmCalls = ArmGets = ArmPosts = GraphQueries = Throttled = 0;
                ArmCallsBySubscription.Clear();
                PageSizes.Clear();
                Served.Clear();
                _operationsStarted = 0;
                _buckets.Clear();
                _windowStart = DateTime.MinValue;
                _windowQueries = 0;
            }
        }

        public override Request CreateRequest() => new SimulatedRequest();

        public override void Process(HttpMessage message) => ProcessAsync(message).AsTask().GetAwaiter().GetResult();

        public override ValueTask ProcessAsync(HttpMessage message)
        {
            var request = message.Request;
            var path = Uri.UnescapeDataString(request.Uri.Path).TrimEnd('/');
            var method = request.Method.Method.ToUpperInvariant();
            lock (_sync)
            {
                message.Response = path.Equals("/providers/Microsoft.ResourceGraph/resources", StringComparison.OrdinalIgnoreCase)
                    ? Graph(request) : Arm(method, path);
            }
            return default;
        }

        // ---------------------------------------------------------------- Resource Graph

        SimulatedResponse Graph(Request request)
        {
            var now = Clock.UtcNow;
            GraphQueries++;
            if (now >= _windowStart + QueryWindow) { _windowStart = now; _windowQueries = 0; }
            var resets = _windowStart + QueryWindow - now;
            if (GraphStorm > 0 || (Enforce && _windowQueries >= QueryQuota))
            {
                if (GraphStorm > 0) GraphStorm--;
                Throttled++;
                return new SimulatedResponse(429, "{\"error\":{\"code\":\"RateLimiting\",\"message\":\"Please provide below info when asking for support: quota exceeded.\"}}",
                    ("x-ms-user-quota-remaining", "0"), ("x-ms-user-quota-resets-after", resets.ToString(@"hh\:mm\:ss", CultureInfo.InvariantCulture)), ("Retry-After", Math.Ceiling(resets.TotalSeconds).ToString(CultureInfo.InvariantCulture)));
            }
            _windowQueries++;
            var body = JsonTree.Parse(Content(request)) as IDictionary<string, object>;
            var options = TreeReader.TryGet(body, "options", out var o) ? o as IDictionary<string, object> : null;
            int top = options != null && TreeReader.TryGet(options, "$top", out var t) ? Convert.ToInt32(t, CultureInfo.InvariantCulture) : 100;
            if (top > 1000) return new SimulatedResponse(400, "{\"error\":{\"code\":\"BadRequest\",\"message\":\"$top must be at most 1000.\"}}");
            int skip = options != null && TreeReader.TryGet(options, "$skipToken", out var token) && token is string s ? int.Parse(s.Substring(5), CultureInfo.InvariantCulture) : 0;
            var scope = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            if (TreeReader.TryGet(body, "subscriptions", out var subs) && subs is System.Collections.IList sl) foreach (var x in sl) scope.Add((string)x);
            if (TreeReader.TryGet(body, "managementGroups", out var mgs) && mgs is System.Collections.IList ml)
                foreach (var x in ml) if (ManagementGroups.TryGetValue((string)x, out var inMg)) foreach (var sub in inMg) scope.Add(sub);
            bool tenant = scope.Count == 0 && !(mgs is System.Collections.IList);
            if (!_sorted) { _ordered.Sort((a, b) => string.Compare(a.Id, b.Id, StringComparison.OrdinalIgnoreCase)); _sorted = true; }
            var matching = _ordered.Where(r => tenant || scope.Contains(r.Subscription)).ToList();
            var page = matching.Skip(skip).Take(top).ToList();
            PageSizes.Add(page.Count);
            var more = skip + page.Count < matching.Count;
            var json = new StringBuilder("{\"totalRecords\":").Append(matching.Count).Append(",\"count\":").Append(page.Count).Append(",\"resultTruncated\":\"false\",");
            if (more) json.Append("\"$skipToken\":\"page:").Append(skip + page.Count).Append("\",");
            json.Append("\"facets\":[],\"data\":[").Append(string.Join(",", page.Select(r => r.GraphJson))).Append("]}");
            return new SimulatedResponse(200, json.ToString(),
                ("x-ms-user-quota-remaining", (QueryQuota - _windowQueries).ToString(CultureInfo.InvariantCulture)),
                ("x-ms-user-quota-resets-after", resets.ToString(@"hh\:mm\:ss", CultureInfo.InvariantCulture)));
        }

        static string Content(Request request)
        {
            using (var stream = new MemoryStream())
            {
                request.Content.WriteTo(stream, CancellationToken.None);
                return Encoding.UTF8.GetString(stream.ToArray());
            }
        }

        // ---------------------------------------------------------------- ARM

        SimulatedResponse Arm(string method, string path)
        {
            var parts = path.Split('/');
            var subscription = parts.Length > 2 && parts[1].Equals("subscriptions", StringComparison.OrdinalIgnoreCase) ? parts[2] : "";
            bool write = method == "POST";
            var now = Clock.UtcNow;
            ArmCalls++;
            if (write) ArmPosts++; else ArmGets++;
            ArmCallsBySubscription.TryGetValue(subscription, out var n);
            ArmCallsBySubscription[subscription] = n + 1;
            var key = subscription + (write ? "/writes" : "/reads");
            if (!_buckets.TryGetValue(key, out var bucket)) _buckets[key] = bucket = new Bucket { Tokens = write ? WriteCapacity : ReadCapacity, At = now };
            double capacity = write ? WriteCapacity : ReadCapacity, refill = write ? WriteRefill : ReadRefill;
            bucket.Tokens = Math.Min(capacity, bucket.Tokens + (now - bucket.At).TotalSeconds * refill);
            bucket.At = now;
            var header = write ? "x-ms-ratelimit-remaining-subscription-writes" : "x-ms-ratelimit-remaining-subscription-reads";
            if (ArmStorm > 0 || (Enforce && bucket.Tokens < 1 - 1e-9)) // a token, allowing for floating-point drift
            {
                bool storm = ArmStorm > 0;
                if (storm) ArmStorm--;
                Throttled++;
                var wait = storm ? 2 : (int)Math.Ceiling((1 - bucket.Tokens) / refill);
                return new SimulatedResponse(429, "{\"error\":{\"code\":\"SubscriptionRequestsThrottled\",\"message\":\"Number of requests exceeded the limit.\"}}",
                    ("Retry-After", Math.Max(1, wait).ToString(CultureInfo.InvariantCulture)), (header, "0"));
            }
            bucket.Tokens -= 1;
            Served.TryGetValue(subscription, out var served);
            Served[subscription] = write ? (served.Reads, served.Writes + 1) : (served.Reads + 1, served.Writes);
            var remaining = (header, Math.Floor(bucket.Tokens).ToString(CultureInfo.InvariantCulture));

            if (write)
            {
                var action = parts[parts.Length - 1];
                var gateway = string.Join("/", parts.Take(parts.Length - 1));
                var rows = action.Equals("getBgpPeerStatus", StringComparison.OrdinalIgnoreCase) ? _bgpPeerStatus : action.Equals("getLearnedRoutes", StringComparison.OrdinalIgnoreCase) ? _learnedRoutes : null;
                if (rows == null || !rows.TryGetValue(gateway, out var result)) return NotFound(path, remaining);
                var op = "op-" + (++_operationSeq).ToString(CultureInfo.InvariantCulture);
                _operationsStarted++;
                _operations[op] = (result, 0, now + OperationTime);
                var baseUrl = "https://management.azure.com/subscriptions/" + subscription + "/providers/Microsoft.Network/locations/westeurope/";
                return new SimulatedResponse(202, "", remaining, ("Azure-AsyncOperation", baseUrl + "operations/" + op + "?api-version=2024-05-01"),
                    ("Location", baseUrl + "operationResults/" + op + "?api-version=2024-05-01"), ("Retry-After", ((int)OperationPoll.TotalSeconds).ToString(CultureInfo.InvariantCulture)));
            }
            if (parts.Length >= 2 && (parts[parts.Length - 2].Equals("operations", StringComparison.OrdinalIgnoreCase) || parts[parts.Length - 2].Equals("operationResults", StringComparison.OrdinalIgnoreCase)))
            {
                var op = parts[parts.Length - 1];
                if (!_operations.TryGetValue(op, out var state)) return NotFound(path, remaining);
                if (parts[parts.Length - 2].Equals("operationResults", StringComparison.OrdinalIgnoreCase)) return new SimulatedResponse(200, state.Result, remaining);
                _operations[op] = (state.Result, state.Polls + 1, state.Done);
                // Done once its time has passed, as in Azure; or at the second poll, for a reader that polls on the wall clock.
                return state.Polls == 0 && now < state.Done
                    ? new SimulatedResponse(200, "{\"status\":\"InProgress\"}", remaining, ("Retry-After", ((int)OperationPoll.TotalSeconds).ToString(CultureInfo.InvariantCulture)))
                    : new SimulatedResponse(200, "{\"status\":\"Succeeded\"}", remaining);
            }
            if (parts[parts.Length - 1].Equals("connections", StringComparison.OrdinalIgnoreCase) && parts.Length > 2)
            {
                // ListConnections: the gateway's connections, slim (id, name and the ends they join).
                var gateway = string.Join("/", parts.Take(parts.Length - 1));
                var slim = _byId.Values.Where(r => r.Gateway1 != null && (Same(r.Gateway1, gateway) || Same(r.Gateway2, gateway)))
                    .Select(r => "{\"id\":\"" + r.Id + "\",\"name\":\"" + r.Id.Split('/').Last() + "\",\"properties\":{\"virtualNetworkGateway1\":{\"id\":\"" + r.Gateway1 + "\"}"
                                 + (r.Gateway2 != null ? ",\"virtualNetworkGateway2\":{\"id\":\"" + r.Gateway2 + "\"}" : "") + "}}");
                return new SimulatedResponse(200, "{\"value\":[" + string.Join(",", slim) + "]}", remaining);
            }
            return _byId.TryGetValue(path, out var resource) ? new SimulatedResponse(200, resource.ArmJson, remaining) : NotFound(path, remaining);
        }

        static bool Same(string a, string b) => string.Equals(a, b, StringComparison.OrdinalIgnoreCase);

        static SimulatedResponse NotFound(string path, (string, string) header) =>
            new SimulatedResponse(404, "{\"error\":{\"code\":\"ResourceNotFound\",\"message\":\"Nothing at " + path + ".\"}}", header);

        sealed class SimulatedRequest : Request
        {
            readonly Dictionary<string, string> _headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
            public override string ClientRequestId { get; set; } = Guid.NewGuid().ToString();
            protected override void AddHeader(string name, string value) => _headers[name] = value;
            protected override bool TryGetHeader(string name, out string value) => _headers.TryGetValue(name, out value);
            protected override bool TryGetHeaderValues(string name, out IEnumerable<string> values)
            {
                var found = _headers.TryGetValue(name, out var v);
                values = found ? new[] { v } : null;
                return found;
            }
            protected override bool ContainsHeader(string name) => _headers.ContainsKey(name);
            protected override bool RemoveHeader(string name) => _headers.Remove(name);
            protected override IEnumerable<HttpHeader> EnumerateHeaders() => _headers.Select(h => new HttpHeader(h.Key, h.Value));
            public override void Dispose() { }
        }

        sealed class SimulatedResponse : Response
        {
            readonly int _status;
            readonly Dictionary<string, string> _headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);

            public SimulatedResponse(int status, string body, params (string Name, string Value)[] headers)
            {
                _status = status;
                foreach (var (name, value) in headers) _headers[name] = value;
                _headers["Content-Type"] = "application/json; charset=utf-8";
                ContentStream = new MemoryStream(Encoding.UTF8.GetBytes(body ?? ""), writable: false);
            }

            public override int Status => _status;
            public override string ReasonPhrase => _status == 200 ? "OK" : _status == 202 ? "Accepted" : _status == 429 ? "Too Many Requests" : "";
            public override Stream ContentStream { get; set; }
            public override string ClientRequestId { get; set; }
            protected override bool TryGetHeader(string name, out string value) => _headers.TryGetValue(name, out value);
            protected override bool TryGetHeaderValues(string name, out IEnumerable<string> values)
            {
                var found = _headers.TryGetValue(name, out var v);
                values = found ? new[] { v } : null;
                return found;
            }
            protected override bool ContainsHeader(string name) => _headers.ContainsKey(name);
            protected override IEnumerable<HttpHeader> EnumerateHeaders() => _headers.Select(h => new HttpHeader(h.Key, h.Value));
            public override void Dispose() => ContentStream?.Dispose();
        }
    }
}
