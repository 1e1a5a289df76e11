using System.Collections;
using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace AzVpnHa.Writers
{
    /// <summary>
    /// A PowerShell data file (.psd1) writer for plain trees: ordered members as @{ }, lists as @( ), single-quoted
    /// strings, numbers, $true/$false. What Import-PowerShellDataFile reads back (and New-HaVpnTopology -Path takes).
    /// </summary>
    internal static class Psd1TextWriter
    {
        public static string Write(IEnumerable<KeyValuePair<string, object>> root)
        {
            var sb = new StringBuilder();
            Object(sb, root, 0);
            sb.Append('\n');
            return sb.ToString();
        }

        static void Value(StringBuilder sb, object value, int depth)
        {
            switch (value)
            {
                case null: sb.Append("$null"); break;
                case bool b: sb.Append(b ? "$true" : "$false"); break;
                case string s: sb.Append('\'').Append(s.Replace("'", "''")).Append('\''); break;
                case IEnumerable<KeyValuePair<string, object>> members: Object(sb, members, depth); break;
                case IEnumerable list: Array(sb, list, depth); break;
                case System.IConvertible c: sb.Append(System.Convert.ToString(c, CultureInfo.InvariantCulture)); break;
                default: sb.Append('\'').Append(value.ToString().Replace("'", "''")).Append('\''); break;
            }
        }

        static void Object(StringBuilder sb, IEnumerable<KeyValuePair<string, object>> members, int depth)
        {
            sb.Append("@{\n");
            foreach (var m in members)
            {
                Indent(sb, depth + 1).Append(m.Key).Append(" = ");
                Value(sb, m.Value, depth + 1);
                sb.Append('\n');
            }
            Indent(sb, depth).Append('}');
        }

        static void Array(StringBuilder sb, IEnumerable items, int depth)
        {
            sb.Append("@(");
            bool first = true, nested = false;
            foreach (var item in items)
            {
                nested = item is IEnumerable<KeyValuePair<string, object>>;
                if (nested) { sb.Append('\n'); Indent(sb, depth + 1); }
                else if (!first) sb.Append(", ");
                Value(sb, item, depth + 1);
                first = false;
            }
            if (nested) { sb.Append('\n'); Indent(sb, depth); }
            sb.Append(')');
        }

        static StringBuilder Indent(StringBuilder sb, int depth) => sb.Append(' ', depth * 4);
    }
}
