using System;
using System.Collections.Generic;
using AzVpnHa.Spec;

namespace AzVpnHa.Azure
{
    /// <summary>
    /// Which gateways a fleet read asks for BGP peer status and learned routes (long-running POSTs, the only ARM calls a
    /// fleet read makes). Needed: peer status only, and only for gateways where a finding depends on it: BGP gateways with
    /// a BGP connection that are active-active, or that serve a site of two or more devices; HA034 (peers connected) and
    /// HA035 (ECMP in effect, judged from peer status when routes are not read) judge those. All: peer status and learned
    /// routes for every BGP gateway, as a per-gateway read does. None: no ARM call at all.
    /// </summary>
    internal enum BgpStatusMode { Needed, All, None }

    /// <summary>What a fleet read covers: subscriptions, management groups, or (neither) every subscription the caller sees.</summary>
    internal sealed class FleetScope
    {
        public List<string> Subscriptions { get; } = new List<string>();
        public List<string> ManagementGroups { get; } = new List<string>();
        public bool IsTenant => Subscriptions.Count == 0 && ManagementGroups.Count == 0;

        public override string ToString() =>
            Subscriptions.Count > 0 ? $"{Subscriptions.Count} subscription(s)" : ManagementGroups.Count > 0 ? "management group " + string.Join(", ", ManagementGroups) : "the tenant";
    }

    /// <summary>Progress of a fleet read: which phase, how far, and what it is on.</summary>
    internal sealed class FleetProgress
    {
        public FleetProgress(string phase, int done, int total, string current) { Phase = phase; Done = done; Total = total; Current = current; }
        public string Phase { get; }
        public int Done { get; }
        public int Total { get; }
        public string Current { get; }
    }

    /// <summary>The topologies of a fleet (one per gateway, or per group of gateways joined by VNet-to-VNet connections) and what it cost.</summary>
    internal sealed class FleetReadResult
    {
        public List<Topology> Topologies { get; } = new List<Topology>();
        public List<LiveReadFailure> Failures { get; } = new List<LiveReadFailure>();
        public List<SpecError> Notes { get; } = new List<SpecError>();
        public int Gateways { get; internal set; }
        public int ResourceGraphQueries { get; internal set; }
        public int ResourceGraphPages { get; internal set; }
        public int ResourceGraphRows { get; internal set; }
        /// <summary>ARM calls (the BGP operations: POSTs, polls, results), in total and by subscription.</summary>
        public int ArmCalls { get; internal set; }
        public Dictionary<string, int> ArmCallsBySubscription { get; } = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        /// <summary>Gateways whose BGP peer status was asked for.</summary>
        public int BgpGateways { get; internal set; }
        /// <summary>429 answers received (ARM and Resource Graph); a default run is scheduled to get none.</summary>
        public int Throttled { get; internal set; }
        /// <summary>Time the read took by the reader's clock (virtual in the fleet benchmark).</summary>
        public TimeSpan Elapsed { get; internal set; }
        /// <summary>Resource Graph answered for only the first 10,000 subscriptions of the scope (x-ms-tenant-subscription-limit-hit).</summary>
        public bool SubscriptionLimitHit { get; internal set; }
    }
}
