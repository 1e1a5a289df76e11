using System;
using System.Collections;
using System.Collections.Generic;
using System.Globalization;
using AzVpnHa.Tree;

namespace AzVpnHa.Readers
{
    /// <summary>
    /// Tolerant reads over one resource node of the neutral tree. A REST payload keeps its fields under
    /// "properties"; an Az object (PSVirtualNetworkGateway etc.) has them flat; both are looked up, names without case.
    /// A value of an unexpected shape reads as unknown (null), never as an error: a deployed estate is what it is.
    /// </summary>
    internal static class ArmNode
    {
        public static IDictionary<string, object> Dict(object value) => value as IDictionary<string, object>;

        /// <summary>A resource property: properties.{name} first, then the node itself (Az objects are flat).</summary>
        public static object Prop(IDictionary<string, object> node, string name)
        {
            if (node == null) return null;
            if (TreeReader.TryGet(node, "properties", out var p) && p is IDictionary<string, object> props
                && TreeReader.TryGet(props, name, out var v) && v != null) return v;
            return TreeReader.TryGet(node, name, out var w) ? w : null;
        }

        /// <summary>A top-level member only (id, name, type, location, sku, zones, tags).</summary>
        public static object Member(IDictionary<string, object> node, string name) =>
            node != null && TreeReader.TryGet(node, name, out var v) ? v : null;

        public static string Text(object value)
        {
            switch (value)
            {
                case null: return null;
                case UnknownValue _: return null;
                case string s: s = s.Trim(); return s.Length == 0 ? null : s;
                case bool b: return b ? "true" : "false";
                case IDictionary<string, object> _: return null;
                case IList _: return null;
                case IConvertible c: return Convert.ToString(c, CultureInfo.InvariantCulture);
                default: return value.ToString();
            }
        }

        /// <summary>
        /// The first value set at deploy time among <paramref name="values"/> (a property, the object holding it, or an
        /// element of a list), so a reader can mark the property unknown instead of reading it as absent.
        /// </summary>
        public static UnknownValue FirstUnknown(params object[] values)
        {
            foreach (var value in values)
            {
                if (value is UnknownValue u) return u;
                if (value is IList list && !(value is string))
                    foreach (var item in list) if (item is UnknownValue inner) return inner;
            }
            return null;
        }

        public static bool? Bool(object value)
        {
            if (value is bool b) return b;
            if (value is string s && bool.TryParse(s.Trim(), out var parsed)) return parsed;
            return null;
        }

        public static long? Long(object value)
        {
            switch (value)
            {
                case long l: return l;
                case int i: return i;
                case uint u: return u;
                case short sh: return sh;
                case ulong ul when ul <= long.MaxValue: return (long)ul;
                case double d when Math.Floor(d) == d && Math.Abs(d) < 9e15: return (long)d;
                case decimal m when decimal.Floor(m) == m: return (long)m;
                case string s when long.TryParse(s.Trim(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var parsed): return parsed;
                default: return null;
            }
        }

        /// <summary>Items of a list; one object counts as a list of one (PowerShell unrolls one-item arrays).</summary>
        public static List<IDictionary<string, object>> Objects(object value)
        {
            var result = new List<IDictionary<string, object>>();
            if (value is IDictionary<string, object> one) { result.Add(one); return result; }
            if (value is IList list && !(value is string))
            {
                foreach (var item in list)
                {
                    if (item is IDictionary<string, object> d) result.Add(d);
                }
            }
            return result;
        }

        public static List<string> Texts(object value)
        {
            var result = new List<string>();
            if (value is string one) { if (Text(one) is string t) result.Add(t); return result; }
            if (value is IList list)
            {
                foreach (var item in list)
                {
                    var t = Text(item);
                    if (t != null) result.Add(t);
                }
            }
            return result;
        }

        /// <summary>A reference: a string id, or an object with an id (REST {id, properties:{}} or an Az object).</summary>
        public static string IdOf(object value) => value is string s ? Text(s) : Text(Member(Dict(value), "id"));

        /// <summary>A copy whose dictionaries are new, so merging never changes the caller's tree.</summary>
        public static IDictionary<string, object> Copy(IDictionary<string, object> node)
        {
            var copy = JsonTree.NewObject();
            foreach (var pair in node) copy[pair.Key] = pair.Value is IDictionary<string, object> d ? Copy(d) : pair.Value;
            return copy;
        }

        /// <summary>Overlays a later read of the same resource: objects merge, other non-null values replace.</summary>
        public static void Merge(IDictionary<string, object> into, IDictionary<string, object> from)
        {
            foreach (var pair in from)
            {
                if (pair.Value == null) continue;
                if (pair.Value is IDictionary<string, object> d && TreeReader.TryGet(into, pair.Key, out var existing) && existing is IDictionary<string, object> e)
                {
                    Merge(e, d);
                    continue;
                }
                Remove(into, pair.Key);
                into[pair.Key] = pair.Value is IDictionary<string, object> dd ? Copy(dd) : pair.Value;
            }
        }

        static void Remove(IDictionary<string, object> node, string key)
        {
            foreach (var k in new List<string>(node.Keys))
            {
                if (string.Equals(k, key, StringComparison.OrdinalIgnoreCase)) node.Remove(k);
            }
        }
    }
}
