using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;
using AzVpnHa.Tree;

namespace AzVpnHa.Templates
{
    /// <summary>
    /// Deploys a template offline: evaluates its parameters, variables, conditions, copy loops and nested deployments
    /// and returns the resources ARM would create, REST-shaped (name, type, template-relative id, properties), with what
    /// is set at deploy time as <see cref="UnknownValue"/>. Takes languageVersion 1 (resources as an array, child
    /// resources nested) and 2.0 (resources as an object keyed by symbolic name; "existing" resources are not deployed).
    /// </summary>
    internal sealed class TemplateDeployment
    {
        const int MaxNesting = 10;
        const string DeploymentsType = "Microsoft.Resources/deployments";

        readonly Dictionary<string, Expression> _parsed = new Dictionary<string, Expression>(StringComparer.Ordinal);
        readonly HashSet<string> _noted = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        readonly List<TemplateNote> _notes = new List<TemplateNote>();

        TemplateDeployment() { }

        public IReadOnlyList<TemplateNote> Notes => _notes;

        public static bool IsTemplate(IDictionary<string, object> node)
        {
            var resources = TemplateScope.Member(node, "resources");
            bool shaped = resources is IList || (resources is IDictionary<string, object> && TemplateScope.Member(node, "languageVersion") != null);
            return shaped && (TemplateScope.Member(node, "$schema") != null || TemplateScope.Member(node, "contentVersion") != null);
        }

        /// <summary>Evaluates a template with these parameter values (name to value; missing ones use defaults).</summary>
        public static (List<IDictionary<string, object>> Resources, IReadOnlyList<TemplateNote> Notes) Deploy(
            IDictionary<string, object> template, IDictionary<string, object> parameters, string directory, string source)
        {
            var scope = Scope(template, parameters, directory, source);
            var deployment = scope.Deployment;
            var resources = new List<IDictionary<string, object>>();
            foreach (var r in deployment.Walk(scope, new Frame(scope), TemplateScope.Member(template, "resources"), 0)) resources.Add((IDictionary<string, object>)Finish(r, false));
            return (resources, deployment.Notes);
        }

        /// <summary>A root template's scope in a deployment of its own (expressions can be evaluated in it directly).</summary>
        public static TemplateScope Scope(IDictionary<string, object> template, IDictionary<string, object> parameters, string directory, string source) =>
            new TemplateScope(template, parameters, new TemplateDeployment(), directory, source ?? "template");

        public Expression Parse(string body)
        {
            if (!_parsed.TryGetValue(body, out var e)) _parsed[body] = e = ExpressionParser.Parse(body);
            return e;
        }

        public void Note(string code, string path, string problem, string fix, string key)
        {
            if (_noted.Add(code + "|" + key)) _notes.Add(new TemplateNote(code, path, problem, fix));
        }

        /// <summary>An expression that failed offline: noted once, unknown where it is used.</summary>
        public DeployTimeValue Failed(string path, string message)
        {
            Note(TemplateNoteCodes.ExpressionFailed, path, message + " The value is treated as unknown.", "Check the expression; ARM would reject it as written.", message);
            return new DeployTimeValue("could not be evaluated offline (" + message + ")", "<not evaluated>");
        }

        /// <summary>One declared resource in one loop iteration.</summary>
        sealed class Instance
        {
            public IDictionary<string, object> Declaration;
            public Frame Frame;
            public string Symbol;
            public string Type;
            public string Name;
        }

        /// <summary>The resources of a "resources" section (array or symbolic object), nested deployments expanded, in order.</summary>
        public IEnumerable<IDictionary<string, object>> Walk(TemplateScope scope, Frame frame, object resources, int depth)
        {
            var declarations = new List<(string Symbol, IDictionary<string, object> Declaration)>();
            if (resources is IDictionary<string, object> symbolic) declarations.AddRange(symbolic.Where(p => p.Value is IDictionary<string, object>).Select(p => (p.Key, (IDictionary<string, object>)p.Value)));
            else if (resources is IList list) declarations.AddRange(list.OfType<IDictionary<string, object>>().Select(d => ((string)null, d)));

            // Nested deployments first, so reference() finds their outputs wherever it is used.
            var instances = declarations.Select(d => Expand(scope, frame, d.Symbol, d.Declaration)).ToList();
            var nested = new Dictionary<Instance, NestedDeployment>();
            foreach (var group in instances)
            {
                foreach (var i in group.Where(i => IsDeployment(i.Type)))
                {
                    var n = new NestedDeployment(this, scope, i.Frame, i.Declaration, i.Name, depth);
                    nested[i] = n;
                    scope.Deployments[i.Name] = n;
                    if (i.Symbol != null && group.Count == 1 && !IsCopy(i.Declaration)) scope.Symbols[i.Symbol] = n;
                }
            }

            foreach (var group in instances)
            {
                foreach (var i in group)
                {
                    if (nested.TryGetValue(i, out var n))
                    {
                        if (depth >= MaxNesting) { Note(TemplateNoteCodes.LinkNotFollowed, scope.Path, "nests deployments more than " + MaxNesting + " deep; the deeper ones are not read.", "Nothing to do.", "depth"); continue; }
                        foreach (var r in n.Resources()) yield return r;
                        continue;
                    }
                    if (IsTrue(TemplateScope.Member(i.Declaration, "existing"))) continue;
                    // Child resources (subnets, peerings, rule collections) are never audited on their own: not emitted.
                    if (i.Type.Split('/').Length > 2) continue;
                    foreach (var r in Emit(scope, i)) yield return r;
                }
            }
        }

