using System;
using System.Collections;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Diagnostics;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using AzVpnHa.Readers;
using AzVpnHa.Tree;

namespace AzVpnHa.Azure
{
    /// <summary>
    /// Reads deployed VPN gateways from ARM: per gateway the gateway, its connections (listed, then each one GET, since
    /// the list entity is slim), their local network gateways and the peer gateways of Vnet2Vnet connections (with the
    /// peer's connection back), the public IPs, the VNet, and BGP peer status and learned routes (long-running POSTs).
    /// Gateways run in parallel up to ThrottleLimit, each gateway's reads in parallel too; a failing read is recorded
    /// and the rest of the audit completes. Uses generic GETs over ArmClient's pipeline (Azure.ResourceManager.Network is
    /// not available) and hands back Core's neutral trees.
    /// </summary>
    public sealed class LiveEstateReader
    {
        /// <summary>Microsoft.Network API version for every read (available in the public, China and US Government clouds).</summary>
        public const string NetworkApiVersion = Readers.ArmShapes.NetworkApiVersion;
        const string SubscriptionsApiVersion = Readers.ArmShapes.SubscriptionsApiVersion;

        readonly LiveReaderOptions _options;
        readonly ArmCaller _arm;
        readonly ConcurrentDictionary<string, Lazy<Task<object>>> _cache = new ConcurrentDictionary<string, Lazy<Task<object>>>(StringComparer.OrdinalIgnoreCase);

        public LiveEstateReader(LiveReaderOptions options)
        {
            _options = options ?? new LiveReaderOptions();
            _arm = ArmPipeline.Create(_options, _options.MaxRetries);
        }

        /// <summary>HTTP calls made so far (for the benchmark and tests).</summary>
        public int CallCount => _arm.Calls;

        public static string GatewayId(string subscriptionId, string resourceGroupName, string name) =>
            $"/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.Network/virtualNetworkGateways/{name}";

        /// <summary>The first subscription the credential sees, for -ResourceGroupName/-Name without -SubscriptionId.</summary>
        public async Task<string> GetDefaultSubscriptionIdAsync(CancellationToken ct = default)
        {
            var subs = await _arm.GetPagedAsync("/subscriptions", SubscriptionsApiVersion, ct).ConfigureAwait(false);
            foreach (var s in subs)
            {
                if (s is IDictionary<string, object> d && TreeReader.TryGet(d, "subscriptionId", out var id) && id is string text) return text;
            }
            throw new ArmCallException("/subscriptions", null, "LiveReadNoSubscription", "The credential sees no subscription.");
        }

        /// <summary>
        /// Reads the gateways; <paramref name="progress"/> is called after each one (completed, total, gateway id) from a
        /// worker thread, so a cmdlet queues it and writes progress from its own thread. The topology is built once, from
        /// everything read, by <see cref="LiveReadResult.ToTopology"/>.
        /// </summary>
        public async Task<LiveReadResult> ReadAsync(IEnumerable<string> gatewayIds, Action<int, int, string> progress = null, CancellationToken ct = default)
        {
            var ids = gatewayIds.Where(i => !string.IsNullOrWhiteSpace(i)).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
            var failures = new ConcurrentQueue<LiveReadFailure>();
            var reads = new LiveGatewayRead[ids.Count];
            int done = 0;
            using (var gate = new SemaphoreSlim(Math.Max(1, _options.ThrottleLimit)))
            {
                await Task.WhenAll(ids.Select(async (id, index) =>
                {
                    await gate.WaitAsync(ct).ConfigureAwait(false);
                    try { reads[index] = await ReadGatewayAsync(id, failures, ct).ConfigureAwait(false); }
                    finally
                    {
                        // Report before releasing, so a callback never sees more gateways in flight than the limit.
                        try { progress?.Invoke(Interlocked.Increment(ref done), ids.Count, id); }
                        finally { gate.Release(); }
                    }
                })).ConfigureAwait(false);
            }
            var result = new LiveReadResult();
            result.Gateways.AddRange(reads.Where(r => r != null));
            result.Failures.AddRange(failures);
            return result;
        }

