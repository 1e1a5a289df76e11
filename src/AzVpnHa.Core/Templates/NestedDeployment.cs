using System;
using System.Collections;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using AzVpnHa.Tree;

namespace AzVpnHa.Templates
{
    /// <summary>
    /// A Microsoft.Resources/deployments resource (a Bicep module, a nested or linked template), evaluated on first
    /// use: the inline template, or a templateLink.relativePath beside the parent file. With
    /// expressionEvaluationOptions.scope "inner" (Bicep's modules) it gets its own parameters from properties.parameters;
    /// with "outer" (ARM's default) its expressions read the parent's parameters and variables
    /// (learn.microsoft.com: linked-templates#expression-evaluation-scope-in-nested-templates).
    /// </summary>
    internal sealed class NestedDeployment
    {
        readonly TemplateDeployment _deployment;
        readonly TemplateScope _parent;
        readonly Frame _frame;
        readonly IDictionary<string, object> _declaration;
        readonly string _name;
        readonly int _depth;
        bool _prepared;
        TemplateScope _scope;
        Frame _inner;
        IDictionary<string, object> _template;
        List<IDictionary<string, object>> _resources;
        object _outputs;
        bool _evaluatingOutputs;

        public NestedDeployment(TemplateDeployment deployment, TemplateScope parent, Frame frame, IDictionary<string, object> declaration, string name, int depth)
        {
            _deployment = deployment;
            _parent = parent;
            _frame = frame;
            _declaration = declaration;
            _name = name;
            _depth = depth;
        }

        string Path => _parent.Path + " > " + _name;

        void Prepare()
        {
            if (_prepared) return;
            _prepared = true;
            var properties = TemplateScope.Member(_declaration, "properties") as IDictionary<string, object>;
            _template = TemplateScope.Member(properties, "template") as IDictionary<string, object>;
            string directory = _parent.Directory;
            if (_template == null && TemplateScope.Member(properties, "templateLink") is object linkRaw)
            {
                var link = ExpressionEvaluator.EvaluateTree(linkRaw, _frame) as IDictionary<string, object>;
                var relative = TemplateScope.Member(link, "relativePath") as string;
                var file = relative != null && _parent.Directory != null ? System.IO.Path.GetFullPath(System.IO.Path.Combine(_parent.Directory, relative)) : null;
                if (file != null && File.Exists(file))
                {
                    try
                    {
                        _template = JsonTree.Parse(File.ReadAllText(file)) as IDictionary<string, object>;
                        directory = System.IO.Path.GetDirectoryName(file);
                    }
                    catch (FormatException e) { _deployment.Failed(Path, "The linked template '" + file + "' is not JSON: " + e.Message); }
                }
                else
                {
                    var where = relative != null ? "'" + relative + "' (not found beside the template)" : TemplateScope.Member(link, "uri") is string uri ? "'" + uri + "'" : "a template spec";
                    _deployment.Note(TemplateNoteCodes.LinkNotFollowed, Path, "links to " + where + ", which needs a download; its resources are not read.",
                        "Save the linked template beside this one and link it with templateLink.relativePath, or read it with its own -Path.", Path);
                }
            }
            if (_template == null) return;

            var scopeOption = ExpressionEvaluator.EvaluateTree(TemplateScope.Member(TemplateScope.Member(properties, "expressionEvaluationOptions") as IDictionary<string, object>, "scope"), _frame) as string;
            bool inner = string.Equals(scopeOption, "inner", StringComparison.OrdinalIgnoreCase) || TemplateScope.Member(properties, "templateLink") != null;
            if (inner)
            {
                var supplied = Values.NewObject();
                if (TemplateScope.Member(properties, "parameters") is IDictionary<string, object> parameters)
                {
                    foreach (var pair in parameters)
                    {
                        var p = pair.Value as IDictionary<string, object>;
                        if (p != null && TreeReader.TryGet(p, "value", out var raw)) supplied[pair.Key] = ExpressionEvaluator.EvaluateTree(raw, _frame);
                        else if (p != null && TreeReader.TryGet(p, "reference", out _)) supplied[pair.Key] = new DeployTimeValue("read from Key Vault at deploy time (parameter '" + pair.Key + "')", "<" + pair.Key + ">");
                    }
                }
                _scope = new TemplateScope(_template, supplied, _deployment, directory, Path);
                _inner = new Frame(_scope);
            }
            else
            {
                // Outer scope: the nested template's expressions are the parent's.
                _scope = _parent;
                _inner = _frame;
            }
        }

        public IReadOnlyList<IDictionary<string, object>> Resources()
        {
            if (_resources != null) return _resources;
            _resources = new List<IDictionary<string, object>>();
            Prepare();
            if (_template != null) _resources.AddRange(_deployment.Walk(_scope, _inner, TemplateScope.Member(_template, "resources"), _depth + 1));
            return _resources;
        }

        /// <summary>{name: {type, value}} as reference(deployment).outputs gives them; unknown when the template is not read.</summary>
        public object Outputs()
        {
            if (_outputs != null) return _outputs;
            Prepare();
            if (_template == null) return DeployTimeValue.Function("reference");
            if (_evaluatingOutputs) throw new TemplateException("The outputs of deployment '" + _name + "' refer to themselves.");
            _evaluatingOutputs = true;
            try
            {
                var outputs = Values.NewObject();
                if (TemplateScope.Member(_template, "outputs") is IDictionary<string, object> declared)
                {
                    foreach (var pair in declared)
                    {
                        if (!(pair.Value is IDictionary<string, object> output)) continue;
                        var entry = Values.NewObject();
                        entry["type"] = TemplateScope.Member(output, "type");
                        if (TemplateScope.Member(output, "copy") is IDictionary<string, object> loop)
                        {
                            try { entry["value"] = CopyExpander.Items(loop, _inner, ""); }
                            catch (TemplateException e) { entry["value"] = _deployment.Failed(Path, e.Message); }
                        }
                        else entry["value"] = ExpressionEvaluator.EvaluateTree(TemplateScope.Member(output, "value"), _inner);
                        outputs[pair.Key] = entry;
                    }
                }
                return _outputs = outputs;
            }
            finally { _evaluatingOutputs = false; }
        }
    }
}