        static bool IsDeployment(string type) => string.Equals(type?.TrimEnd('/'), DeploymentsType, StringComparison.OrdinalIgnoreCase);

        static bool IsCopy(IDictionary<string, object> d) => TemplateScope.Member(d, "copy") is IDictionary<string, object>;

        static bool IsTrue(object v) => v is bool b && b;

        /// <summary>A declaration's iterations that deploy: its copy loop expanded, its condition true (or unknown: it may deploy).</summary>
        List<Instance> Expand(TemplateScope scope, Frame frame, string symbol, IDictionary<string, object> declaration)
        {
            var frames = new List<Frame>();
            if (TemplateScope.Member(declaration, "copy") is IDictionary<string, object> copy)
            {
                var loop = TemplateScope.Member(copy, "name") as string ?? "";
                object count;
                try { count = CopyExpander.Count(copy, frame); }
                catch (TemplateException e) { count = Failed(scope.Path, e.Message); }
                if (count is DeployTimeValue unknown)
                {
                    // The number of copies is decided at deploy time: read one, so its shape is still judged.
                    Note(TemplateNoteCodes.ExpressionFailed, scope.Path, "copies '" + loop + "' a number of times " + unknown.Reason + "; one copy is read.", "Give the parameter a value (-TemplateParameterFile) to read every copy.", "count|" + loop);
                    count = 1L;
                }
                for (int i = 0; i < (long)count; i++) frames.Add(frame.InLoop(loop, i));
            }
            else frames.Add(frame);

            var result = new List<Instance>();
            foreach (var f in frames)
            {
                if (TemplateScope.Member(declaration, "condition") is object condition)
                {
                    var value = ExpressionEvaluator.EvaluateTree(condition, f);
                    if (value is bool b && !b) continue;
                    // Whether it deploys is decided at deploy time: read it, so its shape is still judged, and say so.
                    if (value is DeployTimeValue unknown)
                    {
                        var what = TemplateScope.Member(declaration, "type") as string ?? "resource";
                        Note(TemplateNoteCodes.ExpressionFailed, scope.Path, "deploys a " + what + " only when a condition holds that is " + unknown.Reason + "; it is read as deployed.",
                            "Give the parameter a value (-TemplateParameterFile) to read exactly what deploys.", "condition|" + what + "|" + unknown.Reason);
                    }
                }
                var type = ExpressionEvaluator.EvaluateTree(TemplateScope.Member(declaration, "type"), f) as string;
                if (type == null) continue;
                result.Add(new Instance { Declaration = declaration, Frame = f, Symbol = symbol, Type = type.TrimEnd('/'), Name = NameText(ExpressionEvaluator.EvaluateTree(TemplateScope.Member(declaration, "name"), f)) });
            }
            return result;
        }

        /// <summary>A name as text: an unknown part shows as its placeholder ("&lt;gatewayName&gt;"), never as expression text.</summary>
        static string NameText(object name) => name is DeployTimeValue u ? u.Placeholder : name == null ? "" : Values.Text(name);

        IEnumerable<IDictionary<string, object>> Emit(TemplateScope scope, Instance i)
        {
            var node = Values.NewObject();
            foreach (var pair in i.Declaration)
            {
                switch (pair.Key.ToLowerInvariant())
                {
                    case "copy": case "condition": case "dependson": case "resources": case "comments": case "existing": case "name": case "type": continue;
                }
                node[pair.Key] = ExpressionEvaluator.EvaluateTree(pair.Value, i.Frame);
            }
            node["name"] = i.Name;
            node["type"] = i.Type;
            node["id"] = ResourceFunctions.IdOf(i.Type, i.Name);
            yield return node;

            // Child resources declared inside their parent: their type and name continue the parent's.
            if (TemplateScope.Member(i.Declaration, "resources") is IList children)
            {
                foreach (var child in children.OfType<IDictionary<string, object>>())
                {
                    foreach (var c in Expand(scope, i.Frame, null, child))
                    {
                        if (IsDeployment(c.Type)) continue;
                        // A child's type continues its parent's (never audited alone); a full type is a top-level resource.
                        if (!ResourceFunctions.IsType(c.Type) || c.Type.Split('/').Length > 2) continue;
                        foreach (var r in Emit(scope, c)) yield return r;
                    }
                }
            }
        }

        /// <summary>The neutral tree the readers take: unknowns become <see cref="UnknownValue"/>, except in names and ids, which keep their placeholder text.</summary>
        public static object Finish(object value, bool identity)
        {
            switch (value)
            {
                case DeployTimeValue u: return identity ? (object)u.Placeholder : new UnknownValue(u.Reason);
                case LambdaValue _: return new UnknownValue("a lambda is not a value");
                case IDictionary<string, object> o:
                    var copy = Values.NewObject();
                    foreach (var pair in o) copy[pair.Key] = Finish(pair.Value, pair.Key.Equals("id", StringComparison.OrdinalIgnoreCase) || pair.Key.Equals("name", StringComparison.OrdinalIgnoreCase));
                    return copy;
                case IList list when !(value is string):
                    var items = new List<object>(list.Count);
                    foreach (var item in list) items.Add(Finish(item, identity));
                    return items;
                default: return value;
            }
        }
    }
}
