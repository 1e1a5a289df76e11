using System;
using System.Collections.Generic;
using System.Linq;
using System.Security.Cryptography;
using System.Text;
using AzVpnHa.Rules;

namespace AzVpnHa.Writers
{
    /// <summary>
    /// Findings as one SARIF 2.1.0 log (OASIS SARIF v2.1.0, docs.oasis-open.org/sarif/sarif/v2.1.0) that code-scanning
    /// tools show: every rule as a reportingDescriptor (title, help link to its source, default level, APRL/Advisor ids),
    /// every finding as a result with its rule, level, message and recommendation, the resource as a logical location and
    /// the spec or template file, when known, as a physical one.
    /// </summary>
    internal static class SarifWriter
    {
        public const string SchemaUri = "https://json.schemastore.org/sarif-2.1.0.json";
        public const string InformationUri = "https://github.com/azvpnha/AzVpnHa";

        /// <param name="fileTexts">The text of each finding's file (by Path), when it could be read: results then point at the
        /// line that names the target, or span the whole file.</param>
        public static string Write(IEnumerable<ReportedFinding> findings, string toolVersion, IReadOnlyDictionary<string, string> fileTexts = null)
        {
            var rules = RuleSet.All;
            var index = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
            for (int i = 0; i < rules.Count; i++) index[rules[i].Id] = i;

            var driver = new TemplateObject()
                .Add("name", "AzVpnHa")
                .Add("version", toolVersion)
                .Add("semanticVersion", toolVersion)
                .Add("informationUri", InformationUri)
                .Add("rules", rules.Select(r => (object)Descriptor(r)).ToList());
            var run = new TemplateObject()
                .Add("tool", new TemplateObject().Add("driver", driver))
                .Add("results", findings.Select(f => (object)Result(f, index, fileTexts)).ToList())
                .Add("columnKind", "utf16CodeUnits");
            return JsonTextWriter.WriteData(new TemplateObject()
                .Add("$schema", SchemaUri)
                .Add("version", "2.1.0")
                .Add("runs", new List<object> { run }));
        }

        public static string Level(Severity severity) =>
            severity == Severity.Error ? "error" : severity == Severity.Warning ? "warning" : "note";

        static TemplateObject Descriptor(Rule rule)
        {
            var advice = rule.AzureRecommendations;
            var text = new StringBuilder(Sentence(rule.Title)).Append(" Source: ").Append(rule.Source).Append('.');
            var markdown = new StringBuilder(Sentence(rule.Title)).Append(" Source: [").Append(rule.Source).Append("](").Append(rule.Source).Append(").");
            foreach (var r in advice)
            {
                text.Append(' ').Append(r.Catalog).Append(' ').Append(r.Id).Append(": ").Append(r.Title).Append('.');
                markdown.Append("\n\n").Append(r.Catalog).Append(" `").Append(r.Id).Append("`: [").Append(r.Title).Append("](").Append(r.Link).Append(")");
            }
            return new TemplateObject()
                .Add("id", rule.Id)
                .Add("name", PascalCase(rule.Title))
                .Add("shortDescription", new TemplateObject().Add("text", Sentence(rule.Title)))
                .Add("fullDescription", new TemplateObject().Add("text", text.ToString()))
                .Add("helpUri", rule.Source)
                .Add("help", new TemplateObject().Add("text", text.ToString()).Add("markdown", markdown.ToString()))
                .Add("defaultConfiguration", new TemplateObject().Add("level", Level(rule.Severity)))
                .Add("properties", new TemplateObject()
                    .Add("tags", new List<object> { "reliability", "azure-vpn-gateway" })
                    // GitHub code scanning sorts non-security alerts by this property.
                    .Add("problem.severity", rule.Severity == Severity.Error ? "error" : rule.Severity == Severity.Warning ? "warning" : "recommendation")
                    .Add("azureRecommendations", advice.Select(FindingJsonWriter.Recommendation).ToList()));
        }

