using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;

namespace AzVpnHa
{
    /// <summary>
    /// Writes failover results as Markdown for a change review: per site or VNet link its verdict, then a table of
    /// scenarios, then the sources the tables cite as Markdown footnotes. (ConvertTo-Html takes the result objects directly.)
    /// </summary>
    internal static class MarkdownReport
    {
        public static string Write(IEnumerable<FailoverResult> results, IEnumerable<FailoverSummary> summaries = null)
        {
            var sb = new StringBuilder();
            var sources = new List<string>();
            var byTarget = (summaries ?? Enumerable.Empty<FailoverSummary>()).ToDictionary(s => s.TargetType + "|" + s.Target, StringComparer.OrdinalIgnoreCase);

            foreach (var target in results.GroupBy(r => r.TargetType + "|" + r.Target, StringComparer.OrdinalIgnoreCase))
            {
                var first = target.First();
                sb.Append("### ").Append(first.TargetType == "Site" ? "Site " : "VNet link ").Append('`').Append(first.Target).Append("` (").Append(first.Configuration).Append(")\n\n");
                if (byTarget.TryGetValue(target.Key, out var summary))
                {
                    sb.Append("Survives every single fault: **").Append(summary.SurvivesEverySingleFault ? "yes" : "no").Append("**. Worst interruption: ").Append(Cell(summary.WorstInterruption)).Append('.');
                    if (summary.DoubleFaultScenarios > 0) sb.Append(" Double faults survived: ").Append(summary.DoubleFaultsSurvived).Append(" of ").Append(summary.DoubleFaultScenarios).Append('.');
                    sb.Append("\n\n");
                    foreach (var fix in summary.Fixes) sb.Append("- Fix: ").Append(Cell(fix)).Append('\n');
                    if (summary.Fixes.Length > 0) sb.Append('\n');
                }
                sb.Append("| Scenario | Surviving tunnels | Connected | Interruption | Flows moved | P2S | Basis |\n");
                sb.Append("|---|---|---|---|---|---|---|\n");
                foreach (var r in target)
                {
                    var refs = string.Concat(r.Sources.Select(s => "[^" + Number(sources, s) + "]"));
                    sb.Append("| ").Append(Cell(r.Description))
                      .Append(" | ").Append(r.SurvivingTunnels).Append(" of ").Append(r.TunnelsBefore + r.AlreadyDownTunnelNames.Count)
                      .Append(" | ").Append(r.Connected ? "yes" : "**no**")
                      .Append(" | ").Append(Cell(r.Interruption))
                      .Append(" | ").Append(Cell(r.FlowsMoved))
                      .Append(" | ").Append(Cell(r.P2SImpact))
                      .Append(" | ").Append(Cell(r.Basis)).Append(refs.Length > 0 ? " " + refs : "")
                      .Append(" |\n");
                }
                sb.Append('\n');
            }

            if (sources.Count > 0)
            {
                // Footnotes, not "[1]": tunnel names such as vgw[0] already use brackets.
                for (int i = 0; i < sources.Count; i++) sb.Append("[^").Append(i + 1).Append("]: ").Append(sources[i]).Append('\n');
            }
            return sb.ToString();
        }

        static int Number(List<string> sources, string source)
        {
            int i = sources.FindIndex(s => string.Equals(s, source, StringComparison.OrdinalIgnoreCase));
            if (i >= 0) return i + 1;
            sources.Add(source);
            return sources.Count;
        }

        /// <summary>Table cells must not break the row: escape pipes, flatten newlines.</summary>
        static string Cell(string text) => (text ?? "").Replace("|", "\\|").Replace("\r", " ").Replace("\n", " ");
    }
}
