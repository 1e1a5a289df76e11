using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using System.Xml;
using System.Xml.Linq;
using AzVpnHa.Spec;
using AzVpnHa.Tree;
using AzVpnHa.Writers.Report;
using Xunit;

namespace AzVpnHa.Tests
{
    /// <summary>The report writers: well-formed XHTML with one SVG edge per tunnel, and Markdown with one Mermaid link per tunnel.</summary>
    public class ReportWriterTests
    {
        static readonly XNamespace Xhtml = "http://www.w3.org/1999/xhtml", Svg = "http://www.w3.org/2000/svg";
        static readonly DateTime When = new DateTime(2026, 11, 25, 9, 30, 0, DateTimeKind.Utc);

        public static IEnumerable<object[]> Topologies() =>
            ExampleTests.Names.Select(n => new object[] { n }).Concat(new[] { new object[] { "deployed" } });

        static Topology Load(string name) =>
            name == "deployed" ? Estate.Read(Estate.Hub()) : Planner.Plan(SpecReader.Read(JsonTree.Parse(ExampleTests.Read(name))));

        static XDocument Parse(string html)
        {
            using (var reader = XmlReader.Create(new StringReader(html), new XmlReaderSettings { DtdProcessing = DtdProcessing.Parse, XmlResolver = null }))
                return XDocument.Load(reader);
        }

        [Theory]
        [MemberData(nameof(Topologies))]
        public void HtmlIsXhtmlWithOneSvgEdgePerTunnel(string name)
        {
            var t = Load(name);
            var doc = Parse(HtmlReportWriter.Write(ReportContent.Create(t, When, "1.2.3")));
            Assert.Equal(Xhtml + "html", doc.Root.Name);
            var svg = Assert.Single(doc.Descendants(Svg + "svg"));
            var edges = svg.Descendants(Svg + "line").Where(l => (string)l.Attribute("class") == "tunnel").ToList();
            Assert.Equal(t.TunnelCount, edges.Count);
            Assert.Equal(t.Tunnels.Select(x => x.Connection + ": " + x.Status), edges.Select(e => e.Element(Svg + "title").Value.Split(',')[0]));
            // Both instances of every gateway, every device.
            var labels = svg.Descendants(Svg + "text").Where(x => (string)x.Attribute("class") == "node-label").Select(x => x.Value).ToList();
            Assert.Equal(2 * t.Gateways.Count(), labels.Count(l => l.StartsWith("instance ")));
            foreach (var lng in t.LocalNetworkGateways) Assert.Contains(lng.Device ?? lng.Name, labels);
            // Self-contained.
            Assert.DoesNotContain(doc.Descendants(), e => e.Attribute("src") != null || e.Name.LocalName == "script" || e.Name.LocalName == "link");
            var text = doc.Root.Value;
            Assert.Contains("AzVpnHa 1.2.3", text);
            Assert.Contains("2026-11-25 09:30 UTC", text);
            Assert.Contains(t.ResourceGroupName, text);
        }

        [Theory]
        [MemberData(nameof(Topologies))]
        public void MarkdownHasAMermaidLinkPerTunnelAndTheSections(string name)
        {
            var t = Load(name);
            var md = MarkdownReportWriter.Write(ReportContent.Create(t, When, "1.2.3"));
            var mermaid = Regex.Match(md, "```mermaid\n(.*?)```", RegexOptions.Singleline).Groups[1].Value;
            Assert.Equal(t.TunnelCount, mermaid.Split('\n').Count(l => l.Contains(" ---|")));
            Assert.Equal(t.TunnelCount, mermaid.Split('\n').Count(l => l.TrimStart().StartsWith("linkStyle ")));
            foreach (var section in new[] { "## Tunnel mesh", "## Findings", "## Failover", "## Resources" }) Assert.Contains("\n" + section + "\n", md);
        }

        [Fact]
        public void DeployedStatesAreDrawnApart()
        {
            var picture = MeshPicture.Create(Estate.Read(Estate.Hub()));
            Assert.Equal(new[] { "Connected", "Connected", "Connected", "NotConnected", "Connected", "Unknown" }, picture.Edges.Select(e => e.Status));
            var html = HtmlReportWriter.Write(ReportContent.Create(Estate.Read(Estate.Hub()), When, "1"));
            Assert.Contains("stroke=\"#c0392b\" stroke-width=\"2.5\" stroke-dasharray=\"8 5\"><title>cn-hq-fw2: NotConnected", html);
        }

        [Fact]
        public void ActiveStandbyShowsTheStandbyInstanceWithoutTunnels()
        {
            var picture = MeshPicture.Create(Load("active-standby"));
            var gateway = Assert.Single(picture.AzureSide);
            Assert.Equal(new[] { false, true }, gateway.Nodes.Select(n => n.Standby));
            Assert.DoesNotContain(picture.Edges, e => e.From == gateway.Nodes[1]);
        }
    }
}
