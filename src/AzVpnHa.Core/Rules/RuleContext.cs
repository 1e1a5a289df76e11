using System;
using System.Collections.Generic;
using AzVpnHa.Catalog;
using AzVpnHa.Net;

namespace AzVpnHa.Rules
{
    /// <summary>The topology plus the lookups several rules share, built once per evaluation so every rule stays linear.</summary>
    internal sealed class RuleContext
    {
        static readonly List<(Connection, LocalNetworkGateway)> None = new List<(Connection, LocalNetworkGateway)>(0);
        readonly Dictionary<string, List<(Connection, LocalNetworkGateway)>> _ipsecByGateway = new Dictionary<string, List<(Connection, LocalNetworkGateway)>>(StringComparer.OrdinalIgnoreCase);
        readonly Dictionary<string, List<(Connection, LocalNetworkGateway)>> _ipsecBySite = new Dictionary<string, List<(Connection, LocalNetworkGateway)>>(StringComparer.OrdinalIgnoreCase);
        readonly Dictionary<string, int> _vnet2VnetByGateway = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        static readonly List<Tunnel> NoTunnels = new List<Tunnel>(0);
        Dictionary<string, List<Tunnel>> _tunnelsByTarget;   // built on first use: only the deployed-state rules need it
        List<string> _tunnelTargets;
        readonly List<UnjudgedValue> _unjudged = new List<UnjudgedValue>();

        public RuleContext(Topology topology, DateTime asOf)
        {
            Topology = topology;
            AsOf = asOf;
            foreach (var c in topology.Connections)
            {
                if (c.ConnectionType == ConnectionType.Vnet2Vnet)
                {
                    _vnet2VnetByGateway.TryGetValue(c.VirtualNetworkGateway1 ?? "", out var n);
                    _vnet2VnetByGateway[c.VirtualNetworkGateway1 ?? ""] = n + 1;
                    continue;
                }
                var lng = topology.FindLocalNetworkGateway(c.LocalNetworkGateway2);
                if (lng == null || c.VirtualNetworkGateway1 == null) continue;
                Add(_ipsecByGateway, c.VirtualNetworkGateway1, (c, lng));
                var site = c.Site ?? lng.Site;
                if (site != null) Add(_ipsecBySite, site, (c, lng));
            }
        }

        public Topology Topology { get; }
        /// <summary>The date retirement messages are written against ("retires on" or "retired on").</summary>
        public DateTime AsOf { get; }

        /// <summary>IPsec connections of a gateway with the local network gateway each one reaches.</summary>
        public List<(Connection Connection, LocalNetworkGateway Lng)> IpsecConnections(Gateway gateway) =>
            _ipsecByGateway.TryGetValue(gateway.Name, out var list) ? list : None;

        public List<(Connection Connection, LocalNetworkGateway Lng)> SiteConnections(Site site) =>
            _ipsecBySite.TryGetValue(site.Name, out var list) ? list : None;

        /// <summary>The site or VNet link a tunnel serves; its connection when it has none.</summary>
        public static string TargetOf(Tunnel tunnel) => tunnel.Target ?? tunnel.Connection ?? "";

        /// <summary>Every tunnel target (see <see cref="TargetOf"/>), in the order the mesh lists them.</summary>
        public IReadOnlyList<string> TunnelTargets { get { GroupTunnels(); return _tunnelTargets; } }

        public List<Tunnel> Tunnels(string target)
        {
            GroupTunnels();
            return _tunnelsByTarget.TryGetValue(target, out var list) ? list : NoTunnels;
        }

        void GroupTunnels()
        {
            if (_tunnelsByTarget != null) return;
            _tunnelsByTarget = new Dictionary<string, List<Tunnel>>(StringComparer.OrdinalIgnoreCase);
            _tunnelTargets = new List<string>();
            foreach (var t in Topology.Tunnels)
            {
                var key = TargetOf(t);
                if (!_tunnelsByTarget.TryGetValue(key, out var list)) { _tunnelsByTarget[key] = list = new List<Tunnel>(); _tunnelTargets.Add(key); }
                list.Add(t);
            }
        }

        /// <summary>
        /// True when the property of the resource is set at deploy time; then the rule records that the value decided
        /// it, for the one Information finding HA024 writes per value, and judges nothing from it.
        /// </summary>
        public bool Unknown(Rule rule, AzureResource resource, string property)
        {
            if (resource == null || !resource.IsUnknown(property)) return false;
            _unjudged.Add(new UnjudgedValue(rule, resource, property));
            return true;
        }

        /// <summary>Values set at deploy time that decided a rule, in the order the rules met them.</summary>
        internal IReadOnlyList<UnjudgedValue> UnjudgedValues => _unjudged;

        public int Vnet2VnetConnections(Gateway gateway) =>
            _vnet2VnetByGateway.TryGetValue(gateway.Name, out var n) ? n : 0;

        public static GatewaySku Sku(Gateway gateway) => SkuCatalog.TryGet(gateway.Sku, out var sku) ? sku : null;

        public static bool TryIp(string text, out IpAddressValue ip) => IpAddressValue.TryParse(text, out ip);

        public static List<Cidr> Prefixes(IEnumerable<string> texts)
        {
            var list = new List<Cidr>();
            if (texts == null) return list;
            foreach (var t in texts)
            {
                if (Cidr.TryParse(t, out var c, out _)) list.Add(c);
            }
            return list;
        }

        static void Add(Dictionary<string, List<(Connection, LocalNetworkGateway)>> map, string key, (Connection, LocalNetworkGateway) item)
        {
            if (!map.TryGetValue(key, out var list)) map[key] = list = new List<(Connection, LocalNetworkGateway)>();
            list.Add(item);
        }
    }

    /// <summary>A value set at deploy time that a rule needed: which rule, which resource, which property.</summary>
    internal sealed class UnjudgedValue
    {
        public UnjudgedValue(Rule rule, AzureResource resource, string property)
        {
            Rule = rule;
            Resource = resource;
            Property = property;
        }

        public Rule Rule { get; }
        public AzureResource Resource { get; }
        public string Property { get; }
    }
}
