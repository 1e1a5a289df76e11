using System;
using System.Collections;
using System.Collections.Generic;
using AzVpnHa.Tree;

namespace AzVpnHa.Templates
{
    /// <summary>
    /// Parameter values as users deploy with them: an ARM parameters file
    /// ({"parameters": {"name": {"value": ...}}}, learn.microsoft.com: parameter-files) or a plain name-to-value
    /// object (New-AzResourceGroupDeployment -TemplateParameterObject). A Key Vault reference is unknown offline.
    /// </summary>
    internal static class TemplateParameters
    {
        public static bool IsParameterFile(IDictionary<string, object> tree) =>
            TemplateScope.Member(tree, "parameters") is IDictionary<string, object> && TemplateScope.Member(tree, "resources") == null
            && (TemplateScope.Member(tree, "$schema") is string schema ? schema.IndexOf("deploymentParameters", StringComparison.OrdinalIgnoreCase) >= 0 : TemplateScope.Member(tree, "contentVersion") != null);

        /// <summary>The values of a parameters file; throws <see cref="FormatException"/> naming the parameter when one is not {value} or {reference}.</summary>
        public static IDictionary<string, object> FromFile(IDictionary<string, object> tree)
        {
            if (!(TemplateScope.Member(tree, "parameters") is IDictionary<string, object> parameters))
                throw new FormatException("has no \"parameters\" object; a parameters file looks like {\"parameters\": {\"name\": {\"value\": ...}}}.");
            var values = Values.NewObject();
            foreach (var pair in parameters)
            {
                if (pair.Value is IDictionary<string, object> p && TreeReader.TryGet(p, "value", out var value)) values[pair.Key] = value;
                else if (pair.Value is IDictionary<string, object> r && TreeReader.TryGet(r, "reference", out _))
                    values[pair.Key] = new UnknownValue("read from Key Vault at deploy time (parameter '" + pair.Key + "')");
                else throw new FormatException("parameter '" + pair.Key + "' has no \"value\" (or Key Vault \"reference\").");
            }
            return values;
        }

        /// <summary>Plain values merged over file values: the object wins, as when both are given to New-AzResourceGroupDeployment.</summary>
        public static IDictionary<string, object> Merge(IDictionary<string, object> first, IDictionary<string, object> second)
        {
            if (first == null) return second;
            if (second == null) return first;
            var merged = Values.CopyObject(first);
            foreach (var pair in second) merged[pair.Key] = pair.Value;
            return merged;
        }

        /// <summary>Supplied values as the evaluator holds them: an <see cref="UnknownValue"/> inside becomes a deploy-time value.</summary>
        public static object ToEvaluator(object value, string parameter)
        {
            switch (value)
            {
                case UnknownValue u: return new DeployTimeValue(u.Reason, "<" + parameter + ">");
                case IDictionary<string, object> o:
                    var copy = Values.NewObject();
                    foreach (var pair in o) copy[pair.Key] = ToEvaluator(pair.Value, parameter);
                    return copy;
                case IList list when !(value is string):
                    var items = new List<object>(list.Count);
                    foreach (var item in list) items.Add(ToEvaluator(item, parameter));
                    return items;
                case int i: return (long)i;
                default: return value;
            }
        }
    }
}
