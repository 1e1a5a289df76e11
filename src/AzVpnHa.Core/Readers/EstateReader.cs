using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;
using AzVpnHa.Mesh;
using AzVpnHa.Net;
using AzVpnHa.Spec;
using AzVpnHa.Tree;

namespace AzVpnHa.Readers
{
    /// <summary>
    /// Reads a deployed estate into the same resource graph the planner builds (Origin = Deployed), so every rule
    /// applies unchanged. Takes, in any mix and order, neutral trees of: single REST GET payloads, list payloads
    /// ({value:[...]}), ARM templates and resource-group exports ({resources:[...]}), Az objects converted to
    /// dictionaries (flat: IpConfigurations, BgpSettings, LocalNetworkAddressSpace...), getBgpPeerStatus and
    /// getLearnedRoutes rows. Resources are merged by id without case (a slim list entry, then its full GET).
    /// Only provisioningState Succeeded (or absent, as in templates) is judged; other resources are listed in
    /// Topology.UnjudgedResources and left out. Readers never judge: what cannot be used becomes a note.
    /// </summary>
    public sealed class EstateReader
    {
        const string GatewayType = "microsoft.network/virtualnetworkgateways";
        const string LngType = "microsoft.network/localnetworkgateways";
        const string ConnectionType_ = "microsoft.network/connections";
        const string PipType = "microsoft.network/publicipaddresses";
        const string VnetType = "microsoft.network/virtualnetworks";

        sealed class Resource
        {
            public ArmId Id;
            public string Type;
            public IDictionary<string, object> Node;
            /// <summary>Whether Node is our own copy; the caller's tree is copied only when a second read merges into it.</summary>
            public bool Owned;
            public string DisplayName;
        }

        readonly Dictionary<string, Resource> _byKey = new Dictionary<string, Resource>(StringComparer.Ordinal);
        /// <summary>Every id text parsed once: an estate names each resource from many places (references, rows, lookups).</summary>
        readonly Dictionary<string, ArmId> _parsedIds = new Dictionary<string, ArmId>(StringComparer.Ordinal);
        readonly Dictionary<string, List<Resource>> _byTypeName = new Dictionary<string, List<Resource>>(StringComparer.Ordinal);
        readonly List<Resource> _order = new List<Resource>();
        readonly List<(string GatewayKey, IDictionary<string, object> Row)> _peerRows = new List<(string, IDictionary<string, object>)>();
        readonly List<(string GatewayKey, IDictionary<string, object> Row)> _routeRows = new List<(string, IDictionary<string, object>)>();
        readonly List<SpecError> _notes = new List<SpecError>();

        /// <summary>What was read but could not be used (unknown shapes, references to resources not read, unattributed rows).</summary>
        public IReadOnlyList<SpecError> Notes => _notes;

        /// <summary>Reads any number of trees into one topology.</summary>
        public static Topology Read(params object[] trees)
        {
            var reader = new EstateReader();
            foreach (var t in trees) reader.Add(t);
            return reader.Read();
        }

        /// <summary>Parses JSON text (a file's content) with the core parser and adds it.</summary>
        public void AddJson(string json, string source = null) => Add(JsonTree.Parse(json), source);

        /// <summary>Adds one payload of any accepted shape; <paramref name="source"/> names it in notes (file name, cmdlet).</summary>
        public void Add(object tree, string source = null) => AddNode(tree, source ?? "input", null, 0);

        /// <summary>getBgpPeerStatus result (or its rows) for the gateway with this id.</summary>
        public void AddBgpPeerStatus(string gatewayId, object tree) => AddRows(gatewayId, tree, _peerRows);

        /// <summary>getLearnedRoutes result (or its rows) for the gateway with this id.</summary>
        public void AddLearnedRoutes(string gatewayId, object tree) => AddRows(gatewayId, tree, _routeRows);

        void AddRows(string gatewayId, object tree, List<(string, IDictionary<string, object>)> into)
        {
            var key = ParseId(gatewayId, out var id) ? id.Key : null;
            var rows = tree is IDictionary<string, object> d && ArmNode.Member(d, "value") is IList ? ArmNode.Objects(ArmNode.Member(d, "value")) : ArmNode.Objects(tree);
            foreach (var row in rows) into.Add((key, row));
        }

