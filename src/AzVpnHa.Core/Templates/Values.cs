using System;
using System.Collections;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using AzVpnHa.Tree;

namespace AzVpnHa.Templates
{
    /// <summary>
    /// The template language's values over the neutral tree: null, bool, long, string, arrays (IList) and objects
    /// (IDictionary, names without case), plus <see cref="DeployTimeValue"/> for what is unknown offline.
    /// Conversions follow ARM: a wrong type is a <see cref="TemplateException"/>, never a silent guess.
    /// </summary>
    internal static class Values
    {
        public static bool IsUnknown(object v) => v is DeployTimeValue;

        public static IDictionary<string, object> NewObject() => JsonTree.NewObject();

        public static bool IsArray(object v) => v is IList && !(v is string);

        public static IList Array(object v, string function) =>
            v is IList list && !(v is string) ? list : throw new TemplateException(function + "() expects an array, not " + Describe(v) + ".");

        public static IDictionary<string, object> Object(object v, string function) =>
            v as IDictionary<string, object> ?? throw new TemplateException(function + "() expects an object, not " + Describe(v) + ".");

        public static string String(object v, string function) =>
            v as string ?? throw new TemplateException(function + "() expects a string, not " + Describe(v) + ".");

        public static long Long(object v, string function)
        {
            switch (v)
            {
                case long l: return l;
                case int i: return i;
                case double d when Math.Floor(d) == d: return (long)d;
                default: throw new TemplateException(function + "() expects an integer, not " + Describe(v) + ".");
            }
        }

        public static bool Bool(object v, string function) =>
            v is bool b ? b : throw new TemplateException(function + "() expects a boolean, not " + Describe(v) + ".");

        public static string Describe(object v)
        {
            switch (v)
            {
                case null: return "null";
                case string _: return "a string";
                case bool _: return "a boolean";
                case long _: case int _: case double _: return "a number";
                case IDictionary<string, object> _: return "an object";
                case IList _: return "an array";
                default: return v.GetType().Name;
            }
        }

        /// <summary>The text concat(), format() and string() give a value: strings as is, others as compact JSON.</summary>
        public static string Text(object v)
        {
            switch (v)
            {
                case null: return "";
                case string s: return s;
                case bool b: return b ? "True" : "False";
                case DeployTimeValue d: return d.Placeholder;
                case IConvertible c when !(v is IList) && !(v is IDictionary<string, object>): return Convert.ToString(c, CultureInfo.InvariantCulture);
                default: return Json(v);
            }
        }

        /// <summary>Compact JSON, as string() and json() round trips use it.</summary>
        public static string Json(object v)
        {
            var sb = new StringBuilder();
            WriteJson(sb, v);
            return sb.ToString();
        }

        static void WriteJson(StringBuilder sb, object v)
        {
            switch (v)
            {
                case null: sb.Append("null"); break;
                case bool b: sb.Append(b ? "true" : "false"); break;
                case string s: Quote(sb, s); break;
                case DeployTimeValue d: Quote(sb, d.Placeholder); break;
                case IDictionary<string, object> o:
                    sb.Append('{');
                    bool first = true;
                    foreach (var pair in o)
                    {
                        if (!first) sb.Append(',');
                        first = false;
                        Quote(sb, pair.Key);
                        sb.Append(':');
                        WriteJson(sb, pair.Value);
                    }
                    sb.Append('}');
                    break;
                case IList list:
                    sb.Append('[');
                    for (int i = 0; i < list.Count; i++)
                    {
                        if (i > 0) sb.Append(',');
                        WriteJson(sb, list[i]);
                    }
                    sb.Append(']');
                    break;
                case IConvertible c: sb.Append(Convert.ToString(c, CultureInfo.InvariantCulture)); break;
                default: Quote(sb, v.ToString()); break;
            }
        }

        static void Quote(StringBuilder sb, string s)
        {
            sb.Append('"');
            foreach (var c in s)
            {
                switch (c)
                {
                    case '"': sb.Append("\\\""); break;
                    case '\\': sb.Append("\\\\"); break;
                    case '\n': sb.Append("\\n"); break;
                    case '\r': sb.Append("\\r"); break;
                    case '\t': sb.Append("\\t"); break;
                    default:
                        if (c < ' ') sb.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
                        else sb.Append(c);
                        break;
                }
            }
            sb.Append('"');
        }

        /// <summary>The first unknown value among these, if any.</summary>
        public static DeployTimeValue FirstUnknown(IEnumerable<object> values) => values.OfType<DeployTimeValue>().FirstOrDefault();

        /// <summary>An unknown anywhere inside the value (arrays and objects included).</summary>
        public static DeployTimeValue UnknownInside(object v)
        {
            switch (v)
            {
                case DeployTimeValue d: return d;
                case IDictionary<string, object> o:
                    foreach (var pair in o) if (UnknownInside(pair.Value) is DeployTimeValue x) return x;
                    return null;
                case IList list when !(v is string):
                    foreach (var item in list) if (UnknownInside(item) is DeployTimeValue y) return y;
                    return null;
                default: return null;
            }
        }

        /// <summary>ARM equality: strings with case (as equals()), numbers by value, arrays and objects member by member.</summary>
        public static bool DeepEquals(object a, object b)
        {
            if (a == null || b == null) return a == null && b == null;
            if (IsNumber(a) && IsNumber(b)) return Convert.ToDouble(a, CultureInfo.InvariantCulture) == Convert.ToDouble(b, CultureInfo.InvariantCulture);
            if (a is string sa && b is string sb) return string.Equals(sa, sb, StringComparison.Ordinal);
            if (a is bool ba && b is bool bb) return ba == bb;
            if (a is IDictionary<string, object> oa && b is IDictionary<string, object> ob)
            {
                if (oa.Count != ob.Count) return false;
                foreach (var pair in oa)
                    if (!TreeReader.TryGet(ob, pair.Key, out var other) || !DeepEquals(pair.Value, other)) return false;
                return true;
            }
            if (a is IList la && b is IList lb && !(a is string) && !(b is string))
            {
                if (la.Count != lb.Count) return false;
                for (int i = 0; i < la.Count; i++) if (!DeepEquals(la[i], lb[i])) return false;
                return true;
            }
            return false;
        }

        public static bool IsNumber(object v) => v is long || v is int || v is double;

        public static List<object> List(IEnumerable items) => items.Cast<object>().ToList();

        /// <summary>A shallow copy of an object, names without case, order kept.</summary>
        public static IDictionary<string, object> CopyObject(IDictionary<string, object> o)
        {
            var copy = NewObject();
            foreach (var pair in o) copy[pair.Key] = pair.Value;
            return copy;
        }
    }
}
