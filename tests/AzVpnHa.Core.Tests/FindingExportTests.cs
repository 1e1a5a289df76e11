using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Xml;
using System.Xml.Linq;
using System.Xml.Schema;
using AzVpnHa.Writers;
using Xunit;
using static AzVpnHa.Tests.SpecTree;

namespace AzVpnHa.Tests
{
    /// <summary>
    /// The finding exports against their consumers' contracts: SARIF 2.1.0 checked by Microsoft's SARIF Multitool
    /// (tests/test-tools, installed by build.ps1 test with npm ci), JUnit XML against the common JUnit.xsd shape
    /// (Fixtures/Schemas/JUnit.xsd), CSV and JSON read back.
    /// </summary>
    public class FindingExportTests
    {
        /// <summary>Findings of every severity, from two topologies: a planned one read from a file, and a deployed one.</summary>
        static List<ReportedFinding> Sample()
        {
            // Two devices with one public IP (HA001 Error), on an active-standby gateway (HA015 Information).
            var planned = OneGateway(AsGateway(), Site("hq", Device(1), Device(1).With("name", "fw2"))).Plan();
            var deployed = Estate.Read(new[] { Estate.Load("ResourceGroupExport-Template") });
            var rows = Specs.Test(planned).Select(f => new ReportedFinding(f, "contoso", "examples/contoso.json")).ToList();
            rows.AddRange(Specs.Test(deployed).Select(f => new ReportedFinding(f, "rg-export", "/tmp/exports/rg export.json")));
            rows.Add(new ReportedFinding(new Finding("HA015", Severity.Warning, "branch, \"b\"", "Site 'branch' reaches Azure over a single tunnel.", "Enable active-active.", Catalog.Sources.ArticleActiveStandby)));
            Assert.Contains(rows, r => r.Finding.Severity == Severity.Error);
            Assert.Contains(rows, r => r.Finding.Severity == Severity.Warning);
            Assert.Contains(rows, r => r.Finding.Severity == Severity.Information);
            return rows;
        }

        /// <summary>The sample's files as the cmdlet reads them: the planned spec names its device; the export does not name the target.</summary>
        static readonly Dictionary<string, string> Files = new Dictionary<string, string>
        {
            ["examples/contoso.json"] = "{\n  \"sites\": [ { \"name\": \"hq\",\n    \"devices\": [ { \"name\": \"fw2\" } ] } ]\n}\n",
            ["/tmp/exports/rg export.json"] = "{\n  \"resources\": []\n}\n",
        };

        [Fact]
        public void ResultsPointAtTheLineThatNamesTheTargetOrSpanTheFile()
        {
            var region = SarifWriter.Region(Files["examples/contoso.json"], "fw2");
            // Columns are 1-based and the end column is the one after the name (SARIF 3.30.5-3.30.8).
            int column = Files["examples/contoso.json"].Split('\n')[2].IndexOf("fw2") + 1;
            Assert.Equal(new object[] { 3, column, 3, column + 3 }, new[] { region["startLine"], region["startColumn"], region["endLine"], region["endColumn"] });
            var whole = SarifWriter.Region(Files["/tmp/exports/rg export.json"], "vgw-tpl");
            Assert.Equal(new object[] { 1, 1, 3, 2 }, new[] { whole["startLine"], whole["startColumn"], whole["endLine"], whole["endColumn"] });
        }

        static string RepositoryRoot()
        {
            var dir = new DirectoryInfo(AppContext.BaseDirectory);
            while (dir != null && !File.Exists(Path.Combine(dir.FullName, "build.ps1"))) dir = dir.Parent;
            Assert.NotNull(dir);
            return dir.FullName;
        }

        static (int ExitCode, string Output) Multitool(params string[] args)
        {
            // The package's native binary, called directly: its node launcher passes arguments through a shell.
            var tool = Path.Combine(RepositoryRoot(), "tests", "test-tools", "node_modules", "@microsoft", "sarif-multitool-linux", "Sarif.Multitool");
            Assert.True(File.Exists(tool), "SARIF Multitool not found at " + tool + ": run build.ps1 test, or npm ci in tests/test-tools.");
            if (!OperatingSystem.IsWindows())
            {
                var mode = File.GetUnixFileMode(tool);
                if ((mode & UnixFileMode.UserExecute) == 0) File.SetUnixFileMode(tool, mode | UnixFileMode.UserExecute);
            }
            var info = new ProcessStartInfo(tool) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
            foreach (var a in args) info.ArgumentList.Add(a);
            info.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
            using var p = Process.Start(info);
            var stderr = p.StandardError.ReadToEndAsync();
            var stdout = p.StandardOutput.ReadToEnd();
            p.WaitForExit();
            return (p.ExitCode, stdout + stderr.Result);
        }

