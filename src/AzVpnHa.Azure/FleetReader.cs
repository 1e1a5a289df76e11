using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using AzVpnHa.Readers;
using AzVpnHa.Spec;
using AzVpnHa.Tree;

namespace AzVpnHa.Azure
{
    /// <summary>
    /// Reads a fleet of VPN gateways (subscriptions, a management group, or the tenant) with Azure Resource Graph: a few
    /// paged queries return every gateway, connection, local network gateway, gateway public IP and gateway VNet address
    /// space, which are joined into one topology per gateway (gateways joined by VNet-to-VNet connections, across
    /// subscriptions too, share one). ARM is then asked only for what Resource Graph cannot give, BGP peer status and
    /// learned routes, per <see cref="BgpStatusMode"/>, scheduled within each subscription's throttling budget.
    /// </summary>
    internal sealed class FleetReader
    {
        readonly LiveReaderOptions _options;
        readonly ArmCaller _arm;
        readonly IClock _clock;

        public FleetReader(LiveReaderOptions options)
        {
            _options = options ?? new LiveReaderOptions();
            // No retries in the pipeline: every wait (Retry-After, quota resets, backoff) is scheduled here, on the clock.
            _arm = ArmPipeline.Create(_options, maxRetries: 0);
            _clock = InternalHooks.Clock ?? SystemClock.Instance;
        }

        public async Task<FleetReadResult> ReadAsync(FleetScope scope, BgpStatusMode bgp, Action<FleetProgress> progress = null, CancellationToken ct = default)
        {
            var result = new FleetReadResult();
            var start = _clock.UtcNow;
            var rows = await QueryAsync(scope, result, progress, ct).ConfigureAwait(false);
            var groups = Group(rows);
            result.Gateways = groups.Sum(g => g.Gateways.Count);

            var jobs = new List<BgpScheduler.Job>();
            foreach (var g in groups)
            {
                foreach (var gatewayId in BgpGateways(g, bgp))
                {
                    result.BgpGateways++;
                    var subscription = ArmId.TryParse(gatewayId, out var id) ? id.Subscription : "";
                    jobs.Add(new BgpScheduler.Job { Subscription = subscription, GatewayId = gatewayId, Action = "getBgpPeerStatus" });
                    if (bgp == BgpStatusMode.All) jobs.Add(new BgpScheduler.Job { Subscription = subscription, GatewayId = gatewayId, Action = "getLearnedRoutes" });
                }
            }
            progress?.Invoke(new FleetProgress("BGP status", 0, jobs.Count, $"{result.BgpGateways} of {result.Gateways} gateway(s) asked for BGP status"));
            var asked = $"{result.BgpGateways} of {result.Gateways} gateway(s) asked for BGP status";
            if (jobs.Count > 0) await new BgpScheduler(_arm, _clock, _options, result).RunAsync(jobs, p => progress?.Invoke(new FleetProgress(p.Phase, p.Done, p.Total, asked)), ct).ConfigureAwait(false);
            var answers = jobs.Where(j => j.Result != null).ToLookup(j => j.GatewayId, StringComparer.OrdinalIgnoreCase);

            foreach (var g in groups)
            {
                var reader = g.Reader();
                foreach (var gatewayId in g.Gateways.Keys)
                {
                    foreach (var job in answers[gatewayId])
                    {
                        if (job.Action == "getBgpPeerStatus") reader.AddBgpPeerStatus(gatewayId, job.Result);
                        else reader.AddLearnedRoutes(gatewayId, job.Result);
                    }
                }
                result.Topologies.Add(reader.Read());
                result.Notes.AddRange(reader.Notes);
            }
            result.Elapsed = _clock.UtcNow - start;
            return result;
        }

        /// <summary>Synchronous form for callers without async (Windows PowerShell).</summary>
        public FleetReadResult Read(FleetScope scope, BgpStatusMode bgp, Action<FleetProgress> progress = null, CancellationToken ct = default) =>
            Task.Run(() => ReadAsync(scope, bgp, progress, ct)).GetAwaiter().GetResult();

