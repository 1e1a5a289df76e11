using System;
using System.Collections;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using AzVpnHa.Net;
using AzVpnHa.Spec;

namespace AzVpnHa.Tree
{
    /// <summary>
    /// Typed, path-aware reads over the neutral tree (dictionaries, lists, scalars). Every problem is
    /// collected with its field path (e.g. sites[0].devices[1].publicIp) instead of thrown, so a user sees
    /// all of them at once.
    /// </summary>
    internal sealed class TreeReader
    {
        readonly List<SpecError> _errors = new List<SpecError>();

        public IReadOnlyList<SpecError> Errors => _errors;

        public void Error(string code, string path, string problem, string fix) =>
            _errors.Add(new SpecError(code, path, problem, fix));

        public static string Child(string path, string key) => string.IsNullOrEmpty(path) ? key : path + "." + key;
        public static string Item(string path, int index) => path + "[" + index.ToString(CultureInfo.InvariantCulture) + "]";

        /// <summary>Case-insensitive member lookup; templates and PowerShell users spell names freely.</summary>
        public static bool TryGet(IDictionary<string, object> obj, string key, out object value)
        {
            if (obj.TryGetValue(key, out value)) return true;
            // JsonTree's dictionaries already ignore case: a miss there is final (no need to scan every key).
            if (obj is Dictionary<string, object> dict && ReferenceEquals(dict.Comparer, StringComparer.OrdinalIgnoreCase)) { value = null; return false; }
            foreach (var pair in obj)
            {
                if (string.Equals(pair.Key, key, StringComparison.OrdinalIgnoreCase)) { value = pair.Value; return true; }
            }
            value = null;
            return false;
        }

        public IDictionary<string, object> Object(object value, string path)
        {
            if (value is IDictionary<string, object> obj) return obj;
            Error(SpecErrorCodes.InvalidValue, path, $"is {Describe(value)}, not an object.", "Give an object with named fields.");
            return null;
        }

        /// <summary>Rejects members the spec does not define, so a typo is not silently ignored.</summary>
        public static HashSet<string> Fields(params string[] names) => new HashSet<string>(names, StringComparer.OrdinalIgnoreCase);

        public void OnlyKnown(IDictionary<string, object> obj, string path, HashSet<string> known)
        {
            foreach (var key in obj.Keys)
            {
                if (key.Length > 0 && key[0] == '$') continue; // $schema, $comment
                if (known.Contains(key)) continue;
                Error(SpecErrorCodes.UnknownField, Child(path, key), "is not a field of this object.",
                    "Use one of: " + string.Join(", ", known) + ".");
            }
        }

        // Paths are built only when there is something to report: reading a large spec stays allocation-light.
        public string String(IDictionary<string, object> obj, string path, string key, bool required)
        {
            if (!TryGet(obj, key, out var value) || value == null || (value is string s0 && s0.Length == 0))
            {
                if (required) Error(SpecErrorCodes.MissingField, Child(path, key), "is missing.", $"Set '{key}'.");
                return null;
            }
            if (value is string s) return s.Trim();
            if (IsScalar(value)) return Convert.ToString(value, CultureInfo.InvariantCulture);
            Error(SpecErrorCodes.InvalidValue, Child(path, key), $"is {Describe(value)}, not text.", $"Give '{key}' as a string.");
            return null;
        }

        public bool? Bool(IDictionary<string, object> obj, string path, string key)
        {
            if (!TryGet(obj, key, out var value) || value == null) return null;
            if (value is bool b) return b;
            if (value is string s && bool.TryParse(s, out var parsed)) return parsed;
            Error(SpecErrorCodes.InvalidValue, Child(path, key), $"is {Describe(value)}, not true or false.", $"Give '{key}' as true or false.");
            return null;
        }

        public long? Integer(IDictionary<string, object> obj, string path, string key)
        {
            if (!TryGet(obj, key, out var value) || value == null) return null;
            switch (value)
            {
                case long l: return l;
                case int i: return i;
                case uint u: return u;
                case short sh: return sh;
                case ulong ul when ul <= long.MaxValue: return (long)ul;
                case double d when Math.Floor(d) == d && Math.Abs(d) < 9e15: return (long)d;
                case decimal m when decimal.Floor(m) == m && Math.Abs(m) < 9e15m: return (long)m;
                case string s when long.TryParse(s, NumberStyles.Integer, CultureInfo.InvariantCulture, out var parsed): return parsed;
            }
            Error(SpecErrorCodes.InvalidValue, Child(path, key), $"is {Describe(value)}, not a whole number.", $"Give '{key}' as a whole number.");
            return null;
        }

