using System;
using System.Collections.Generic;
using System.Linq;
using AzVpnHa.Failover;

namespace AzVpnHa
{
    /// <summary>
    /// Lists the failure scenarios of a topology: every single fault (depth 1), and with depth 2 also every pair
    /// of them. Linear in topology size for depth 1, quadratic in the number of faults for depth 2.
    /// </summary>
    internal static class ScenarioEnumerator
    {
        /// <summary>
        /// Single faults: per gateway, planned maintenance and unplanned loss of instance 0 and 1 (every gateway
        /// has two instances, active-standby included: vpn-gateway-highlyavailable); per local network gateway,
        /// the device down; per distinct device endpoint, its ISP link down; per zone holding an instance, a zone
        /// outage; per gateway of a VNet-to-VNet link, the loss of the whole gateway.
        /// </summary>
        public static List<Fault> SingleFaults(Topology topology)
        {
            var faults = new List<Fault>();
            foreach (var g in topology.Gateways)
            {
                bool activeStandby = !Rules.Known.ActiveActive(g);
                for (int i = 0; i < 2; i++) faults.Add(Fault.Maintenance(g.Name, i, activeStandby));
                for (int i = 0; i < 2; i++) faults.Add(Fault.InstanceLoss(g.Name, i, activeStandby));
            }

            foreach (var lng in topology.LocalNetworkGateways) faults.Add(Fault.Device(lng));

            foreach (var link in topology.LocalNetworkGateways
                         .Where(l => l.Endpoint != null)
                         .GroupBy(l => l.Endpoint, StringComparer.OrdinalIgnoreCase))
            {
                faults.Add(Fault.IspLink(link.Key, string.Join(", ", link.Select(l => l.Device ?? l.Name))));
            }

            var zones = new SortedSet<string>(StringComparer.Ordinal);
            bool regional = false;
            foreach (var g in topology.Gateways)
            {
                for (int i = 0; i < 2; i++)
                {
                    var zone = ZonePlacement.ZoneOf(topology, g, i);
                    if (zone == null) regional = true;
                    else zones.Add(zone);
                }
            }
            foreach (var zone in zones) faults.Add(Fault.ZoneDown(zone));
            // With no known zone at all, one outage of "the zone the regional gateways sit in" stands for all three; it
            // also stands for gateways whose placement is not known, whose verdict then says so.
            if (regional && zones.Count == 0) faults.Add(Fault.ZoneDown(null));

            var peers = new SortedSet<string>(StringComparer.OrdinalIgnoreCase);
            foreach (var link in topology.VNetLinks)
            {
                if (link.GatewayA != null) peers.Add(link.GatewayA);
                if (link.GatewayB != null) peers.Add(link.GatewayB);
            }
            foreach (var gateway in peers) faults.Add(Fault.WholeGateway(gateway));
            return faults;
        }

        /// <summary>Depth 1: the single faults. Depth 2: the single faults, then every unordered pair that is a real double fault.</summary>
        public static List<Scenario> Enumerate(Topology topology, int depth = 1)
        {
            if (depth < 1 || depth > 2) throw new ArgumentOutOfRangeException(nameof(depth), depth, "Depth is 1 (single faults) or 2 (double faults).");
            var faults = SingleFaults(topology);
            var scenarios = faults.Select(f => new Scenario(f)).ToList();
            if (depth == 1) return scenarios;

            var effects = faults.Select(f => FaultState.Effects(topology, f)).ToArray();
            for (int a = 0; a < faults.Count; a++)
            {
                for (int b = a + 1; b < faults.Count; b++)
                {
                    if (IsDoubleFault(faults[a], faults[b], effects[a], effects[b])) scenarios.Add(new Scenario(faults[a], faults[b]));
                }
            }
            return scenarios;
        }

        /// <summary>
        /// A pair is skipped when one fault already contains the other (a zone outage and an instance in that zone,
        /// a device and the ISP link only it uses) and for two planned maintenances of one gateway: Azure maintains
        /// a gateway's instances "sequentially, never simultaneously" (reliability guide, maintenance section).
        /// </summary>
        static bool IsDoubleFault(Fault a, Fault b, HashSet<string> effectsA, HashSet<string> effectsB)
        {
            if (a.Kind == FaultKind.PlannedMaintenance && b.Kind == FaultKind.PlannedMaintenance &&
                string.Equals(a.Gateway, b.Gateway, StringComparison.OrdinalIgnoreCase))
                return false;
            if (effectsA.Count == 0 || effectsB.Count == 0) return false;
            return !effectsA.IsSubsetOf(effectsB) && !effectsB.IsSubsetOf(effectsA);
        }
    }
}
