using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace AzVpnHa.Writers
{
    /// <summary>
    /// A minimal indented JSON writer (Core carries no JSON package): objects, arrays, strings, numbers, bools.
    /// Template expressions are written as ARM bracket strings.
    /// </summary>
    internal sealed class JsonTextWriter
    {
        readonly StringBuilder _sb = new StringBuilder();
        bool _data;

        public static string Write(object value)
        {
            var w = new JsonTextWriter();
            w.Value(value, 0);
            w._sb.Append('\n');
            return w._sb.ToString();
        }

        /// <summary>Plain JSON data (reports, not templates): strings are written as they are, a leading [ included.</summary>
        public static string WriteData(object value)
        {
            var w = new JsonTextWriter { _data = true };
            w.Value(value, 0);
            w._sb.Append('\n');
            return w._sb.ToString();
        }

        void Value(object value, int depth)
        {
            switch (value)
            {
                case null: _sb.Append("null"); break;
                case bool b: _sb.Append(b ? "true" : "false"); break;
                case int i: _sb.Append(i.ToString(CultureInfo.InvariantCulture)); break;
                case long l: _sb.Append(l.ToString(CultureInfo.InvariantCulture)); break;
                case TemplateExpression e: String("[" + e.Arm + "]"); break;
                case string s: String(!_data && s.StartsWith("[") ? "[" + s : s); break; // in a template a literal starting with [ is escaped as [[
                case TemplateObject o: Object(o.Members, depth); break;
                case IEnumerable<KeyValuePair<string, object>> members: Object(members, depth); break;
                case System.Collections.IEnumerable list: Array(list, depth); break;
                default: String(System.Convert.ToString(value, CultureInfo.InvariantCulture)); break;
            }
        }

        void Object(IEnumerable<KeyValuePair<string, object>> members, int depth)
        {
            bool first = true;
            _sb.Append('{');
            foreach (var m in members)
            {
                _sb.Append(first ? "\n" : ",\n");
                first = false;
                Indent(depth + 1);
                String(m.Key);
                _sb.Append(": ");
                Value(m.Value, depth + 1);
            }
            if (!first) { _sb.Append('\n'); Indent(depth); }
            _sb.Append('}');
        }

        void Array(System.Collections.IEnumerable items, int depth)
        {
            bool first = true;
            _sb.Append('[');
            foreach (var item in items)
            {
                _sb.Append(first ? "\n" : ",\n");
                first = false;
                Indent(depth + 1);
                Value(item, depth + 1);
            }
            if (!first) { _sb.Append('\n'); Indent(depth); }
            _sb.Append(']');
        }

        void Indent(int depth) => _sb.Append(' ', depth * 2);

        void String(string s)
        {
            _sb.Append('"');
            foreach (char c in s)
            {
                switch (c)
                {
                    case '"': _sb.Append("\\\""); break;
                    case '\\': _sb.Append("\\\\"); break;
                    case '\n': _sb.Append("\\n"); break;
                    case '\r': _sb.Append("\\r"); break;
                    case '\t': _sb.Append("\\t"); break;
                    default:
                        if (c < 0x20) _sb.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
                        else _sb.Append(c);
                        break;
                }
            }
            _sb.Append('"');
        }
    }
}