        /// <summary>Synchronous form for callers without async (Windows PowerShell).</summary>
        public LiveReadResult Read(IEnumerable<string> gatewayIds, Action<int, int, string> progress = null, CancellationToken ct = default) =>
            Task.Run(() => ReadAsync(gatewayIds, progress, ct)).GetAwaiter().GetResult();

        /// <summary>One gateway's reads: its resources and, beside them, its BGP status and learned routes.</summary>
        async Task<LiveGatewayRead> ReadGatewayAsync(string gatewayId, ConcurrentQueue<LiveReadFailure> failures, CancellationToken ct)
        {
            var clock = Stopwatch.StartNew();
            var read = new LiveGatewayRead(gatewayId);
            object gateway;
            try { gateway = await CachedGet(gatewayId, ct).ConfigureAwait(false); }
            catch (ArmCallException e) { failures.Enqueue(Failure(e, gatewayId)); return null; }
            lock (read.Payloads) read.Payloads.Add(gateway);

            var props = Properties(gateway);
            var configs = Objects(props, "ipConfigurations");
            var pipIds = configs.Select(c => IdAt(Properties(c), "publicIPAddress")).Where(x => x != null).ToList();
            var subnetId = configs.Select(c => IdAt(Properties(c), "subnet")).FirstOrDefault(x => x != null);
            var vnetId = subnetId != null && subnetId.IndexOf("/subnets/", StringComparison.OrdinalIgnoreCase) is int at && at > 0 ? subnetId.Substring(0, at) : null;
            bool bgp = props != null && TreeReader.TryGet(props, "enableBgp", out var b) && b is bool on && on;

            // The long-running BGP reads start first: they are the longest chain of calls.
            var bgpWork = new List<Task>();
            if (bgp && _options.IncludeBgpPeerStatus)
                bgpWork.Add(Guard(gatewayId + "/getBgpPeerStatus", gatewayId, failures, async () => read.BgpPeerStatus = await _arm.PostLongRunningAsync(gatewayId + "/getBgpPeerStatus", NetworkApiVersion, ct).ConfigureAwait(false)));
            if (bgp && _options.IncludeLearnedRoutes)
                bgpWork.Add(Guard(gatewayId + "/getLearnedRoutes", gatewayId, failures, async () => read.LearnedRoutes = await _arm.PostLongRunningAsync(gatewayId + "/getLearnedRoutes", NetworkApiVersion, ct).ConfigureAwait(false)));
            var work = new List<Task>();
            foreach (var pip in pipIds) work.Add(Optional(pip, gatewayId, read, failures, ct));
            if (vnetId != null) work.Add(Optional(vnetId, gatewayId, read, failures, ct));
            work.Add(ConnectionsAsync(gatewayId, read, failures, ct));
            await Task.WhenAll(work.Concat(bgpWork)).ConfigureAwait(false);
            read.Elapsed = clock.Elapsed;
            return read;
        }

        async Task ConnectionsAsync(string gatewayId, LiveGatewayRead read, ConcurrentQueue<LiveReadFailure> failures, CancellationToken ct)
        {
            List<object> listed;
            try { listed = await _arm.GetPagedAsync(gatewayId + "/connections", NetworkApiVersion, ct).ConfigureAwait(false); }
            catch (ArmCallException e) { failures.Enqueue(Failure(e, gatewayId)); return; }
            var ids = listed.Select(x => IdAt(x as IDictionary<string, object>, null)).Where(x => x != null).ToList();
            await Task.WhenAll(ids.Select(id => ConnectionAsync(id, gatewayId, read, failures, ct, followPeer: true))).ConfigureAwait(false);
        }

