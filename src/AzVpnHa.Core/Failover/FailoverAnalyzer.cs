using System;
using System.Collections.Generic;
using System.Linq;
using AzVpnHa.Catalog;
using AzVpnHa.Failover;

namespace AzVpnHa
{
    /// <summary>
    /// What each failure scenario does to each site and VNet link. The model, from the HA article (current text,
    /// 07/24/2024), about-active-active-gateways and the VPN FAQ:
    /// - A tunnel dies when its Azure instance, its device, its device's ISP link, its zone or its peer gateway
    ///   instance is down, or when it was NotConnected already.
    /// - Active-standby: the tunnels live on the active instance; losing it moves them to the standby, which takes
    ///   10-15 s (planned) or up to 1-3 min (unplanned). Flows stay on their tunnel; nothing moves.
    /// - Active-active and several devices: each instance and device has its own tunnels. A lost tunnel's flows move
    ///   to the survivors: with BGP, its routes are withdrawn (at once on planned maintenance; otherwise when dead peer
    ///   detection ends the tunnel or the 180 s BGP hold time expires, whichever is first). Without BGP, the two
    ///   tunnels of one active-active connection carry the same static routes, so the peer drops the lost one when DPD
    ///   ends it and the other carries on (article: routes "removed or withdrawn automatically"); but separate
    ///   connections (devices) carry their own static prefixes (several connections to one network need BGP: HA
    ///   article, VPN FAQ), so there is no failover between devices: traffic pinned to a lost device stops.
    /// - Flows are spread evenly over the up tunnels (the article requires ECMP); a flow stays on its tunnel unless
    ///   that tunnel fails (VPN FAQ: each flow uses one tunnel).
    /// </summary>
    internal static class FailoverAnalyzer
    {
        public static List<FailoverResult> Analyze(Topology topology, int depth = 1) =>
            Analyze(topology, ScenarioEnumerator.Enumerate(topology, depth));

        public static List<FailoverResult> Analyze(Topology topology, IEnumerable<Scenario> scenarios)
        {
            var targets = FailoverTarget.Of(topology);
            var connections = new Dictionary<string, Connection>(StringComparer.OrdinalIgnoreCase);
            foreach (var c in topology.Connections) if (c.Name != null && !connections.ContainsKey(c.Name)) connections.Add(c.Name, c);
            var results = new List<FailoverResult>();
            foreach (var scenario in scenarios)
            {
                var state = FaultState.Of(topology, scenario.Faults);
                foreach (var target in targets) results.Add(Evaluate(topology, connections, scenario, state, target));
            }
            return results;
        }

        /// <summary>One verdict per site and VNet link, over the results of Analyze.</summary>
        public static List<FailoverSummary> Summarize(Topology topology, IEnumerable<FailoverResult> results) =>
            FailoverSummarizer.Summarize(topology, results);

        struct Outcome
        {
            public Tunnel Tunnel;
            public TunnelFate Fate;
            public int Causes;
        }

        static int Bit(DownCause cause) => cause == DownCause.None ? 0 : 1 << (int)cause;
        static bool OnlyPlanned(int causes) => causes == Bit(DownCause.Planned);
        static bool Has(int causes, DownCause cause) => (causes & Bit(cause)) != 0;

