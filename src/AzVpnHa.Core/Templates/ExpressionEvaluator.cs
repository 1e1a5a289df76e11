using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;
using AzVpnHa.Tree;

namespace AzVpnHa.Templates
{
    /// <summary>
    /// Evaluates template values: JSON trees whose strings may be "[...]" expressions. Property access and indexing
    /// work on any value; what cannot be known offline stays a <see cref="DeployTimeValue"/>.
    /// </summary>
    internal static class ExpressionEvaluator
    {
        const int MaxDepth = 64;
        [ThreadStatic] static int _depth;

        /// <summary>Evaluates every expression inside a JSON value (strings, objects, arrays).</summary>
        public static object EvaluateTree(object value, Frame frame)
        {
            switch (value)
            {
                case string s:
                    try { return EvaluateString(s, frame); }
                    catch (TemplateException e) { return frame.Template.Deployment.Failed(frame.Template.Path, e.Message); }
                    // What .NET rejects in a function's arguments (a bad URI, base64, format string) is a template ARM would reject too.
                    catch (Exception e) when (e is FormatException || e is ArgumentException || e is OverflowException || e is InvalidCastException)
                    {
                        return frame.Template.Deployment.Failed(frame.Template.Path, "'" + s + "' cannot be evaluated: " + e.Message);
                    }
                case IDictionary<string, object> d:
                    var copy = Values.NewObject();
                    foreach (var pair in d)
                    {
                        // A property loop: "copy": [{name, count, input}] makes the property name an array.
                        if (string.Equals(pair.Key, "copy", StringComparison.OrdinalIgnoreCase) && CopyExpander.IsPropertyLoop(pair.Value))
                        {
                            foreach (var loop in ((IList)pair.Value).Cast<IDictionary<string, object>>())
                            {
                                var name = TemplateScope.Member(loop, "name") as string ?? "copy";
                                try { copy[name] = CopyExpander.Items(loop, frame, name); }
                                catch (TemplateException e) { copy[name] = frame.Template.Deployment.Failed(frame.Template.Path, e.Message); }
                            }
                            continue;
                        }
                        copy[pair.Key] = EvaluateTree(pair.Value, frame);
                    }
                    return copy;
                case IList list:
                    var items = new List<object>(list.Count);
                    foreach (var item in list) items.Add(EvaluateTree(item, frame));
                    return items;
                default: return value;
            }
        }

        /// <summary>A JSON string: an expression is evaluated, "[[" is a literal "[", anything else is itself.</summary>
        public static object EvaluateString(string s, Frame frame)
        {
            if (s.Length >= 2 && s[0] == '[' && s[1] == '[') return s.Substring(1);
            if (!ExpressionParser.IsExpression(s)) return s;
            return Evaluate(frame.Template.Parse(s.Substring(1, s.Length - 2)), frame);
        }

        public static object Evaluate(Expression e, Frame frame)
        {
            if (++_depth > MaxDepth) { _depth--; throw new TemplateException("Expressions nest too deeply (a variable or function refers to itself?)."); }
            try
            {
                switch (e)
                {
                    case LiteralExpression l: return l.Value;
                    case CallExpression c: return FunctionTable.Call(c, frame);
                    case MemberExpression m: return Member(Evaluate(m.Target, frame), m.Name);
                    case IndexExpression i: return Index(Evaluate(i.Target, frame), Evaluate(i.Index, frame));
                    default: throw new TemplateException("Unknown expression node.");
                }
            }
            finally { _depth--; }
        }

        public static object Member(object target, string name)
        {
            switch (target)
            {
                case DeployTimeValue d: return d.WithPlaceholder(d.Placeholder + "." + name);
                case IDictionary<string, object> o:
                    if (TreeReader.TryGet(o, name, out var v)) return v;
                    throw new TemplateException("The object has no property '" + name + "'.");
                case null: throw new TemplateException("Property '" + name + "' of null.");
                default: throw new TemplateException("Property '" + name + "' of " + Values.Describe(target) + ".");
            }
        }

        public static object Index(object target, object index)
        {
            if (target is DeployTimeValue d) return d;
            if (index is DeployTimeValue u) return u;
            if (target is IDictionary<string, object> o && index is string key) return Member(o, key);
            if (Values.IsArray(target) && Values.IsNumber(index))
            {
                var list = (IList)target;
                long i = Values.Long(index, "[]");
                if (i < 0 || i >= list.Count) throw new TemplateException("Index " + i + " is outside the array of " + list.Count + ".");
                return list[(int)i];
            }
            throw new TemplateException("Cannot index " + Values.Describe(target) + " with " + Values.Describe(index) + ".");
        }
    }
}
