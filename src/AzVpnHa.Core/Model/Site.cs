namespace AzVpnHa
{
    /// <summary>An on-premises network and the devices (LNGs) that connect it to one Azure gateway.</summary>
    public sealed class Site
    {
        public string Name { get; set; }
        public string Gateway { get; set; }
        public string[] AddressPrefixes { get; set; } = new string[0];
        public string[] LocalNetworkGateways { get; set; } = new string[0];
        public TopologyKind Kind { get; internal set; }
        public Redundancy Redundancy { get; internal set; }
        public int TunnelCount { get; internal set; }

        public override string ToString() => Name;
    }

    /// <summary>A VNet-to-VNet link: two gateways, one Vnet2Vnet connection on each.</summary>
    public sealed class VNetLink
    {
        public string Name { get; set; }
        public string GatewayA { get; set; }
        public string GatewayB { get; set; }
        /// <summary>The connection on each gateway (A to B, then B to A); null where it is missing.</summary>
        public string ConnectionAToB { get; set; }
        public string ConnectionBToA { get; set; }
        public bool EnableBgp { get; set; }
        /// <summary>Whether traffic must transit this link to reach further networks (then BGP is required).</summary>
        public bool Transit { get; set; }
        public TopologyKind Kind => TopologyKind.VNetToVNet;
        public Redundancy Redundancy { get; internal set; }
        public int TunnelCount { get; internal set; }

        public override string ToString() => Name;
    }
}