        void AddNode(object tree, string path, string gatewayHint, int depth)
        {
            if (tree == null || depth > 8) return;
            if (tree is IList list && !(tree is string))
            {
                for (int i = 0; i < list.Count; i++) AddNode(list[i], TreeReader.Item(path, i), gatewayHint, depth + 1);
                return;
            }
            if (!(tree is IDictionary<string, object> node))
            {
                Note(EstateReadCodes.UnrecognisedObject, path, "is not an object.", "Give ARM JSON payloads or Az objects.");
                return;
            }
            // An x-ms-example file: {parameters, responses: {200: {body}}}.
            if (ArmNode.Dict(ArmNode.Member(node, "responses")) is IDictionary<string, object> responses)
            {
                if (ArmNode.Dict(ArmNode.Member(responses, "200")) is IDictionary<string, object> ok) AddNode(ArmNode.Member(ok, "body"), TreeReader.Child(path, "responses.200.body"), gatewayHint, depth + 1);
                return;
            }
            if (TemplateResolver.IsTemplate(node))
            {
                var resources = TemplateResolver.Resources(node);
                for (int i = 0; i < resources.Count; i++) AddResource(resources[i], TreeReader.Item(TreeReader.Child(path, "resources"), i), embedded: false);
                return;
            }
            if (ArmNode.Member(node, "id") == null && ArmNode.Member(node, "value") is IList values)
            {
                for (int i = 0; i < values.Count; i++) AddNode(values[i], TreeReader.Item(TreeReader.Child(path, "value"), i), gatewayHint, depth + 1);
                return;
            }
            if (IsPeerRow(node)) { _peerRows.Add((gatewayHint, node)); return; }
            if (IsRouteRow(node)) { _routeRows.Add((gatewayHint, node)); return; }
            AddResource(node, path, embedded: false);
        }

        static bool IsPeerRow(IDictionary<string, object> n) => ArmNode.Member(n, "neighbor") != null && ArmNode.Member(n, "state") != null;
        static bool IsRouteRow(IDictionary<string, object> n) => ArmNode.Member(n, "network") != null && ArmNode.Member(n, "origin") != null;

        void AddResource(IDictionary<string, object> node, string path, bool embedded)
        {
            if (_resources != null) throw new InvalidOperationException("The resources were already read (ReadResources); only BGP rows can be added now.");
            var idText = ArmNode.Text(ArmNode.Member(node, "id"));
            if (!ParseId(idText, out var id) || id.Names.Count != 1)
            {
                if (!embedded) Note(EstateReadCodes.UnrecognisedObject, path, "has no ARM resource id" + (idText != null ? " (" + idText + ")" : "") + " and is ignored.",
                    "Give whole resources (REST payloads, exports or Az objects), not fragments.");
                return;
            }
            var type = id.Type.ToLowerInvariant();
            if (type != GatewayType && type != LngType && type != ConnectionType_ && type != PipType && type != VnetType)
            {
                if (!embedded) Note(EstateReadCodes.OutOfScope, path, $"is a {id.Type}, which the audit does not read.", "Nothing to do: it is ignored.");
                return;
            }
            if (_byKey.TryGetValue(id.Key, out var existing))
            {
                if (!embedded)
                {
                    if (!existing.Owned) { existing.Node = ArmNode.Copy(existing.Node); existing.Owned = true; }
                    ArmNode.Merge(existing.Node, node);
                }
            }
            else
            {
                var r = new Resource { Id = id, Type = type, Node = node };
                _byKey.Add(id.Key, r);
                var tn = ArmId.TypeKey(type, id.Name);
                if (!_byTypeName.TryGetValue(tn, out var same)) _byTypeName[tn] = same = new List<Resource>();
                same.Add(r);
                _order.Add(r);
            }
            // Az connection objects may carry whole gateways and LNGs; keep them when they hold real data.
            if (type == ConnectionType_)
            {
                foreach (var member in new[] { "virtualNetworkGateway1", "virtualNetworkGateway2", "localNetworkGateway2" })
                {
                    if (ArmNode.Prop(node, member) is IDictionary<string, object> inner && HasData(inner)) AddResource(inner, TreeReader.Child(path, member), embedded: true);
                }
            }
        }

        static bool HasData(IDictionary<string, object> n) =>
            ArmNode.Objects(ArmNode.Prop(n, "ipConfigurations")).Count > 0 || ArmNode.Text(ArmNode.Prop(n, "gatewayIpAddress")) != null || ArmNode.Text(ArmNode.Prop(n, "fqdn")) != null;

        bool ParseId(string text, out ArmId id)
        {
            id = null;
            if (text == null) return false;
            if (!_parsedIds.TryGetValue(text, out id))
            {
                ArmId.TryParse(text, out id);
                _parsedIds[text] = id;
            }
            return id != null;
        }

        Resource Find(string idText, string type)
        {
            if (idText == null) return null;
            if (!ParseId(idText, out var id)) return null;
            if (_byKey.TryGetValue(id.Key, out var r)) return r;
            // Template ids carry no subscription or group; an export may mix both forms: match on type and name when unique.
            return _byTypeName.TryGetValue(ArmId.TypeKey(type, id.Name), out var list) && list.Count == 1 ? list[0] : null;
        }

        void Note(string code, string path, string problem, string fix) => _notes.Add(new SpecError(code, path, problem, fix));

        /// <summary>The resources read into the graph, before BGP rows are applied.</summary>
        sealed class ResourceGraph
        {
            public readonly List<Gateway> Gateways = new List<Gateway>();
            public readonly Dictionary<string, Gateway> GatewayByKey = new Dictionary<string, Gateway>(StringComparer.Ordinal);
            public readonly List<PublicIpAddress> Pips = new List<PublicIpAddress>();
            public readonly List<LocalNetworkGateway> Lngs = new List<LocalNetworkGateway>();
            public readonly List<Connection> Connections = new List<Connection>();
            public readonly List<UnjudgedResource> Unjudged = new List<UnjudgedResource>();
        }

