using System;
using System.Globalization;
using System.Linq;
using System.Text;

namespace AzVpnHa.Writers.Report
{
    /// <summary>
    /// The report as one Markdown document: the same sections as the HTML report, the mesh as a Mermaid flowchart
    /// (GitHub, Azure DevOps and most wikis draw it), the failover tables as Test-HaVpnFailover -AsMarkdown writes them.
    /// </summary>
    internal static class MarkdownReportWriter
    {
        public static string Write(ReportContent report)
        {
            var t = report.Topology;
            var sb = new StringBuilder(16 * 1024);
            sb.Append("# HA VPN report: ").Append(Md.Text(t.Name)).Append("\n\n");
            sb.Append("| | |\n|---|---|\n");
            Row(sb, "Topology", t.Name + " (" + t.Kind + ")");
            Row(sb, "Resource group", t.ResourceGroupName);
            Row(sb, "Location", t.Location);
            Row(sb, "Gateways", string.Join("; ", report.GatewaySummaries()));
            Row(sb, "Origin", report.OriginText());
            Row(sb, "Created", report.Created.ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture));
            Row(sb, "Module", "AzVpnHa " + report.ModuleVersion);
            sb.Append('\n');

            sb.Append("## Tunnel mesh\n\n").Append(t.TunnelCount).Append(" tunnel(s), each labelled with its connection and state.\n\n");
            Mermaid(sb, report.Mesh);
            sb.Append("| Target | Connection | Azure | Remote | Remote public IP | BGP | Status |\n|---|---|---|---|---|---|---|\n");
            foreach (var x in t.Tunnels)
                sb.Append("| ").Append(Md.Cell(x.Target)).Append(" | ").Append(Md.Cell(x.Connection)).Append(" | ").Append(Md.Cell(x.AzureGateway + "[" + x.AzureInstance + "]"))
                  .Append(" | ").Append(Md.Cell(x.RemoteName)).Append(" | ").Append(Md.Cell(x.RemotePublicIp ?? "(at deploy)")).Append(" | ").Append(x.Bgp ? "yes" : "no")
                  .Append(" | ").Append(Md.Cell(x.Status)).Append(" |\n");
            sb.Append('\n');

            sb.Append("## Findings\n\n");
            if (report.Findings.Count == 0) sb.Append("No findings: every rule passes.\n\n");
            foreach (var severity in new[] { Severity.Error, Severity.Warning, Severity.Information })
            {
                var findings = report.Findings.Where(f => f.Severity == severity).ToList();
                if (report.Findings.Count == 0) break;
                sb.Append("### ").Append(severity).Append(" (").Append(findings.Count).Append(")\n\n");
                if (findings.Count == 0) continue;
                sb.Append("| Rule | Target | Finding | Recommendation | Source |\n|---|---|---|---|---|\n");
                foreach (var f in findings)
                    sb.Append("| ").Append(f.RuleId).Append(" | ").Append(Md.Cell(f.Target)).Append(" | ").Append(Md.Cell(f.Message)).Append(" | ").Append(Md.Cell(f.Recommendation))
                      .Append(" | ").Append(f.Source == null ? "" : "<" + f.Source + ">").Append(" |\n");
                sb.Append('\n');
            }

            sb.Append("## Failover\n\n");
            sb.Append("| Target | Configuration | Survives every single fault | Worst interruption | Fixes |\n|---|---|---|---|---|\n");
            foreach (var s in report.FailoverSummaries)
                sb.Append("| ").Append(Md.Cell(s.TargetType + " " + s.Target)).Append(" | ").Append(s.Configuration).Append(" | ").Append(s.SurvivesEverySingleFault ? "yes" : "**no**")
                  .Append(" | ").Append(Md.Cell(s.WorstInterruption)).Append(" | ").Append(Md.Cell(s.Fixes.Any() ? string.Join(" ", s.Fixes) : "none needed")).Append(" |\n");
            sb.Append('\n');
            // Per fault, as Test-HaVpnFailover -AsMarkdown writes it (its sources as footnotes: the only footnotes here).
            sb.Append(MarkdownReport.Write(report.Failover, report.FailoverSummaries));
            sb.Append('\n');

            sb.Append("## Resources\n\n| Type | Name | Resource group | Location | Settings |\n|---|---|---|---|---|\n");
            foreach (var row in HtmlReportWriter.ResourceRows(t))
                sb.Append("| ").Append(string.Join(" | ", row.Select(Md.Cell))).Append(" |\n");
            if (t.UnjudgedResources.Any())
            {
                sb.Append("\nNot judged (provisioning state other than Succeeded):\n\n| Type | Name | Provisioning state |\n|---|---|---|\n");
                foreach (var u in t.UnjudgedResources) sb.Append("| ").Append(Md.Cell(u.Kind)).Append(" | ").Append(Md.Cell(u.Name)).Append(" | ").Append(Md.Cell(u.ProvisioningState)).Append(" |\n");
            }
            return sb.ToString();
        }

        static void Row(StringBuilder sb, string header, string value) => sb.Append("| **").Append(header).Append("** | ").Append(Md.Cell(value)).Append(" |\n");

        /// <summary>Mermaid flowchart: a subgraph per gateway and site, a node per instance and device, a link per tunnel.</summary>
        internal static void Mermaid(StringBuilder sb, MeshPicture mesh)
        {
            sb.Append("```mermaid\nflowchart LR\n");
            foreach (var group in mesh.AzureSide.Concat(mesh.RemoteSide))
            {
                sb.Append("  subgraph ").Append(group.Id).Append("[\"").Append(Label(group.Label)).Append("\"]\n");
                foreach (var node in group.Nodes)
                    sb.Append("    ").Append(node.Id).Append("[\"").Append(Label(node.Label)).Append("<br/>").Append(Label(node.Detail)).Append("\"]\n");
                sb.Append("  end\n");
            }
            int i = 0;
            var styles = new StringBuilder();
            foreach (var edge in mesh.Edges)
            {
                sb.Append("  ").Append(edge.From.Id).Append(" ---|\"").Append(Label(edge.Connection + ": " + edge.Status)).Append("\"| ").Append(edge.To.Id).Append('\n');
                var state = MeshSvg.States.FirstOrDefault(s => string.Equals(s.Status, edge.Status, StringComparison.OrdinalIgnoreCase));
                if (state.Status == null) state = MeshSvg.States[3];
                styles.Append("  linkStyle ").Append(i++).Append(" stroke:").Append(state.Colour).Append(",stroke-width:2px")
                      .Append(state.Dash.Length > 0 ? ",stroke-dasharray:" + state.Dash : "").Append('\n');
            }
            foreach (var node in mesh.AzureSide.Concat(mesh.RemoteSide).SelectMany(g => g.Nodes).Where(n => n.Standby))
                styles.Append("  style ").Append(node.Id).Append(" stroke-dasharray:4 3\n");
            sb.Append(styles).Append("```\n\n");
        }

        /// <summary>Mermaid label text: quotes and markup characters as entity codes.</summary>
        static string Label(string text) => (text ?? "").Replace("\"", "#quot;").Replace("<", "#lt;").Replace(">", "#gt;").Replace("[", "#91;").Replace("]", "#93;");
    }
}
