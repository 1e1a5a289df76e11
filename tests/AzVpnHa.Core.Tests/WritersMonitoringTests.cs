using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using AzVpnHa.Writers;
using Xunit;

namespace AzVpnHa.Tests
{
    /// <summary>
    /// The monitoring templates: one alert per tunnel-bearing connection, per known BGP peer and per gateway, built by the
    /// Bicep CLI with no error and no warning, both inside the topology's template and on their own.
    /// </summary>
    [Collection(BicepCollection.Name)]
    public class WritersMonitoringTests
    {
        static TemplateModel WithMonitoring(Topology topology)
        {
            var model = TemplateBuilder.Build(topology);
            MonitoringBuilder.AddTo(model, topology);
            return model;
        }

        static List<TemplateResource> Alerts(TemplateModel model) => model.Resources.Where(r => r.Type == MonitoringBuilder.MetricAlertType).ToList();

        static TemplateObject Criterion(TemplateResource alert) =>
            (TemplateObject)((List<object>)((TemplateObject)((TemplateObject)alert.Body["properties"])["criteria"])["allOf"])[0];

        static Dictionary<string, string> Dimensions(TemplateResource alert) =>
            ((List<object>)Criterion(alert)["dimensions"] ?? new List<object>()).Cast<TemplateObject>()
                .ToDictionary(d => (string)d["name"], d => (string)((List<object>)d["values"])[0]);

        [Fact]
        public void DualRedundancyGetsATunnelAlertPerConnectionABgpAlertPerDeviceAndAGatewayAlert()
        {
            var topology = Specs.Plan(ArticleTopologies.DualRedundancy);
            var alerts = Alerts(WithMonitoring(topology));
            Assert.Equal(new[] { "alert-vgw-tunnel-cn-hq-fw1", "alert-vgw-tunnel-cn-hq-fw2", "alert-vgw-bgp-10.10.255.1", "alert-vgw-bgp-10.10.255.2", "alert-vgw-health" },
                alerts.Select(a => a.Name));

            var tunnel = alerts[0];
            Assert.Equal(MonitoringBuilder.MetricAlertVersion, tunnel.ApiVersion);
            Assert.Equal("TunnelIngressBytes", Criterion(tunnel)["metricName"]);
            Assert.Equal("Total", Criterion(tunnel)["timeAggregation"]);
            // Split per instance and remote IP: each of the connection's two tunnels (one per instance) is its own time series.
            Assert.Equal(new Dictionary<string, string> { ["ConnectionName"] = "cn-hq-fw1", ["RemoteIP"] = "*", ["Instance"] = "*" }, Dimensions(tunnel));
            Assert.Equal(new Dictionary<string, string> { ["BgpPeerAddress"] = "10.10.255.1", ["Instance"] = "*" }, Dimensions(alerts[2]));
            Assert.Equal("BgpPeerStatus", Criterion(alerts[2])["metricName"]);
            Assert.Equal("AverageBandwidth", Criterion(alerts[4])["metricName"]);
            // In the topology's own template the gateway is referenced by symbol, and deployed first.
            Assert.All(alerts, a => Assert.Equal("vgw", Assert.Single(a.DependsOn).Name));
            Assert.Contains(TemplateBuilder.Build(topology).Parameters.Select(p => p.Name), n => n == "location");
            Assert.Contains(WithMonitoring(topology).Parameters, p => p.Name == MonitoringBuilder.ActionGroupParameter);
        }

        [Fact]
        public void StaticTunnelsAreWatchedAndSaySoWhileBgpAlertsNeedAKnownPeer()
        {
            var standby = Alerts(MonitoringBuilder.Build(Specs.Plan(ArticleTopologies.ActiveStandby)));
            Assert.Equal(new[] { "alert-vgw-tunnel-cn-hq-fw1", "alert-vgw-health" }, standby.Select(a => a.Name));
            Assert.Contains("Without BGP an idle tunnel also reads zero", standby[0].Comment);
            // VNet-to-VNet: a tunnel alert on each side; the peers' BGP addresses are set at deploy time, so no BGP alert is guessed.
            var v2v = Alerts(MonitoringBuilder.Build(Specs.Plan(ArticleTopologies.VNetToVNet)));
            Assert.Equal(new[] { "alert-vgw-hub-tunnel-cn-vgw-hub-to-vgw-spoke", "alert-vgw-hub-health", "alert-vgw-spoke-tunnel-cn-vgw-spoke-to-vgw-hub", "alert-vgw-spoke-health" },
                v2v.Select(a => a.Name));
        }

        [Fact]
        public void AGatewayWithoutConnectionsGetsNoAlertAndNoActionGroupParameter()
        {
            var topology = OneGatewayNoSites();
            var model = MonitoringBuilder.Build(topology);
            Assert.Empty(model.Resources);
            Assert.Empty(model.Parameters);
        }