        ResourceGraph _resources;

        /// <summary>
        /// Reads the resources added so far into gateways, local network gateways and connections: everything but the BGP
        /// rows. A live audit calls it once every resource is in and BGP status is still being polled, so that work overlaps
        /// the wait; BGP rows may still be added afterwards, resources may not. <see cref="Read"/> finishes the topology.
        /// </summary>
        public void ReadResources()
        {
            if (_resources == null) _resources = BuildResources();
        }

        ResourceGraph BuildResources()
        {
            NameResources();
            var graph = new ResourceGraph();
            var judged = new HashSet<Resource>();
            foreach (var r in _order)
            {
                if (r.Type == PipType || r.Type == VnetType) { judged.Add(r); continue; }
                if (r.Type == GatewayType && ArmNode.Text(ArmNode.Prop(r.Node, "gatewayType")) is string gt && !gt.Equals("Vpn", StringComparison.OrdinalIgnoreCase))
                {
                    Note(EstateReadCodes.OutOfScope, r.Id.Text, $"is a {gt} gateway; only VPN gateways are audited.", "Nothing to do: it is ignored.");
                    continue;
                }
                var state = ArmNode.Text(ArmNode.Prop(r.Node, "provisioningState"));
                if (state == null || state.Equals("Succeeded", StringComparison.OrdinalIgnoreCase)) judged.Add(r);
                else graph.Unjudged.Add(new UnjudgedResource(KindName(r.Type), r.DisplayName, r.Id.Text, state));
            }

            foreach (var r in _order.Where(x => x.Type == GatewayType && judged.Contains(x)))
            {
                var g = ReadGateway(r, graph.Pips);
                graph.Gateways.Add(g);
                graph.GatewayByKey[r.Id.Key] = g;
            }
            if (graph.Gateways.Count == 0) Note(EstateReadCodes.NoGateway, "input", "holds no VPN gateway in provisioningState Succeeded.", "Include the virtual network gateway's payload or Az object.");

            var lngByKey = new Dictionary<string, LocalNetworkGateway>(StringComparer.Ordinal);
            foreach (var r in _order.Where(x => x.Type == LngType && judged.Contains(x)))
            {
                var l = ReadLng(r);
                graph.Lngs.Add(l);
                lngByKey[r.Id.Key] = l;
            }

            var unjudgedKeys = new HashSet<string>(_order.Where(r => !judged.Contains(r)).Select(r => r.Id.Key), StringComparer.Ordinal);
            foreach (var r in _order.Where(x => x.Type == ConnectionType_ && judged.Contains(x)))
            {
                var c = ReadConnection(r, graph.GatewayByKey, lngByKey, unjudgedKeys);
                if (c != null) graph.Connections.Add(c);
            }
            return graph;
        }

        /// <summary>Builds the topology from everything added so far.</summary>
        public Topology Read()
        {
            ReadResources();
            // One topology per graph: a second Read() reads the resources afresh rather than sharing (and re-filling) objects.
            var graph = _resources;
            _resources = null;
            var gateways = graph.Gateways;
            var gatewayByKey = graph.GatewayByKey;
            var lngs = graph.Lngs;
            var connections = graph.Connections;
            var t = new Topology { Origin = TopologyOrigin.Deployed };

            var peers = ReadPeers(gateways, gatewayByKey);
            var routes = ReadRoutes(gateways, gatewayByKey);
            FillAdvertised(lngs, connections, routes);
            var sites = BuildSites(gateways, connections, lngs);
            var links = BuildLinks(connections);

            t.Gateways = gateways.ToArray();
            t.PublicIpAddresses = graph.Pips.ToArray();
            t.LocalNetworkGateways = lngs.ToArray();
            t.Connections = connections.ToArray();
            t.Sites = sites.ToArray();
            t.VNetLinks = links.ToArray();
            t.BgpPeers = peers.ToArray();
            t.LearnedRoutes = routes.ToArray();
            t.UnjudgedResources = graph.Unjudged.ToArray();
            t.Name = gateways.Count == 1 ? gateways[0].Name : "deployed";
            t.ResourceGroupName = Common(gateways.Select(g => g.ResourceGroupName));
            t.Location = Common(gateways.Select(g => g.Location));
            return TopologyBuilder.Complete(t);
        }

        static string KindName(string type) =>
            type == GatewayType ? "VirtualNetworkGateway" : type == LngType ? "LocalNetworkGateway" : type == ConnectionType_ ? "Connection" : type;

        static string Common(IEnumerable<string> values)
        {
            var distinct = values.Where(v => v != null).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
            return distinct.Count == 1 ? distinct[0] : null;
        }

        /// <summary>Names are the resources' own, unless two of one kind share one (other groups): then group/name.</summary>
        void NameResources()
        {
            foreach (var group in _order.GroupBy(r => ArmId.TypeKey(r.Type, r.Id.Name)))
            {
                var list = group.ToList();
                foreach (var r in list)
                {
                    var name = ArmNode.Text(ArmNode.Member(r.Node, "name")) ?? r.Id.Name;
                    r.DisplayName = list.Count == 1 ? name : (r.Id.ResourceGroup ?? r.Id.Subscription ?? "?") + "/" + name;
                }
            }
        }

