using System;
using System.Collections;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using AzVpnHa.Tree;

namespace AzVpnHa.Templates
{
    /// <summary>
    /// One template being deployed (the root, or a nested deployment with inner scope): its parameter values,
    /// variables and user functions, evaluated on first use, and the nested deployments it declares (so reference()
    /// can return their outputs before or after they are reached in order).
    /// </summary>
    internal sealed class TemplateScope
    {
        readonly IDictionary<string, object> _template;
        readonly IDictionary<string, object> _supplied;
        readonly Dictionary<string, object> _parameters = new Dictionary<string, object>(StringComparer.OrdinalIgnoreCase);
        readonly Dictionary<string, object> _variables = new Dictionary<string, object>(StringComparer.OrdinalIgnoreCase);
        readonly HashSet<string> _evaluating = new HashSet<string>(StringComparer.OrdinalIgnoreCase);

        public TemplateScope(IDictionary<string, object> template, IDictionary<string, object> supplied, TemplateDeployment deployment, string directory, string path)
        {
            _template = template;
            _supplied = supplied ?? Values.NewObject();
            Deployment = deployment;
            Directory = directory;
            Path = path;
        }

        public TemplateDeployment Deployment { get; }

        /// <summary>The folder of the template file, for templateLink.relativePath; null when the template is not a file.</summary>
        public string Directory { get; }

        /// <summary>Where this template sits in the input, for notes ("main.json", "main.json > vpn (deployment)").</summary>
        public string Path { get; }

        public IDictionary<string, object> Template => _template;

        /// <summary>Nested deployments this template declares, by evaluated name (filled by the deployment walk).</summary>
        public Dictionary<string, NestedDeployment> Deployments { get; } = new Dictionary<string, NestedDeployment>(StringComparer.OrdinalIgnoreCase);

        /// <summary>languageVersion 2.0 symbolic names of nested deployments.</summary>
        public Dictionary<string, NestedDeployment> Symbols { get; } = new Dictionary<string, NestedDeployment>(StringComparer.OrdinalIgnoreCase);

        public Expression Parse(string body) => Deployment.Parse(body);

        public object Parameter(string name)
        {
            if (_parameters.TryGetValue(name, out var cached)) return cached;
            var declarations = Values.Object(Member(_template, "parameters") ?? Values.NewObject(), "parameters");
            if (!TreeReader.TryGet(declarations, name, out var declObject) || !(declObject is IDictionary<string, object> decl))
                throw new TemplateException("parameters('" + name + "') is not declared.");
            if (!_evaluating.Add("p:" + name)) throw new TemplateException("parameters('" + name + "') refers to itself.");
            try
            {
                object value;
                if (TreeReader.TryGet(_supplied, name, out var given)) value = TemplateParameters.ToEvaluator(given, name);
                else if (TreeReader.TryGet(decl, "defaultValue", out var dv)) value = ExpressionEvaluator.EvaluateTree(dv, new Frame(this));
                // A nullable parameter (Bicep's "string?") left out is null; any other is set at deploy time.
                else if (ArmBool(Member(decl, "nullable"))) value = null;
                else value = DeployTimeValue.Parameter(name);
                _parameters[name] = value;
                return value;
            }
            finally { _evaluating.Remove("p:" + name); }
        }

        public object Variable(string name)
        {
            if (_variables.TryGetValue(name, out var cached)) return cached;
            var variables = Member(_template, "variables") as IDictionary<string, object> ?? Values.NewObject();
            if (!_evaluating.Add("v:" + name)) throw new TemplateException("variables('" + name + "') refers to itself.");
            try
            {
                object value;
                if (TreeReader.TryGet(variables, name, out var raw) && !string.Equals(name, "copy", StringComparison.OrdinalIgnoreCase))
                    value = ExpressionEvaluator.EvaluateTree(raw, new Frame(this));
                else if (CopyVariable(variables, name) is IDictionary<string, object> loop)
                    value = CopyExpander.Items(loop, new Frame(this), name);
                else throw new TemplateException("variables('" + name + "') is not declared.");
                _variables[name] = value;
                return value;
            }
            finally { _evaluating.Remove("v:" + name); }
        }

