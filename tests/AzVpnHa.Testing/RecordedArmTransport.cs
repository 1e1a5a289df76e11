using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using Azure;
using Azure.Core;
using Azure.Core.Pipeline;

namespace AzVpnHa.Testing
{
    /// <summary>
    /// The fake ARM behind <see cref="InternalHooks"/>: an Azure.Core transport (the pipeline's last stage, where
    /// HttpClientTransport sits in production) that serves recorded payloads by method and path (api-version ignored),
    /// in order when several are recorded for one request (the last repeats), after a configurable delay. Unrecorded
    /// requests get ARM's 404. Counts calls and the most requests in flight, for tests and the benchmark.
    /// Every policy above it runs as in production (request id, bearer token, retries and Retry-After, network timeout);
    /// it replaces HttpClient and the network, and is built to cost little per call (bodies encoded once), so the audit
    /// benchmark measures the module rather than its stand-in for the network.
    /// </summary>
    public sealed class RecordedArmTransport : HttpPipelineTransport
    {
        public sealed class Recorded
        {
            public int Status;
            public byte[] Body;
            public Dictionary<string, string> Headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
            public TimeSpan? Delay;
        }

        /// <summary>The answers recorded for one request, and how many times it was served.</summary>
        sealed class Route
        {
            public readonly List<Recorded> Answers = new List<Recorded>();
            public int Served;
        }

        // Method, then path (without case) and any query other than api-version: looked up without building a key string.
        readonly ConcurrentDictionary<string, ConcurrentDictionary<string, Route>> _routes = new ConcurrentDictionary<string, ConcurrentDictionary<string, Route>>(StringComparer.OrdinalIgnoreCase);

        ConcurrentDictionary<string, Route> RoutesFor(string method) =>
            _routes.GetOrAdd(method, _ => new ConcurrentDictionary<string, Route>(StringComparer.OrdinalIgnoreCase));
        readonly ConcurrentQueue<string> _log = new ConcurrentQueue<string>();
        int _calls;
        int _inFlight;
        int _maxInFlight;

        public static readonly Uri Endpoint = new Uri("https://management.azure.com");

        /// <summary>Delay before every response (simulated ARM latency).</summary>
        public TimeSpan Delay { get; set; }
        /// <summary>Keep a log line per request with its Authorization header (tests read it; the benchmark turns it off).</summary>
        public bool LogRequests { get; set; } = true;
        public int Calls => Volatile.Read(ref _calls);
        public int MaxInFlight => _maxInFlight;
        public IEnumerable<string> Log => _log;
        /// <summary>Optional observer of each request (method, path) when it starts, e.g. to count gateways in flight.</summary>
        public Action<string, string, int> OnRequest { get; set; }
        public Action<string, string> OnResponse { get; set; }

        public RecordedArmTransport Add(string method, string pathOrUrl, int status, string body = null, params (string Name, string Value)[] headers)
        {
            var r = new Recorded { Status = status, Body = Encoding.UTF8.GetBytes(body ?? "") };
            foreach (var (name, value) in headers) r.Headers[name] = value;
            var uri = new Uri(Endpoint, pathOrUrl);
            var route = RoutesFor(method).GetOrAdd(PathKey(uri.AbsolutePath, uri.Query), _ => new Route());
            lock (route) route.Answers.Add(r);
            return this;
        }

        public RecordedArmTransport WithDelay(string method, string pathOrUrl, TimeSpan delay)
        {
            if (Find(method, new Uri(Endpoint, pathOrUrl)) is Route route) lock (route) foreach (var r in route.Answers) r.Delay = delay;
            return this;
        }

        public int CallsTo(string method, string pathOrUrl) => Find(method, new Uri(Endpoint, pathOrUrl)) is Route route ? Volatile.Read(ref route.Served) : 0;

        Route Find(string method, Uri uri) => Find(method, uri.AbsolutePath, uri.Query);

        Route Find(string method, string path, string query) =>
            _routes.TryGetValue(method, out var routes) && routes.TryGetValue(PathKey(path, query), out var route) ? route : null;

        /// <summary>The path without a trailing slash, plus any query other than api-version: what identifies a recorded call.</summary>
        public static string PathKey(string path, string query)
        {
            var key = path.Length > 1 && path[path.Length - 1] == '/' ? path.Substring(0, path.Length - 1) : path;
            // Most calls carry nothing but api-version: skip the query parsing for them.
            if (query.Length == 0 || (query.StartsWith("?api-version=", StringComparison.OrdinalIgnoreCase) && query.IndexOf('&') < 0)) return key;
            var rest = string.Join("&", query.TrimStart('?').Split(new[] { '&' }, StringSplitOptions.RemoveEmptyEntries)
                .Where(p => !p.StartsWith("api-version=", StringComparison.OrdinalIgnoreCase))
                .Select(Uri.UnescapeDataString));
            return rest.Length > 0 ? key + "?" + rest : key;
        }

        public override Request CreateRequest() => new RecordedRequest();

        public override void Process(HttpMessage message) => ProcessAsync(message).AsTask().GetAwaiter().GetResult();