        /// <summary>A list of objects; a single object counts as a list of one (PowerShell unrolls one-item arrays).</summary>
        public List<(IDictionary<string, object> Obj, string Path)> Objects(IDictionary<string, object> obj, string path, string key)
        {
            var result = new List<(IDictionary<string, object>, string)>();
            if (!TryGet(obj, key, out var value) || value == null) return result;
            var p = Child(path, key);
            if (value is IDictionary<string, object> single) { result.Add((single, Item(p, 0))); return result; }
            if (!(value is IList list)) { Error(SpecErrorCodes.InvalidValue, p, $"is {Describe(value)}, not a list.", $"Give '{key}' as a list of objects."); return result; }
            for (int i = 0; i < list.Count; i++)
            {
                var item = Object(list[i], Item(p, i));
                if (item != null) result.Add((item, Item(p, i)));
            }
            return result;
        }

        /// <summary>A list of strings; a single string counts as a list of one. Null when the key is absent.</summary>
        public List<(string Value, string Path)> Strings(IDictionary<string, object> obj, string path, string key)
        {
            if (!TryGet(obj, key, out var value) || value == null) return null;
            var p = Child(path, key);
            var result = new List<(string, string)>();
            if (value is string one) { result.Add((one.Trim(), Item(p, 0))); return result; }
            if (!(value is IList list)) { Error(SpecErrorCodes.InvalidValue, p, $"is {Describe(value)}, not a list.", $"Give '{key}' as a list of strings."); return result; }
            for (int i = 0; i < list.Count; i++)
            {
                if (list[i] is string s) result.Add((s.Trim(), Item(p, i)));
                else Error(SpecErrorCodes.InvalidValue, Item(p, i), $"is {Describe(list[i])}, not text.", "Give each entry as a string.");
            }
            return result;
        }

        public string[] Prefixes(IDictionary<string, object> obj, string path, string key)
        {
            var items = Strings(obj, path, key);
            if (items == null) return null;
            var result = new List<string>(items.Count);
            foreach (var (text, p) in items)
            {
                if (Cidr.TryParse(text, out var cidr, out var problem)) result.Add(cidr.ToString());
                else Error(SpecErrorCodes.InvalidPrefix, p, $"'{text}' {problem}.", "Write an address prefix in CIDR form, e.g. 10.1.0.0/16.");
            }
            return result.ToArray();
        }

        public string IpAddress(IDictionary<string, object> obj, string path, string key, bool required)
        {
            var text = String(obj, path, key, required);
            if (text == null) return null;
            if (IpAddressValue.TryParse(text, out var ip)) return ip.ToString();
            Error(SpecErrorCodes.InvalidIpAddress, Child(path, key), $"'{text}' is not an IP address.", "Write a single IPv4 address such as 203.0.113.10 (no prefix length).");
            return null;
        }

        public string[] IpAddresses(IDictionary<string, object> obj, string path, string key)
        {
            var items = Strings(obj, path, key);
            if (items == null) return new string[0];
            var result = new List<string>(items.Count);
            foreach (var (text, p) in items)
            {
                if (IpAddressValue.TryParse(text, out var ip)) result.Add(ip.ToString());
                else Error(SpecErrorCodes.InvalidIpAddress, p, $"'{text}' is not an IP address.", "Write a single IPv4 address such as 169.254.21.1.");
            }
            return result.ToArray();
        }

        static bool IsScalar(object value) => value is IConvertible;

        static string Describe(object value)
        {
            switch (value)
            {
                case null: return "empty";
                case string s: return $"the text '{s}'";
                case bool b: return b ? "true" : "false";
                case IDictionary<string, object> _: return "an object";
                case IList _: return "a list";
                default: return IsScalar(value) ? $"the value {Convert.ToString(value, CultureInfo.InvariantCulture)}" : "a " + value.GetType().Name;
            }
        }
    }
}
