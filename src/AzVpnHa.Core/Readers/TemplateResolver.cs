using System;
using System.Collections;
using System.Collections.Generic;
using System.Globalization;
using System.Text;
using AzVpnHa.Tree;

namespace AzVpnHa.Readers
{
    /// <summary>
    /// Turns the resources of an ARM template or resource-group export into REST-shaped nodes: every "[...]"
    /// expression that uses only parameters() (their defaultValue), variables(), concat(), format(), resourceId(),
    /// split/first/last, toLower/toUpper, string/int/bool and true()/false() is evaluated; anything else (reference(),
    /// resourceGroup(), copyIndex()...) reads as unknown (null) and is tolerated. Names and resourceId() arguments that
    /// cannot be evaluated keep their expression text, so a resource and its references still meet.
    /// </summary>
    internal sealed class TemplateResolver
    {
        const int MaxDepth = 16;
        readonly IDictionary<string, object> _parameters;
        readonly IDictionary<string, object> _variables;
        int _depth;

        TemplateResolver(IDictionary<string, object> template)
        {
            _parameters = ArmNode.Dict(ArmNode.Member(template, "parameters")) ?? JsonTree.NewObject();
            _variables = ArmNode.Dict(ArmNode.Member(template, "variables")) ?? JsonTree.NewObject();
        }

        public static bool IsTemplate(IDictionary<string, object> node) =>
            ArmNode.Member(node, "resources") is IList && (ArmNode.Member(node, "$schema") != null || ArmNode.Member(node, "contentVersion") != null);

        /// <summary>The template's resources with expressions evaluated and a synthetic id (/providers/{type}/{name}).</summary>
        public static List<IDictionary<string, object>> Resources(IDictionary<string, object> template)
        {
            var resolver = new TemplateResolver(template);
            var result = new List<IDictionary<string, object>>();
            foreach (var resource in ArmNode.Objects(ArmNode.Member(template, "resources")))
            {
                if (resolver.Resolve(ArmNode.Member(resource, "condition")) is bool condition && !condition) continue;
                var type = ArmNode.Text(resolver.Resolve(ArmNode.Member(resource, "type")));
                var name = resolver.NameOf(ArmNode.Member(resource, "name"));
                if (type == null || name == null) continue;
                var node = (IDictionary<string, object>)resolver.Resolve(resource);
                node["name"] = name;
                node["type"] = type;
                if (ArmNode.Text(node.TryGetValue("id", out var id) ? id : null) == null) node["id"] = "/providers/" + type + "/" + name;
                result.Add(node);
            }
            return result;
        }

        string NameOf(object value)
        {
            if (!(value is string s)) return ArmNode.Text(value);
            var resolved = ArmNode.Text(Resolve(s));
            return resolved ?? (IsExpression(s) ? s.Substring(1, s.Length - 2).Trim() : s);
        }

        object Resolve(object value)
        {
            switch (value)
            {
                case string s: return ResolveText(s);
                case IDictionary<string, object> d:
                    var copy = JsonTree.NewObject();
                    foreach (var pair in d) copy[pair.Key] = Resolve(pair.Value);
                    return copy;
                case IList list when !(value is string):
                    var items = new List<object>(list.Count);
                    foreach (var item in list) items.Add(Resolve(item));
                    return items;
                default: return value;
            }
        }

        static bool IsExpression(string s) => s.Length >= 2 && s[0] == '[' && s[s.Length - 1] == ']' && !s.StartsWith("[[", StringComparison.Ordinal);

        object ResolveText(string s)
        {
            if (s.StartsWith("[[", StringComparison.Ordinal)) return s.Substring(1);
            if (!IsExpression(s)) return s;
            if (_depth > MaxDepth) return null;
            _depth++;
            try
            {
                var parser = new ExpressionParser(s.Substring(1, s.Length - 2), this);
                var result = parser.ParseAll();
                return result is Unresolved ? null : result;
            }
            catch (FormatException) { return null; }
            finally { _depth--; }
        }

        /// <summary>A value the evaluator cannot know; carries its source text for names.</summary>
        sealed class Unresolved
        {
            public Unresolved(string text) { Text = text; }
            public string Text { get; }
        }

