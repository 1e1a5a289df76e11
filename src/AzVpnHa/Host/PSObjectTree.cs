using System;
using System.Collections;
using System.Collections.Generic;
using System.Management.Automation;
using AzVpnHa.Tree;

namespace AzVpnHa.Host
{
    /// <summary>
    /// Turns what PowerShell hands us (hashtables, PSCustomObjects, .psd1 data, module or Az objects) into the
    /// neutral tree Core reads: case-insensitive dictionaries, lists and plain scalars.
    /// </summary>
    internal static class PSObjectTree
    {
        const int MaxDepth = 16;

        public static object Convert(object value) => Convert(value, 0, new HashSet<object>(ReferenceComparer.Instance));

        /// <param name="path">Objects on the way down, so a cycle (parent links in .NET objects) ends instead of looping.</param>
        static object Convert(object value, int depth, HashSet<object> path)
        {
            if (value == null) return null;
            if (depth > MaxDepth)
                throw new Spec.SpecException(new[] { new Spec.SpecError(ErrorIds.SpecInvalidValue, "", $"The input nests deeper than {MaxDepth} levels.", "Give a spec hashtable or object, not an arbitrary .NET object.") });
            if (value is PSObject pso)
            {
                var baseObject = pso.BaseObject;
                if (!(baseObject is PSCustomObject)) return Convert(baseObject, depth, path);
                return Properties(pso, depth, path);
            }
            switch (value)
            {
                case string s: return s;
                case SwitchParameter sw: return sw.IsPresent;
                case bool _: case long _: case int _: case double _: case decimal _: case uint _: case short _: case ulong _: case float _: case byte _:
                    return value;
                case Enum e: return e.ToString();
                case DateTime d: return d.ToString("o", System.Globalization.CultureInfo.InvariantCulture);
                case IDictionary dictionary:
                    var result = JsonTree.NewObject();
                    foreach (DictionaryEntry entry in dictionary) result[System.Convert.ToString(entry.Key, System.Globalization.CultureInfo.InvariantCulture)] = Convert(entry.Value, depth + 1, path);
                    return result;
                case IEnumerable list:
                    var items = new List<object>();
                    foreach (var item in list) items.Add(Convert(item, depth + 1, path));
                    return items;
            }
            if (value.GetType().IsPrimitive) return value;
            if (!path.Add(value)) return null;
            var properties = Properties(PSObject.AsPSObject(value), depth, path);
            path.Remove(value);
            return properties;
        }

        static Dictionary<string, object> Properties(PSObject pso, int depth, HashSet<object> path)
        {
            var result = JsonTree.NewObject();
            foreach (var property in pso.Properties)
            {
                if (!property.IsGettable) continue;
                object v;
                try { v = property.Value; }
                catch (GetValueException) { continue; }
                // Leaving out nulls keeps "not given" and "given as null" the same, as the spec reader expects.
                if (v != null) result[property.Name] = Convert(v, depth + 1, path);
            }
            return result;
        }
        sealed class ReferenceComparer : IEqualityComparer<object>
        {
            public static readonly ReferenceComparer Instance = new ReferenceComparer();
            public new bool Equals(object x, object y) => ReferenceEquals(x, y);
            public int GetHashCode(object obj) => System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(obj);
        }
    }
}
