using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using AzVpnHa.Readers;
using AzVpnHa.Templates;
using AzVpnHa.Writers;
using Xunit;

namespace AzVpnHa.Tests
{
    /// <summary>
    /// .bicep and .bicepparam input through the Bicep CLI (the NuGet package the test project restores, given by
    /// AZVPNHA_BICEP as a user would), and the error without it.
    /// </summary>
    [Collection(BicepCollection.Name)]
    public class TemplateBicepInputTests
    {
        static string Cli()
        {
            var root = Environment.GetEnvironmentVariable("NUGET_PACKAGES");
            if (string.IsNullOrEmpty(root)) root = Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".nuget", "packages");
            var path = Path.Combine(root, "azure.bicep.commandline.linux-x64", "0.49.2", "tools", "bicep");
            Assert.True(File.Exists(path), "Bicep CLI not found at " + path + " (restore the test project).");
            if (!OperatingSystem.IsWindows())
            {
                var mode = File.GetUnixFileMode(path);
                if ((mode & UnixFileMode.UserExecute) == 0) File.SetUnixFileMode(path, mode | UnixFileMode.UserExecute);
            }
            return path;
        }

        static T WithCli<T>(string cli, Func<T> body)
        {
            var before = Environment.GetEnvironmentVariable(BicepCli.EnvironmentVariable);
            Environment.SetEnvironmentVariable(BicepCli.EnvironmentVariable, cli);
            try { return body(); }
            finally { Environment.SetEnvironmentVariable(BicepCli.EnvironmentVariable, before); }
        }

        static Topology Read(string file, IDictionary<string, object> parameters = null)
        {
            var (tree, source) = TemplateInput.Read(file, parameters);
            var reader = new EstateReader();
            reader.AddTemplate(tree, source);
            return reader.Read();
        }

        [Fact]
        public void ABicepFileWithModulesInALoopReadsWithParameterValues()
        {
            var t = WithCli(Cli(), () => Read(TemplateDeploymentTests.FixturePath("main.bicep"), new Dictionary<string, object> { ["gatewayName"] = "vgw-from-object", ["activeActive"] = true }));
            var g = Assert.Single(t.Gateways);
            Assert.Equal("vgw-from-object", g.Name);
            Assert.True(g.ActiveActive);
            Assert.Equal(new[] { "lng-fw1", "lng-fw2" }, t.LocalNetworkGateways.Select(l => l.Name));
            Assert.Equal(TopologyKind.DualRedundancy, t.Kind);
            Assert.Equal(4, t.TunnelCount);
        }

        [Fact]
        public void ABicepparamFileGivesTheTemplateAndItsValues()
        {
            var t = WithCli(Cli(), () => Read(TemplateDeploymentTests.FixturePath("main.bicepparam")));
            Assert.Equal("vgw-bicep", Assert.Single(t.Gateways).Name);
            Assert.Equal(4, t.TunnelCount);
            // As -TemplateParameterFile for the .bicep it uses.
            var values = WithCli(Cli(), () => TemplateInput.ReadParameterFile(TemplateDeploymentTests.FixturePath("main.bicepparam")));
            Assert.Equal("vgw-bicep", values["gatewayName"]);
        }

        [Fact]
        public void WithoutTheCliTheErrorSaysHowToGetIt()
        {
            var missing = Path.Combine(Path.GetTempPath(), "no-such-bicep-" + Guid.NewGuid().ToString("N"));
            var e = Assert.Throws<Spec.SpecException>(() => WithCli(missing, () => TemplateInput.Read(TemplateDeploymentTests.FixturePath("main.bicep"), null)));
            Assert.Equal(TemplateInputCodes.BicepNotFound, e.Code);
            Assert.Contains("az bicep install", e.Errors[0].Fix);
            Assert.Contains(BicepCli.EnvironmentVariable, e.Errors[0].Fix);
        }