        static FailoverResult Evaluate(Topology topology, Dictionary<string, Connection> connections, Scenario scenario, FaultState state, FailoverTarget target)
        {
            var outcomes = new Outcome[target.Tunnels.Count];
            // Route groups: all BGP tunnels of a target share its routes (ECMP); static tunnels share them only
            // within one connection. A group lives while one of its tunnels carries traffic.
            var groups = new Dictionary<string, (string Label, bool Before, bool Alive)>(StringComparer.OrdinalIgnoreCase);
            for (int i = 0; i < outcomes.Length; i++)
            {
                var t = target.Tunnels[i];
                outcomes[i] = Fate(topology, state, t);
                var key = t.Bgp ? "bgp" : "static|" + t.Connection;
                var label = t.Bgp ? "BGP" : t.LocalNetworkGateway != null ? "device " + t.RemoteName : "the link";
                groups.TryGetValue(key, out var g);
                groups[key] = (label,
                    g.Before || outcomes[i].Fate != TunnelFate.AlreadyDown,
                    g.Alive || outcomes[i].Fate == TunnelFate.Unaffected || outcomes[i].Fate == TunnelFate.FailedOver);
            }

            var result = new FailoverResult
            {
                Topology = topology.Name,
                Scenario = scenario.Name,
                Description = scenario.Description,
                Depth = scenario.Depth,
                FaultKinds = scenario.Faults.Select(f => f.Kind).ToArray(),
                Target = target.Name,
                TargetType = target.Type,
                Configuration = target.Kind,
                TunnelsBefore = outcomes.Count(o => o.Fate != TunnelFate.AlreadyDown),
                SurvivingTunnelNames = Names(outcomes, TunnelFate.Unaffected, TunnelFate.FailedOver),
                LostTunnelNames = Names(outcomes, TunnelFate.Lost),
                FailedOverTunnelNames = Names(outcomes, TunnelFate.FailedOver),
                AlreadyDownTunnelNames = Names(outcomes, TunnelFate.AlreadyDown),
                Connected = groups.Count > 0 && groups.Values.All(g => g.Alive),
                Gateways = target.Gateways.Select(g => g.Name).ToArray(),
            };
            result.SurvivingTunnels = result.SurvivingTunnelNames.Count;
            var sources = new List<string>();

            if (result.Connected) Recovery(outcomes, connections, result, sources);
            else Outage(topology, scenario, state, target, outcomes, groups, result, sources);

            if (scenario.Faults.Any(f => f.Kind == FaultKind.ZoneOutage))
            {
                foreach (var g in target.Gateways.Where(g => ZonePlacement.Model(topology, g) == ZoneModel.NotKnown))
                {
                    result.Basis += $" Zone placement of {g.Name} is not known: its Standard public IPs have no zones, which Azure is making zone-redundant region by region; if they are still non-zonal, a zone outage can take both instances.";
                    sources.Add(Sources.PublicIpZones);
                }
            }
            result.P2SImpact = P2S(state, target, sources);
            result.Sources = sources.Distinct(StringComparer.OrdinalIgnoreCase).ToArray();
            return result;
        }

        static Outcome Fate(Topology topology, FaultState state, Tunnel t)
        {
            if (string.Equals(t.Status, "NotConnected", StringComparison.OrdinalIgnoreCase))
                return new Outcome { Tunnel = t, Fate = TunnelFate.AlreadyDown };
            var (azureFate, azureCauses) = InstanceSide(state, topology.FindGateway(t.AzureGateway), t.AzureGateway, t.AzureInstance);
            var (remoteFate, remoteCauses) = t.LocalNetworkGateway != null
                ? (state.DeviceDown(t.LocalNetworkGateway) ? (TunnelFate.Lost, Bit(DownCause.Device)) : (TunnelFate.Unaffected, 0))
                : InstanceSide(state, topology.FindGateway(t.RemoteGateway), t.RemoteGateway, t.RemoteInstance ?? 0);
            var fate = (TunnelFate)Math.Max((int)azureFate, (int)remoteFate);
            // Only the sides that decide the fate explain it: a lost device outweighs the standby taking over.
            int causes = (azureFate == fate ? azureCauses : 0) | (remoteFate == fate ? remoteCauses : 0);
            return new Outcome { Tunnel = t, Fate = fate, Causes = causes };
        }

