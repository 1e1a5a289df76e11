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
        public string Name { get; internal set; }
        public string ResourceGroupName { get; internal set; }
        public string Location { get; internal set; }
        public TopologyOrigin Origin { get; internal set; }
        /// <summary>The file(s) it was read from (a spec, or ARM JSON files joined by ", "); null when planned from parameters or objects, or read live.</summary>
        public string FilePath { get; internal set; }
        public TopologyKind Kind { get; internal set; }
        public int TunnelCount => Tunnels.Count;
        public IReadOnlyList<Gateway> Gateways { get; internal set; } = Array.Empty<Gateway>();
        public IReadOnlyList<PublicIpAddress> PublicIpAddresses { get; internal set; } = Array.Empty<PublicIpAddress>();
        public IReadOnlyList<Site> Sites { get; internal set; } = Array.Empty<Site>();
        public IReadOnlyList<LocalNetworkGateway> LocalNetworkGateways { get; internal set; } = Array.Empty<LocalNetworkGateway>();
        public IReadOnlyList<Connection> Connections { get; internal set; } = Array.Empty<Connection>();
        public IReadOnlyList<VNetLink> VNetLinks { get; internal set; } = Array.Empty<VNetLink>();
        public IReadOnlyList<Tunnel> Tunnels { get; internal set; } = Array.Empty<Tunnel>();
        /// <summary>Deployed only: BGP sessions from getBgpPeerStatus; empty when not read.</summary>
        public IReadOnlyList<BgpPeer> BgpPeers { get; internal set; } = Array.Empty<BgpPeer>();
        /// <summary>Deployed only: routes from getLearnedRoutes; empty when not read.</summary>
        public IReadOnlyList<LearnedRoute> LearnedRoutes { get; internal set; } = Array.Empty<LearnedRoute>();
        /// <summary>Deployed only: resources not in provisioningState Succeeded, kept out of the judged graph.</summary>
        public IReadOnlyList<UnjudgedResource> UnjudgedResources { get; internal set; } = Array.Empty<UnjudgedResource>();

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

        static Dictionary<string, T> Index<T>(IReadOnlyList<T> items, Func<T, string> key)
        {
            var map = new Dictionary<string, T>(items.Count, StringComparer.OrdinalIgnoreCase);
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