        public override async ValueTask ProcessAsync(HttpMessage message)
        {
            var request = message.Request;
            var path = request.Uri.Path;
            var query = request.Uri.Query;
            var method = request.Method.Method;
            Interlocked.Increment(ref _calls);
            if (LogRequests) _log.Enqueue(method + " " + PathKey(path, query).ToLowerInvariant() + " " + (request.Headers.TryGetValue("Authorization", out var auth) ? auth : ""));
            int now = Interlocked.Increment(ref _inFlight);
            int max;
            while (now > (max = _maxInFlight) && Interlocked.CompareExchange(ref _maxInFlight, now, max) != max) { }
            OnRequest?.Invoke(method, path, now);
            try
            {
                Recorded r = null;
                var route = Find(method, path, query);
                if (route != null)
                {
                    int n = Interlocked.Increment(ref route.Served);
                    lock (route) r = route.Answers[Math.Min(n, route.Answers.Count) - 1];
                }
                var delay = r?.Delay ?? Delay;
                // The pipeline's token carries its network timeout, as it would for HttpClient.
                if (delay > TimeSpan.Zero) await Task.Delay(delay, message.CancellationToken).ConfigureAwait(false);
                message.CancellationToken.ThrowIfCancellationRequested();
                var body = r != null ? r.Body : Encoding.UTF8.GetBytes("{\"error\":{\"code\":\"ResourceNotFound\",\"message\":\"No recorded response for " + method + " " + path + ".\"}}");
                message.Response = new RecordedResponse(r?.Status ?? 404, body, r?.Headers, request.ClientRequestId);
            }
            finally
            {
                Interlocked.Decrement(ref _inFlight);
                OnResponse?.Invoke(method, path);
            }
        }

        /// <summary>A request as the pipeline builds it: headers in a list, as HttpClient would take them.</summary>
        sealed class RecordedRequest : Request
        {
            readonly List<HttpHeader> _headers = new List<HttpHeader>();

            public override string ClientRequestId { get; set; } = Guid.NewGuid().ToString();

            protected override void AddHeader(string name, string value) => _headers.Add(new HttpHeader(name, value));

            protected override bool TryGetHeader(string name, out string value)
            {
                var values = Values(name);
                value = values.Count > 0 ? string.Join(",", values) : null;
                return value != null;
            }

            protected override bool TryGetHeaderValues(string name, out IEnumerable<string> values)
            {
                var found = Values(name);
                values = found;
                return found.Count > 0;
            }

            protected override bool ContainsHeader(string name)
            {
                foreach (var h in _headers) if (Same(h.Name, name)) return true;
                return false;
            }

            protected override bool RemoveHeader(string name)
            {
                bool removed = false;
                for (int i = _headers.Count - 1; i >= 0; i--)
                {
                    if (Same(_headers[i].Name, name)) { _headers.RemoveAt(i); removed = true; }
                }
                return removed;
            }

            protected override IEnumerable<HttpHeader> EnumerateHeaders() => _headers;

            public override void Dispose() { }

            List<string> Values(string name)
            {
                var values = new List<string>(1);
                foreach (var h in _headers) if (Same(h.Name, name)) values.Add(h.Value);
                return values;
            }

            static bool Same(string a, string b) => string.Equals(a, b, StringComparison.OrdinalIgnoreCase);
        }

        /// <summary>A recorded answer; its body is a seekable stream over the recorded bytes, so the pipeline need not buffer it.</summary>
        sealed class RecordedResponse : Response
        {
            static readonly Dictionary<string, string> NoHeaders = new Dictionary<string, string>();
            readonly int _status;
            readonly Dictionary<string, string> _headers;

            public RecordedResponse(int status, byte[] body, Dictionary<string, string> headers, string clientRequestId)
            {
                _status = status;
                _headers = headers ?? NoHeaders;
                ClientRequestId = clientRequestId;
                ContentStream = new MemoryStream(body, 0, body.Length, writable: false, publiclyVisible: true);
            }

            public override int Status => _status;
            public override string ReasonPhrase => _status == 200 ? "OK" : _status == 202 ? "Accepted" : "";
            public override Stream ContentStream { get; set; }
            public override string ClientRequestId { get; set; }

            protected override bool TryGetHeader(string name, out string value)
            {
                if (string.Equals(name, "Content-Type", StringComparison.OrdinalIgnoreCase)) { value = "application/json; charset=utf-8"; return true; }
                return _headers.TryGetValue(name, out value);
            }

            protected override bool TryGetHeaderValues(string name, out IEnumerable<string> values)
            {
                var found = TryGetHeader(name, out var value);
                values = found ? new[] { value } : null;
                return found;
            }

            protected override bool ContainsHeader(string name) => TryGetHeader(name, out _);

            protected override IEnumerable<HttpHeader> EnumerateHeaders()
            {
                yield return new HttpHeader("Content-Type", "application/json; charset=utf-8");
                foreach (var h in _headers) yield return new HttpHeader(h.Key, h.Value);
            }

            public override void Dispose() => ContentStream?.Dispose();
        }
    }
}
