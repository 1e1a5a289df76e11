using System.Collections.Generic;
using System.Linq;
using System.Text;
using AzVpnHa.Catalog;

namespace AzVpnHa.Writers
{
    /// <summary>
    /// Findings as CSV (RFC 4180: a header row, CRLF line ends, fields with a comma, quote or line break quoted, quotes
    /// doubled). APRL and Advisor ids are one column each, separated by ';'.
    /// </summary>
    internal static class FindingCsvWriter
    {
        public static readonly string[] Columns =
            { "TopologyName", "Path", "RuleId", "Severity", "Target", "Message", "Recommendation", "Source", "AprlIds", "AdvisorIds" };

        public static string Write(IEnumerable<ReportedFinding> findings)
        {
            var sb = new StringBuilder();
            Row(sb, Columns);
            foreach (var f in findings)
            {
                var advice = f.Finding.AzureRecommendations;
                Row(sb, new[]
                {
                    f.TopologyName, f.Path, f.Finding.RuleId, f.Finding.Severity.ToString(), f.Finding.Target, f.Finding.Message,
                    f.Finding.Recommendation, f.Finding.Source,
                    string.Join(";", advice.Where(r => r.Catalog == AzureRecommendation.Aprl).Select(r => r.Id)),
                    string.Join(";", advice.Where(r => r.Catalog == AzureRecommendation.Advisor).Select(r => r.Id)),
                });
            }
            return sb.ToString();
        }

        static void Row(StringBuilder sb, IReadOnlyList<string> fields)
        {
            for (int i = 0; i < fields.Count; i++)
            {
                if (i > 0) sb.Append(',');
                var field = fields[i] ?? "";
                if (field.IndexOfAny(new[] { ',', '"', '\r', '\n' }) >= 0) sb.Append('"').Append(field.Replace("\"", "\"\"")).Append('"');
                else sb.Append(field);
            }
            sb.Append("\r\n");
        }
    }
}
