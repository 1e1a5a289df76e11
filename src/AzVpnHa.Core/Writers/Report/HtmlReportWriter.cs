using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;

namespace AzVpnHa.Writers.Report
{
    /// <summary>
    /// The report as one self-contained XHTML document (well-formed XML: it parses with any XML reader): inline CSS
    /// that also prints, the mesh as inline SVG, no script and no external resource.
    /// </summary>
    internal static class HtmlReportWriter
    {
        const string Style = @"
body { font-family: 'Segoe UI', Helvetica, Arial, sans-serif; font-size: 14px; color: #1d2733; margin: 24px; max-width: 1100px; }
h1 { font-size: 22px; margin-bottom: 4px; } h2 { font-size: 18px; border-bottom: 1px solid #c8d0d8; padding-bottom: 3px; margin-top: 28px; }
h3 { font-size: 15px; margin-bottom: 6px; }
table { border-collapse: collapse; margin: 8px 0 16px 0; width: 100%; }
th, td { border: 1px solid #c8d0d8; padding: 4px 6px; text-align: left; vertical-align: top; }
th { background: #eef1f5; } table.header th { width: 170px; }
.Error { color: #a61b1b; font-weight: bold; } .Warning { color: #9a5b00; font-weight: bold; } .Information { color: #1f5fbf; }
.no { color: #a61b1b; font-weight: bold; } .muted { color: #5b6673; }
svg.mesh { max-width: 100%; height: auto; border: 1px solid #c8d0d8; background: #ffffff; }
svg .side { font-size: 13px; font-weight: bold; fill: #3b4a5a; } svg .group-label { font-size: 13px; font-weight: bold; fill: #1d2733; }
svg .node-label { font-size: 13px; fill: #1d2733; } svg .node-detail { font-size: 11px; fill: #5b6673; }
svg .state { font-size: 10px; paint-order: stroke; stroke: #ffffff; stroke-width: 3px; }
.legend span { display: inline-block; margin-right: 18px; } .swatch { display: inline-block; width: 28px; height: 0; border-top: 3px solid; vertical-align: middle; margin-right: 6px; }
@media print { body { margin: 0; font-size: 10pt; max-width: none; } h2 { page-break-after: avoid; } tr, svg { page-break-inside: avoid; } a { color: inherit; } }
";

        public static string Write(ReportContent report)
        {
            var t = report.Topology;
            var sb = new StringBuilder(32 * 1024);
            sb.Append("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"en\" xml:lang=\"en\">\n<head>\n")
              .Append("<meta charset=\"utf-8\"/>\n<title>").Append(E("HA VPN report: " + t.Name)).Append("</title>\n<style>").Append(Style).Append("</style>\n</head>\n<body>\n");

            sb.Append("<h1>").Append(E("HA VPN report: " + t.Name)).Append("</h1>\n<table class=\"header\">\n");
            Row(sb, "Topology", t.Name + " (" + t.Kind + ")");
            Row(sb, "Resource group", t.ResourceGroupName);
            Row(sb, "Location", t.Location);
            Row(sb, "Gateways", string.Join("; ", report.GatewaySummaries()));
            Row(sb, "Origin", report.OriginText());
            Row(sb, "Created", report.Created.ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture));
            Row(sb, "Module", "AzVpnHa " + report.ModuleVersion);
            sb.Append("</table>\n");

            Mesh(sb, report);
            Findings(sb, report);
            Failover(sb, report);
            Resources(sb, t);
            sb.Append("</body>\n</html>\n");
            return sb.ToString();
        }

        static string E(string text) => Html.Escape(text);

        static void Row(StringBuilder sb, string header, string value) =>
            sb.Append("<tr><th>").Append(E(header)).Append("</th><td>").Append(E(value)).Append("</td></tr>\n");

        static void Table(StringBuilder sb, string[] headers, IEnumerable<string[]> rows)
        {
            sb.Append("<table>\n<thead><tr>");
            foreach (var h in headers) sb.Append("<th>").Append(E(h)).Append("</th>");
            sb.Append("</tr></thead>\n<tbody>\n");
            foreach (var row in rows)
            {
                sb.Append("<tr>");
                foreach (var cell in row) sb.Append("<td>").Append(E(cell)).Append("</td>");
                sb.Append("</tr>\n");
            }
            sb.Append("</tbody>\n</table>\n");
        }

        static string Link(string url) => "<a href=\"" + E(url) + "\">" + E(url) + "</a>";

        static void Mesh(StringBuilder sb, ReportContent report)
        {
            var t = report.Topology;
            sb.Append("<h2>Tunnel mesh</h2>\n<p>").Append(t.TunnelCount).Append(" tunnel(s). Each line is one IPsec tunnel between an Azure gateway instance and a device or peer gateway instance")
              .Append(t.Origin == TopologyOrigin.Deployed ? ", coloured by its state as Azure reported it." : "; the topology is planned, so every tunnel is Planned.").Append("</p>\n");
            MeshSvg.Write(sb, report.Mesh, "Tunnel mesh of " + t.Name);
            sb.Append("<p class=\"legend\">");
            foreach (var s in MeshSvg.States)
                sb.Append("<span><span class=\"swatch\" style=\"border-top-color: ").Append(s.Colour).Append(s.Dash.Length > 0 ? "; border-top-style: dashed" : "").Append("\"></span>")
                  .Append(E(s.Status + ": " + s.Meaning)).Append("</span>");
            sb.Append("<span><span class=\"swatch\" style=\"border-top: 2px dashed #3b4a5a\"></span>standby instance (active-standby: takes over, carries no tunnel)</span></p>\n");
            Table(sb, new[] { "Target", "Connection", "Azure", "Remote", "Remote public IP", "BGP", "Status" },
                t.Tunnels.Select(x => new[] { x.Target, x.Connection, x.AzureGateway + "[" + x.AzureInstance + "]", x.RemoteName, x.RemotePublicIp ?? "(at deploy)", x.Bgp ? "yes" : "no", x.Status }));
        }

        static void Findings(StringBuilder sb, ReportContent report)
        {
            sb.Append("<h2>Findings</h2>\n");
            if (report.Findings.Count == 0) { sb.Append("<p>No findings: every rule passes.</p>\n"); return; }
            foreach (var severity in new[] { Severity.Error, Severity.Warning, Severity.Information })
            {
                var findings = report.Findings.Where(f => f.Severity == severity).ToList();
                sb.Append("<h3 class=\"").Append(severity).Append("\">").Append(severity).Append(" (").Append(findings.Count).Append(")</h3>\n");
                if (findings.Count == 0) continue;
                sb.Append("<table>\n<thead><tr><th>Rule</th><th>Target</th><th>Finding</th><th>Recommendation</th><th>Source</th></tr></thead>\n<tbody>\n");
                foreach (var f in findings)
                    sb.Append("<tr><td>").Append(E(f.RuleId)).Append("</td><td>").Append(E(f.Target)).Append("</td><td>").Append(E(f.Message))
                      .Append("</td><td>").Append(E(f.Recommendation)).Append("</td><td>").Append(f.Source == null ? "" : Link(f.Source)).Append("</td></tr>\n");
                sb.Append("</tbody>\n</table>\n");
            }
        }

        static void Failover(StringBuilder sb, ReportContent report)
        {
            sb.Append("<h2>Failover</h2>\n<p>Every single fault (instance maintenance or loss, device, ISP link, zone, peer gateway): what survives and how long traffic stops.</p>\n");
            Table(sb, new[] { "Target", "Configuration", "Survives every single fault", "Worst interruption", "Fixes" },
                report.FailoverSummaries.Select(s => new[] { s.TargetType + " " + s.Target, s.Configuration.ToString(), s.SurvivesEverySingleFault ? "yes" : "NO", s.WorstInterruption, s.Fixes.Any() ? string.Join(" ", s.Fixes) : "none needed" }));
            foreach (var target in report.Failover.GroupBy(r => r.TargetType + " " + r.Target, StringComparer.OrdinalIgnoreCase))
            {
                sb.Append("<h3>").Append(E(target.Key + " (" + target.First().Configuration + ")")).Append("</h3>\n");
                sb.Append("<table>\n<thead><tr><th>If</th><th>Tunnels left</th><th>Connected</th><th>Traffic stops</th><th>Because</th><th>Sources</th></tr></thead>\n<tbody>\n");
                foreach (var r in target)
                    sb.Append("<tr><td>").Append(E(r.Description)).Append("</td><td>").Append(r.SurvivingTunnels).Append(" of ").Append(r.TunnelsBefore + r.AlreadyDownTunnelNames.Count())
                      .Append("</td><td").Append(r.Connected ? ">yes" : " class=\"no\">NO").Append("</td><td>").Append(E(r.Connected ? r.Interruption : "until repaired"))
                      .Append("</td><td>").Append(E(r.Basis)).Append("</td><td>").Append(string.Join("<br/>", r.Sources.Select(Link))).Append("</td></tr>\n");
                sb.Append("</tbody>\n</table>\n");
            }
        }

        static void Resources(StringBuilder sb, Topology t)
        {
            sb.Append("<h2>Resources</h2>\n");
            Table(sb, new[] { "Type", "Name", "Resource group", "Location", "Settings" }, ResourceRows(t));
            if (t.UnjudgedResources.Any())
            {
                sb.Append("<p class=\"muted\">Not judged (provisioning state other than Succeeded):</p>\n");
                Table(sb, new[] { "Type", "Name", "Provisioning state" }, t.UnjudgedResources.Select(u => new[] { u.Kind, u.Name, u.ProvisioningState }));
            }
        }

        /// <summary>One row per Azure resource of the topology, with the settings that matter for availability.</summary>
        internal static IEnumerable<string[]> ResourceRows(Topology t)
        {
            foreach (var g in t.Gateways)
                yield return new[] { "Virtual network gateway", g.Name, g.ResourceGroupName, g.Location,
                    string.Join(", ", new[] { g.Sku, g.Generation, g.VpnType, g.ActiveActive ? "active-active" : "active-standby", g.Asn.HasValue ? "ASN " + g.Asn : "no BGP" }.Where(s => s != null))
                    + "; " + string.Join("; ", g.Instances.Select(i => "instance " + i.Index + ": " + (i.PublicIpAddress ?? "(at deploy)") + (i.BgpPeeringAddress != null ? ", BGP " + i.BgpPeeringAddress : "") + (i.CustomBgpIpAddresses.Any() ? ", APIPA " + string.Join(" ", i.CustomBgpIpAddresses) : ""))) };
            foreach (var p in t.PublicIpAddresses)
                yield return new[] { "Public IP address", p.Name, p.ResourceGroupName, p.Location,
                    p.Sku + ", " + p.AllocationMethod + ", zones " + (p.Zone.Any() ? string.Join(" ", p.Zone) : "none") + (p.IpAddress != null ? ", " + p.IpAddress : "") };
            foreach (var l in t.LocalNetworkGateways)
                yield return new[] { "Local network gateway", l.Name, l.ResourceGroupName, l.Location,
                    (l.Endpoint ?? "(no endpoint)") + (l.Asn.HasValue ? ", ASN " + l.Asn + ", BGP " + l.BgpPeeringAddress : ", static") + (l.AddressPrefix.Any() ? ", " + string.Join(" ", l.AddressPrefix) : "") };
            foreach (var c in t.Connections)
                yield return new[] { "Connection", c.Name, c.ResourceGroupName, c.Location,
                    c.ConnectionType + ", " + c.VirtualNetworkGateway1 + " -> " + c.Remote + (c.EnableBgp ? ", BGP" : ", static") + ", " + c.TunnelCount + " tunnel(s)" + (c.ConnectionStatus != null ? ", " + c.ConnectionStatus : "") };
        }
    }
}