        string NameOf(string idText, string type)
        {
            var r = Find(idText, type);
            return r != null ? r.DisplayName : ArmId.LastSegment(idText);
        }

        string GroupOf(Resource r) => ArmNode.Text(ArmNode.Member(r.Node, "resourceGroupName")) ?? r.Id.ResourceGroup;

        Gateway ReadGateway(Resource r, List<PublicIpAddress> pips)
        {
            var n = r.Node;
            bool bgp = ArmNode.Bool(ArmNode.Prop(n, "enableBgp")) ?? false;
            var bgpSettings = ArmNode.Dict(ArmNode.Prop(n, "bgpSettings"));
            var generation = ArmNode.Text(ArmNode.Prop(n, "vpnGatewayGeneration"));
            var g = new Gateway
            {
                Name = r.DisplayName,
                ResourceGroupName = GroupOf(r),
                Location = ArmNode.Text(ArmNode.Member(n, "location")),
                Sku = ArmNode.Text(ArmNode.Member(ArmNode.Dict(ArmNode.Prop(n, "sku")), "name")),
                VpnType = ArmNode.Text(ArmNode.Prop(n, "vpnType")) ?? "RouteBased",
                Generation = generation == null || generation.Equals("None", StringComparison.OrdinalIgnoreCase) ? null : generation,
                ActiveActive = ArmNode.Bool(ArmNode.Prop(n, "activeActive")) ?? false,
                EnableBgp = bgp,
                // Like a plan, the ASN counts only with BGP on; a deployed gateway always reports one (65515 by default).
                Asn = bgp ? ArmNode.Long(ArmNode.Member(bgpSettings, "asn")) : null,
                ProvisioningState = ArmNode.Text(ArmNode.Prop(n, "provisioningState")),
                ResourceId = r.Id.Text,
            };

            var configs = ArmNode.Objects(ArmNode.Prop(n, "ipConfigurations"));
            var peering = ArmNode.Objects(ArmNode.Member(bgpSettings, "bgpPeeringAddresses"));
            var comma = (ArmNode.Text(ArmNode.Member(bgpSettings, "bgpPeeringAddress")) ?? "").Split(',').Select(s => s.Trim()).Where(s => s.Length > 0).ToArray();
            // Active-active with point-to-site has a third ipConfiguration (AVM vNetGatewayConfig3) that carries no tunnels.
            if (g.ActiveActive && configs.Count > 2) configs = configs.Take(2).ToList();

            var instances = new GatewayInstance[configs.Count];
            string vnetPrefixesFrom = null;
            for (int i = 0; i < configs.Count; i++)
            {
                var cfg = configs[i];
                var cfgId = ArmNode.Text(ArmNode.Member(cfg, "id"));
                var cfgName = ArmNode.Text(ArmNode.Member(cfg, "name")) ?? ArmId.LastSegment(cfgId);
                var entry = peering.FirstOrDefault(p => SameConfig(ArmNode.Text(ArmNode.Member(p, "ipconfigurationId")), cfgId, cfgName))
                            ?? (peering.Count == configs.Count ? peering[i] : null);
                var pipId = ArmNode.IdOf(ArmNode.Prop(cfg, "publicIPAddress"));
                var pip = Find(pipId, PipType);
                vnetPrefixesFrom = vnetPrefixesFrom ?? ArmNode.IdOf(ArmNode.Prop(cfg, "subnet"));
                var defaults = ArmNode.Texts(ArmNode.Member(entry, "defaultBgpIpAddresses"));
                var tunnelIps = ArmNode.Texts(ArmNode.Member(entry, "tunnelIpAddresses"));
                var address = pip != null ? Ip(ArmNode.Prop(pip.Node, "ipAddress")) : null;
                instances[i] = new GatewayInstance
                {
                    Gateway = g.Name,
                    Index = i,
                    IpConfigurationName = cfgName,
                    PublicIpName = pipId != null ? NameOf(pipId, PipType) : null,
                    PublicIpAddress = address ?? (tunnelIps.Count > 0 ? Ip(tunnelIps[0]) : null),
                    // Trust bgpPeeringAddresses over the comma string: the string lags during a mode change (arm-schema §2).
                    BgpPeeringAddress = defaults.Count > 0 ? Ip(defaults[0]) : (i < comma.Length ? Ip(comma[i]) : null),
                    CustomBgpIpAddresses = ArmNode.Texts(ArmNode.Member(entry, "customBgpIpAddresses")).Select(Ip).Where(x => x != null).ToArray(),
                };
                if (pip != null)
                {
                    pips.Add(new PublicIpAddress
                    {
                        Name = pip.DisplayName,
                        ResourceGroupName = GroupOf(pip),
                        Location = ArmNode.Text(ArmNode.Member(pip.Node, "location")),
                        Sku = ArmNode.Text(ArmNode.Member(ArmNode.Dict(ArmNode.Member(pip.Node, "sku")), "name")),
                        AllocationMethod = ArmNode.Text(ArmNode.Prop(pip.Node, "publicIPAllocationMethod")),
                        Zone = ArmNode.Texts(ArmNode.Member(pip.Node, "zones")).ToArray(),
                        IpAddress = address,
                        Gateway = g.Name,
                        Instance = i,
                    });
                }
            }
            g.Instances = instances;

            // The VNet's address space, when its resource was read (an export or a live read of the GatewaySubnet's VNet).
            var subnetsAt = vnetPrefixesFrom?.IndexOf("/subnets/", StringComparison.OrdinalIgnoreCase) ?? -1;
            if (subnetsAt > 0 && Find(vnetPrefixesFrom.Substring(0, subnetsAt), VnetType) is Resource vnet)
                g.VNetAddressPrefixes = ArmNode.Texts(ArmNode.Member(ArmNode.Dict(ArmNode.Prop(vnet.Node, "addressSpace")), "addressPrefixes")).ToArray();
            return g;
        }

