using System;
using System.Collections;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using Azure.Core;
using Azure.Core.Pipeline;
using AzVpnHa.Tree;

namespace AzVpnHa.Azure
{
    /// <summary>
    /// GETs and long-running POSTs over ArmClient's pipeline (bearer token, retries that honour 429 Retry-After,
    /// telemetry). Bodies are parsed by Core's JsonTree, so callers get neutral trees and no SDK type leaves this class.
    /// </summary>
    internal sealed class ArmCaller
    {
        readonly HttpPipeline _pipeline;
        readonly Uri _endpoint;
        readonly TimeSpan _operationTimeout;

        public ArmCaller(HttpPipeline pipeline, Uri endpoint, TimeSpan operationTimeout)
        {
            _pipeline = pipeline;
            _endpoint = endpoint;
            _operationTimeout = operationTimeout;
        }

        public int Calls;

        Uri UriFor(string pathOrUrl, string apiVersion)
        {
            if (pathOrUrl.StartsWith("http", StringComparison.OrdinalIgnoreCase) && Uri.TryCreate(pathOrUrl, UriKind.Absolute, out var absolute)) return absolute;
            var path = pathOrUrl.StartsWith("/", StringComparison.Ordinal) ? pathOrUrl : "/" + pathOrUrl;
            var sep = path.IndexOf('?') >= 0 ? "&" : "?";
            return new Uri(_endpoint, path + (apiVersion != null ? sep + "api-version=" + apiVersion : ""));
        }

        /// <summary>
        /// Points the request at a resource path (plus api-version) or at an absolute URL (nextLink, polling URLs). A plain
        /// resource path, the common case, is appended to the endpoint directly, without building and parsing a Uri first.
        /// </summary>
        void Target(Request request, string pathOrUrl, string apiVersion)
        {
            if (pathOrUrl.StartsWith("/", StringComparison.Ordinal) && pathOrUrl.IndexOf('?') < 0)
            {
                request.Uri.Reset(_endpoint);
                request.Uri.AppendPath(pathOrUrl, escape: false);
                if (apiVersion != null) request.Uri.AppendQuery("api-version", apiVersion, escapeValue: false);
                return;
            }
            request.Uri.Reset(UriFor(pathOrUrl, apiVersion));
        }

        /// <summary>GET one resource; the body as a neutral tree.</summary>
        public async Task<object> GetAsync(string resourceId, string apiVersion, CancellationToken ct)
        {
            var (status, body, _) = await SendAsync(RequestMethod.Get, resourceId, apiVersion, resourceId, ct).ConfigureAwait(false);
            if (status != 200) throw Fail(resourceId, status, body);
            return Parse(body, resourceId);
        }

        /// <summary>GET a list, following nextLink until the last page; the items of every page.</summary>
        public async Task<List<object>> GetPagedAsync(string path, string apiVersion, CancellationToken ct)
        {
            var items = new List<object>();
            string next = path, nextVersion = apiVersion; // nextLink is a whole URL with its own api-version
            int pages = 0;
            while (next != null)
            {
                if (++pages > 1000) throw new ArmCallException(path, null, ErrorIds.LiveReadFailed, "More than 1000 pages: nextLink does not end.");
                var (status, body, _) = await SendAsync(RequestMethod.Get, next, nextVersion, path, ct).ConfigureAwait(false);
                if (status != 200) throw Fail(path, status, body);
                var page = Parse(body, path) as IDictionary<string, object>;
                next = null;
                if (page == null) break;
                if (TreeReader.TryGet(page, "value", out var value) && value is IList list) foreach (var item in list) items.Add(item);
                if (TreeReader.TryGet(page, "nextLink", out var link) && link is string s && s.Length > 0) { next = s; nextVersion = null; }
            }
            return items;
        }

        /// <summary>
        /// A long-running POST (getBgpPeerStatus, getLearnedRoutes): 200 answers at once; 202 is polled through
        /// Azure-AsyncOperation (status) and Location (the result, final-state-via location), waiting Retry-After between polls.
        /// </summary>
        public async Task<object> PostLongRunningAsync(string actionPath, string apiVersion, CancellationToken ct)
        {
            var deadline = DateTime.UtcNow + _operationTimeout;
            var (status, body, headers) = await SendAsync(RequestMethod.Post, actionPath, apiVersion, actionPath, ct, withHeaders: true).ConfigureAwait(false);
            if (status == 200) return Parse(body, actionPath);
            if (status != 202 && status != 201) throw Fail(actionPath, status, body);
            headers.TryGetValue("Location", out var location);
            headers.TryGetValue("Azure-AsyncOperation", out var asyncOperation);
            if (location == null && asyncOperation == null) throw new ArmCallException(actionPath, status, ErrorIds.LiveReadFailed, "202 without Location or Azure-AsyncOperation.");

            var wait = RetryAfter(headers);
            while (true)
            {
                if (DateTime.UtcNow > deadline) throw new ArmCallException(actionPath, null, ErrorIds.LiveReadTimeout, $"The operation did not finish within {_operationTimeout.TotalSeconds:0} s.");
                await Task.Delay(wait, ct).ConfigureAwait(false);
                if (asyncOperation != null)
                {
                    var (s, b, h) = await SendAsync(RequestMethod.Get, asyncOperation, null, actionPath, ct, withHeaders: true).ConfigureAwait(false);
                    if (s != 200 && s != 202) throw Fail(actionPath, s, b);
                    var state = StatusOf(Parse(b, actionPath));
                    wait = RetryAfter(h);
                    if (state == null || state.Equals("InProgress", StringComparison.OrdinalIgnoreCase) || s == 202) continue;
                    if (!state.Equals("Succeeded", StringComparison.OrdinalIgnoreCase))
                        throw new ArmCallException(actionPath, s, ErrorIds.LiveReadFailed, $"The operation ended {state}.");
                    if (location == null) return Parse(b, actionPath);
                    asyncOperation = null; // done: fetch the result from Location below
                    continue;
                }
                var (ls, lb, lh) = await SendAsync(RequestMethod.Get, location, null, actionPath, ct, withHeaders: true).ConfigureAwait(false);
                if (ls == 202) { wait = RetryAfter(lh); continue; }
                if (ls != 200) throw Fail(actionPath, ls, lb);
                return Parse(lb, actionPath);
            }
        }

