using System;

namespace AzVpnHa.Catalog
{
    internal enum SkuStatus
    {
        /// <summary>Recommended for new gateways (the AZ SKUs).</summary>
        Current,
        /// <summary>Dev-test only; not retiring (Basic).</summary>
        DevTest,
        /// <summary>Non-AZ VpnGw1-5: creation blocked, migrating to the AZ SKUs.</summary>
        Migrating,
        /// <summary>Legacy Standard / HighPerformance: creation blocked, retired.</summary>
        Legacy,
    }

    /// <summary>One row of the VPN gateway SKU table, with the facts the rules need.</summary>
    internal sealed class GatewaySku
    {
        internal GatewaySku(string name, int maxTunnels, bool bgp, bool activeActive, bool zoneRedundant, SkuStatus status,
            bool generation1, bool generation2, string throughput, string successor = null,
            DateTime? creationBlocked = null, DateTime? retirement = null)
        {
            Name = name;
            MaxTunnels = maxTunnels;
            SupportsBgp = bgp;
            SupportsActiveActive = activeActive;
            ZoneRedundant = zoneRedundant;
            Status = status;
            Generation1 = generation1;
            Generation2 = generation2;
            Throughput = throughput;
            Successor = successor;
            CreationBlocked = creationBlocked;
            Retirement = retirement;
        }

        public string Name { get; }
        /// <summary>S2S/VNet-to-VNet tunnels: "each connection is counted against the maximum number of tunnels" (HA article); no current doc counts an active-active connection twice (HA007).</summary>
        public int MaxTunnels { get; }
        public bool SupportsBgp { get; }
        public bool SupportsActiveActive { get; }
        public bool ZoneRedundant { get; }
        public SkuStatus Status { get; }
        public bool Generation1 { get; }
        public bool Generation2 { get; }
        public string Throughput { get; }
        /// <summary>The SKU Microsoft migrates this one to, when it is retiring.</summary>
        public string Successor { get; }
        public DateTime? CreationBlocked { get; }
        public DateTime? Retirement { get; }

        public bool SupportsGeneration(string generation) =>
            generation == null || generation == "None" ||
            (generation == "Generation1" && Generation1) || (generation == "Generation2" && Generation2);

        public override string ToString() => Name;
    }
}
