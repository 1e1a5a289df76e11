using System.Collections.Generic;
using System.Linq;
using System.Text;
using AzVpnHa.Writers.Report;

namespace AzVpnHa.Compare
{
    /// <summary>The differences between two topologies as a Markdown change list (Compare-HaVpnTopology -OutFile, and the report).</summary>
    internal static class DifferenceMarkdown
    {
        public static string Write(Topology reference, Topology difference, IReadOnlyList<TopologyDifference> differences)
        {
            var sb = new StringBuilder();
            sb.Append("# ").Append(Md.Text(reference.Name)).Append(" (").Append(reference.Origin).Append(") compared with ")
              .Append(Md.Text(difference.Name)).Append(" (").Append(difference.Origin).Append(")\n\n");
            if (differences.Count == 0)
            {
                sb.Append("No differences.\n");
                return sb.ToString();
            }
            sb.Append(differences.Count).Append(" difference(s), ").Append(differences.Count(d => d.Disruptive))
              .Append(" of them interrupting traffic when applied.\n\n");
            sb.Append("| Change | Resource | Property | ").Append(Md.Cell(reference.Name)).Append(" | ").Append(Md.Cell(difference.Name))
              .Append(" | Availability | Cost | Interrupts |\n|---|---|---|---|---|---|---|---|\n");
            var sources = new List<string>();
            foreach (var d in differences)
            {
                var refs = string.Concat(d.Sources.Select(s => "[^" + Md.Footnote(sources, s) + "]"));
                sb.Append("| ").Append(d.Change)
                  .Append(" | ").Append(Md.Cell(d.ResourceType + " " + d.Resource))
                  .Append(" | ").Append(Md.Cell(d.Property ?? ""))
                  .Append(" | ").Append(Md.Cell(d.ReferenceValue ?? ""))
                  .Append(" | ").Append(Md.Cell(d.DifferenceValue ?? ""))
                  .Append(" | ").Append(Md.Cell(d.Availability))
                  .Append(" | ").Append(Md.Cell(d.Cost)).Append(refs.Length > 0 ? " " + refs : "")
                  .Append(" | ").Append(d.Disruptive ? "**yes**" : "no").Append(" |\n");
            }
            sb.Append('\n');
            Md.Footnotes(sb, sources);
            return sb.ToString();
        }
    }
}