        /// <summary>variables.copy: [{name, count, input}] declares array variables.</summary>
        static IDictionary<string, object> CopyVariable(IDictionary<string, object> variables, string name)
        {
            if (!TreeReader.TryGet(variables, "copy", out var copy) || !(copy is IList loops)) return null;
            foreach (var loop in loops.OfType<IDictionary<string, object>>())
                if (string.Equals(Member(loop, "name") as string, name, StringComparison.OrdinalIgnoreCase)) return loop;
            return null;
        }

        /// <summary>ns.name(args): a user-defined function from the template's "functions" section.</summary>
        public object CallUserFunction(FunctionCall call)
        {
            int dot = call.Name.LastIndexOf('.');
            string ns = call.Name.Substring(0, dot), name = call.Name.Substring(dot + 1);
            foreach (var group in (Member(_template, "functions") as IList ?? new List<object>()).OfType<IDictionary<string, object>>())
            {
                if (!string.Equals(Member(group, "namespace") as string, ns, StringComparison.OrdinalIgnoreCase)) continue;
                if (!(Member(group, "members") is IDictionary<string, object> members) || !TreeReader.TryGet(members, name, out var fo) || !(fo is IDictionary<string, object> function)) continue;
                var parameters = (Member(function, "parameters") as IList ?? new List<object>()).OfType<IDictionary<string, object>>().ToList();
                var args = new Dictionary<string, object>(StringComparer.OrdinalIgnoreCase);
                for (int i = 0; i < parameters.Count; i++)
                    args[Member(parameters[i], "name") as string ?? ""] = i < call.Count ? call[i] : null;
                var output = Member(function, "output") as IDictionary<string, object>;
                return ExpressionEvaluator.EvaluateTree(Member(output, "value"), call.Frame.Over(this).ForFunction(args));
            }
            return Unsupported(call.Name);
        }

        /// <summary>A function the evaluator does not know: noted once, and unknown where it is used.</summary>
        public object Unsupported(string name)
        {
            Deployment.Note(TemplateNoteCodes.UnsupportedFunction, Path, "uses " + name + "(), which is not evaluated offline; values that depend on it are treated as unknown.",
                "Nothing to do: those values are not judged. Report the function if it decides a gateway's shape.", name.ToLowerInvariant());
            return new DeployTimeValue(name + "() is not evaluated offline", "<" + name + ">");
        }

        /// <summary>reference(): a nested deployment's outputs when it is declared here; any other resource's state is known only once deployed.</summary>
        public object Reference(FunctionCall call)
        {
            var target = call[0];
            if (target is string text)
            {
                NestedDeployment nested = null;
                if (Symbols.TryGetValue(text, out var bySymbol)) nested = bySymbol;
                else
                {
                    var name = text;
                    const string marker = "/providers/Microsoft.Resources/deployments/";
                    int at = text.IndexOf(marker, StringComparison.OrdinalIgnoreCase);
                    if (at >= 0) name = text.Substring(at + marker.Length);
                    if (at >= 0 || text.IndexOf('/') < 0) Deployments.TryGetValue(name, out nested);
                }
                if (nested != null)
                {
                    var outputs = nested.Outputs();
                    var state = Values.NewObject();
                    state["outputs"] = outputs;
                    bool full = call.Count == 3 && call[2] is string mode && mode.Equals("Full", StringComparison.OrdinalIgnoreCase);
                    if (!full) return state;
                    var wrapper = Values.NewObject();
                    wrapper["properties"] = state;
                    return wrapper;
                }
            }
            return DeployTimeValue.Function("reference");
        }

        public static object Member(IDictionary<string, object> o, string name) => o != null && TreeReader.TryGet(o, name, out var v) ? v : null;

        static bool ArmBool(object v) => v is bool b && b;
    }
}
