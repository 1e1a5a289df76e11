using System.Collections;
using System.Collections.Generic;
using System.Text;
using System.Text.RegularExpressions;

namespace AzVpnHa.Host
{
    /// <summary>
    /// Helpers for the format views (module/*.format.ps1xml). PowerShell wraps table and list cells at the column
    /// edge, mid-word; the views wrap long text here at word boundaries to the column's width instead, so a cell
    /// holds whole words on as few lines as the text needs.
    /// </summary>
    public static class ViewText
    {
        static readonly char[] Separators = { '-', '_', '.', '/' };

        /// <summary>The text with line breaks between words so that no line is longer than width.</summary>
        public static string Wrap(string text, int width)
        {
            if (string.IsNullOrEmpty(text) || width < 1) return text ?? "";
            var result = new StringBuilder(text.Length + 8);
            foreach (var paragraph in text.Replace("\r\n", "\n").Split('\n'))
            {
                if (result.Length > 0) result.Append('\n');
                int lineLength = 0;
                foreach (var word in paragraph.Split(new[] { ' ' }, System.StringSplitOptions.RemoveEmptyEntries))
                {
                    var rest = word;
                    if (lineLength > 0 && lineLength + 1 + rest.Length > width) { result.Append('\n'); lineLength = 0; }
                    else if (lineLength > 0) { result.Append(' '); lineLength++; }
                    // A word longer than a whole line (a long resource name) breaks after a '-', '_', '.' or '/'
                    // where it has one, else where it must.
                    while (rest.Length > width)
                    {
                        int cut = rest.LastIndexOfAny(Separators, width - 1) + 1;
                        if (cut <= 0) cut = width;
                        result.Append(rest, 0, cut).Append('\n');
                        rest = rest.Substring(cut);
                    }
                    result.Append(rest);
                    lineLength += rest.Length;
                }
            }
            return result.ToString();
        }

        /// <summary>Items one a line, each wrapped to width (gateways, sites, fixes in one cell).</summary>
        public static string Lines(IEnumerable items, int width)
        {
            var lines = new List<string>();
            if (items != null) foreach (var item in items) if (item != null) lines.Add(Wrap(item.ToString(), width));
            return string.Join("\n", lines);
        }

        // "...: 0-45 s (AVM connection module default, VPN FAQ (BGP))." : the citation in parentheses at the end of each
        // clause of a failover Basis (one level of nested parentheses); the view has the Sources column for them.
        static readonly Regex Citation = new Regex(@" \((?:[^()]|\([^()]*\))*\)(?=;|\.?$)", RegexOptions.CultureInvariant);

        /// <summary>A failover Basis without its trailing citations (the result's Sources list the documents).</summary>
        public static string WithoutCitations(string basis) => basis == null ? "" : Citation.Replace(basis, "");
    }
}
