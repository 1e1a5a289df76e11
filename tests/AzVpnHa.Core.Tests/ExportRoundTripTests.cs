using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using AzVpnHa.Readers;
using AzVpnHa.Templates;
using AzVpnHa.Tree;
using AzVpnHa.Writers;
using Xunit;

namespace AzVpnHa.Tests
{
    /// <summary>What Export-HaVpnTemplate writes reads back (Get-HaVpnTopology -Path) as the same topology.</summary>
    public class ExportRoundTripTests
    {
        public static IEnumerable<object[]> Examples() => ExampleTests.Names.Select(n => new object[] { n });

        /// <summary>Everything a user compares: names, sites, Kind, tunnels, and the findings.</summary>
        internal static string Describe(Topology t)
        {
            var sb = new StringBuilder();
            sb.Append("name=").Append(t.Name).Append(" kind=").Append(t.Kind).Append(" tunnels=").Append(t.TunnelCount).Append('\n');
            foreach (var g in t.Gateways.OrderBy(g => g.Name, StringComparer.Ordinal))
                sb.Append("gateway ").Append(g.Name).Append(" sku=").Append(g.Sku).Append(" aa=").Append(g.ActiveActive).Append(" bgp=").Append(g.EnableBgp).Append(" asn=").Append(g.Asn)
                  .Append(" instances=").Append(string.Join(",", g.Instances.Select(i => i.IpConfigurationName + "/" + i.PublicIpName + "/" + string.Join("+", i.CustomBgpIpAddresses)))).Append('\n');
            foreach (var l in t.LocalNetworkGateways.OrderBy(l => l.Name, StringComparer.Ordinal))
                sb.Append("lng ").Append(l.Name).Append(" site=").Append(l.Site).Append(" ip=").Append(l.GatewayIpAddress).Append(" fqdn=").Append(l.Fqdn).Append(" asn=").Append(l.Asn)
                  .Append(" peer=").Append(l.BgpPeeringAddress).Append(" prefixes=").Append(string.Join(",", l.AddressPrefix)).Append('\n');
            foreach (var s in t.Sites.OrderBy(s => s.Name, StringComparer.Ordinal))
                sb.Append("site ").Append(s.Name).Append(" gateway=").Append(s.Gateway).Append(" lngs=").Append(string.Join(",", s.LocalNetworkGateways.OrderBy(x => x, StringComparer.Ordinal))).Append(" kind=").Append(s.Kind).Append('\n');
            foreach (var c in t.Connections.OrderBy(c => c.Name, StringComparer.Ordinal))
                sb.Append("connection ").Append(c.Name).Append(' ').Append(c.ConnectionType).Append(' ').Append(c.VirtualNetworkGateway1).Append("->").Append(c.LocalNetworkGateway2 ?? c.VirtualNetworkGateway2).Append(" bgp=").Append(c.EnableBgp).Append('\n');
            foreach (var f in Specs.Test(t).Select(f => f.RuleId + " " + f.Severity + " " + f.Target).OrderBy(x => x, StringComparer.Ordinal))
                sb.Append("finding ").Append(f).Append('\n');
            return sb.ToString();
        }

        static Topology ReadBack(string armJson)
        {
            var reader = new EstateReader();
            reader.AddTemplate(JsonTree.Parse(armJson), new TemplateSource { Name = "export.json" });
            return reader.Read();
        }

        [Theory]
        [MemberData(nameof(Examples))]
        public void EveryExampleExportedAsArmReadsBackTheSame(string name)
        {
            var planned = Specs.Plan(ExampleTests.Read(name));
            Assert.Equal(Describe(planned), Describe(ReadBack(ArmTemplateWriter.Write(planned))));
        }

        [Theory]
        [MemberData(nameof(ArticleTopologies.All), MemberType = typeof(ArticleTopologies))]
        public void EveryArticleVariantExportedAsArmReadsBackTheSame(string name, string spec)
        {
            var planned = Specs.Plan(spec);
            Assert.True(planned.Name == name || planned.Name != null);
            Assert.Equal(Describe(planned), Describe(ReadBack(ArmTemplateWriter.Write(planned))));
        }

