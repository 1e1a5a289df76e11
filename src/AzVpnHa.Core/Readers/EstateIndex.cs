using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;
using AzVpnHa.Net;
using AzVpnHa.Spec;
using AzVpnHa.Tree;

namespace AzVpnHa.Readers
{
    /// <summary>One resource as read: its parsed id, its lower-case type, its payload, and the name it is shown by.</summary>
    internal sealed class IndexedResource
    {
        public ArmId Id;
        public string Type;
        public IDictionary<string, object> Node;
        /// <summary>Whether Node is our own copy; the caller's tree is copied only when a second read merges into it.</summary>
        public bool Owned;
        public string DisplayName;
    }

    /// <summary>
    /// The resources of an estate by id: a resource read twice (a slim list entry, then its full GET) is merged; a
    /// reference is found by id, or by type and name when an export mixes template ids and full ids.
    /// </summary>
    internal sealed class EstateIndex
    {
        readonly Dictionary<string, IndexedResource> _byKey = new Dictionary<string, IndexedResource>(StringComparer.Ordinal);
        readonly Dictionary<string, ArmId> _parsedIds = new Dictionary<string, ArmId>(StringComparer.Ordinal);
        readonly Dictionary<string, List<IndexedResource>> _byTypeName = new Dictionary<string, List<IndexedResource>>(StringComparer.Ordinal);
        readonly List<IndexedResource> _order = new List<IndexedResource>();
        readonly ReadNotes _notes;

        public EstateIndex(ReadNotes notes) { _notes = notes; }

        /// <summary>Resources in the order they were first read.</summary>
        public IReadOnlyList<IndexedResource> InOrder => _order;

        public bool TryGet(string key, out IndexedResource resource) => _byKey.TryGetValue(key, out resource);

        public void Add(IDictionary<string, object> node, string path, bool embedded)
        {
            var idText = ArmNode.Text(ArmNode.Member(node, "id"));
            if (!ParseId(idText, out var id) || id.Names.Count != 1)
            {
                if (!embedded) _notes.Note(EstateReadCodes.UnrecognisedObject, path, "has no ARM resource id" + (idText != null ? " (" + idText + ")" : "") + " and is ignored.",
                    "Give whole resources (REST payloads, exports or Az objects), not fragments.");
                return;
            }
            var type = id.Type.ToLowerInvariant();
            if (!ArmShapes.IsReadType(type))
            {
                if (!embedded) _notes.Note(EstateReadCodes.OutOfScope, path, $"is a {id.Type}, which the audit does not read.", "Nothing to do: it is ignored.");
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
                var r = new IndexedResource { Id = id, Type = type, Node = node };
                _byKey.Add(id.Key, r);
                var tn = ArmId.TypeKey(type, id.Name);
                if (!_byTypeName.TryGetValue(tn, out var same)) _byTypeName[tn] = same = new List<IndexedResource>();
                same.Add(r);
                _order.Add(r);
            }
            // Az connection objects may carry whole gateways and LNGs; keep them when they hold real data.
            if (type == ArmShapes.ConnectionType)
            {
                foreach (var member in new[] { "virtualNetworkGateway1", "virtualNetworkGateway2", "localNetworkGateway2" })
                {
                    if (ArmNode.Prop(node, member) is IDictionary<string, object> inner && ArmShapes.HasData(inner)) Add(inner, TreeReader.Child(path, member), embedded: true);
                }
            }
        }

        public bool ParseId(string text, out ArmId id)
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

        public IndexedResource Find(string idText, string type)
        {
            if (idText == null) return null;
            if (!ParseId(idText, out var id)) return null;
            if (_byKey.TryGetValue(id.Key, out var r)) return r;
            // Template ids carry no subscription or group; an export may mix both forms: match on type and name when unique.
            return _byTypeName.TryGetValue(ArmId.TypeKey(type, id.Name), out var list) && list.Count == 1 ? list[0] : null;
        }

        /// <summary>Names are the resources' own, unless two of one kind share one (other groups): then group/name.</summary>
        public void NameResources()
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

        public string NameOf(string idText, string type)
        {
            var r = Find(idText, type);
            return r != null ? r.DisplayName : ArmId.LastSegment(idText);
        }

        public static string GroupOf(IndexedResource r) => ArmNode.Text(ArmNode.Member(r.Node, "resourceGroupName")) ?? r.Id.ResourceGroup;
    }
}
