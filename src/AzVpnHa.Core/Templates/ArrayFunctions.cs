using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;
using AzVpnHa.Tree;

namespace AzVpnHa.Templates
{
    /// <summary>Array functions (learn.microsoft.com: template-functions-array); most also take strings, as ARM's do.</summary>
    internal static class ArrayFunctions
    {
        public static void Register(Action<string, Func<FunctionCall, object>> strict, Action<string, Func<FunctionCall, object>> lazy)
        {
            // An array may hold unknown items; only the array itself being unknown makes the result unknown.
            lazy("createArray", c => c.All().ToList());
            strict("array", c => { c.Expect(1, 1); return Values.IsArray(c[0]) ? c[0] : new List<object> { c[0] }; });
            strict("length", c =>
            {
                c.Expect(1, 1);
                switch (c[0])
                {
                    case string s: return (long)s.Length;
                    case IDictionary<string, object> o: return (long)o.Count;
                    case IList l: return (long)l.Count;
                    default: throw new TemplateException("length() of " + Values.Describe(c[0]) + ".");
                }
            });
            strict("empty", c =>
            {
                c.Expect(1, 1);
                switch (c[0])
                {
                    case null: return true;
                    case string s: return s.Length == 0;
                    case IDictionary<string, object> o: return o.Count == 0;
                    case IList l: return l.Count == 0;
                    default: throw new TemplateException("empty() of " + Values.Describe(c[0]) + ".");
                }
            });
            strict("first", c => { c.Expect(1, 1); return c[0] is string s ? (s.Length > 0 ? s.Substring(0, 1) : "") : Items(c, 0).FirstOrDefault(); });
            strict("last", c => { c.Expect(1, 1); return c[0] is string s ? (s.Length > 0 ? s.Substring(s.Length - 1) : "") : Items(c, 0).LastOrDefault(); });
            strict("take", c =>
            {
                c.Expect(2, 2);
                var n = (int)Math.Max(0, Math.Min(int.MaxValue, c.Long(1)));
                return c[0] is string s ? s.Substring(0, Math.Min(n, s.Length)) : (object)Items(c, 0).Take(n).ToList();
            });
            strict("skip", c =>
            {
                c.Expect(2, 2);
                var n = (int)Math.Max(0, Math.Min(int.MaxValue, c.Long(1)));
                return c[0] is string s ? s.Substring(Math.Min(n, s.Length)) : (object)Items(c, 0).Skip(n).ToList();
            });
            strict("contains", c =>
            {
                c.Expect(2, 2);
                switch (c[0])
                {
                    case string s: return s.IndexOf(Values.Text(c[1]), StringComparison.Ordinal) >= 0;
                    case IDictionary<string, object> o: return TreeReader.TryGet(o, Values.Text(c[1]), out _);
                    case IList l:
                        foreach (var item in l) if (Values.DeepEquals(item, c[1])) return true;
                        return Values.UnknownInside(l) is DeployTimeValue u ? u : (object)false;
                    default: throw new TemplateException("contains() of " + Values.Describe(c[0]) + ".");
                }
            });
            strict("range", c =>
            {
                c.Expect(2, 2);
                long start = c.Long(0), count = c.Long(1);
                if (count < 0 || count > 10000) throw new TemplateException("range() count must be 0 to 10000.");
                var list = new List<object>((int)count);
                for (long i = 0; i < count; i++) list.Add(start + i);
                return list;
            });
            strict("union", c =>
            {
                c.Expect(1);
                if (c[0] is IDictionary<string, object>)
                {
                    var merged = Values.NewObject();
                    for (int i = 0; i < c.Count; i++) Merge(merged, c.Object(i));
                    return merged;
                }
                var result = new List<object>();
                for (int i = 0; i < c.Count; i++)
                    foreach (var item in c.Array(i))
                        if (!result.Any(r => Values.DeepEquals(r, item))) result.Add(item);
                return result;
            });
            strict("intersection", c =>
            {
                c.Expect(2);
                if (c[0] is IDictionary<string, object> first)
                {
                    var common = Values.NewObject();
                    foreach (var pair in first)
                    {
                        bool all = true;
                        for (int i = 1; i < c.Count && all; i++) all = TreeReader.TryGet(c.Object(i), pair.Key, out var v) && Values.DeepEquals(v, pair.Value);
                        if (all) common[pair.Key] = pair.Value;
                    }
                    return common;
                }
                var result = new List<object>();
                foreach (var item in c.Array(0))
                {
                    bool all = true;
                    for (int i = 1; i < c.Count && all; i++) all = c.Array(i).Cast<object>().Any(x => Values.DeepEquals(x, item));
                    if (all && !result.Any(r => Values.DeepEquals(r, item))) result.Add(item);
                }
                return result;
            });
            strict("flatten", c =>
            {
                c.Expect(1, 1);
                var result = new List<object>();
                foreach (var item in c.Array(0)) result.AddRange(Values.Array(item, "flatten").Cast<object>());
                return result;
            });
            strict("indexFromEnd", c => { c.Expect(2, 2); var l = c.Array(0); var i = c.Long(1); return i >= 1 && i <= l.Count ? l[l.Count - (int)i] : throw new TemplateException("indexFromEnd() is outside the array."); });
            strict("tryIndexFromEnd", c => { c.Expect(2, 2); var l = c.Array(0); var i = c.Long(1); return i >= 1 && i <= l.Count ? l[l.Count - (int)i] : null; });
        }

        static IEnumerable<object> Items(FunctionCall c, int i) => c.Array(i).Cast<object>();

        /// <summary>union() of objects: later values win; nested objects are merged member by member.</summary>
        static void Merge(IDictionary<string, object> into, IDictionary<string, object> from)
        {
            foreach (var pair in from)
            {
                if (TreeReader.TryGet(into, pair.Key, out var existing) && existing is IDictionary<string, object> a && pair.Value is IDictionary<string, object> b)
                {
                    var copy = Values.CopyObject(a);
                    Merge(copy, b);
                    into[pair.Key] = copy;
                }
                else into[pair.Key] = pair.Value;
            }
        }
    }
}
