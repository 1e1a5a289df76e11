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