        static bool SameConfig(string reference, string cfgId, string cfgName)
        {
            if (reference == null) return false;
            if (cfgId != null && string.Equals(reference.TrimEnd('/'), cfgId.TrimEnd('/'), StringComparison.OrdinalIgnoreCase)) return true;
            return cfgName != null && string.Equals(ArmId.LastSegment(reference), cfgName, StringComparison.OrdinalIgnoreCase);
        }

        static string Ip(object value) => IpAddressValue.Normalize(ArmNode.Text(value));

        LocalNetworkGateway ReadLng(Resource r)
        {
            var n = r.Node;
            var bgp = ArmNode.Dict(ArmNode.Prop(n, "bgpSettings"));
            var space = ArmNode.Dict(ArmNode.Prop(n, "localNetworkAddressSpace"));
            return new LocalNetworkGateway
            {
                Name = r.DisplayName,
                ResourceGroupName = GroupOf(r),
                Location = ArmNode.Text(ArmNode.Member(n, "location")),
                GatewayIpAddress = ArmNode.Text(ArmNode.Prop(n, "gatewayIpAddress")),
                Fqdn = ArmNode.Text(ArmNode.Prop(n, "fqdn")),
                AddressPrefix = ArmNode.Texts(ArmNode.Member(space, "addressPrefixes")).ToArray(),
                Asn = ArmNode.Long(ArmNode.Member(bgp, "asn")) is long asn && asn > 0 ? asn : (long?)null,
                BgpPeeringAddress = Ip(ArmNode.Member(bgp, "bgpPeeringAddress")),
                Device = r.DisplayName,
                ProvisioningState = ArmNode.Text(ArmNode.Prop(n, "provisioningState")),
                ResourceId = r.Id.Text,
            };
        }

        Connection ReadConnection(Resource r, Dictionary<string, Gateway> gateways, Dictionary<string, LocalNetworkGateway> lngs, HashSet<string> unjudged)
        {
            var n = r.Node;
            var typeText = ArmNode.Text(ArmNode.Prop(n, "connectionType"));
            ConnectionType type;
            if (typeText == null || typeText.Equals("IPsec", StringComparison.OrdinalIgnoreCase)) type = ConnectionType.IPsec;
            else if (typeText.Equals("Vnet2Vnet", StringComparison.OrdinalIgnoreCase)) type = ConnectionType.Vnet2Vnet;
            else { Note(EstateReadCodes.OutOfScope, r.Id.Text, $"is a {typeText} connection; only IPsec and Vnet2Vnet are audited.", "Nothing to do: it is ignored."); return null; }

            var gw1Id = ArmNode.IdOf(ArmNode.Prop(n, "virtualNetworkGateway1"));
            var remoteId = ArmNode.IdOf(ArmNode.Prop(n, type == ConnectionType.IPsec ? "localNetworkGateway2" : "virtualNetworkGateway2"));
            // A connection whose gateway or LNG is not Succeeded is not judged either: that resource is already reported.
            if (Unjudged(gw1Id, GatewayType, unjudged) || Unjudged(remoteId, type == ConnectionType.IPsec ? LngType : GatewayType, unjudged)) return null;
            var gw1 = Find(gw1Id, GatewayType);
            Gateway gateway = gw1 != null && gateways.TryGetValue(gw1.Id.Key, out var gg) ? gg : null;
            if (gw1 == null) Note(EstateReadCodes.MissingReference, r.Id.Text, $"uses gateway '{gw1Id}', which was not read.", "Include that gateway (Get-AzVirtualNetworkGateway, or its JSON).");
            var remote = Find(remoteId, type == ConnectionType.IPsec ? LngType : GatewayType);
            if (remote == null && remoteId != null)
                Note(EstateReadCodes.MissingReference, r.Id.Text, $"uses '{remoteId}', which was not read.", "Include that resource so its tunnels can be drawn.");

            var c = new Connection
            {
                Name = r.DisplayName,
                ResourceGroupName = GroupOf(r),
                Location = ArmNode.Text(ArmNode.Member(n, "location")),
                ConnectionType = type,
                VirtualNetworkGateway1 = NameOf(gw1Id, GatewayType),
                LocalNetworkGateway2 = type == ConnectionType.IPsec ? NameOf(remoteId, LngType) : null,
                VirtualNetworkGateway2 = type == ConnectionType.Vnet2Vnet ? NameOf(remoteId, GatewayType) : null,
                EnableBgp = ArmNode.Bool(ArmNode.Prop(n, "enableBgp")) ?? false,
                ProvisioningState = ArmNode.Text(ArmNode.Prop(n, "provisioningState")),
                ResourceId = r.Id.Text,
                ConnectionStatus = ArmNode.Text(ArmNode.Prop(n, "connectionStatus")),
                // ARM reports 0 for "Azure's default" (45 s); the failover analysis reads null or 0 as that default.
                DpdTimeoutSeconds = ArmNode.Long(ArmNode.Prop(n, "dpdTimeoutSeconds")) is long dpd ? (int)Math.Min(dpd, int.MaxValue) : (int?)null,
            };

            var custom = new List<CustomBgpIpAddress>();
            foreach (var e in ArmNode.Objects(ArmNode.Prop(n, "gatewayCustomBgpIpAddresses")))
            {
                var cfgId = ArmNode.Text(ArmNode.Member(e, "ipConfigurationId"));
                var address = Ip(ArmNode.Member(e, "customBgpIpAddress"));
                var cfgName = ArmId.LastSegment(cfgId);
                var instance = gateway?.Instances.FirstOrDefault(i => string.Equals(i.IpConfigurationName, cfgName, StringComparison.OrdinalIgnoreCase));
                if (address != null) custom.Add(new CustomBgpIpAddress(instance?.Index ?? custom.Count, cfgName, address));
            }
            c.GatewayCustomBgpIpAddresses = custom.ToArray();
            c.TunnelConnectionStatus = ReadTunnelHealth(n, gateway);
            return c;
        }

