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
    /// <summary>
    /// Reads a deployed estate into the resource records the planner also makes, and hands them to the one builder
    /// (Origin = Deployed), so every rule applies unchanged. Takes, in any mix and order, neutral trees of: single REST
    /// GET payloads, list payloads ({value:[...]}), ARM templates and resource-group exports, Az objects converted to
    /// dictionaries (flat: IpConfigurations, BgpSettings...), getBgpPeerStatus and getLearnedRoutes rows. The work is
    /// split by job: <see cref="EstateIndex"/> merges resources by id, <see cref="ArmResourceReader"/> reads their ARM
    /// shapes, <see cref="BgpRowReader"/> the BGP rows; sites and VNet links are the builder's. Only provisioningState
    /// Succeeded (or absent, as in templates) is judged; others are listed in Topology.UnjudgedResources. Readers never
    /// judge: what cannot be used becomes a note.
    /// </summary>
    internal sealed class EstateReader
    {
        readonly ReadNotes _notes = new ReadNotes();
        readonly EstateIndex _index;
        readonly BgpRowReader _bgpRows;

        public EstateReader()
        {
            _index = new EstateIndex(_notes);
            _bgpRows = new BgpRowReader(_notes);
        }

        /// <summary>What was read but could not be used (unknown shapes, references to resources not read, unattributed rows).</summary>
        public IReadOnlyList<SpecError> Notes => _notes.All;

        /// <summary>Reads any number of trees into one topology.</summary>
        public static Topology Read(params object[] trees)
        {
            var reader = new EstateReader();
            foreach (var t in trees) reader.Add(t);
            return reader.Read();
        }

        Templates.TemplateSource _templateSource;

        /// <summary>Adds a template deployed with these parameter values; templateLink.relativePath is looked up in the source's folder.</summary>
        public void AddTemplate(object template, Templates.TemplateSource source)
        {
            _templateSource = source;
            try { Add(template, source?.Name); }
            finally { _templateSource = null; }
        }

        /// <summary>Parses JSON text (a file's content) with the core parser and adds it.</summary>
        public void AddJson(string json, string source = null) => Add(JsonTree.Parse(json), source);

        /// <summary>Adds one payload of any accepted shape; <paramref name="source"/> names it in notes (file name, cmdlet).</summary>
        public void Add(object tree, string source = null) => AddNode(tree, source ?? "input", null, 0);

        /// <summary>getBgpPeerStatus result (or its rows) for the gateway with this id.</summary>
        public void AddBgpPeerStatus(string gatewayId, object tree)
        {
            foreach (var row in Rows(tree)) _bgpRows.AddPeerRow(GatewayKey(gatewayId), row);
        }

        /// <summary>getLearnedRoutes result (or its rows) for the gateway with this id.</summary>
        public void AddLearnedRoutes(string gatewayId, object tree)
        {
            foreach (var row in Rows(tree)) _bgpRows.AddRouteRow(GatewayKey(gatewayId), row);
        }

        string GatewayKey(string gatewayId) => _index.ParseId(gatewayId, out var id) ? id.Key : null;

        static List<IDictionary<string, object>> Rows(object tree) =>
            tree is IDictionary<string, object> d && ArmNode.Member(d, "value") is IList ? ArmNode.Objects(ArmNode.Member(d, "value")) : ArmNode.Objects(tree);

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
                _notes.Note(EstateReadCodes.UnrecognisedObject, path, "is not an object.", "Give ARM JSON payloads or Az objects.");
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
                var (resources, notes) = TemplateResolver.Resources(node, _templateSource ?? new Templates.TemplateSource { Name = path });
                foreach (var n in notes) _notes.Note(n.Code, n.Path, n.Problem, n.Fix);
                for (int i = 0; i < resources.Count; i++) _index.Add(resources[i], TreeReader.Item(TreeReader.Child(path, "resources"), i), embedded: false);
                return;
            }
            if (ArmNode.Member(node, "id") == null && ArmNode.Member(node, "value") is IList values)
            {
                for (int i = 0; i < values.Count; i++) AddNode(values[i], TreeReader.Item(TreeReader.Child(path, "value"), i), gatewayHint, depth + 1);
                return;
            }
            if (ArmShapes.IsPeerRow(node)) { _bgpRows.AddPeerRow(gatewayHint, node); return; }
            if (ArmShapes.IsRouteRow(node)) { _bgpRows.AddRouteRow(gatewayHint, node); return; }
            _index.Add(node, path, embedded: false);
        }

        /// <summary>Builds the topology from everything added so far; each call reads the resources afresh.</summary>
        public Topology Read()
        {
            _index.NameResources();
            var resources = new ArmResourceReader(_index, _notes);
            var records = new ResourceRecords { Origin = TopologyOrigin.Deployed };
            var judged = new HashSet<IndexedResource>();
            foreach (var r in _index.InOrder)
            {
                if (r.Type == ArmShapes.PipType || r.Type == ArmShapes.VnetType) { judged.Add(r); continue; }
                if (r.Type == ArmShapes.GatewayType && ArmNode.Text(ArmNode.Prop(r.Node, "gatewayType")) is string gt && !gt.Equals("Vpn", StringComparison.OrdinalIgnoreCase))
                {
                    _notes.Note(EstateReadCodes.OutOfScope, r.Id.Text, $"is a {gt} gateway; only VPN gateways are audited.", "Nothing to do: it is ignored.");
                    continue;
                }
                var state = ArmNode.Text(ArmNode.Prop(r.Node, "provisioningState"));
                if (state == null || state.Equals("Succeeded", StringComparison.OrdinalIgnoreCase)) judged.Add(r);
                else records.UnjudgedResources.Add(new UnjudgedResource(ArmShapes.KindName(r.Type), r.DisplayName, r.Id.Text, state));
            }

            var gatewayByKey = new Dictionary<string, Gateway>(StringComparer.Ordinal);
            foreach (var r in _index.InOrder.Where(x => x.Type == ArmShapes.GatewayType && judged.Contains(x)))
            {
                var g = resources.ReadGateway(r, records.PublicIpAddresses);
                records.Gateways.Add(g);
                gatewayByKey[r.Id.Key] = g;
            }
            if (records.Gateways.Count == 0) _notes.Note(EstateReadCodes.NoGateway, "input", "holds no VPN gateway in provisioningState Succeeded.", "Include the virtual network gateway's payload or Az object.");

            var lngByKey = new Dictionary<string, LocalNetworkGateway>(StringComparer.Ordinal);
            foreach (var r in _index.InOrder.Where(x => x.Type == ArmShapes.LngType && judged.Contains(x)))
            {
                var l = resources.ReadLng(r);
                records.LocalNetworkGateways.Add(l);
                lngByKey[r.Id.Key] = l;
                if (SiteTagOf(r) is string tag) records.SiteTags[l.Name] = tag;
            }

            var unjudgedKeys = new HashSet<string>(_index.InOrder.Where(r => !judged.Contains(r)).Select(r => r.Id.Key), StringComparer.Ordinal);
            foreach (var r in _index.InOrder.Where(x => x.Type == ArmShapes.ConnectionType && judged.Contains(x)))
            {
                var c = resources.ReadConnection(r, gatewayByKey, lngByKey, unjudgedKeys);
                if (c != null) records.Connections.Add(c);
            }

            records.BgpPeers.AddRange(_bgpRows.ReadPeers(records.Gateways, gatewayByKey));
            records.LearnedRoutes.AddRange(_bgpRows.ReadRoutes(records.Gateways, gatewayByKey));
            // Our own exports carry the topology's name in a tag on every resource.
            records.Name = Common(_index.InOrder.Where(r => r.Type == ArmShapes.GatewayType).Select(r => TagOf(r, Writers.TemplateBuilder.TopologyTag)))
                           ?? (records.Gateways.Count == 1 ? records.Gateways[0].Name : "deployed");
            records.ResourceGroupName = Common(records.Gateways.Select(g => g.ResourceGroupName));
            records.Location = Common(records.Gateways.Select(g => g.Location));
            return TopologyBuilder.Build(records);
        }

        static string SiteTagOf(IndexedResource r) => TagOf(r, SiteGrouper.SiteTag);

        static string TagOf(IndexedResource r, string tag)
        {
            var tags = ArmNode.Dict(ArmNode.Member(r.Node, "tags")) ?? ArmNode.Dict(ArmNode.Member(r.Node, "tag"));
            return tags != null && TreeReader.TryGet(tags, tag, out var v) ? ArmNode.Text(v) : null;
        }
        static string Common(IEnumerable<string> values)
        {
            var distinct = values.Where(v => v != null).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
            return distinct.Count == 1 ? distinct[0] : null;
        }    }
}
