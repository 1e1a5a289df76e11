using System.Linq;
using System.Text.RegularExpressions;
using Xunit;

namespace AzVpnHa.Tests
{
    public class FailoverMarkdownTests
    {
        [Fact]
        public void OneTablePerTargetWithVerdictAndFootnotedSources()
        {
            var t = Specs.Plan(
                "{ \"name\": \"t\", \"resourceGroup\": \"rg\", \"location\": \"westeurope\", \"gateways\": [" + Specs.AaGateway + "]," +
                " \"sites\": [ { \"name\": \"hq\", \"addressPrefixes\": [\"10.10.0.0/16\"], \"devices\": [" + FailoverSpecs.Fw1.Bgp + "," + FailoverSpecs.Fw2.Bgp + "] }," +
                " { \"name\": \"branch\", \"addressPrefixes\": [\"10.20.0.0/16\"], \"devices\": [" + Specs.Device("br1", "198.51.100.1", 65020, "10.20.255.1") + "] } ] }");
            var results = FailoverAnalyzer.Analyze(t);
            var md = MarkdownReport.Write(results, FailoverAnalyzer.Summarize(t, results));

            Assert.Contains("### Site `hq` (DualRedundancy)", md);
            Assert.Contains("### Site `branch` (ActiveActive)", md);
            Assert.Equal(2, Regex.Matches(md, @"\| Scenario \| Surviving tunnels \|").Count);
            Assert.Contains("Survives every single fault: **yes**", md);
            Assert.Contains("Survives every single fault: **no**", md);
            Assert.Contains("- Fix: Add a second on-premises VPN device to site 'branch'", md);
            // One row per scenario and site.
            int rows = md.Split('\n').Count(l => l.StartsWith("| ") && !l.StartsWith("| Scenario"));
            Assert.Equal(results.Count, rows);
            // Every footnote cited is defined with its address.
            var cited = Regex.Matches(md, @"\[\^(\d+)\](?!:)").Select(m => int.Parse(m.Groups[1].Value)).Distinct().ToList();
            Assert.NotEmpty(cited);
            foreach (var n in cited) Assert.Matches(new Regex(@"^\[\^" + n + @"\]: https://", RegexOptions.Multiline), md);
        }

        [Fact]
        public void CellsCannotBreakTheTable()
        {
            var r = new FailoverResult { Scenario = "x", Description = "a | b\nc", Target = "hq", TargetType = "Site", Interruption = "none", FlowsMoved = "none", P2SImpact = "none", Basis = "b" };
            var md = MarkdownReport.Write(new[] { r });
            Assert.Contains("a \\| b c", md);
            Assert.DoesNotContain("Survives every single fault", md);
        }
    }
}