        bool Unjudged(string idText, string type, HashSet<string> unjudged)
        {
            var r = Find(idText, type);
            return r != null && unjudged.Contains(r.Id.Key);
        }

        /// <summary>
        /// Maps each tunnelConnectionStatus row to a gateway instance: by the instance's public IP inside the tunnel name,
        /// else by position when there is one row per active instance; otherwise the row stays unmapped (unknown instance).
        /// </summary>
        static TunnelConnectionHealth[] ReadTunnelHealth(IDictionary<string, object> n, Gateway gateway)
        {
            var rows = ArmNode.Objects(ArmNode.Prop(n, "tunnelConnectionStatus"));
            var result = new TunnelConnectionHealth[rows.Count];
            bool anyByIp = false;
            for (int i = 0; i < rows.Count; i++)
            {
                var row = rows[i];
                var h = new TunnelConnectionHealth
                {
                    Tunnel = ArmNode.Text(ArmNode.Member(row, "tunnel")),
                    ConnectionStatus = ArmNode.Text(ArmNode.Member(row, "connectionStatus")),
                    IngressBytesTransferred = ArmNode.Long(ArmNode.Member(row, "ingressBytesTransferred")),
                    EgressBytesTransferred = ArmNode.Long(ArmNode.Member(row, "egressBytesTransferred")),
                    LastConnectionEstablishedUtcTime = ArmNode.Text(ArmNode.Member(row, "lastConnectionEstablishedUtcTime")),
                };
                if (gateway != null && h.Tunnel != null)
                {
                    foreach (var instance in gateway.Instances)
                    {
                        if (instance.PublicIpAddress != null && ContainsAddress(h.Tunnel, instance.PublicIpAddress)) { h.Instance = instance.Index; anyByIp = true; break; }
                    }
                }
                result[i] = h;
            }
            int active = gateway == null ? 0 : TunnelMesh.ActiveInstances(gateway).Count();
            if (!anyByIp && active > 0 && rows.Count == active)
                for (int i = 0; i < result.Length; i++) result[i].Instance = i;
            return result;
        }

        /// <summary>The address as a whole token (so 10.0.0.1 does not match inside 10.0.0.10).</summary>
        static bool ContainsAddress(string text, string address)
        {
            int at = 0;
            while ((at = text.IndexOf(address, at, StringComparison.Ordinal)) >= 0)
            {
                int end = at + address.Length;
                bool startOk = at == 0 || !(char.IsDigit(text[at - 1]) || text[at - 1] == '.');
                bool endOk = end == text.Length || !(char.IsDigit(text[end]) || text[end] == '.');
                if (startOk && endOk) return true;
                at = end;
            }
            return false;
        }

        /// <summary>Attributes a row to its gateway: the id it was read for, else the gateway owning its local address, else the only gateway.</summary>
        Gateway Attribute(string hint, string localAddress, List<Gateway> gateways, Dictionary<string, Gateway> byKey)
        {
            if (hint != null) return byKey.TryGetValue(hint, out var g) ? g : null;
            if (localAddress != null)
            {
                foreach (var g in gateways)
                    foreach (var i in g.Instances)
                        if (localAddress == i.BgpPeeringAddress || i.CustomBgpIpAddresses.Contains(localAddress)) return g;
            }
            return gateways.Count == 1 ? gateways[0] : null;
        }

