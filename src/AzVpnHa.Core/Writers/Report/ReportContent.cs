using System;
using System.Collections.Generic;
using System.Linq;
using AzVpnHa.Rules;

namespace AzVpnHa.Writers.Report
{
    /// <summary>
    /// Everything one report says about one topology, computed once for both formats: the findings (every rule), the
    /// single-fault failover analysis and its summary, and the picture of the mesh.
    /// </summary>
    internal sealed class ReportContent
    {
        public Topology Topology { get; private set; }
        /// <summary>When the report was made (UTC); also the date retirement findings are judged against.</summary>
        public DateTime Created { get; private set; }
        public string ModuleVersion { get; private set; }
        /// <summary>Error first, then Warning, then Information; rule order within.</summary>
        public IReadOnlyList<Finding> Findings { get; private set; }
        public IReadOnlyList<FailoverResult> Failover { get; private set; }
        public IReadOnlyList<FailoverSummary> FailoverSummaries { get; private set; }
        public MeshPicture Mesh { get; private set; }

        public static ReportContent Create(Topology topology, DateTime createdUtc, string moduleVersion)
        {
            if (topology == null) throw new ArgumentNullException(nameof(topology));
            var results = FailoverAnalyzer.Analyze(topology, 1);
            // Grouped per site or link, as Test-HaVpnFailover writes them.
            results = results.GroupBy(r => r.TargetType + "|" + r.Target, StringComparer.OrdinalIgnoreCase).SelectMany(g => g).ToList();
            return new ReportContent
            {
                Topology = topology,
                Created = createdUtc,
                ModuleVersion = moduleVersion ?? "",
                Findings = RuleSet.Evaluate(topology, createdUtc.Date).OrderByDescending(f => f.Severity).ToList(),
                Failover = results,
                FailoverSummaries = FailoverAnalyzer.Summarize(topology, results),
                Mesh = MeshPicture.Create(topology),
            };
        }

        /// <summary>Planned or deployed, and from which file(s) when read from files.</summary>
        public string OriginText() =>
            (Topology.Origin == TopologyOrigin.Planned
                ? "Planned (not deployed: addresses Azure assigns are shown as (at deploy))"
                : "Deployed (read from Azure or its ARM JSON)")
            + (string.IsNullOrEmpty(Topology.FilePath) ? "" : "; from " + Topology.FilePath);

        /// <summary>The gateways in one line each: "vgw-hub: VpnGw2AZ, Generation2, active-active, ASN 65515".</summary>
        public IEnumerable<string> GatewaySummaries() => Topology.Gateways.Select(g =>
            g.Name + ": " + string.Join(", ", new[] { g.Sku, g.Generation, g.ActiveActive ? "active-active" : "active-standby", g.Asn.HasValue ? "ASN " + g.Asn : null }.Where(s => !string.IsNullOrEmpty(s))));
    }
}