        sealed class ExpressionParser
        {
            readonly string _text;
            readonly TemplateResolver _owner;
            int _pos;

            public ExpressionParser(string text, TemplateResolver owner) { _text = text; _owner = owner; }

            public object ParseAll()
            {
                var value = ParseValue();
                Skip();
                return _pos == _text.Length ? value : new Unresolved(_text);
            }

            object ParseValue()
            {
                Skip();
                int start = _pos;
                if (_pos >= _text.Length) throw new FormatException();
                char c = _text[_pos];
                object value;
                if (c == '\'') value = ParseString();
                else if (char.IsDigit(c) || c == '-') value = ParseNumber();
                else value = ParseCall(start);
                // Property access or indexing (resourceGroup().location, x[0]): not evaluated.
                Skip();
                while (_pos < _text.Length && (_text[_pos] == '.' || _text[_pos] == '['))
                {
                    if (_text[_pos] == '.') { _pos++; while (_pos < _text.Length && (char.IsLetterOrDigit(_text[_pos]) || _text[_pos] == '_')) _pos++; }
                    else { int depth = 0; do { if (_text[_pos] == '[') depth++; else if (_text[_pos] == ']') depth--; _pos++; } while (_pos < _text.Length && depth > 0); }
                    value = new Unresolved(_text.Substring(start, _pos - start));
                    Skip();
                }
                return value;
            }

            string ParseString()
            {
                var sb = new StringBuilder();
                _pos++;
                while (_pos < _text.Length)
                {
                    if (_text[_pos] == '\'')
                    {
                        if (_pos + 1 < _text.Length && _text[_pos + 1] == '\'') { sb.Append('\''); _pos += 2; continue; }
                        _pos++;
                        return sb.ToString();
                    }
                    sb.Append(_text[_pos++]);
                }
                throw new FormatException();
            }

            object ParseNumber()
            {
                int start = _pos;
                _pos++;
                while (_pos < _text.Length && char.IsDigit(_text[_pos])) _pos++;
                // "-" alone or a number beyond long: not evaluated (FormatException reads as unknown).
                if (!long.TryParse(_text.Substring(start, _pos - start), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var number)) throw new FormatException();
                return number;
            }

            object ParseCall(int start)
            {
                while (_pos < _text.Length && (char.IsLetterOrDigit(_text[_pos]) || _text[_pos] == '_')) _pos++;
                var name = _text.Substring(start, _pos - start);
                Skip();
                if (name.Length == 0 || _pos >= _text.Length || _text[_pos] != '(') throw new FormatException();
                _pos++;
                var args = new List<object>();
                var raw = new List<string>();
                Skip();
                if (_pos < _text.Length && _text[_pos] == ')') _pos++;
                else
                {
                    while (true)
                    {
                        Skip();
                        int argStart = _pos;
                        args.Add(ParseValue());
                        raw.Add(_text.Substring(argStart, _pos - argStart).Trim());
                        Skip();
                        if (_pos >= _text.Length) throw new FormatException();
                        if (_text[_pos] == ',') { _pos++; continue; }
                        if (_text[_pos] == ')') { _pos++; break; }
                        throw new FormatException();
                    }
                }
                return _owner.Call(name, args, raw, _text.Substring(start, _pos - start));
            }

            void Skip() { while (_pos < _text.Length && char.IsWhiteSpace(_text[_pos])) _pos++; }
        }