        /// <summary>Every page of the query, batch by batch, within Resource Graph's quota.</summary>
        async Task<List<IDictionary<string, object>>> QueryAsync(FleetScope scope, FleetReadResult result, Action<FleetProgress> progress, CancellationToken ct)
        {
            var rows = new List<IDictionary<string, object>>();
            var quota = new ResourceGraphQuota();
            var batches = scope.Subscriptions.Count > 0
                ? scope.Subscriptions.Distinct(StringComparer.OrdinalIgnoreCase).Select((s, i) => (s, i)).GroupBy(x => x.i / ResourceGraphQuery.SubscriptionBatch).Select(b => (IReadOnlyList<string>)b.Select(x => x.s).ToList()).ToList()
                : new List<IReadOnlyList<string>> { null };
            var deadline = _clock.UtcNow + _options.OperationTimeout;
            foreach (var batch in batches)
            {
                string skipToken = null;
                int serverErrors = 0;
                while (true)
                {
                    ct.ThrowIfCancellationRequested();
                    var wait = quota.WaitFor(_clock.UtcNow);
                    if (wait > TimeSpan.Zero) await _clock.Delay(wait, ct).ConfigureAwait(false);
                    quota.Take();
                    var body = ResourceGraphQuery.Body(batch, scope.ManagementGroups, skipToken);
                    (int Status, BinaryData Body, Dictionary<string, string> Headers) answer;
                    try { answer = await _arm.ExchangeAsync("POST", ResourceGraphQuery.Path, ResourceGraphQuery.ApiVersion, body, ct).ConfigureAwait(false); }
                    catch (ArmCallException e) when (e.ErrorId == ErrorIds.LiveReadTimeout && ++serverErrors <= _options.MaxRetries) { continue; }
                    catch (ArmCallException e) { result.Failures.Add(new LiveReadFailure(e.ErrorId, ResourceGraphQuery.Path, null, e.Status, e.Message)); break; }
                    result.ResourceGraphQueries++;
                    var now = _clock.UtcNow;
                    quota.Observe(answer.Headers, now);
                    if (answer.Status == 429)
                    {
                        result.Throttled++;
                        var resets = answer.Headers.TryGetValue("x-ms-user-quota-resets-after", out var r) && TimeSpan.TryParse(r, System.Globalization.CultureInfo.InvariantCulture, out var t) ? t : TimeSpan.FromSeconds(5);
                        quota.Throttled(BgpScheduler.RetryAfter(answer.Headers, resets), now);
                        if (now > deadline) { result.Failures.Add(new LiveReadFailure(ErrorIds.LiveReadThrottled, ResourceGraphQuery.Path, null, 429, "Resource Graph kept answering 429.")); break; }
                        continue;
                    }
                    if (answer.Status >= 500 && ++serverErrors <= _options.MaxRetries)
                    {
                        await _clock.Delay(TimeSpan.FromSeconds(Math.Min(60, 0.8 * Math.Pow(2, serverErrors - 1))), ct).ConfigureAwait(false);
                        continue;
                    }
                    if (answer.Status != 200)
                    {
                        result.Failures.Add(new LiveReadFailure(LiveReadFailure.IdFor(answer.Status), ResourceGraphQuery.Path, null, answer.Status,
                            $"Resource Graph answered {answer.Status} for {scope}: {answer.Body}"));
                        break;
                    }
                    if (answer.Headers.TryGetValue("x-ms-tenant-subscription-limit-hit", out var hit) && hit.Equals("true", StringComparison.OrdinalIgnoreCase)) result.SubscriptionLimitHit = true;
                    var page = ArmCaller.Parse(answer.Body, ResourceGraphQuery.Path);
                    foreach (var row in ResourceGraphQuery.Rows(page)) rows.Add(ResourceGraphQuery.AsPayload(row));
                    result.ResourceGraphPages++;
                    serverErrors = 0;
                    skipToken = ResourceGraphQuery.SkipToken(page);
                    progress?.Invoke(new FleetProgress("Resource Graph", result.ResourceGraphPages, 0, $"{rows.Count} resource(s) in {result.ResourceGraphPages} page(s)"));
                    if (skipToken == null) break;
                }
            }
            result.ResourceGraphRows = rows.Count;
            return rows;
        }

        /// <summary>The payloads of gateways joined by VNet-to-VNet connections, with their connections, LNGs, public IPs and VNets.</summary>
        sealed class GatewayGroup
        {
            public readonly Dictionary<string, IDictionary<string, object>> Gateways = new Dictionary<string, IDictionary<string, object>>(StringComparer.OrdinalIgnoreCase);
            public readonly List<IDictionary<string, object>> Others = new List<IDictionary<string, object>>();

            public EstateReader Reader()
            {
                var reader = new EstateReader();
                foreach (var g in Gateways.Values) reader.Add(g, "Resource Graph");
                foreach (var o in Others) reader.Add(o, "Resource Graph");
                return reader;
            }
        }

