using System;
using System.Collections.Generic;

namespace AzVpnHa
{
    /// <summary>
    /// The resource graph: Azure's view of gateways, local network gateways and connections, grouped into
    /// sites and VNet links, with the tunnel mesh they imply. Planning builds it from a spec; auditing reads it
    /// from a deployed estate; rules, the mesh and writers only ever see this.
    /// </summary>
    public sealed class Topology
    {
        public string Name { get; set; }
        public string ResourceGroupName { get; set; }
        public string Location { get; set; }
        public TopologyOrigin Origin { get; set; }
        /// <summary>The file(s) it was read from (a spec, or ARM JSON files joined by ", "); null when planned from parameters or objects, or read live.</summary>
        public string FilePath { get; internal set; }
        public TopologyKind Kind { get; internal set; }
        public int TunnelCount => Tunnels.Length;
        public Gateway[] Gateways { get; set; } = new Gateway[0];
        public PublicIpAddress[] PublicIpAddresses { get; set; } = new PublicIpAddress[0];
        public Site[] Sites { get; set; } = new Site[0];
        public LocalNetworkGateway[] LocalNetworkGateways { get; set; } = new LocalNetworkGateway[0];
        public Connection[] Connections { get; set; } = new Connection[0];
        public VNetLink[] VNetLinks { get; set; } = new VNetLink[0];
        public Tunnel[] Tunnels { get; internal set; } = new Tunnel[0];
        /// <summary>Deployed only: BGP sessions from getBgpPeerStatus; empty when not read.</summary>
        public BgpPeer[] BgpPeers { get; set; } = new BgpPeer[0];
        /// <summary>Deployed only: routes from getLearnedRoutes; empty when not read.</summary>
        public LearnedRoute[] LearnedRoutes { get; set; } = new LearnedRoute[0];
        /// <summary>Deployed only: resources not in provisioningState Succeeded, kept out of the judged graph.</summary>
        public UnjudgedResource[] UnjudgedResources { get; set; } = new UnjudgedResource[0];

        Dictionary<string, Gateway> _gateways;
        Dictionary<string, LocalNetworkGateway> _lngs;

        public Gateway FindGateway(string name)
        {
            if (name == null) return null;
            _gateways = _gateways ?? Index(Gateways, g => g.Name);
            return _gateways.TryGetValue(name, out var g) ? g : null;
        }

        public LocalNetworkGateway FindLocalNetworkGateway(string name)
        {
            if (name == null) return null;
            _lngs = _lngs ?? Index(LocalNetworkGateways, l => l.Name);
            return _lngs.TryGetValue(name, out var l) ? l : null;
        }

        /// <summary>Forget cached lookups after the arrays were replaced.</summary>
        internal void ResetIndex() { _gateways = null; _lngs = null; }

        static Dictionary<string, T> Index<T>(T[] items, Func<T, string> key)
        {
            var map = new Dictionary<string, T>(items.Length, StringComparer.OrdinalIgnoreCase);
            foreach (var item in items)
            {
                var k = key(item);
                if (k != null && !map.ContainsKey(k)) map.Add(k, item);
            }
            return map;
        }

        public override string ToString() => Name;
    }
}
