using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Text;
using System.Threading;
using System.Threading.Tasks;

namespace AzVpnHa.Azure
{
    /// <summary>
    /// The fake ARM behind <see cref="InternalHooks"/>: serves recorded payloads by method and path (api-version ignored),
    /// in order when several are recorded for one request (the last repeats), after a configurable delay. Unrecorded
    /// requests get ARM's 404. Counts calls and the most requests in flight, for tests and the benchmark.
    /// </summary>
    internal sealed class RecordedArmHandler : HttpMessageHandler
    {
        internal sealed class Recorded
        {
            public int Status;
            public string Body;
            public Dictionary<string, string> Headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
            public TimeSpan? Delay;
        }

        readonly ConcurrentDictionary<string, List<Recorded>> _routes = new ConcurrentDictionary<string, List<Recorded>>(StringComparer.Ordinal);
        readonly ConcurrentDictionary<string, int> _served = new ConcurrentDictionary<string, int>(StringComparer.Ordinal);
        readonly ConcurrentQueue<string> _log = new ConcurrentQueue<string>();
        int _inFlight;
        int _maxInFlight;

        public static readonly Uri Endpoint = new Uri("https://management.azure.com");

        /// <summary>Delay before every response (simulated ARM latency).</summary>
        public TimeSpan Delay { get; set; }
        public int Calls => _log.Count;
        public int MaxInFlight => _maxInFlight;
        public IEnumerable<string> Log => _log;
        /// <summary>Optional observer of each request (method, path) when it starts, e.g. to count gateways in flight.</summary>
        public Action<string, string, int> OnRequest { get; set; }
        public Action<string, string> OnResponse { get; set; }

        public RecordedArmHandler Add(string method, string pathOrUrl, int status, string body = null, params (string Name, string Value)[] headers)
        {
            var r = new Recorded { Status = status, Body = body };
            foreach (var (name, value) in headers) r.Headers[name] = value;
            _routes.AddOrUpdate(Key(method, new Uri(Endpoint, pathOrUrl)), _ => new List<Recorded> { r }, (_, list) => { lock (list) list.Add(r); return list; });
            return this;
        }

        public RecordedArmHandler WithDelay(string method, string pathOrUrl, TimeSpan delay)
        {
            if (_routes.TryGetValue(Key(method, new Uri(Endpoint, pathOrUrl)), out var list)) lock (list) foreach (var r in list) r.Delay = delay;
            return this;
        }

        public int CallsTo(string method, string pathOrUrl) => _served.TryGetValue(Key(method, new Uri(Endpoint, pathOrUrl)), out var n) ? n : 0;

        /// <summary>METHOD path?query, path lower-cased, api-version dropped: what identifies a recorded call.</summary>
        internal static string Key(string method, Uri uri)
        {
            var query = string.Join("&", uri.Query.TrimStart('?').Split(new[] { '&' }, StringSplitOptions.RemoveEmptyEntries)
                .Where(p => !p.StartsWith("api-version=", StringComparison.OrdinalIgnoreCase))
                .Select(Uri.UnescapeDataString));
            return method.ToUpperInvariant() + " " + uri.AbsolutePath.TrimEnd('/').ToLowerInvariant() + (query.Length > 0 ? "?" + query : "");
        }

        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            var key = Key(request.Method.Method, request.RequestUri);
            _log.Enqueue(key + " " + request.Headers.Authorization);
            int now = Interlocked.Increment(ref _inFlight);
            int max;
            while (now > (max = _maxInFlight) && Interlocked.CompareExchange(ref _maxInFlight, now, max) != max) { }
            OnRequest?.Invoke(request.Method.Method, request.RequestUri.AbsolutePath, now);
            try
            {
                Recorded r = null;
                if (_routes.TryGetValue(key, out var list))
                {
                    int n = _served.AddOrUpdate(key, 1, (_, c) => c + 1);
                    lock (list) r = list[Math.Min(n, list.Count) - 1];
                }
                var delay = r?.Delay ?? Delay;
                if (delay > TimeSpan.Zero) await Task.Delay(delay, cancellationToken).ConfigureAwait(false);
                var response = new HttpResponseMessage((HttpStatusCode)(r?.Status ?? 404)) { RequestMessage = request };
                var body = r != null ? r.Body : "{\"error\":{\"code\":\"ResourceNotFound\",\"message\":\"No recorded response for " + key.Replace("\"", "'") + ".\"}}";
                response.Content = new StringContent(body ?? "", Encoding.UTF8, "application/json");
                if (r != null)
                    foreach (var h in r.Headers) response.Headers.TryAddWithoutValidation(h.Key, h.Value);
                return response;
            }
            finally
            {
                Interlocked.Decrement(ref _inFlight);
                OnResponse?.Invoke(request.Method.Method, request.RequestUri.AbsolutePath);
            }
        }
    }
}