        /// <summary>One end of a tunnel on a gateway instance: active-active loses it; active-standby moves it to the standby if that one is up.</summary>
        static (TunnelFate, int) InstanceSide(FaultState state, Gateway gateway, string name, int instance)
        {
            var cause = state.Instance(name, instance);
            if (cause == DownCause.None) return (TunnelFate.Unaffected, 0);
            if (gateway == null || Rules.Known.ActiveActive(gateway)) return (TunnelFate.Lost, Bit(cause));
            var standby = state.Instance(name, 1 - instance);
            return standby == DownCause.None ? (TunnelFate.FailedOver, Bit(cause)) : (TunnelFate.Lost, Bit(cause) | Bit(standby));
        }

        static void Recovery(Outcome[] outcomes, Dictionary<string, Connection> connections, FailoverResult result, List<string> sources)
        {
            var mechanisms = new List<Mechanism>();
            int lost = 0;
            foreach (var o in outcomes)
            {
                if (o.Fate == TunnelFate.FailedOver)
                {
                    mechanisms.Add(OnlyPlanned(o.Causes)
                        ? new Mechanism("active-standby failover, planned", FailoverTimings.ActiveStandbyPlanned.MinSeconds, FailoverTimings.ActiveStandbyPlanned.MaxSeconds, FailoverTimings.ActiveStandbyPlanned)
                        : Has(o.Causes, DownCause.Zone)
                            ? new Mechanism("active-standby failover, unplanned (the zone outage took the active instance)",
                                FailoverTimings.ActiveStandbyUnplanned.MinSeconds, FailoverTimings.ActiveStandbyUnplanned.MaxSeconds, FailoverTimings.ActiveStandbyUnplanned, FailoverTimings.ZoneOutage)
                            : new Mechanism("active-standby failover, unplanned", FailoverTimings.ActiveStandbyUnplanned.MinSeconds, FailoverTimings.ActiveStandbyUnplanned.MaxSeconds, FailoverTimings.ActiveStandbyUnplanned));
                    result.Remedies |= Remedy.EnableActiveActive;
                }
                else if (o.Fate == TunnelFate.Lost)
                {
                    lost++;
                    mechanisms.Add(Withdrawal(connections, o));
                }
            }

            int before = result.TunnelsBefore;
            result.MovedTrafficPercent = before == 0 ? 0 : (int)Math.Round(100.0 * lost / before);
            result.FlowsMoved = lost > 0
                ? $"{result.MovedTrafficPercent}% (the flows of {string.Join(", ", result.LostTunnelNames)}) move to the surviving tunnels"
                : result.FailedOverTunnelNames.Count > 0
                    ? "none: flows stay on their tunnel, which the standby instance takes over"
                    : "none";

            if (mechanisms.Count == 0)
            {
                result.InterruptionMinSeconds = 0;
                result.InterruptionMaxSeconds = 0;
                result.Interruption = "none";
                result.Basis = "No tunnel of this target is affected.";
                return;
            }

            var distinct = mechanisms.GroupBy(m => m.Text).Select(g => g.First()).ToList();
            // The worst-hit flows wait for the slowest mechanism; none of them recovers before the latest start.
            result.InterruptionMinSeconds = distinct.Max(m => m.MinSeconds);
            result.InterruptionMaxSeconds = distinct.Max(m => m.MaxSeconds);
            result.Interruption = Range(result.InterruptionMinSeconds.Value, result.InterruptionMaxSeconds.Value);
            result.Basis = string.Join("; ", distinct.Select(m => Capitalize(m.Text) + ": " + Range(m.MinSeconds, m.MaxSeconds) + " (" + string.Join(", ", m.Facts.Select(f => f.Citation).Distinct()) + ")")) + ".";
            foreach (var m in distinct) sources.AddRange(m.Facts.Select(f => f.Source));
        }

