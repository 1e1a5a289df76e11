using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using AzVpnHa.Azure;
using AzVpnHa.Spec;

namespace AzVpnHa.Host
{
    /// <summary>What the cmdlet passes to a live read: plain values only.</summary>
    internal sealed class LiveRequest
    {
        public string Environment;
        public string AccessToken;
        public bool UseManagedIdentity;
        public string ManagedIdentityClientId;
        public int ThrottleLimit = 8;
        public bool SkipBgp;
        public List<string> GatewayIds = new List<string>();
        /// <summary>Resource group / name pairs still needing a subscription.</summary>
        public List<(string Subscription, string ResourceGroup, string Name)> Named = new List<(string, string, string)>();
    }

    /// <summary>What the cmdlet passes to a fleet read (Resource Graph): plain values only.</summary>
    internal sealed class FleetRequest
    {
        public LiveRequest Sign = new LiveRequest();
        public List<string> Subscriptions = new List<string>();
        public List<string> ManagementGroups = new List<string>();
        /// <summary>Needed, All or None.</summary>
        public string BgpStatus = "Needed";
    }

    /// <summary>A fleet read's topologies and what it cost, in BCL and Core types.</summary>
    internal sealed class FleetOutcome
    {
        public List<Topology> Topologies = new List<Topology>();
        public List<LiveFailure> Failures = new List<LiveFailure>();
        public IReadOnlyList<SpecError> Notes = new SpecError[0];
        /// <summary>Lines for -Verbose: how many calls went where.</summary>
        public List<string> Summary = new List<string>();
        public bool SubscriptionLimitHit;
    }

    /// <summary>A failed read, in BCL types (the cmdlet must not touch AzVpnHa.Azure types before the loader is set up).</summary>
    internal sealed class LiveFailure
    {
        public string ErrorId;
        public string ResourceId;
        public int? Status;
        public string Message;
    }

    internal sealed class LiveOutcome
    {
        public Topology Topology;
        public List<LiveFailure> Failures = new List<LiveFailure>();
        public IReadOnlyList<SpecError> Notes = new SpecError[0];
        public int Gateways;
        public double ReadMilliseconds;
        public double BuildMilliseconds;
    }

    /// <summary>
    /// The only cmdlet-layer code that names AzVpnHa.Azure types. It is reached only after LiveDependencies.Ensure(),
    /// so JIT-compiling it resolves AzVpnHa.Azure through the load context, never at import.
    /// </summary>
    internal static class LiveAudit
    {
        public static async Task<LiveOutcome> RunAsync(LiveRequest request, Action<int, int, string> progress, CancellationToken ct)
        {
            var reader = new LiveEstateReader(new LiveReaderOptions
            {
                Environment = request.Environment ?? "AzureCloud",
                AccessToken = request.AccessToken,
                UseManagedIdentity = request.UseManagedIdentity,
                ManagedIdentityClientId = request.ManagedIdentityClientId,
                ThrottleLimit = request.ThrottleLimit,
                IncludeBgpPeerStatus = !request.SkipBgp,
                IncludeLearnedRoutes = !request.SkipBgp,
            });
            var outcome = new LiveOutcome();
            var ids = new List<string>(request.GatewayIds);
            string defaultSubscription = null;
            foreach (var (subscription, group, name) in request.Named)
            {
                var sub = subscription;
                if (sub == null)
                {
                    try { sub = defaultSubscription = defaultSubscription ?? await reader.GetDefaultSubscriptionIdAsync(ct).ConfigureAwait(false); }
                    catch (ArmCallException e) { Fail(outcome, e, "/subscriptions"); continue; }
                }
                ids.Add(LiveEstateReader.GatewayId(sub, group, name));
            }
            var clock = System.Diagnostics.Stopwatch.StartNew();
            var result = await reader.ReadAsync(ids, progress, ct).ConfigureAwait(false);
            outcome.ReadMilliseconds = clock.Elapsed.TotalMilliseconds;
            foreach (var f in result.Failures)
                outcome.Failures.Add(new LiveFailure { ErrorId = f.ErrorId, ResourceId = f.ResourceId, Status = f.Status, Message = f.Message });
            clock.Restart();
            outcome.Topology = result.ToTopology(out var notes);
            outcome.BuildMilliseconds = clock.Elapsed.TotalMilliseconds;
            outcome.Notes = notes;
            outcome.Gateways = result.Gateways.Count;
            return outcome;
        }

        /// <summary>
        /// A fleet read through Resource Graph; <paramref name="progress"/> gets (phase, done, total, text) from worker threads.
        /// </summary>
        public static async Task<FleetOutcome> RunFleetAsync(FleetRequest request, Action<string, int, int, string> progress, CancellationToken ct)
        {
            var reader = new FleetReader(new LiveReaderOptions
            {
                Environment = request.Sign.Environment ?? "AzureCloud",
                AccessToken = request.Sign.AccessToken,
                UseManagedIdentity = request.Sign.UseManagedIdentity,
                ManagedIdentityClientId = request.Sign.ManagedIdentityClientId,
                ThrottleLimit = request.Sign.ThrottleLimit,
            });
            var scope = new FleetScope();
            scope.Subscriptions.AddRange(request.Subscriptions);
            scope.ManagementGroups.AddRange(request.ManagementGroups);
            var mode = (BgpStatusMode)Enum.Parse(typeof(BgpStatusMode), request.BgpStatus, ignoreCase: true);
            var result = await reader.ReadAsync(scope, mode, p => progress?.Invoke(p.Phase, p.Done, p.Total, p.Current), ct).ConfigureAwait(false);
            var outcome = new FleetOutcome { Notes = result.Notes, SubscriptionLimitHit = result.SubscriptionLimitHit };
            outcome.Topologies.AddRange(result.Topologies);
            foreach (var f in result.Failures)
                outcome.Failures.Add(new LiveFailure { ErrorId = f.ErrorId, ResourceId = f.ResourceId, Status = f.Status, Message = f.Message });
            outcome.Summary.Add($"Resource Graph ({scope}): {result.ResourceGraphQueries} quer(ies), {result.ResourceGraphPages} page(s), {result.ResourceGraphRows} resource(s); {result.Gateways} VPN gateway(s) in {result.Topologies.Count} topolog(ies).");
            outcome.Summary.Add($"BGP status ({mode}): {result.BgpGateways} gateway(s), {result.ArmCalls} ARM call(s) in {result.ArmCallsBySubscription.Count} subscription(s)" +
                (result.ArmCallsBySubscription.Count > 0 ? $" (at most {result.ArmCallsBySubscription.Values.Max()} in one)" : "") + $"; {result.Throttled} throttled answer(s); {result.Elapsed.TotalSeconds:N1} s.");
            foreach (var s in result.ArmCallsBySubscription.OrderBy(x => x.Key, StringComparer.OrdinalIgnoreCase))
                outcome.Summary.Add($"  subscription {s.Key}: {s.Value} ARM call(s)");
            return outcome;
        }

        static void Fail(LiveOutcome outcome, ArmCallException e, string resource) =>
            outcome.Failures.Add(new LiveFailure { ErrorId = e.ErrorId, ResourceId = resource, Status = e.Status, Message = e.Message });
    }
}
