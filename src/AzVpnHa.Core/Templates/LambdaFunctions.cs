using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;

namespace AzVpnHa.Templates
{
    /// <summary>A lambda('x', ['i',] body) value: its variable names and body, evaluated per item in the caller's frame.</summary>
    internal sealed class LambdaValue
    {
        public LambdaValue(IReadOnlyList<string> variables, Expression body, Frame frame) { Variables = variables; Body = body; Frame = frame; }
        public IReadOnlyList<string> Variables { get; }
        public Expression Body { get; }
        public Frame Frame { get; }

        public object Invoke(params object[] args)
        {
            var frame = Frame;
            for (int i = 0; i < Variables.Count && i < args.Length; i++) frame = frame.WithLambda(Variables[i], args[i]);
            return ExpressionEvaluator.Evaluate(Body, frame);
        }
    }

    /// <summary>Lambda functions as Bicep emits them (learn.microsoft.com: template-functions-lambda).</summary>
    internal static class LambdaFunctions
    {
        public static void Register(Action<string, Func<FunctionCall, object>> strict, Action<string, Func<FunctionCall, object>> lazy)
        {
            lazy("lambda", c =>
            {
                c.Expect(1);
                var names = new List<string>();
                for (int i = 0; i < c.Count - 1; i++) names.Add(c.String(i));
                return new LambdaValue(names, c.Arguments[c.Count - 1], c.Frame);
            });
            lazy("lambdaVariables", c =>
            {
                c.Expect(1, 1);
                var name = c.String(0);
                return c.Frame.TryLambda(name, out var v) ? v : throw new TemplateException("lambdaVariables('" + name + "') is not in a lambda.");
            });
            strict("map", c =>
            {
                c.Expect(2, 2);
                var f = Lambda(c, 1);
                return c.Array(0).Cast<object>().Select((x, i) => f.Invoke(x, (long)i)).ToList();
            });
            strict("filter", c =>
            {
                c.Expect(2, 2);
                var f = Lambda(c, 1);
                var result = new List<object>();
                int i = 0;
                foreach (var x in c.Array(0))
                {
                    var keep = f.Invoke(x, (long)i++);
                    if (keep is DeployTimeValue u) return u;
                    if (Values.Bool(keep, "filter")) result.Add(x);
                }
                return result;
            });
            strict("reduce", c =>
            {
                c.Expect(3, 3);
                var f = Lambda(c, 2);
                object acc = c[1];
                int i = 0;
                foreach (var x in c.Array(0)) acc = f.Invoke(acc, x, (long)i++);
                return acc;
            });
            strict("sort", c =>
            {
                c.Expect(2, 2);
                var f = Lambda(c, 1);
                var items = c.Array(0).Cast<object>().ToList();
                // A stable insertion sort on the lambda's "a before b".
                var sorted = new List<object>();
                foreach (var x in items)
                {
                    int at = sorted.Count;
                    while (at > 0 && Values.Bool(f.Invoke(x, sorted[at - 1]), "sort")) at--;
                    sorted.Insert(at, x);
                }
                return sorted;
            });
            strict("toObject", c =>
            {
                c.Expect(2, 3);
                var key = Lambda(c, 1);
                var value = c.Count > 2 ? Lambda(c, 2) : null;
                var o = Values.NewObject();
                foreach (var x in c.Array(0))
                {
                    var k = key.Invoke(x);
                    if (k is DeployTimeValue u) return u;
                    o[Values.String(k, "toObject")] = value != null ? value.Invoke(x) : x;
                }
                return o;
            });
            strict("groupBy", c =>
            {
                c.Expect(2, 2);
                var key = Lambda(c, 1);
                var o = Values.NewObject();
                foreach (var x in c.Array(0))
                {
                    var k = key.Invoke(x);
                    if (k is DeployTimeValue u) return u;
                    var name = Values.String(k, "groupBy");
                    if (!o.TryGetValue(name, out var group)) o[name] = group = new List<object>();
                    ((List<object>)group).Add(x);
                }
                return o;
            });
            strict("mapValues", c =>
            {
                c.Expect(2, 2);
                var f = Lambda(c, 1);
                var o = Values.NewObject();
                foreach (var pair in c.Object(0)) o[pair.Key] = f.Invoke(pair.Value);
                return o;
            });
        }

        static LambdaValue Lambda(FunctionCall c, int i) =>
            c[i] as LambdaValue ?? throw new TemplateException(c.Name + "() expects a lambda as argument " + (i + 1) + ".");
    }
}