        [Fact]
        public void RandomValidSpecsExportedAsArmReadBackTheSame()
        {
            var random = new Random(20261201);
            for (int n = 0; n < 60; n++)
            {
                var spec = RandomSpec(random, n);
                var planned = Specs.Plan(spec);
                var back = ReadBack(ArmTemplateWriter.Write(planned));
                Assert.True(Describe(planned) == Describe(back), "spec " + n + ":\n" + spec + "\nplanned:\n" + Describe(planned) + "\nread back:\n" + Describe(back));
            }
        }

        [Fact]
        public void TheExportTagsEveryLngWithItsSiteAndCarriesTheTopologyName()
        {
            var planned = Specs.Plan(ExampleTests.Read("dual-redundancy"));
            var template = (IDictionary<string, object>)JsonTree.Parse(ArmTemplateWriter.Write(planned));
            foreach (var r in ((System.Collections.IList)template["resources"]).Cast<IDictionary<string, object>>())
            {
                var tags = (IDictionary<string, object>)r["tags"];
                Assert.Equal("contoso-dual", tags[TemplateBuilder.TopologyTag]);
                if (((string)r["type"]).EndsWith("localNetworkGateways", StringComparison.Ordinal)) Assert.Equal("hq", tags[SiteGrouper.SiteTag]);
            }
        }

        /// <summary>A valid spec: 1-2 gateways (A/S or A/A, BGP or not), 1-2 sites each with 1-2 devices, maybe a VNet-to-VNet pair.</summary>
        internal static string RandomSpec(Random random, int n)
        {
            var sb = new StringBuilder();
            sb.Append("{ \"name\": \"random-").Append(n).Append("\", \"resourceGroup\": \"rg\", \"location\": \"westeurope\", \"gateways\": [");
            int gateways = random.Next(1, 3);
            var bgpGateways = new bool[gateways];
            for (int g = 0; g < gateways; g++)
            {
                bool aa = random.Next(2) == 0, bgp = aa || random.Next(2) == 0;
                bgpGateways[g] = bgp;
                if (g > 0) sb.Append(',');
                sb.Append("{ \"name\": \"vgw").Append(g).Append("\", \"sku\": \"VpnGw2AZ\", \"generation\": \"Generation2\", \"activeActive\": ").Append(aa ? "true" : "false");
                if (bgp) sb.Append(", \"asn\": ").Append(65500 + g);
                sb.Append(", \"vnetAddressPrefixes\": [\"10.").Append(g + 1).Append(".0.0/16\"] }");
            }
            sb.Append("], \"sites\": [");
            int site = 0, ip = 1;
            for (int g = 0; g < gateways; g++)
            {
                int sites = random.Next(gateways == 1 ? 1 : 0, 3);
                for (int s = 0; s < sites; s++, site++)
                {
                    if (site > 0) sb.Append(',');
                    int devices = bgpGateways[g] ? random.Next(1, 3) : 1;
                    sb.Append("{ \"name\": \"site").Append(site).Append("\", \"gateway\": \"vgw").Append(g).Append("\", \"addressPrefixes\": [\"192.168.").Append(site * 4).Append(".0/22\"], \"devices\": [");
                    for (int d = 0; d < devices; d++, ip++)
                    {
                        if (d > 0) sb.Append(',');
                        sb.Append("{ \"name\": \"s").Append(site).Append("fw").Append(d).Append("\", \"publicIp\": \"203.0.113.").Append(ip).Append('"');
                        if (bgpGateways[g]) sb.Append(", \"asn\": ").Append(65010 + site).Append(", \"bgpPeeringAddress\": \"192.168.").Append(site * 4 + 3).Append('.').Append(d + 1).Append('"');
                        sb.Append(" }");
                    }
                    sb.Append("] }");
                }
            }
            sb.Append(']');
            if (gateways == 2 && random.Next(2) == 0)
                sb.Append(", \"vnetConnections\": [ { \"gateways\": [\"vgw0\", \"vgw1\"], \"enableBgp\": ").Append(bgpGateways[0] && bgpGateways[1] ? "true" : "false").Append(" } ]");
            sb.Append(" }");
            return sb.ToString();
        }
    }
}
