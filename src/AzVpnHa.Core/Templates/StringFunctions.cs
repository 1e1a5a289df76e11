using System;
using System.Collections;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;

namespace AzVpnHa.Templates
{
    /// <summary>
    /// String functions (learn.microsoft.com: template-functions-string). The ones that build names (concat, format,
    /// toLower, toUpper, string) keep an unknown part as its placeholder, so names stay readable and still match.
    /// </summary>
    internal static class StringFunctions
    {
        public static void Register(Action<string, Func<FunctionCall, object>> strict, Action<string, Func<FunctionCall, object>> lazy)
        {
            lazy("concat", Concat);
            lazy("format", Format);
            lazy("toLower", c => { c.Expect(1, 1); return Map(c[0], s => s.ToLowerInvariant(), "toLower"); });
            lazy("toUpper", c => { c.Expect(1, 1); return Map(c[0], s => s.ToUpperInvariant(), "toUpper"); });
            lazy("string", c =>
            {
                c.Expect(1, 1);
                return c[0] is DeployTimeValue u ? u : Values.Text(c[0]);
            });
            strict("replace", c => { c.Expect(3, 3); return c.String(0).Replace(c.String(1), c.String(2)); });
            strict("split", c =>
            {
                c.Expect(2, 2);
                var separators = c[1] is string one ? new[] { one } : c.Array(1).Cast<object>().Select(x => Values.String(x, "split")).ToArray();
                return c.String(0).Split(separators, StringSplitOptions.None).Cast<object>().ToList();
            });
            strict("join", c =>
            {
                c.Expect(2, 2);
                var items = c.Array(0).Cast<object>().ToList();
                if (Values.FirstUnknown(items) is DeployTimeValue u) return u;
                return string.Join(c.String(1), items.Select(Values.Text));
            });
            strict("substring", c =>
            {
                c.Expect(1, 3);
                var s = c.String(0);
                long start = c.Count > 1 ? c.Long(1) : 0;
                long length = c.Count > 2 ? c.Long(2) : s.Length - start;
                if (start < 0 || length < 0 || start + length > s.Length) throw new TemplateException("substring() range is outside the string '" + s + "'.");
                return s.Substring((int)start, (int)length);
            });
            // ARM compares these without case.
            strict("startsWith", c => { c.Expect(2, 2); return c.String(0).StartsWith(c.String(1), StringComparison.OrdinalIgnoreCase); });
            strict("endsWith", c => { c.Expect(2, 2); return c.String(0).EndsWith(c.String(1), StringComparison.OrdinalIgnoreCase); });
            strict("indexOf", c => IndexOf(c, last: false));
            strict("lastIndexOf", c => IndexOf(c, last: true));
            strict("trim", c => { c.Expect(1, 1); return c.String(0).Trim(); });
            strict("padLeft", c =>
            {
                c.Expect(2, 3);
                var s = Values.Text(c[0]);
                var pad = c.Count > 2 ? c.String(2) : " ";
                if (pad.Length != 1) throw new TemplateException("padLeft() pads with one character.");
                if (c.Long(1) > 16384) throw new TemplateException("padLeft() to more than 16384 characters.");
                return s.PadLeft((int)c.Long(1), pad[0]);
            });
            strict("base64", c => { c.Expect(1, 1); return Convert.ToBase64String(Encoding.UTF8.GetBytes(c.String(0))); });
            strict("base64ToString", c => { c.Expect(1, 1); return Encoding.UTF8.GetString(Convert.FromBase64String(c.String(0))); });
            strict("uriComponent", c => { c.Expect(1, 1); return Uri.EscapeDataString(c.String(0)); });
            strict("uriComponentToString", c => { c.Expect(1, 1); return Uri.UnescapeDataString(c.String(0)); });
            strict("uri", c =>
            {
                c.Expect(2, 2);
                return new Uri(new Uri(c.String(0)), c.String(1)).ToString();
            });
            strict("newGuid", c => DeployTimeValue.Function("newGuid"));
            strict("utcNow", c => DeployTimeValue.Function("utcNow"));
            strict("dateTimeAdd", c => DeployTimeValue.Function("dateTimeAdd"));
        }

        static object Concat(FunctionCall c)
        {
            var args = c.All().ToList();
            if (args.Count > 0 && args.All(a => a == null || Values.IsArray(a) || a is DeployTimeValue) && args.Any(Values.IsArray))
            {
                if (Values.FirstUnknown(args) is DeployTimeValue u) return u;
                var all = new List<object>();
                foreach (var a in args) if (a is IList l) foreach (var x in l) all.Add(x);
                return all;
            }
            var text = string.Concat(args.Select(Values.Text));
            var unknown = Values.FirstUnknown(args);
            return unknown != null ? unknown.WithPlaceholder(text) : (object)text;
        }

        static object Format(FunctionCall c)
        {
            c.Expect(1);
            if (c[0] is DeployTimeValue u) return u;
            var format = c.String(0);
            var rest = new object[c.Count - 1];
            DeployTimeValue unknown = null;
            for (int i = 1; i < c.Count; i++)
            {
                var v = c[i];
                if (v is DeployTimeValue d) { unknown = unknown ?? d; rest[i - 1] = d.Placeholder; }
                else if (v is bool b) rest[i - 1] = b ? "True" : "False";
                else if (v is IList || v is IDictionary<string, object> || v == null) rest[i - 1] = Values.Text(v);
                else rest[i - 1] = v;
            }
            string text;
            try { text = string.Format(CultureInfo.InvariantCulture, format, rest); }
            catch (FormatException e) { throw new TemplateException("format('" + format + "') " + e.Message); }
            return unknown != null ? unknown.WithPlaceholder(text) : (object)text;
        }

        static object Map(object v, Func<string, string> f, string name) =>
            v is DeployTimeValue d ? d.WithPlaceholder(f(d.Placeholder)) : (object)f(Values.String(v, name));

        static object IndexOf(FunctionCall c, bool last)
        {
            c.Expect(2, 2);
            if (Values.IsArray(c[0]))
            {
                var list = c.Array(0);
                var range = Enumerable.Range(0, list.Count);
                foreach (int i in last ? range.Reverse() : range) if (Values.DeepEquals(list[i], c[1])) return (long)i;
                return -1L;
            }
            var s = c.String(0);
            var find = c.String(1);
            return (long)(last ? s.LastIndexOf(find, StringComparison.OrdinalIgnoreCase) : s.IndexOf(find, StringComparison.OrdinalIgnoreCase));
        }
    }
}
