using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;
using AzVpnHa.Tree;

namespace AzVpnHa.Templates
{
    /// <summary>Object functions (learn.microsoft.com: template-functions-object).</summary>
    internal static class ObjectFunctions
    {
        public static void Register(Action<string, Func<FunctionCall, object>> strict, Action<string, Func<FunctionCall, object>> lazy)
        {
            // Values may be unknown; keys must be known.
            lazy("createObject", c =>
            {
                if (c.Count % 2 != 0) throw new TemplateException("createObject() takes key, value pairs.");
                var o = Values.NewObject();
                for (int i = 0; i < c.Count; i += 2)
                {
                    if (c[i] is DeployTimeValue u) return u;
                    o[c.String(i)] = c[i + 1];
                }
                return o;
            });
            strict("null", c => null);
            strict("json", c =>
            {
                c.Expect(1, 1);
                try { return JsonTree.Parse(c.String(0)); }
                catch (FormatException e) { throw new TemplateException("json() of text that is not JSON: " + e.Message); }
            });
            // items() and objectKeys() list the members sorted by key without case, as ARM's engine does (bicep snapshot shows it).
            strict("items", c =>
            {
                c.Expect(1, 1);
                return c.Object(0).OrderBy(p => p.Key, StringComparer.OrdinalIgnoreCase).Select(p =>
                {
                    var item = Values.NewObject();
                    item["key"] = p.Key;
                    item["value"] = p.Value;
                    return (object)item;
                }).ToList();
            });
            strict("objectKeys", c => { c.Expect(1, 1); return c.Object(0).Keys.OrderBy(k => k, StringComparer.OrdinalIgnoreCase).Cast<object>().ToList(); });
            strict("tryGet", c =>
            {
                c.Expect(2);
                object current = c[0];
                for (int i = 1; i < c.Count; i++)
                {
                    if (current is IDictionary<string, object> o && c[i] is string key) current = TreeReader.TryGet(o, key, out var v) ? v : null;
                    else if (Values.IsArray(current) && Values.IsNumber(c[i]))
                    {
                        var l = (IList)current;
                        var n = c.Long(i);
                        current = n >= 0 && n < l.Count ? l[(int)n] : null;
                    }
                    else return null;
                    if (current is DeployTimeValue) return current;
                }
                return current;
            });
            strict("shallowMerge", c =>
            {
                c.Expect(1, 1);
                var merged = Values.NewObject();
                foreach (var item in c.Array(0))
                {
                    if (item is DeployTimeValue u) return u;
                    foreach (var pair in Values.Object(item, "shallowMerge")) merged[pair.Key] = pair.Value;
                }
                return merged;
            });
        }
    }
}
