using System;
using System.Collections.Generic;
using System.Text;

namespace AzVpnHa.Writers.Report
{
    /// <summary>Markdown text helpers shared by the report and the comparison.</summary>
    internal static class Md
    {
        /// <summary>Inline text: Markdown's emphasis and link characters escaped.</summary>
        public static string Text(string text)
        {
            if (string.IsNullOrEmpty(text)) return "";
            var sb = new StringBuilder(text.Length + 8);
            foreach (var c in text)
            {
                if ("\\`*_[]<>|#".IndexOf(c) >= 0) sb.Append('\\');
                sb.Append(c == '\r' || c == '\n' ? ' ' : c);
            }
            return sb.ToString();
        }

        /// <summary>A table cell: inline text that cannot break the row.</summary>
        public static string Cell(string text) => Text(text);

        public static int Footnote(List<string> sources, string source)
        {
            int i = sources.FindIndex(s => string.Equals(s, source, StringComparison.OrdinalIgnoreCase));
            if (i >= 0) return i + 1;
            sources.Add(source);
            return sources.Count;
        }

        public static void Footnotes(StringBuilder sb, List<string> sources)
        {
            for (int i = 0; i < sources.Count; i++) sb.Append("[^").Append(i + 1).Append("]: ").Append(sources[i]).Append('\n');
        }
    }
}