        /// <summary>
        /// The oracle: `bicep snapshot` runs ARM's own template engine offline and predicts every resource a .bicepparam
        /// deploys. Each value it evaluated (uniqueString, guid, cidr, lambdas, string and array functions, copy loops,
        /// modules) must be what the evaluator gives; values it leaves as expressions (ids that need the subscription) are skipped.
        /// </summary>
        [Fact]
        public void TheEvaluatorAgreesWithArmsOwnEngineOnEveryValueItPredicts()
        {
            var cli = Cli();
            var dir = Path.Combine(Path.GetTempPath(), "azvpnha-oracle-" + Guid.NewGuid().ToString("N"));
            Directory.CreateDirectory(Path.Combine(dir, "modules"));
            try
            {
                foreach (var f in new[] { "oracle.bicep", "oracle.bicepparam", Path.Combine("modules", "site.bicep") })
                    File.Copy(TemplateDeploymentTests.FixturePath(f), Path.Combine(dir, f));
                var info = new System.Diagnostics.ProcessStartInfo(cli) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
                info.ArgumentList.Add("snapshot");
                info.ArgumentList.Add(Path.Combine(dir, "oracle.bicepparam"));
                info.Environment["BICEP_TELEMETRY_ENABLED"] = "false";
                info.RedirectStandardOutput = false;
                using (var p = System.Diagnostics.Process.Start(info))
                {
                    var err = p.StandardError.ReadToEnd();
                    p.WaitForExit();
                    Assert.True(p.ExitCode == 0, err);
                }
                var snapshot = (IDictionary<string, object>)Tree.JsonTree.Parse(File.ReadAllText(Path.Combine(dir, "oracle.snapshot.json")));
                var predicted = ((System.Collections.IList)snapshot["predictedResources"]).Cast<IDictionary<string, object>>().ToList();
                Assert.Equal(8, predicted.Count);

                var (tree, source) = WithCli(cli, () => TemplateInput.Read(Path.Combine(dir, "oracle.bicepparam"), null));
                var (ours, _) = TemplateDeployment.Deploy((IDictionary<string, object>)tree, source.Parameters, source.Directory, source.Name);
                int compared = 0;
                foreach (var expected in predicted)
                {
                    var actual = ours.SingleOrDefault(r => (string)r["type"] == (string)expected["type"] && (string)r["name"] == (string)expected["name"]);
                    Assert.True(actual != null, "not deployed by the evaluator: " + expected["type"] + " " + expected["name"]);
                    foreach (var member in new[] { "location", "sku", "tags", "properties" })
                        if (expected.TryGetValue(member, out var value)) compared += Compare(value, actual[member], expected["name"] + "." + member);
                }
                Assert.True(compared >= 90, "only " + compared + " values compared");
            }
            finally { Directory.Delete(dir, true); }
        }

        /// <summary>Compares what the engine evaluated; a string it left as "[...]" is an expression it could not evaluate offline.</summary>
        static int Compare(object expected, object actual, string path)
        {
            switch (expected)
            {
                case string s when s.StartsWith("[", StringComparison.Ordinal): return 0;
                case IDictionary<string, object> o:
                    var a = Assert.IsAssignableFrom<IDictionary<string, object>>(actual);
                    return o.Sum(pair => Compare(pair.Value, a.TryGetValue(pair.Key, out var v) ? v : "(missing)", path + "." + pair.Key));
                case System.Collections.IList list:
                    var l = Assert.IsAssignableFrom<System.Collections.IList>(actual);
                    Assert.True(list.Count == l.Count, path + ": " + list.Count + " items expected, " + l.Count + " read");
                    return Enumerable.Range(0, list.Count).Sum(i => Compare(list[i], l[i], path + "[" + i + "]"));
                default:
                    Assert.True(Equals(expected, actual), path + ": ARM gives '" + expected + "', the evaluator '" + actual + "'");
                    return 1;
            }
        }

        [Fact]
        public void RandomValidSpecsExportedAsBicepReadBackTheSame()
        {
            var cli = Cli();
            var dir = Path.Combine(Path.GetTempPath(), "azvpnha-random-bicep-" + Guid.NewGuid().ToString("N"));
            Directory.CreateDirectory(dir);
            try
            {
                var random = new Random(11);
                var planned = new List<Topology>();
                for (int n = 0; n < 12; n++)
                {
                    planned.Add(Specs.Plan(ExportRoundTripTests.RandomSpec(random, n)));
                    File.WriteAllText(Path.Combine(dir, "random" + n + ".bicep"), BicepWriter.Write(planned[n]));
                }
                // One compiler start for all of them (each start costs seconds on two shared cores).
                var info = new System.Diagnostics.ProcessStartInfo(cli) { RedirectStandardError = true, UseShellExecute = false };
                foreach (var a in new[] { "build", "--pattern", Path.Combine(dir, "*.bicep"), "--outdir", Path.Combine(dir, "out") }) info.ArgumentList.Add(a);
                info.Environment["BICEP_TELEMETRY_ENABLED"] = "false";
                using (var p = System.Diagnostics.Process.Start(info))
                {
                    var err = p.StandardError.ReadToEnd();
                    p.WaitForExit();
                    Assert.True(p.ExitCode == 0, err);
                }
                for (int n = 0; n < planned.Count; n++)
                {
                    var reader = new EstateReader();
                    reader.AddTemplate(Tree.JsonTree.Parse(File.ReadAllText(Path.Combine(dir, "out", "random" + n + ".json"))), new TemplateSource { Name = "random" + n + ".json" });
                    Assert.Equal(ExportRoundTripTests.Describe(planned[n]), ExportRoundTripTests.Describe(reader.Read()));
                }
            }
            finally { Directory.Delete(dir, true); }
        }

        [Fact]
        public void EveryExampleExportedAsBicepReadsBackTheSame()
        {
            var cli = Cli();
            var dir = Path.Combine(Path.GetTempPath(), "azvpnha-roundtrip-" + Guid.NewGuid().ToString("N"));
            Directory.CreateDirectory(dir);
            try
            {
                foreach (var name in ExampleTests.Names)
                {
                    var planned = Specs.Plan(ExampleTests.Read(name));
                    var file = Path.Combine(dir, name + ".bicep");
                    File.WriteAllText(file, BicepWriter.Write(planned));
                    var back = WithCli(cli, () => Read(file));
                    Assert.Equal(ExportRoundTripTests.Describe(planned), ExportRoundTripTests.Describe(back));
                }
            }
            finally { Directory.Delete(dir, true); }
        }
    }
}
