using System;
using System.Collections.Generic;
namespace AzVpnHa
{
    /// <summary>An on-premises network and the devices (LNGs) that connect it to one Azure gateway.</summary>
    public sealed class Site
    {
        public string Name { get; internal set; }
        public string Gateway { get; internal set; }
        public IReadOnlyList<string> AddressPrefixes { get; internal set; } = Array.Empty<string>();
        public IReadOnlyList<string> LocalNetworkGateways { get; internal set; } = Array.Empty<string>();
        public TopologyKind Kind { get; internal set; }
        public Redundancy Redundancy { get; internal set; }
        public int TunnelCount { get; internal set; }

        public override string ToString() => Name;
    }

    /// <summary>A VNet-to-VNet link: two gateways, one Vnet2Vnet connection on each.</summary>
    public sealed class VNetLink
    {
        public string Name { get; internal set; }
        public string GatewayA { get; internal set; }
        public string GatewayB { get; internal set; }
        /// <summary>The connection on each gateway (A to B, then B to A); null where it is missing.</summary>
        public string ConnectionAToB { get; internal set; }
        public string ConnectionBToA { get; internal set; }
        public bool EnableBgp { get; internal set; }
        /// <summary>Whether traffic must transit this link to reach further networks (then BGP is required).</summary>
        public bool Transit { get; internal set; }
        public TopologyKind Kind => TopologyKind.VNetToVNet;
        public Redundancy Redundancy { get; internal set; }
        public int TunnelCount { get; internal set; }

        public override string ToString() => Name;
    }
}