        static TemplateObject Result(ReportedFinding reported, Dictionary<string, int> index, IReadOnlyDictionary<string, string> fileTexts)
        {
            var f = reported.Finding;
            var qualified = string.IsNullOrEmpty(reported.TopologyName) ? f.Target : reported.TopologyName + "/" + f.Target;
            var location = new TemplateObject();
            if (!string.IsNullOrEmpty(reported.Path))
            {
                var physical = new TemplateObject().Add("artifactLocation", new TemplateObject().Add("uri", FileUri(reported.Path)));
                if (fileTexts != null && fileTexts.TryGetValue(reported.Path, out var text) && text != null) physical.Add("region", Region(text, f.Target));
                location.Add("physicalLocation", physical);
            }
            location.Add("logicalLocations", new List<object>
            {
                new TemplateObject().Add("name", f.Target).Add("fullyQualifiedName", qualified).Add("kind", "resource"),
            });
            var result = new TemplateObject().Add("ruleId", f.RuleId);
            if (index.TryGetValue(f.RuleId, out var i)) result.Add("ruleIndex", i);
            return result
                .Add("level", Level(f.Severity))
                .Add("message", new TemplateObject().Add("text", Sentence(f.Message) + " " + Sentence(f.Recommendation)))
                .Add("locations", new List<object> { location })
                // Stable across runs, so code scanning tracks one alert per rule, topology and target.
                .Add("partialFingerprints", new TemplateObject().Add("azvpnhaFinding/v1", Fingerprint(f.RuleId + "|" + qualified)))
                .Add("properties", new TemplateObject()
                    .Add("recommendation", f.Recommendation)
                    .Add("source", f.Source)
                    .Add("topologyName", reported.TopologyName)
                    .Add("azureRecommendations", f.AzureRecommendations.Select(r => (object)(r.Catalog + ":" + r.Id)).ToList()));
        }

        /// <summary>The first line that names the target as a JSON string or a quoted value, else the whole file (1-based lines and columns).</summary>
        internal static TemplateObject Region(string text, string target)
        {
            var lines = text.Replace("\r\n", "\n").Split('\n');
            if (!string.IsNullOrEmpty(target))
            {
                foreach (var quote in new[] { "\"", "'" })
                {
                    var needle = quote + target + quote;
                    for (int i = 0; i < lines.Length; i++)
                    {
                        int at = lines[i].IndexOf(needle, StringComparison.OrdinalIgnoreCase);
                        if (at >= 0)
                            return new TemplateObject().Add("startLine", i + 1).Add("startColumn", at + 2).Add("endLine", i + 1).Add("endColumn", at + 2 + target.Length);
                    }
                }
            }
            int last = lines.Length;
            while (last > 1 && lines[last - 1].Length == 0) last--;
            return new TemplateObject().Add("startLine", 1).Add("startColumn", 1).Add("endLine", last).Add("endColumn", lines[last - 1].Length + 1);
        }

        /// <summary>A relative path stays relative (code scanning resolves it against the repository); an absolute one becomes a file URI.</summary>
        static string FileUri(string path) =>
            System.IO.Path.IsPathRooted(path) ? new Uri(path).AbsoluteUri : Uri.EscapeUriString(path.Replace('\\', '/'));

        static string Sentence(string text)
        {
            text = (text ?? "").Trim();
            return text.Length == 0 || text.EndsWith(".") ? text : text + ".";
        }

        static string PascalCase(string title)
        {
            var sb = new StringBuilder();
            foreach (var word in title.Split(new[] { ' ', '-', '/', ',', '(', ')', ':', ';', '.', '\'' }, StringSplitOptions.RemoveEmptyEntries))
                sb.Append(char.ToUpperInvariant(word[0])).Append(word.Substring(1));
            return sb.ToString();
        }

        static string Fingerprint(string key)
        {
            using (var sha = SHA256.Create())
            {
                var hash = sha.ComputeHash(Encoding.UTF8.GetBytes(key.ToLowerInvariant()));
                return string.Concat(hash.Take(16).Select(b => b.ToString("x2")));
            }
        }
    }
}