        /// <summary>A lost tunnel in a surviving route group: its flows move once its routes are gone.</summary>
        static Mechanism Withdrawal(Dictionary<string, Connection> connections, Outcome o)
        {
            if (OnlyPlanned(o.Causes))
                return new Mechanism("routes of the maintained instance's tunnels are withdrawn gracefully", FailoverTimings.GracefulWithdrawal.MinSeconds, FailoverTimings.GracefulWithdrawal.MaxSeconds, FailoverTimings.GracefulWithdrawal);

            connections.TryGetValue(o.Tunnel.Connection ?? "", out var connection);
            int dpd = FailoverTimings.DeadPeerDetectionSeconds(connection);
            var dpdFact = FailoverTimings.DeadPeerDetectionDefault;
            string dpdText = connection?.DpdTimeoutSeconds > 0 ? $"the connection's DPD timeout ({dpd} s)"
                : connection != null && connection.IsUnknown(nameof(Connection.DpdTimeoutSeconds)) ? $"dead peer detection (set at deploy time; the {dpd} s default assumed)"
                : $"dead peer detection ({dpd} s default)";
            Mechanism m = o.Tunnel.Bgp
                ? new Mechanism($"BGP withdraws the lost tunnel's routes when {dpdText} ends it or the BGP hold time (180 s) expires, whichever is first",
                    0, Math.Min(dpd, FailoverTimings.BgpHold.MaxSeconds), dpdFact, FailoverTimings.BgpHold, FailoverTimings.GracefulWithdrawal)
                : new Mechanism($"without BGP, the peer drops the lost tunnel's static routes when {dpdText} ends it; the connection's other tunnel carries them",
                    0, dpd, dpdFact, FailoverTimings.GracefulWithdrawal);
            if (!Has(o.Causes, DownCause.Zone)) return m;
            return new Mechanism(m.Text + "; a zone outage typically lasts up to one minute",
                0, Math.Max(m.MaxSeconds, FailoverTimings.ZoneOutage.MaxSeconds), m.Facts.Concat(new[] { FailoverTimings.ZoneOutage }).ToArray());
        }

        static void Outage(Topology topology, Scenario scenario, FaultState state, FailoverTarget target, Outcome[] outcomes,
            Dictionary<string, (string Label, bool Before, bool Alive)> groups, FailoverResult result, List<string> sources)
        {
            result.InterruptionMinSeconds = null;
            result.InterruptionMaxSeconds = null;
            result.Interruption = "outage";
            result.MovedTrafficPercent = 0;
            result.FlowsMoved = "none: the flows of the unreachable networks stop until the fault is repaired";

            var reasons = new List<string>();
            if (groups.Count == 0)
            {
                reasons.Add("the target has no tunnel");
                result.Basis = "Outage: " + reasons[0] + ".";
                return;
            }
            bool someAlive = groups.Values.Any(g => g.Alive);
            foreach (var g in groups.Values.Where(g => !g.Alive))
            {
                if (!g.Before)
                {
                    reasons.Add($"the tunnels of {g.Label} were already NotConnected before the fault");
                    result.Remedies |= Remedy.RestoreTunnels;
                }
                else if (someAlive)
                {
                    reasons.Add($"static routing without BGP: the prefixes of {g.Label} have no other path (no failover between devices)");
                    result.Remedies |= Remedy.EnableBgp;
                    sources.Add(Sources.ArticleMultipleDevices);
                    sources.Add(Sources.FaqBgp);
                }
            }

            if (!someAlive)
            {
                int causes = outcomes.Where(o => o.Fate == TunnelFate.Lost).Aggregate(0, (a, o) => a | o.Causes);
                if (Has(causes, DownCause.Device))
                {
                    int devices = target.Tunnels.Where(t => t.LocalNetworkGateway != null).Select(t => t.LocalNetworkGateway).Distinct(StringComparer.OrdinalIgnoreCase).Count();
                    reasons.Add(devices <= 1 ? "the site's only device is unreachable" : "every device of the site is unreachable");
                    if (devices <= 1) { result.Remedies |= Remedy.AddDevice; sources.Add(Sources.ArticleMultipleDevices); }
                    else if (SharedLinkDown(topology, scenario, target)) result.Remedies |= Remedy.SeparateIspLinks;
                }
                foreach (var g in target.Gateways)
                {
                    var c0 = state.Instance(g.Name, 0);
                    var c1 = state.Instance(g.Name, 1);
                    if (c0 == DownCause.None || c1 == DownCause.None) continue;
                    bool zoneOnly = c0 == DownCause.Zone && c1 == DownCause.Zone;
                    if (zoneOnly && ZonePlacement.Model(topology, g) != ZoneModel.ZoneRedundant)
                    {
                        reasons.Add($"the zone outage takes both instances of {g.Name} ({ZonePlacement.Model(topology, g).ToString().ToLowerInvariant()}, not zone-redundant)");
                        result.Remedies |= Remedy.ZoneRedundant;
                        sources.Add(Sources.ZoneRedundant);
                    }
                    else reasons.Add($"both instances of {g.Name} are down ({(c0 == c1 ? Cause(c0) : Cause(c0) + " and " + Cause(c1))})");
                }
                if (result.AlreadyDownTunnelNames.Count > 0)
                {
                    reasons.Add("already NotConnected: " + string.Join(", ", result.AlreadyDownTunnelNames));
                    result.Remedies |= Remedy.RestoreTunnels;
                }
            }
            result.Basis = "Outage: " + string.Join("; ", reasons.Distinct()) + ".";
        }

