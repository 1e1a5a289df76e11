using System.Collections.Generic;
using System.Linq;
using AzVpnHa.Catalog;

namespace AzVpnHa.Writers
{
    /// <summary>Findings as a JSON array of objects with camelCase members, for dashboards and scripts.</summary>
    internal static class FindingJsonWriter
    {
        public static string Write(IEnumerable<ReportedFinding> findings) =>
            JsonTextWriter.WriteData(findings.Select(f => (object)new TemplateObject()
                .Add("ruleId", f.Finding.RuleId)
                .Add("severity", f.Finding.Severity.ToString())
                .Add("target", f.Finding.Target)
                .Add("message", f.Finding.Message)
                .Add("recommendation", f.Finding.Recommendation)
                .Add("source", f.Finding.Source)
                .Add("topologyName", f.TopologyName)
                .Add("path", f.Path)
                .Add("azureRecommendations", f.Finding.AzureRecommendations.Select(Recommendation).ToList())).ToList());

        internal static object Recommendation(AzureRecommendation r) => new TemplateObject()
            .Add("catalog", r.Catalog).Add("id", r.Id).Add("title", r.Title).Add("link", r.Link);
    }
}