        object Call(string name, List<object> args, List<string> raw, string source)
        {
            bool known = true;
            foreach (var a in args) if (a is Unresolved) known = false;
            switch (name.ToLowerInvariant())
            {
                case "parameters":
                    if (known && args.Count == 1 && args[0] is string p)
                        return Declared("parameters:" + p, () => TreeReader.TryGet(_parameters, p, out var decl) && ArmNode.Dict(decl) is IDictionary<string, object> d
                                                                 && TreeReader.TryGet(d, "defaultValue", out var dv) ? dv : null) ?? new Unresolved(source);
                    return new Unresolved(source);
                case "variables":
                    if (known && args.Count == 1 && args[0] is string v)
                        return Declared("variables:" + v, () => TreeReader.TryGet(_variables, v, out var value) ? value : null) ?? new Unresolved(source);
                    return new Unresolved(source);
                case "concat":
                    if (!known) return new Unresolved(source);
                    if (args.Count > 0 && args[0] is IList)
                    {
                        var all = new List<object>();
                        foreach (var a in args) if (a is IList l) foreach (var x in l) all.Add(x);
                        return all;
                    }
                    var sb = new StringBuilder();
                    foreach (var a in args) sb.Append(ArmNode.Text(a));
                    return sb.ToString();
                case "format":
                    if (!known || args.Count == 0 || !(args[0] is string f)) return new Unresolved(source);
                    var rest = new object[args.Count - 1];
                    for (int i = 1; i < args.Count; i++) rest[i - 1] = ArmNode.Text(args[i]);
                    try { return string.Format(CultureInfo.InvariantCulture, f, rest); } catch (FormatException) { return new Unresolved(source); }
                case "resourceid":
                    return ResourceId(args, raw);
                case "tolower": return known && args.Count == 1 && args[0] is string lo ? lo.ToLowerInvariant() : (object)new Unresolved(source);
                case "toupper": return known && args.Count == 1 && args[0] is string up ? up.ToUpperInvariant() : (object)new Unresolved(source);
                case "string": return known && args.Count == 1 ? ArmNode.Text(args[0]) : (object)new Unresolved(source);
                case "int": return known && args.Count == 1 && ArmNode.Long(args[0]) is long n ? n : (object)new Unresolved(source);
                case "bool": return known && args.Count == 1 && ArmNode.Bool(args[0]) is bool b ? b : (object)new Unresolved(source);
                case "true": return true;
                case "false": return false;
                case "split":
                    if (known && args.Count == 2 && args[0] is string whole && args[1] is string sep)
                        return new List<object>(whole.Split(new[] { sep }, StringSplitOptions.None));
                    return new Unresolved(source);
                case "first": return known && args.Count == 1 && args[0] is IList fl && fl.Count > 0 ? fl[0] : new Unresolved(source);
                case "last": return known && args.Count == 1 && args[0] is IList ll && ll.Count > 0 ? ll[ll.Count - 1] : new Unresolved(source);
                default: return new Unresolved(source);
            }
        }

        /// <summary>
        /// A parameter's default or a variable, evaluated once per template: values that refer to other parameters and
        /// variables were otherwise evaluated again at every use, exponentially in a template that nests them (found by
        /// ReaderFuzzTests: one mutated export took minutes). One that refers to itself, directly or not, is unknown.
        /// </summary>
        object Declared(string key, Func<object> declared)
        {
            if (_declared.TryGetValue(key, out var known)) return known;
            _declared[key] = null;
            var raw = declared();
            return _declared[key] = raw == null ? null : Resolve(raw);
        }

        readonly Dictionary<string, object> _declared = new Dictionary<string, object>(StringComparer.OrdinalIgnoreCase);

        /// <summary>resourceId([subscriptionId], [resourceGroupName], type, name1, [name2]...): the synthetic id template resources carry.</summary>
        static object ResourceId(List<object> args, List<string> raw)
        {
            int typeAt = -1;
            for (int i = 0; i < args.Count; i++)
            {
                if (args[i] is string t && t.IndexOf('/') > 0 && t.IndexOf('.') > 0 && t.IndexOf('.') < t.IndexOf('/')) { typeAt = i; break; }
            }
            if (typeAt < 0) return new Unresolved("resourceId(" + string.Join(", ", raw) + ")");
            var parts = ((string)args[typeAt]).Split('/');
            var sb = new StringBuilder("/providers/").Append(parts[0]);
            for (int i = 1; i < parts.Length; i++)
            {
                int nameAt = typeAt + i;
                string name = nameAt < args.Count ? (args[nameAt] is Unresolved ? raw[nameAt] : ArmNode.Text(args[nameAt])) : null;
                sb.Append('/').Append(parts[i]).Append('/').Append(name ?? "");
            }
            return sb.ToString();
        }
    }
}