        static List<GatewayGroup> Group(List<IDictionary<string, object>> rows)
        {
            var byType = rows.ToLookup(r => (Text(r, "type") ?? "").ToLowerInvariant());
            var byId = new Dictionary<string, IDictionary<string, object>>(StringComparer.OrdinalIgnoreCase);
            foreach (var r in rows) if (Text(r, "id") is string id) byId[id] = r;
            var gateways = byType[ArmShapes.GatewayType].Where(g => Text(g, "id") != null).ToList();
            var root = gateways.ToDictionary(g => Text(g, "id"), g => Text(g, "id"), StringComparer.OrdinalIgnoreCase);
            string Find(string x) { while (!string.Equals(root[x], x, StringComparison.OrdinalIgnoreCase)) x = root[x] = root[root[x]]; return x; }

            var connections = byType[ArmShapes.ConnectionType].ToList();
            foreach (var c in connections)
            {
                var a = IdAt(Properties(c), "virtualNetworkGateway1");
                var b = IdAt(Properties(c), "virtualNetworkGateway2");
                if (a != null && b != null && root.ContainsKey(a) && root.ContainsKey(b)) root[Find(a)] = Find(b);
            }
            var groups = new Dictionary<string, GatewayGroup>(StringComparer.OrdinalIgnoreCase);
            GatewayGroup GroupOf(string gatewayId) =>
                gatewayId != null && root.ContainsKey(gatewayId) ? (groups.TryGetValue(Find(gatewayId), out var g) ? g : groups[Find(gatewayId)] = new GatewayGroup()) : null;

            foreach (var g in gateways)
            {
                var group = GroupOf(Text(g, "id"));
                group.Gateways[Text(g, "id")] = g;
                foreach (var config in Objects(Properties(g), "ipConfigurations"))
                {
                    Attach(group, byId, IdAt(Properties(config), "publicIPAddress"));
                    var subnet = IdAt(Properties(config), "subnet");
                    var at = subnet?.IndexOf("/subnets/", StringComparison.OrdinalIgnoreCase) ?? -1;
                    if (at > 0) Attach(group, byId, subnet.Substring(0, at));
                }
            }
            foreach (var c in connections)
            {
                var group = GroupOf(IdAt(Properties(c), "virtualNetworkGateway1")) ?? GroupOf(IdAt(Properties(c), "virtualNetworkGateway2"));
                if (group == null) continue; // a connection of a gateway out of scope or not a VPN gateway
                group.Others.Add(c);
                Attach(group, byId, IdAt(Properties(c), "localNetworkGateway2"));
            }
            // Groups in a stable order: by their first gateway's id.
            return groups.Values.OrderBy(g => g.Gateways.Keys.OrderBy(k => k, StringComparer.OrdinalIgnoreCase).First(), StringComparer.OrdinalIgnoreCase).ToList();
        }

        static void Attach(GatewayGroup group, Dictionary<string, IDictionary<string, object>> byId, string id)
        {
            if (id != null && byId.TryGetValue(id, out var payload) && !group.Others.Contains(payload)) group.Others.Add(payload);
        }

        /// <summary>The gateways of a group whose BGP status is read, per <paramref name="mode"/>.</summary>
        static IEnumerable<string> BgpGateways(GatewayGroup group, BgpStatusMode mode)
        {
            if (mode == BgpStatusMode.None) return Enumerable.Empty<string>();
            var withBgp = group.Gateways.Where(g => Properties(g.Value) is IDictionary<string, object> p && TreeReader.TryGet(p, "enableBgp", out var b) && b is bool on && on).Select(g => g.Key).ToList();
            if (mode == BgpStatusMode.All || withBgp.Count == 0) return withBgp.OrderBy(x => x, StringComparer.OrdinalIgnoreCase);
            // Needed: judged on the group's topology without BGP rows, so "a site" means what the site grouper says it is.
            var topology = group.Reader().Read();
            var needed = new List<string>();
            foreach (var g in topology.Gateways)
            {
                if (!g.EnableBgp || g.ResourceId == null) continue;
                var bgpConnections = topology.Connections.Where(c => c.EnableBgp && c.ConnectionType == ConnectionType.IPsec && string.Equals(c.VirtualNetworkGateway1, g.Name, StringComparison.OrdinalIgnoreCase)).ToList();
                if (bgpConnections.Count == 0) continue;
                bool multiDeviceSite = topology.Sites.Any(s => string.Equals(s.Gateway, g.Name, StringComparison.OrdinalIgnoreCase) && s.LocalNetworkGateways.Count() >= 2);
                if (g.ActiveActive || multiDeviceSite) needed.Add(g.ResourceId);
            }
            return needed.Where(id => group.Gateways.ContainsKey(id)).OrderBy(x => x, StringComparer.OrdinalIgnoreCase);
        }

        static string Text(IDictionary<string, object> node, string key) => node != null && TreeReader.TryGet(node, key, out var v) ? v as string : null;

        static IDictionary<string, object> Properties(IDictionary<string, object> node) =>
            node != null && TreeReader.TryGet(node, "properties", out var p) ? p as IDictionary<string, object> : null;

        static IEnumerable<IDictionary<string, object>> Objects(IDictionary<string, object> node, string key) =>
            node != null && TreeReader.TryGet(node, key, out var v) && v is IList list ? list.OfType<IDictionary<string, object>>() : Enumerable.Empty<IDictionary<string, object>>();

        static string IdAt(IDictionary<string, object> node, string key) =>
            node != null && TreeReader.TryGet(node, key, out var inner) && inner is IDictionary<string, object> d ? Text(d, "id") : null;
    }
}
