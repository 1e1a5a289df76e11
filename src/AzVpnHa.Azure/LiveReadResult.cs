using System.Collections.Generic;
using AzVpnHa.Readers;
using AzVpnHa.Spec;

namespace AzVpnHa.Azure
{
    /// <summary>What one gateway's reads returned, as neutral trees (Core's JsonTree): no SDK type.</summary>
    public sealed class LiveGatewayRead
    {
        public LiveGatewayRead(string gatewayId) { GatewayId = gatewayId; }
        public string GatewayId { get; }
        /// <summary>GET payloads: the gateway, its connections, their LNGs and peer gateways, public IPs, the VNet.</summary>
        public List<object> Payloads { get; } = new List<object>();
        public object BgpPeerStatus { get; set; }
        public object LearnedRoutes { get; set; }
        /// <summary>Wall time of this gateway's reads, for the benchmark.</summary>
        public System.TimeSpan Elapsed { get; set; }
    }

    /// <summary>The outcome of a live read: the gateways read, and the reads that failed.</summary>
    public sealed class LiveReadResult
    {
        public List<LiveGatewayRead> Gateways { get; } = new List<LiveGatewayRead>();
        public List<LiveReadFailure> Failures { get; } = new List<LiveReadFailure>();

        /// <summary>Feeds every payload to the Core estate reader; its notes come back in <paramref name="notes"/>.</summary>
        internal Topology ToTopology(out IReadOnlyList<SpecError> notes)
        {
            var reader = new EstateReader();
            foreach (var g in Gateways)
                foreach (var payload in g.Payloads) reader.Add(payload, g.GatewayId);
            foreach (var g in Gateways)
            {
                if (g.BgpPeerStatus != null) reader.AddBgpPeerStatus(g.GatewayId, g.BgpPeerStatus);
                if (g.LearnedRoutes != null) reader.AddLearnedRoutes(g.GatewayId, g.LearnedRoutes);
            }
            var topology = reader.Read();
            notes = reader.Notes;
            return topology;
        }
    }
}