        async Task ConnectionAsync(string connectionId, string gatewayId, LiveGatewayRead read, ConcurrentQueue<LiveReadFailure> failures, CancellationToken ct, bool followPeer)
        {
            var connection = await Optional(connectionId, gatewayId, read, failures, ct).ConfigureAwait(false);
            var props = Properties(connection);
            if (props == null) return;
            var lngId = IdAt(props, "localNetworkGateway2");
            var peerId = IdAt(props, "virtualNetworkGateway2");
            var next = new List<Task>();
            if (lngId != null) next.Add(Optional(lngId, gatewayId, read, failures, ct));
            if (followPeer && peerId != null && !string.Equals(peerId, gatewayId, StringComparison.OrdinalIgnoreCase))
                next.Add(PeerGatewayAsync(peerId, gatewayId, read, failures, ct));
            await Task.WhenAll(next).ConfigureAwait(false);
        }

        /// <summary>A Vnet2Vnet peer: its gateway, and its connection back to this gateway, so the link has both sides.</summary>
        async Task PeerGatewayAsync(string peerId, string gatewayId, LiveGatewayRead read, ConcurrentQueue<LiveReadFailure> failures, CancellationToken ct)
        {
            var peer = await Optional(peerId, gatewayId, read, failures, ct).ConfigureAwait(false);
            if (peer == null) return;
            List<object> listed;
            try { listed = await _arm.GetPagedAsync(peerId + "/connections", NetworkApiVersion, ct).ConfigureAwait(false); }
            catch (ArmCallException e) { failures.Enqueue(Failure(e, gatewayId)); return; }
            var back = listed.OfType<IDictionary<string, object>>()
                .Where(c => string.Equals(IdAt(Properties(c), "virtualNetworkGateway2"), gatewayId, StringComparison.OrdinalIgnoreCase))
                .Select(c => IdAt(c, null)).Where(x => x != null);
            await Task.WhenAll(back.Select(id => ConnectionAsync(id, gatewayId, read, failures, ct, followPeer: false))).ConfigureAwait(false);
        }

        /// <summary>A read whose failure is recorded but does not stop the gateway's audit; null when it failed.</summary>
        async Task<object> Optional(string resourceId, string gatewayId, LiveGatewayRead read, ConcurrentQueue<LiveReadFailure> failures, CancellationToken ct)
        {
            try
            {
                var tree = await CachedGet(resourceId, ct).ConfigureAwait(false);
                lock (read.Payloads) read.Payloads.Add(tree);
                return tree;
            }
            catch (ArmCallException e) { failures.Enqueue(Failure(e, gatewayId)); return null; }
        }

        async Task Guard(string resourceId, string gatewayId, ConcurrentQueue<LiveReadFailure> failures, Func<Task> action)
        {
            try { await action().ConfigureAwait(false); }
            catch (ArmCallException e) { failures.Enqueue(Failure(e, gatewayId)); }
        }

        /// <summary>One GET per resource per audit: an LNG or peer gateway shared by several gateways is read once.</summary>
        Task<object> CachedGet(string resourceId, CancellationToken ct) =>
            _cache.GetOrAdd(resourceId, id => new Lazy<Task<object>>(() => _arm.GetAsync(id, NetworkApiVersion, ct))).Value;

        static LiveReadFailure Failure(ArmCallException e, string gatewayId) => new LiveReadFailure(e.ErrorId, e.ResourceId, gatewayId, e.Status, e.Message);

        static IDictionary<string, object> Properties(object node) =>
            node is IDictionary<string, object> d && TreeReader.TryGet(d, "properties", out var p) ? p as IDictionary<string, object> : null;

        static List<IDictionary<string, object>> Objects(IDictionary<string, object> node, string key) =>
            node != null && TreeReader.TryGet(node, key, out var v) && v is IList list ? list.OfType<IDictionary<string, object>>().ToList() : new List<IDictionary<string, object>>();

        /// <summary>node.key.id (or node.id when key is null).</summary>
        static string IdAt(IDictionary<string, object> node, string key)
        {
            if (node == null) return null;
            if (key != null) node = TreeReader.TryGet(node, key, out var inner) ? inner as IDictionary<string, object> : null;
            return node != null && TreeReader.TryGet(node, "id", out var id) ? id as string : null;
        }
    }
}