        static Topology OneGatewayNoSites() => Specs.Plan("{ \"name\": \"lonely\", \"resourceGroup\": \"rg\", \"location\": \"westeurope\", " +
            "\"gateways\": [ { \"name\": \"vgw\", \"sku\": \"VpnGw2AZ\", \"generation\": \"Generation2\", \"vnetAddressPrefixes\": [\"10.1.0.0/16\"] } ] }");

        [Fact]
        public void ADeployedGatewayIsWatchedByItsResourceId()
        {
            var topology = Estate.Read(Estate.Hub());
            var model = MonitoringBuilder.Build(topology);
            var alerts = Alerts(model);
            Assert.Equal(topology.Connections.Count(), alerts.Count(a => a.Name.Contains("-tunnel-")));
            foreach (var alert in alerts)
                Assert.Equal(Estate.HubId, ((List<object>)((TemplateObject)alert.Body["properties"])["scopes"]).Single());
            var json = JsonDocument.Parse(ArmTemplateWriter.Write(model)).RootElement;
            Assert.Equal("2018-03-01", json.GetProperty("resources")[0].GetProperty("apiVersion").GetString());
            Assert.Equal("[parameters('actionGroupId')]", json.GetProperty("resources")[0].GetProperty("properties").GetProperty("actions")[0].GetProperty("actionGroupId").GetString());
        }

        [Fact]
        public void MonitoringTemplatesBuildWithTheBicepCliWithoutErrorsOrWarnings()
        {
            var bicep = WritersBicepTests.BicepPath();
            var dir = WritersBicepTests.TempDirectory();
            try
            {
                foreach (var row in ArticleTopologies.All())
                {
                    var topology = Specs.Plan((string)row[1]);
                    File.WriteAllText(Path.Combine(dir, row[0] + "-with-alerts.bicep"), BicepWriter.Write(WithMonitoring(topology)));
                    File.WriteAllText(Path.Combine(dir, row[0] + "-alerts.bicep"), BicepWriter.Write(MonitoringBuilder.Build(topology)));
                }
                File.WriteAllText(Path.Combine(dir, "deployed-alerts.bicep"), BicepWriter.Write(MonitoringBuilder.Build(Estate.Read(Estate.Hub()))));
                // The control: a threshold as text must be a type error, so silence means something.
                var control = BicepWriter.Write(MonitoringBuilder.Build(Specs.Plan(ArticleTopologies.DualRedundancy))).Replace("threshold: 1", "threshold: 'one'");
                File.WriteAllText(Path.Combine(dir, "control-mistyped.bicep"), control);
                var (_, output) = WritersBicepTests.Run(bicep, "build", "--pattern", Path.Combine(dir, "*.bicep"), "--outdir", Path.Combine(dir, "out"));
                var diagnostics = WritersBicepTests.Diagnostics(output);
                Assert.Contains(diagnostics, d => d.Contains("control-mistyped.bicep") && d.Contains("BCP036"));
                Assert.DoesNotContain(diagnostics, d => !d.Contains("control-mistyped.bicep"));
                Assert.Equal(12, Directory.GetFiles(Path.Combine(dir, "out"), "*.json").Length);
            }
            finally { Directory.Delete(dir, true); }
        }

        [Fact]
        public void MonitoringArmTemplatesDecompileAndBuildWithoutTypeWarnings()
        {
            var bicep = WritersBicepTests.BicepPath();
            var dir = WritersBicepTests.TempDirectory();
            try
            {
                File.WriteAllText(Path.Combine(dir, "dual.json"), ArmTemplateWriter.Write(WithMonitoring(Specs.Plan(ArticleTopologies.DualRedundancy))));
                File.WriteAllText(Path.Combine(dir, "deployed.json"), ArmTemplateWriter.Write(MonitoringBuilder.Build(Estate.Read(Estate.Hub()))));
                foreach (var name in new[] { "dual", "deployed" })
                {
                    var (code, output) = WritersBicepTests.Run(bicep, "decompile", Path.Combine(dir, name + ".json"), "--outfile", Path.Combine(dir, "decompiled", name + ".bicep"), "--force");
                    Assert.True(code == 0, output);
                }
                var (buildCode, buildOutput) = WritersBicepTests.Run(bicep, "build", "--pattern", Path.Combine(dir, "decompiled", "*.bicep"), "--outdir", Path.Combine(dir, "out"));
                Assert.True(buildCode == 0, buildOutput);
                var typeWarnings = WritersBicepTests.Diagnostics(buildOutput).Where(d => new[] { "BCP035", "BCP036", "BCP037", "BCP073", "BCP081", "BCP089" }.Any(d.Contains)).ToList();
                Assert.Empty(typeWarnings);
            }
            finally { Directory.Delete(dir, true); }
        }
    }
}
