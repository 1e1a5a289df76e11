using System;
using System.Collections.Generic;
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
        public List<string> Subscriptions = new List<string>();
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
            foreach (var subscription in request.Subscriptions)
            {
                try { ids.AddRange(await reader.ListGatewayIdsAsync(subscription, ct).ConfigureAwait(false)); }
                catch (ArmCallException e) { Fail(outcome, e, "/subscriptions/" + subscription); }
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

        static void Fail(LiveOutcome outcome, ArmCallException e, string resource) =>
            outcome.Failures.Add(new LiveFailure { ErrorId = e.ErrorId, ResourceId = resource, Status = e.Status, Message = e.Message });

        /// <summary>Test seam for Pester and the benchmark: a synthetic estate behind the fake ARM transport.</summary>
        public static void SetHook(string property, object value)
        {
            switch (property)
            {
                case "Reset": AzVpnHa.Azure.InternalHooks.Reset(); _synthetic = null; return;
                case "SyntheticGateways":
                    _count = Convert.ToInt32(value, System.Globalization.CultureInfo.InvariantCulture);
                    _forbidden = -1;
                    Rebuild(TimeSpan.Zero);
                    return;
                case "Delay": Synthetic().Delay = TimeSpan.FromMilliseconds(Convert.ToDouble(value, System.Globalization.CultureInfo.InvariantCulture)); return;
                case "ForbiddenGateway":
                    // Recorded answers are served in order: rebuild with the 403 recorded before the gateway's 200.
                    _forbidden = Convert.ToInt32(value, System.Globalization.CultureInfo.InvariantCulture);
                    Rebuild(Synthetic().Delay);
                    return;
                default: AzVpnHa.Azure.InternalHooks.SetTestHook(property, value); return;
            }
        }

        static RecordedArmTransport _synthetic;
        static int _count;
        static int _forbidden = -1;

        static void Rebuild(TimeSpan delay)
        {
            // No per-request log lines: the synthetic estate serves the audit benchmark, where the fake should cost little.
            _synthetic = new RecordedArmTransport { Delay = delay, LogRequests = false };
            if (_forbidden >= 0)
                _synthetic.Add("GET", SyntheticEstate.GatewayId(_forbidden), 403,
                    "{\"error\":{\"code\":\"AuthorizationFailed\",\"message\":\"The client does not have authorization to read this gateway.\"}}");
            for (int i = 0; i < _count; i++) SyntheticEstate.Record(_synthetic, i);
            AzVpnHa.Azure.InternalHooks.SetTestHook("Transport", _synthetic);
            AzVpnHa.Azure.InternalHooks.SetTestHook("FakeToken", "fake-token");
            AzVpnHa.Azure.InternalHooks.SetTestHook("PollInterval", 0);
        }
        static RecordedArmTransport Synthetic() => _synthetic ?? throw new InvalidOperationException("Set SyntheticGateways first.");

        public static string SyntheticGatewayId(int index) => SyntheticEstate.GatewayId(index);
        public static int SyntheticCalls => _synthetic?.Calls ?? 0;
        public static int SyntheticCriticalPathCalls => SyntheticEstate.CriticalPathCalls;
        public static int SyntheticCallsPerGateway => SyntheticEstate.CallsPerGateway;
    }
}
