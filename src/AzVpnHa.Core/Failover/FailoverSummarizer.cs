using System;
using System.Collections.Generic;
using System.Linq;

namespace AzVpnHa.Failover
{
    /// <summary>Folds the results of each site or VNet link into one verdict and a list of fixes.</summary>
    internal static class FailoverSummarizer
    {
        public static List<FailoverSummary> Summarize(Topology topology, IEnumerable<FailoverResult> results)
        {
            var summaries = new List<FailoverSummary>();
            foreach (var target in results.GroupBy(r => (r.TargetType, r.Target)))
            {
                var all = target.ToList();
                var singles = all.Where(r => r.Depth == 1).ToList();
                // A whole-gateway loss is both of the peer's instances at once: reported, but no single link survives it.
                var counted = singles.Where(r => !r.FaultKinds.Contains(FaultKind.GatewayLoss)).ToList();
                var outages = counted.Where(r => !r.Connected).ToList();
                var doubles = all.Where(r => r.Depth == 2).ToList();
                var first = all[0];

                var summary = new FailoverSummary
                {
                    Topology = first.Topology,
                    Target = first.Target,
                    TargetType = first.TargetType,
                    Configuration = first.Configuration,
                    Tunnels = first.TunnelsBefore + first.AlreadyDownTunnelNames.Count,
                    SingleFaultScenarios = singles.Count,
                    SurvivesEverySingleFault = outages.Count == 0,
                    OutageScenarios = outages.Select(r => r.Scenario).ToArray(),
                    GatewayLossOutages = singles.Where(r => r.FaultKinds.Contains(FaultKind.GatewayLoss) && !r.Connected).Select(r => r.Scenario).ToArray(),
                    DoubleFaultScenarios = doubles.Count,
                    DoubleFaultsSurvived = doubles.Count(r => r.Connected),
                };

                var survived = counted.Where(r => r.Connected).ToList();
                var worst = survived.OrderByDescending(r => r.InterruptionMaxSeconds ?? 0).ThenByDescending(r => r.InterruptionMinSeconds ?? 0).FirstOrDefault();
                summary.WorstInterruptionSeconds = worst?.InterruptionMaxSeconds ?? 0;
                if (outages.Count > 0)
                {
                    summary.WorstScenario = outages[0].Scenario;
                    summary.WorstInterruption = "outage (" + outages[0].Scenario + (outages.Count > 1 ? " and " + (outages.Count - 1) + " more" : "") + ")";
                }
                else if (worst != null && worst.InterruptionMaxSeconds > 0)
                {
                    summary.WorstScenario = worst.Scenario;
                    summary.WorstInterruption = worst.Interruption + " (" + worst.Scenario + ")";
                }
                else summary.WorstInterruption = "none";

                var remedies = counted.Aggregate(Remedy.None, (a, r) => a | r.Remedies);
                summary.Fixes = Fixes(topology, first, remedies, all).ToArray();
                summaries.Add(summary);
            }
            return summaries;
        }

        static IEnumerable<string> Fixes(Topology topology, FailoverResult target, Remedy remedies, List<FailoverResult> results)
        {
            var gateways = target.Gateways.Select(topology.FindGateway).Where(g => g != null).ToList();
            if ((remedies & Remedy.RestoreTunnels) != 0)
                yield return "Restore the tunnels that are NotConnected (" + string.Join(", ", target.AlreadyDownTunnelNames) + "): until then the target has less redundancy than planned.";
            if ((remedies & Remedy.AddDevice) != 0)
                yield return $"Add a second on-premises VPN device to site '{target.Target}', with its own local network gateway and connection, and run BGP on both (article: multiple on-premises VPN devices).";
            if ((remedies & Remedy.EnableBgp) != 0)
                yield return $"Enable BGP on every connection of '{target.Target}' and advertise the same prefixes from each device: with static routes, traffic for a lost device's prefixes does not fail over.";
            if ((remedies & Remedy.SeparateIspLinks) != 0)
                yield return $"Give each device of '{target.Target}' its own ISP link and public IP: one link failure takes several devices now.";
            if ((remedies & Remedy.ZoneRedundant) != 0)
            {
                foreach (var g in gateways.Where(g => ZonePlacement.Model(topology, g) != ZoneModel.ZoneRedundant))
                    yield return $"Make gateway '{g.Name}' zone-redundant: a VpnGw1AZ-VpnGw5AZ SKU with Standard public IPs in zones 1, 2, 3 ({ZonePlacement.Model(topology, g).ToString().ToLowerInvariant()} now).";
            }
            if ((remedies & Remedy.EnableActiveActive) != 0)
            {
                foreach (var g in gateways.Where(g => !g.ActiveActive))
                    yield return $"Enable active-active on gateway '{g.Name}': losing an instance then costs a route withdrawal (up to the DPD timeout) instead of the standby failover (10-15 s planned, up to 1-3 min unplanned).";
            }
        }
    }
}
