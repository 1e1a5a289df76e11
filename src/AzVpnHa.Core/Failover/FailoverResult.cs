using System;
using System.Collections.Generic;
using AzVpnHa.Failover;

namespace AzVpnHa
{
    /// <summary>
    /// What one failure scenario does to one site or VNet link: the tunnels left, whether the target stays
    /// connected, which flows move, what P2S clients see, and how long traffic stops, with the documents behind
    /// every number (Basis, Sources).
    /// </summary>
    public sealed class FailoverResult
    {
        /// <summary>The topology's name.</summary>
        public string Topology { get; internal set; }
        /// <summary>The scenario's stable name, e.g. "InstanceFailure vgw[0]" or "PlannedMaintenance vgw[0] + DeviceDown lgw-hq-fw2".</summary>
        public string Scenario { get; internal set; }
        public string Description { get; internal set; }
        /// <summary>1 for a single fault, 2 for a double fault.</summary>
        public int Depth { get; internal set; }
        public IReadOnlyList<FaultKind> FaultKinds { get; internal set; } = Array.Empty<FaultKind>();
        /// <summary>The site or VNet link.</summary>
        public string Target { get; internal set; }
        /// <summary>"Site" or "VNetLink".</summary>
        public string TargetType { get; internal set; }
        /// <summary>The article's configuration of the target.</summary>
        public TopologyKind Configuration { get; internal set; }
        /// <summary>Tunnels up before the fault (all planned ones; deployed ones not NotConnected).</summary>
        public int TunnelsBefore { get; internal set; }
        /// <summary>Tunnels that carry traffic once the failover is over (an active-standby tunnel taken over by the standby counts).</summary>
        public int SurvivingTunnels { get; internal set; }
        public IReadOnlyList<string> SurvivingTunnelNames { get; internal set; } = Array.Empty<string>();
        /// <summary>Tunnels the fault ends for as long as it lasts.</summary>
        public IReadOnlyList<string> LostTunnelNames { get; internal set; } = Array.Empty<string>();
        /// <summary>Active-standby tunnels that drop and come back on the standby instance.</summary>
        public IReadOnlyList<string> FailedOverTunnelNames { get; internal set; } = Array.Empty<string>();
        /// <summary>Tunnels that were already down (Status NotConnected) before the fault.</summary>
        public IReadOnlyList<string> AlreadyDownTunnelNames { get; internal set; } = Array.Empty<string>();
        /// <summary>Whether every network of the target is still reachable once the failover is over.</summary>
        public bool Connected { get; internal set; }
        /// <summary>Shortest expected interruption of the worst-hit flows; null for an outage lasting until the fault is repaired.</summary>
        public int? InterruptionMinSeconds { get; internal set; }
        /// <summary>Longest expected interruption of the worst-hit flows; null for an outage lasting until the fault is repaired.</summary>
        public int? InterruptionMaxSeconds { get; internal set; }
        /// <summary>The interruption as text: "none", "10-15 s", "0-45 s", or "outage".</summary>
        public string Interruption { get; internal set; }
        /// <summary>Share of the target's flows (spread evenly over its tunnels, ECMP) that move to another tunnel.</summary>
        public int MovedTrafficPercent { get; internal set; }
        public string FlowsMoved { get; internal set; }
        /// <summary>What point-to-site clients of the target's gateway(s) see.</summary>
        public string P2SImpact { get; internal set; }
        /// <summary>Why: the mechanism and each number with the short name of its source document.</summary>
        public string Basis { get; internal set; }
        /// <summary>Addresses of the documents Basis and P2SImpact cite.</summary>
        public IReadOnlyList<string> Sources { get; internal set; } = Array.Empty<string>();

        internal Remedy Remedies { get; set; }
        internal string[] Gateways { get; set; } = new string[0];

        public override string ToString() => Scenario + " / " + Target + ": " + (Connected ? "connected, " + Interruption : "outage");
    }
}