        static string StatusOf(object tree) =>
            tree is IDictionary<string, object> d && TreeReader.TryGet(d, "status", out var s) ? s as string : null;

        static TimeSpan RetryAfter(Dictionary<string, string> headers)
        {
            var floor = InternalHooks.PollInterval;
            var wait = TimeSpan.FromSeconds(2);
            if (headers.TryGetValue("Retry-After", out var text) && int.TryParse(text, out var seconds) && seconds >= 0) wait = TimeSpan.FromSeconds(Math.Min(seconds, 60));
            return floor.HasValue ? floor.Value : wait;
        }

        /// <summary>
        /// One call, whatever its status, with its headers: for callers that schedule and retry themselves (the fleet
        /// reader). <paramref name="jsonBody"/> is sent as application/json when given.
        /// </summary>
        public Task<(int Status, BinaryData Body, Dictionary<string, string> Headers)> ExchangeAsync(string method, string pathOrUrl, string apiVersion, string jsonBody, CancellationToken ct) =>
            SendAsync(new RequestMethod(method), pathOrUrl, apiVersion, pathOrUrl, ct, withHeaders: true, jsonBody: jsonBody);

        async Task<(int Status, BinaryData Body, Dictionary<string, string> Headers)> SendAsync(RequestMethod method, string pathOrUrl, string apiVersion, string resourceId, CancellationToken ct, bool withHeaders = false, string jsonBody = null)
        {
            using (var message = _pipeline.CreateMessage())
            {
                message.Request.Method = method;
                Target(message.Request, pathOrUrl, apiVersion);
                if (jsonBody != null)
                {
                    message.Request.Headers.Add("Content-Type", "application/json");
                    message.Request.Content = RequestContent.Create(System.Text.Encoding.UTF8.GetBytes(jsonBody));
                }
                else if (method == RequestMethod.Post) message.Request.Content = RequestContent.Create(Array.Empty<byte>());
                Interlocked.Increment(ref Calls);
                try
                {
                    await _pipeline.SendAsync(message, ct).ConfigureAwait(false);
                }
                catch (OperationCanceledException) when (!ct.IsCancellationRequested)
                {
                    throw new ArmCallException(resourceId, null, ErrorIds.LiveReadTimeout, "The request timed out.");
                }
                catch (global::Azure.RequestFailedException e)
                {
                    throw new ArmCallException(resourceId, e.Status == 0 ? (int?)null : e.Status, e.Status == 0 ? ErrorIds.LiveReadTimeout : LiveReadFailure.IdFor(e.Status), e.Message);
                }
                var response = message.Response;
                // Only long-running operations read headers (Location, Azure-AsyncOperation, Retry-After); a GET needs none.
                Dictionary<string, string> headers = null;
                if (withHeaders)
                {
                    headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
                    foreach (var h in response.Headers) headers[h.Name] = h.Value;
                }
                return (response.Status, response.Content, headers);
            }
        }

        /// <summary>The body as a neutral tree (an empty body as an empty object).</summary>
        internal static object Parse(BinaryData body, string resourceId)
        {
            var text = body?.ToString();
            if (string.IsNullOrWhiteSpace(text)) return JsonTree.NewObject();
            try { return JsonTree.Parse(text); }
            catch (FormatException e) { throw new ArmCallException(resourceId, 200, ErrorIds.LiveReadFailed, "ARM returned a body that is not JSON: " + e.Message); }
        }

        static ArmCallException Fail(string resourceId, int status, BinaryData content)
        {
            var body = content?.ToString();
            string code = null, text = null;
            try
            {
                if (!string.IsNullOrWhiteSpace(body) && JsonTree.Parse(body) is IDictionary<string, object> d && TreeReader.TryGet(d, "error", out var e) && e is IDictionary<string, object> err)
                {
                    code = TreeReader.TryGet(err, "code", out var c) ? c as string : null;
                    text = TreeReader.TryGet(err, "message", out var m) ? m as string : null;
                }
            }
            catch (FormatException) { }
            return new ArmCallException(resourceId, status, LiveReadFailure.IdFor(status), $"ARM answered {status}" + (code != null ? " " + code : "") + (text != null ? ": " + text : "."));
        }
    }
}