        /// <summary>The validator's own findings (error, warning and note lines), one per line.</summary>
        static List<string> Validate(string sarif)
        {
            var dir = Path.Combine(Path.GetTempPath(), "azvpnha-sarif-" + Guid.NewGuid().ToString("N"));
            Directory.CreateDirectory(dir);
            try
            {
                var file = Path.Combine(dir, "findings.sarif");
                File.WriteAllText(file, sarif);
                var (code, output) = Multitool("validate", file, "--output", Path.Combine(dir, "validation.sarif"), "--log", "ForceOverwrite");
                Assert.True(output.Contains("Analysis completed successfully"), output);
                using var log = JsonDocument.Parse(File.ReadAllText(Path.Combine(dir, "validation.sarif")));
                return log.RootElement.GetProperty("runs")[0].GetProperty("results").EnumerateArray()
                    .Select(r => (r.TryGetProperty("level", out var l) ? l.GetString() : "warning") + " " + r.GetProperty("ruleId").GetString() + " " + r.GetProperty("message").ToString())
                    .ToList();
            }
            finally { Directory.Delete(dir, true); }
        }

        [Fact]
        public void SarifPassesTheSarifMultitoolWithoutErrorsOrWarnings()
        {
            var rows = Sample();
            var sarif = SarifWriter.Write(rows, "0.1.0", Files);
            // A control: a result without its required message must be reported, so silence means something.
            var control = Validate(new System.Text.RegularExpressions.Regex("\"message\": \\{").Replace(sarif, "\"massage\": {", 1));
            Assert.Contains(control, d => d.StartsWith("error JSON1002"));
            var diagnostics = Validate(sarif);
            Assert.DoesNotContain(diagnostics, d => d.StartsWith("error") || d.StartsWith("warning"));
        }

        [Fact]
        public void SarifCarriesEveryRuleAndEveryFindingWithItsLocations()
        {
            var rows = Sample();
            using var doc = JsonDocument.Parse(SarifWriter.Write(rows, "0.1.0"));
            var run = doc.RootElement.GetProperty("runs")[0];
            Assert.Equal("2.1.0", doc.RootElement.GetProperty("version").GetString());
            var rules = run.GetProperty("tool").GetProperty("driver").GetProperty("rules").EnumerateArray().ToList();
            Assert.Equal(Rules.RuleSet.All.Select(r => r.Id), rules.Select(r => r.GetProperty("id").GetString()));
            Assert.All(rules, r => Assert.StartsWith("https://", r.GetProperty("helpUri").GetString()));
            var ha015 = rules.Single(r => r.GetProperty("id").GetString() == "HA015");
            Assert.Contains(ha015.GetProperty("properties").GetProperty("azureRecommendations").EnumerateArray(), a => a.GetProperty("id").GetString() == "281a2713-c0e0-3c48-b596-19f590c46671");

            var results = run.GetProperty("results").EnumerateArray().ToList();
            Assert.Equal(rows.Count, results.Count);
            for (int i = 0; i < rows.Count; i++)
            {
                var result = results[i];
                Assert.Equal(rows[i].Finding.RuleId, rules[result.GetProperty("ruleIndex").GetInt32()].GetProperty("id").GetString());
                Assert.Equal(SarifWriter.Level(rows[i].Finding.Severity), result.GetProperty("level").GetString());
                Assert.StartsWith(rows[i].Finding.Message, result.GetProperty("message").GetProperty("text").GetString());
                var location = result.GetProperty("locations")[0];
                Assert.Equal(rows[i].Finding.Target, location.GetProperty("logicalLocations")[0].GetProperty("name").GetString());
                Assert.Equal(rows[i].Path != null, location.TryGetProperty("physicalLocation", out _));
            }
            var uris = results.Where(r => r.GetProperty("locations")[0].TryGetProperty("physicalLocation", out _))
                .Select(r => r.GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("artifactLocation").GetProperty("uri").GetString()).Distinct().ToList();
            Assert.Equal(new[] { "examples/contoso.json", "file:///tmp/exports/rg%20export.json" }, uris);
            // One fingerprint per rule, topology and target: the same finding in the next run is the same alert.
            var again = JsonDocument.Parse(SarifWriter.Write(rows, "0.1.0")).RootElement.GetProperty("runs")[0].GetProperty("results")[0];
            Assert.Equal(results[0].GetProperty("partialFingerprints").ToString(), again.GetProperty("partialFingerprints").ToString());
        }

        static List<string> ValidateJUnit(string xml)
        {
            var schemas = new XmlSchemaSet();
            schemas.Add(null, Path.Combine(AppContext.BaseDirectory, "Fixtures", "Schemas", "JUnit.xsd"));
            var problems = new List<string>();
            var settings = new XmlReaderSettings { ValidationType = ValidationType.Schema, Schemas = schemas };
            settings.ValidationEventHandler += (_, e) => problems.Add(e.Severity + ": " + e.Message);
            using (var reader = XmlReader.Create(new StringReader(xml), settings)) while (reader.Read()) { }
            return problems;
        }

