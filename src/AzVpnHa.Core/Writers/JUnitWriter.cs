using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System.Xml;
using AzVpnHa.Rules;

namespace AzVpnHa.Writers
{
    /// <summary>
    /// Findings as JUnit XML (the common Ant/Jenkins JUnit.xsd shape), which CI systems show as test results: one
    /// test suite per topology, one test case per rule and target. A target with an Error or Warning finding of the rule
    /// is a failure (type = the worst severity; every finding of that rule and target in its text); one with only
    /// Information findings passes with them in system-out; a rule with no finding in the topology is one passing case,
    /// and no finding at all is one suite in which every rule passes.
    /// </summary>
    internal static class JUnitWriter
    {
        const string NoTopology = "AzVpnHa";

        /// <param name="timestamp">When the findings were made (written without a zone, as the schema wants).</param>
        /// <param name="hostname">The machine the test ran on.</param>
        public static string Write(IEnumerable<ReportedFinding> findings, DateTime timestamp, string hostname)
        {
            var suites = findings.GroupBy(f => f.TopologyName ?? NoTopology, StringComparer.OrdinalIgnoreCase)
                .Select(g => (Name: g.Key, Findings: g.ToList())).ToList();
            // Nothing found is a result too: every rule passes.
            if (suites.Count == 0) suites.Add((NoTopology, new List<ReportedFinding>()));
            var cases = suites.Select(s => (Suite: s, Cases: Cases(s.Findings))).ToList();

            var sb = new StringBuilder();
            var settings = new XmlWriterSettings { Indent = true, Encoding = new UTF8Encoding(false), NewLineChars = "\n" };
            using (var xml = XmlWriter.Create(new StringWriterUtf8(sb), settings))
            {
                xml.WriteStartElement("testsuites");
                xml.WriteAttributeString("name", "AzVpnHa");
                xml.WriteAttributeString("tests", Count(cases.Sum(c => c.Cases.Count)));
                xml.WriteAttributeString("failures", Count(cases.Sum(c => c.Cases.Count(t => t.Failure != null))));
                xml.WriteAttributeString("errors", "0");
                xml.WriteAttributeString("time", "0");
                int id = 0;
                foreach (var (suite, testCases) in cases)
                {
                    xml.WriteStartElement("testsuite");
                    xml.WriteAttributeString("name", suite.Name);
                    xml.WriteAttributeString("tests", Count(testCases.Count));
                    xml.WriteAttributeString("failures", Count(testCases.Count(t => t.Failure != null)));
                    xml.WriteAttributeString("errors", "0");
                    xml.WriteAttributeString("skipped", "0");
                    xml.WriteAttributeString("time", "0");
                    xml.WriteAttributeString("timestamp", timestamp.ToString("yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture));
                    xml.WriteAttributeString("hostname", string.IsNullOrEmpty(hostname) ? "localhost" : hostname);
                    xml.WriteAttributeString("id", Count(id++));
                    xml.WriteAttributeString("package", "AzVpnHa");
                    var path = suite.Findings.Select(f => f.Path).FirstOrDefault(p => !string.IsNullOrEmpty(p));
                    xml.WriteStartElement("properties");
                    if (path != null) Property(xml, "path", path);
                    Property(xml, "rules", Count(RuleSet.All.Count));
                    xml.WriteEndElement();
                    foreach (var t in testCases)
                    {
                        xml.WriteStartElement("testcase");
                        xml.WriteAttributeString("name", t.Name);
                        xml.WriteAttributeString("classname", "AzVpnHa." + t.RuleId);
                        xml.WriteAttributeString("time", "0");
                        if (t.Failure != null)
                        {
                            xml.WriteStartElement("failure");
                            xml.WriteAttributeString("message", t.FailureMessage);
                            xml.WriteAttributeString("type", t.Failure);
                            xml.WriteString(t.Text);
                            xml.WriteEndElement();
                        }
                        else if (t.Text != null) xml.WriteElementString("system-out", t.Text);
                        xml.WriteEndElement();
                    }
                    xml.WriteElementString("system-out", "");
                    xml.WriteElementString("system-err", "");
                    xml.WriteEndElement();
                }
                xml.WriteEndElement();
            }
            return sb.ToString() + "\n";
        }

        sealed class TestCase
        {
            public string RuleId;
            public string Name;
            public string Failure;
            public string FailureMessage;
            public string Text;
        }

        static List<TestCase> Cases(List<ReportedFinding> findings)
        {
            var cases = new List<TestCase>();
            foreach (var rule in RuleSet.All)
            {
                var ofRule = findings.Where(f => string.Equals(f.Finding.RuleId, rule.Id, StringComparison.OrdinalIgnoreCase)).ToList();
                if (ofRule.Count == 0)
                {
                    cases.Add(new TestCase { RuleId = rule.Id, Name = rule.Id + " " + rule.Title });
                    continue;
                }
                foreach (var target in ofRule.GroupBy(f => f.Finding.Target ?? "", StringComparer.OrdinalIgnoreCase))
                {
                    var list = target.Select(f => f.Finding).ToList();
                    var failing = list.Where(f => f.Severity != Severity.Information).OrderByDescending(f => f.Severity == Severity.Error).ToList();
                    var text = string.Join("\n\n", list.Select(Describe));
                    cases.Add(new TestCase
                    {
                        RuleId = rule.Id,
                        Name = rule.Id + " " + target.Key,
                        Failure = failing.Count > 0 ? failing[0].Severity.ToString() : null,
                        FailureMessage = failing.Count > 0 ? failing[0].Message : null,
                        Text = text,
                    });
                }
            }
            return cases;
        }

        static string Describe(Finding f)
        {
            var sb = new StringBuilder().Append(f.Severity).Append(": ").Append(f.Message)
                .Append("\nRecommendation: ").Append(f.Recommendation).Append("\nSource: ").Append(f.Source);
            foreach (var r in f.AzureRecommendations) sb.Append('\n').Append(r.Catalog).Append(' ').Append(r.Id).Append(": ").Append(r.Title);
            return sb.ToString();
        }

        static void Property(XmlWriter xml, string name, string value)
        {
            xml.WriteStartElement("property");
            xml.WriteAttributeString("name", name);
            xml.WriteAttributeString("value", value);
            xml.WriteEndElement();
        }

        static string Count(int n) => n.ToString(CultureInfo.InvariantCulture);

        /// <summary>A StringWriter that declares UTF-8, so the XML declaration says what the file is written as.</summary>
        sealed class StringWriterUtf8 : StringWriter
        {
            public StringWriterUtf8(StringBuilder sb) : base(sb, CultureInfo.InvariantCulture) { }
            public override Encoding Encoding => new UTF8Encoding(false);
        }
    }
}