        List<BgpPeer> ReadPeers(List<Gateway> gateways, Dictionary<string, Gateway> byKey)
        {
            var peers = new List<BgpPeer>(_peerRows.Count);
            foreach (var (hint, row) in _peerRows)
            {
                var local = Ip(ArmNode.Member(row, "localAddress"));
                var g = Attribute(hint, local, gateways, byKey);
                if (g == null)
                {
                    if (hint == null) Note(EstateReadCodes.UnattributedRow, "bgpPeerStatus", $"row for neighbor {ArmNode.Text(ArmNode.Member(row, "neighbor"))} cannot be tied to a gateway.", "Read BGP peer status for one gateway at a time, with that gateway.");
                    continue;
                }
                peers.Add(new BgpPeer
                {
                    Gateway = g.Name,
                    LocalAddress = local,
                    Neighbor = Ip(ArmNode.Member(row, "neighbor")) ?? ArmNode.Text(ArmNode.Member(row, "neighbor")),
                    Asn = ArmNode.Long(ArmNode.Member(row, "asn")),
                    State = ArmNode.Text(ArmNode.Member(row, "state")),
                    ConnectedDuration = ArmNode.Text(ArmNode.Member(row, "connectedDuration")),
                    RoutesReceived = ArmNode.Long(ArmNode.Member(row, "routesReceived")),
                    MessagesSent = ArmNode.Long(ArmNode.Member(row, "messagesSent")),
                    MessagesReceived = ArmNode.Long(ArmNode.Member(row, "messagesReceived")),
                });
            }
            return peers;
        }

        List<LearnedRoute> ReadRoutes(List<Gateway> gateways, Dictionary<string, Gateway> byKey)
        {
            var routes = new List<LearnedRoute>(_routeRows.Count);
            foreach (var (hint, row) in _routeRows)
            {
                var local = Ip(ArmNode.Member(row, "localAddress"));
                var g = Attribute(hint, local, gateways, byKey);
                if (g == null)
                {
                    if (hint == null) Note(EstateReadCodes.UnattributedRow, "learnedRoutes", $"route {ArmNode.Text(ArmNode.Member(row, "network"))} cannot be tied to a gateway.", "Read learned routes for one gateway at a time, with that gateway.");
                    continue;
                }
                routes.Add(new LearnedRoute
                {
                    Gateway = g.Name,
                    LocalAddress = local,
                    Network = ArmNode.Text(ArmNode.Member(row, "network")),
                    NextHop = ArmNode.Text(ArmNode.Member(row, "nextHop")),
                    SourcePeer = Ip(ArmNode.Member(row, "sourcePeer")) ?? ArmNode.Text(ArmNode.Member(row, "sourcePeer")),
                    Origin = ArmNode.Text(ArmNode.Member(row, "origin")),
                    AsPath = ArmNode.Text(ArmNode.Member(row, "asPath")),
                });
            }
            return routes;
        }

        /// <summary>What Azure learned over eBGP from a device's peer address is what that device advertises.</summary>
        static void FillAdvertised(List<LocalNetworkGateway> lngs, List<Connection> connections, List<LearnedRoute> routes)
        {
            if (routes.Count == 0) return;
            var byPeer = new Dictionary<string, List<LearnedRoute>>(StringComparer.OrdinalIgnoreCase);
            foreach (var r in routes)
            {
                if (!r.IsEbgp || r.SourcePeer == null || r.Network == null) continue;
                var key = r.Gateway + "|" + r.SourcePeer;
                if (!byPeer.TryGetValue(key, out var list)) byPeer[key] = list = new List<LearnedRoute>();
                list.Add(r);
            }
            var byName = ByName(lngs);
            var advertised = new Dictionary<LocalNetworkGateway, HashSet<string>>();
            foreach (var c in connections)
            {
                if (c.ConnectionType != ConnectionType.IPsec || c.LocalNetworkGateway2 == null || !byName.TryGetValue(c.LocalNetworkGateway2, out var lng) || lng.BgpPeeringAddress == null) continue;
                if (!byPeer.TryGetValue(c.VirtualNetworkGateway1 + "|" + lng.BgpPeeringAddress, out var learned)) continue;
                if (!advertised.TryGetValue(lng, out var set)) advertised[lng] = set = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
                foreach (var r in learned)
                {
                    // The host route to the peer itself is Azure's own, not an advertisement.
                    if (Cidr.TryParse(r.Network, out var net, out _) && net.PrefixLength == net.First.Bits && net.First.ToString() == lng.BgpPeeringAddress) continue;
                    set.Add(Cidr.TryParse(r.Network, out var cidr, out _) ? cidr.ToString() : r.Network);
                }
            }
            foreach (var pair in advertised) pair.Key.AdvertisedPrefixes = pair.Value.OrderBy(x => x, StringComparer.Ordinal).ToArray();
        }

