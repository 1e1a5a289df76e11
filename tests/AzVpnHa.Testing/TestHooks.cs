using System;
using System.Collections;
using System.Globalization;
using System.Linq;
using AzVpnHa.Azure;

namespace AzVpnHa.Testing
{
    /// <summary>
    /// What [AzVpnHa.Host.InternalHooks]::SetTestHook reaches (by reflection, once build.ps1 has put this assembly in
    /// out/testing): puts a fake ARM behind the live readers. SyntheticGateways N: the recorded estate of N dual-redundant
    /// gateways ('Delay' ms per call, 'ForbiddenGateway' index answering 403). SyntheticFleet N: the simulated ARM and
    /// Resource Graph with the synthetic fleet of N gateways on a virtual clock ('Enforce' throttling on or off,
    /// 'GraphStorm' / 'ArmStorm' N answers of 429). 'Reset' removes every fake.
    /// </summary>
    public static class TestHooks
    {
        static RecordedArmTransport _recorded;
        static int _count;
        static int _forbidden = -1;
        static SimulatedArm _fleet;
        static DateTime _fleetStart;

        public static void SetTestHook(string property, object value)
        {
            switch (property)
            {
                case "Reset": InternalHooks.Reset(); _recorded = null; _fleet = null; return;
                case "SyntheticGateways":
                    _count = Int(value);
                    _forbidden = -1;
                    _fleet = null;
                    Rebuild(TimeSpan.Zero);
                    return;
                case "Delay": Recorded().Delay = TimeSpan.FromMilliseconds(Convert.ToDouble(value, CultureInfo.InvariantCulture)); return;
                case "ForbiddenGateway":
                    // Recorded answers are served in order: rebuild with the 403 recorded before the gateway's 200.
                    _forbidden = Int(value);
                    Rebuild(Recorded().Delay);
                    return;
                case "SyntheticFleet":
                    // N gateways, 40 to a subscription; or "N/M": M to a subscription.
                    _recorded = null;
                    var clock = new VirtualClock();
                    _fleet = new SimulatedArm(clock);
                    var text = Convert.ToString(value, CultureInfo.InvariantCulture).Split('/');
                    SyntheticFleet.Build(_fleet, Int(text[0]), text.Length > 1 ? Int(text[1]) : SyntheticFleet.GatewaysPerSubscription);
                    _fleetStart = clock.UtcNow;
                    InternalHooks.SetTestHook("Transport", _fleet);
                    InternalHooks.SetTestHook("FakeToken", "fake-token");
                    InternalHooks.SetTestHook("Clock", clock);
                    // The per-gateway reader polls on the wall clock: no real waits for it in tests.
                    InternalHooks.SetTestHook("PollInterval", 0);
                    return;
                case "Enforce": Fleet().Enforce = Convert.ToBoolean(value, CultureInfo.InvariantCulture); return;
                case "GraphStorm": Fleet().GraphStorm = Int(value); return;
                case "ArmStorm": Fleet().ArmStorm = Int(value); return;
                case "ResetCounters": Fleet().ResetCounters(); _fleetStart = Fleet().Clock.UtcNow; return;
                default: InternalHooks.SetTestHook(property, value); return;
            }
        }

        public static string SyntheticGatewayId(int index) => _fleet != null ? SyntheticFleet.GatewayId(index) : SyntheticEstate.GatewayId(index);

        /// <summary>Calls the fake served so far (the recorded estate's, else the simulated fleet's ARM calls).</summary>
        public static int SyntheticCalls() => _recorded?.Calls ?? _fleet?.ArmCalls ?? 0;

        /// <summary>The simulated fleet's counters: ARM calls (GET, POST), Resource Graph queries, 429s, virtual seconds since the counters were reset.</summary>
        public static Hashtable FleetCounters()
        {
            var f = Fleet();
            return new Hashtable
            {
                ["ArmCalls"] = f.ArmCalls, ["ArmGets"] = f.ArmGets, ["ArmPosts"] = f.ArmPosts, ["GraphQueries"] = f.GraphQueries,
                ["Throttled"] = f.Throttled, ["VirtualSeconds"] = (f.Clock.UtcNow - _fleetStart).TotalSeconds,
                ["Subscriptions"] = f.Subscriptions.Count(), ["MaxArmCallsInOneSubscription"] = f.ArmCallsBySubscription.Values.DefaultIfEmpty(0).Max(),
                ["LargestPage"] = f.PageSizes.DefaultIfEmpty(0).Max(),
                ["LowerBoundSeconds"] = f.LowerBound().TotalSeconds,
            };
        }

        static int Int(object value) => Convert.ToInt32(value, CultureInfo.InvariantCulture);

        static void Rebuild(TimeSpan delay)
        {
            // No per-request log lines: the synthetic estate serves the audit benchmark, where the fake should cost little.
            _recorded = new RecordedArmTransport { Delay = delay, LogRequests = false };
            if (_forbidden >= 0)
                _recorded.Add("GET", SyntheticEstate.GatewayId(_forbidden), 403,
                    "{\"error\":{\"code\":\"AuthorizationFailed\",\"message\":\"The client does not have authorization to read this gateway.\"}}");
            for (int i = 0; i < _count; i++) SyntheticEstate.Record(_recorded, i);
            InternalHooks.SetTestHook("Transport", _recorded);
            InternalHooks.SetTestHook("FakeToken", "fake-token");
            InternalHooks.SetTestHook("PollInterval", 0);
        }

        static RecordedArmTransport Recorded() => _recorded ?? throw new InvalidOperationException("Set SyntheticGateways first.");
        static SimulatedArm Fleet() => _fleet ?? throw new InvalidOperationException("Set SyntheticFleet first.");
    }
}