        static string Cause(DownCause cause) =>
            cause == DownCause.Planned ? "maintenance" : cause == DownCause.Zone ? "zone outage" : "failure";

        static bool SharedLinkDown(Topology topology, Scenario scenario, FailoverTarget target)
        {
            foreach (var fault in scenario.Faults.Where(f => f.Kind == FaultKind.IspLinkDown))
            {
                int shared = target.Tunnels
                    .Where(t => t.LocalNetworkGateway != null && string.Equals(topology.FindLocalNetworkGateway(t.LocalNetworkGateway)?.Endpoint, fault.Endpoint, StringComparison.OrdinalIgnoreCase))
                    .Select(t => t.LocalNetworkGateway).Distinct(StringComparer.OrdinalIgnoreCase).Count();
                if (shared > 1) return true;
            }
            return false;
        }

        /// <summary>P2S clients are disconnected when the instance holding them fails or fails over, and must reconnect (HA article).</summary>
        static string P2S(FaultState state, FailoverTarget target, List<string> sources)
        {
            var impacts = new List<string>();
            foreach (var g in target.Gateways)
            {
                var c0 = state.Instance(g.Name, 0);
                var c1 = state.Instance(g.Name, 1);
                if (c0 != DownCause.None && c1 != DownCause.None)
                    impacts.Add($"P2S clients of {g.Name} are disconnected until an instance returns");
                else if (!Rules.Known.ActiveActive(g) && c0 != DownCause.None)
                    impacts.Add($"P2S clients of {g.Name} are disconnected by the failover and must reconnect");
                else if (Rules.Known.ActiveActive(g) && (c0 != DownCause.None || c1 != DownCause.None))
                    impacts.Add($"P2S clients on {g.Name} instance {(c0 != DownCause.None ? 0 : 1)} are disconnected and must reconnect");
            }
            if (impacts.Count == 0) return "none";
            sources.Add(Sources.ArticleActiveStandby);
            return string.Join("; ", impacts);
        }

        static string[] Names(Outcome[] outcomes, params TunnelFate[] fates) =>
            outcomes.Where(o => fates.Contains(o.Fate)).Select(o => o.Tunnel.ToString()).ToArray();

        internal static string Range(int min, int max) => min == max ? (min == 0 ? "0 s" : min + " s") : min + "-" + max + " s";

        static string Capitalize(string s) => s.Length == 0 ? s : char.ToUpperInvariant(s[0]) + s.Substring(1);
    }
}
