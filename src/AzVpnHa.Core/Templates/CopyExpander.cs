using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;
using AzVpnHa.Tree;

namespace AzVpnHa.Templates
{
    /// <summary>
    /// Copy loops (learn.microsoft.com: copy-resources, copy-properties, copy-variables, copy-outputs): the count is an
    /// expression, each iteration runs in a frame where copyIndex() (and copyIndex('name')) is its index;
    /// mode and batchSize only order the deployment and are ignored.
    /// </summary>
    internal static class CopyExpander
    {
        /// <summary>ARM's upper bound on a copy count.</summary>
        public const int MaxCount = 800;

        /// <summary>The number of iterations of a copy object; unknown when the count is set at deploy time.</summary>
        public static object Count(IDictionary<string, object> copy, Frame frame)
        {
            var count = ExpressionEvaluator.EvaluateTree(TemplateScope.Member(copy, "count"), frame);
            if (count is DeployTimeValue u) return u;
            var n = Values.Long(count, "copy count");
            if (n < 0 || n > MaxCount) throw new TemplateException("A copy count must be 0 to " + MaxCount + ", not " + n + ".");
            return n;
        }

        /// <summary>A property or variable loop {name, count, input}: the array of its inputs.</summary>
        public static object Items(IDictionary<string, object> loop, Frame frame, string name)
        {
            var count = Count(loop, frame);
            if (count is DeployTimeValue u) return u;
            var input = TemplateScope.Member(loop, "input");
            var items = new List<object>();
            for (int i = 0; i < (long)count; i++) items.Add(ExpressionEvaluator.EvaluateTree(input, frame.InLoop(name, i)));
            return items;
        }

        /// <summary>Whether an object member "copy" is a property loop ([{name, count, input}]), not a resource's copy.</summary>
        public static bool IsPropertyLoop(object copy) =>
            copy is IList list && list.Count > 0 && list.Cast<object>().All(x => x is IDictionary<string, object> d && TreeReader.TryGet(d, "name", out _) && TreeReader.TryGet(d, "input", out _));
    }
}