        /// <summary>Not ToDictionary: two payloads may give one name to different ids (found by ReaderFuzzTests); the first is kept.</summary>
        static Dictionary<string, LocalNetworkGateway> ByName(List<LocalNetworkGateway> lngs)
        {
            var byName = new Dictionary<string, LocalNetworkGateway>(StringComparer.OrdinalIgnoreCase);
            foreach (var l in lngs) if (l.Name != null && !byName.ContainsKey(l.Name)) byName.Add(l.Name, l);
            return byName;
        }

        List<Site> BuildSites(List<Gateway> gateways, List<Connection> connections, List<LocalNetworkGateway> lngs)
        {
            var lngByName = ByName(lngs);
            var sites = new List<Site>();
            var used = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            foreach (var g in gateways)
            {
                var members = new List<SiteGrouper.Member>();
                var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
                var ofGateway = connections.Where(c => c.ConnectionType == ConnectionType.IPsec && string.Equals(c.VirtualNetworkGateway1, g.Name, StringComparison.OrdinalIgnoreCase)).ToList();
                foreach (var c in ofGateway)
                {
                    if (c.LocalNetworkGateway2 == null || !lngByName.TryGetValue(c.LocalNetworkGateway2, out var lng) || !seen.Add(lng.Name)) continue;
                    members.Add(new SiteGrouper.Member { Lng = lng, Tag = SiteTagOf(lng), LearnedPrefixes = lng.AdvertisedPrefixes });
                }
                foreach (var (suggested, group) in SiteGrouper.Group(members))
                {
                    var name = used.Contains(suggested) ? suggested + "@" + g.Name : suggested;
                    used.Add(name);
                    var names = new HashSet<string>(group.Select(m => m.Lng.Name), StringComparer.OrdinalIgnoreCase);
                    var prefixes = new List<string>();
                    foreach (var m in group)
                    {
                        m.Lng.Site = m.Lng.Site ?? name;
                        foreach (var p in m.Lng.AddressPrefix.Concat(m.Lng.AdvertisedPrefixes))
                        {
                            if (IsPeerHostRoute(p, m.Lng)) continue;
                            if (!prefixes.Contains(p, StringComparer.OrdinalIgnoreCase)) prefixes.Add(p);
                        }
                    }
                    foreach (var c in ofGateway) if (c.LocalNetworkGateway2 != null && names.Contains(c.LocalNetworkGateway2)) c.Site = name;
                    sites.Add(new Site { Name = name, Gateway = g.Name, AddressPrefixes = prefixes.ToArray(), LocalNetworkGateways = group.Select(m => m.Lng.Name).ToArray() });
                }
            }
            return sites;
        }

        static bool IsPeerHostRoute(string prefix, LocalNetworkGateway lng) =>
            lng.BgpPeeringAddress != null && Cidr.TryParse(prefix, out var c, out _) && c.PrefixLength == c.First.Bits && c.First.ToString() == lng.BgpPeeringAddress;

        string SiteTagOf(LocalNetworkGateway lng)
        {
            if (!_byKey.TryGetValue(ParseId(lng.ResourceId, out var id) ? id.Key : "", out var r)) return null;
            var tags = ArmNode.Dict(ArmNode.Member(r.Node, "tags")) ?? ArmNode.Dict(ArmNode.Member(r.Node, "tag"));
            return tags != null && TreeReader.TryGet(tags, SiteGrouper.SiteTag, out var v) ? ArmNode.Text(v) : null;
        }

        /// <summary>Pairs the two Vnet2Vnet connections of a link (A to B and B to A); a lone one makes a link missing its other side.</summary>
        static List<VNetLink> BuildLinks(List<Connection> connections)
        {
            var links = new List<VNetLink>();
            var byPair = new Dictionary<string, VNetLink>(StringComparer.OrdinalIgnoreCase);
            foreach (var c in connections)
            {
                if (c.ConnectionType != ConnectionType.Vnet2Vnet || c.VirtualNetworkGateway1 == null || c.VirtualNetworkGateway2 == null) continue;
                if (byPair.TryGetValue(c.VirtualNetworkGateway2 + "|" + c.VirtualNetworkGateway1, out var link) && link.ConnectionBToA == null)
                {
                    link.ConnectionBToA = c.Name;
                    link.EnableBgp = link.EnableBgp && c.EnableBgp;
                    c.VNetLink = link.Name;
                    continue;
                }
                var key = c.VirtualNetworkGateway1 + "|" + c.VirtualNetworkGateway2;
                if (byPair.ContainsKey(key)) continue;
                link = new VNetLink
                {
                    Name = c.VirtualNetworkGateway1 + "<->" + c.VirtualNetworkGateway2,
                    GatewayA = c.VirtualNetworkGateway1,
                    GatewayB = c.VirtualNetworkGateway2,
                    ConnectionAToB = c.Name,
                    EnableBgp = c.EnableBgp,
                };
                c.VNetLink = link.Name;
                byPair[key] = link;
                links.Add(link);
            }
            return links;
        }
    }
}