        [Fact]
        public void JUnitIsValidAgainstTheJUnitSchemaWithOneCasePerRuleAndTarget()
        {
            var rows = Sample();
            var xml = JUnitWriter.Write(rows, new DateTime(2026, 12, 1, 10, 0, 0), "ci-agent");
            Assert.Empty(ValidateJUnit(xml));
            // The control: a suite without its hostname breaks the schema, so the empty list above means something.
            Assert.NotEmpty(ValidateJUnit(xml.Replace(" hostname=\"ci-agent\"", "")));

            var doc = XDocument.Parse(xml);
            var suites = doc.Root.Elements("testsuite").ToList();
            Assert.Equal(new[] { "contoso", "rg-export", "AzVpnHa" }, suites.Select(s => (string)s.Attribute("name")));
            foreach (var suite in suites)
            {
                var name = (string)suite.Attribute("name");
                var ofSuite = rows.Where(r => (r.TopologyName ?? "AzVpnHa") == name).ToList();
                var cases = suite.Elements("testcase").ToList();
                // Every rule appears; a rule with findings has one case per target.
                var expected = Rules.RuleSet.All.Sum(rule => Math.Max(1, ofSuite.Where(r => r.Finding.RuleId == rule.Id).Select(r => r.Finding.Target).Distinct().Count()));
                Assert.Equal(expected, cases.Count);
                Assert.Equal(cases.Count, (int)suite.Attribute("tests"));
                var failing = ofSuite.Where(r => r.Finding.Severity != Severity.Information).Select(r => r.Finding.RuleId + " " + r.Finding.Target).Distinct().ToList();
                Assert.Equal(failing.OrderBy(x => x), cases.Where(c => c.Element("failure") != null).Select(c => (string)c.Attribute("name")).OrderBy(x => x));
                Assert.Equal(failing.Count, (int)suite.Attribute("failures"));
            }
            var ha001 = suites[0].Elements("testcase").Single(c => ((string)c.Attribute("name")).StartsWith("HA001 "));
            Assert.Equal("Error", (string)ha001.Element("failure").Attribute("type"));
            // Information only: a passing case that still says what was noted.
            var info = suites[0].Elements("testcase").Single(c => ((string)c.Attribute("name")).StartsWith("HA015 "));
            Assert.Null(info.Element("failure"));
            Assert.Contains("281a2713-c0e0-3c48-b596-19f590c46671", (string)info.Element("system-out"));
        }

        /// <summary>RFC 4180 read back: quoted fields, doubled quotes, CRLF records.</summary>
        static List<List<string>> ParseCsv(string text)
        {
            var rows = new List<List<string>>();
            var row = new List<string>();
            var field = new System.Text.StringBuilder();
            bool quoted = false;
            for (int i = 0; i < text.Length; i++)
            {
                char c = text[i];
                if (quoted)
                {
                    if (c == '"' && i + 1 < text.Length && text[i + 1] == '"') { field.Append('"'); i++; }
                    else if (c == '"') quoted = false;
                    else field.Append(c);
                }
                else if (c == '"') quoted = true;
                else if (c == ',') { row.Add(field.ToString()); field.Clear(); }
                else if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n') { row.Add(field.ToString()); field.Clear(); rows.Add(row); row = new List<string>(); i++; }
                else field.Append(c);
            }
            Assert.Empty(row);
            return rows;
        }

        [Fact]
        public void CsvAndJsonReadBackToTheFindings()
        {
            var rows = Sample();
            var csv = ParseCsv(FindingCsvWriter.Write(rows));
            Assert.Equal(FindingCsvWriter.Columns, csv[0]);
            Assert.Equal(rows.Count + 1, csv.Count);
            for (int i = 0; i < rows.Count; i++)
            {
                var f = rows[i].Finding;
                Assert.Equal(new[] { rows[i].TopologyName ?? "", rows[i].Path ?? "", f.RuleId, f.Severity.ToString(), f.Target, f.Message, f.Recommendation, f.Source }, csv[i + 1].Take(8));
                Assert.Equal(string.Join(";", f.AzureRecommendations.Where(r => r.Catalog == "APRL").Select(r => r.Id)), csv[i + 1][8]);
                Assert.Equal(string.Join(";", f.AzureRecommendations.Where(r => r.Catalog == "Advisor").Select(r => r.Id)), csv[i + 1][9]);
            }
            Assert.Contains(csv, r => r[4] == "branch, \"b\"");

            using var json = JsonDocument.Parse(FindingJsonWriter.Write(rows));
            var items = json.RootElement.EnumerateArray().ToList();
            Assert.Equal(rows.Count, items.Count);
            for (int i = 0; i < rows.Count; i++)
            {
                Assert.Equal(rows[i].Finding.RuleId, items[i].GetProperty("ruleId").GetString());
                Assert.Equal(rows[i].Finding.Message, items[i].GetProperty("message").GetString());
                Assert.Equal(rows[i].Path, items[i].GetProperty("path").GetString());
                Assert.Equal(rows[i].Finding.AzureRecommendations.Select(r => r.Id), items[i].GetProperty("azureRecommendations").EnumerateArray().Select(a => a.GetProperty("id").GetString()));
            }
            // Data, not a template: a message starting with [ stays as written.
            var bracket = new ReportedFinding(new Finding("HA001", Severity.Error, "x", "[draft] message", "r", "s"));
            Assert.Equal("[draft] message", JsonDocument.Parse(FindingJsonWriter.Write(new[] { bracket })).RootElement[0].GetProperty("message").GetString());
        }
    }
}
