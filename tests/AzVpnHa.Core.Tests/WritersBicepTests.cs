using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using AzVpnHa.Writers;
using Xunit;

namespace AzVpnHa.Tests
{
    /// <summary>The Bicep runs share one collection so they do not compete for the two cores with each other.</summary>
    [CollectionDefinition(Name, DisableParallelization = true)]
    public sealed class BicepCollection
    {
        public const string Name = "Bicep CLI";
    }

    /// <summary>
    /// Proves the exported templates against the real contract: the Bicep compiler (Azure.Bicep.CommandLine 0.49.2,
    /// fetched by the test project's PackageDownload) type-checks every Microsoft.Network property offline.
    /// </summary>
    [Collection(BicepCollection.Name)]
    public class WritersBicepTests
    {
        const string BicepVersion = "0.49.2";

        internal static string BicepPath()
        {
            var root = Environment.GetEnvironmentVariable("NUGET_PACKAGES");
            if (string.IsNullOrEmpty(root)) root = Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".nuget", "packages");
            var path = Path.Combine(root, "azure.bicep.commandline.linux-x64", BicepVersion, "tools", "bicep");
            Assert.True(File.Exists(path), "Bicep CLI not found at " + path + " (restore the test project: it downloads Azure.Bicep.CommandLine.linux-x64).");
            if (!OperatingSystem.IsWindows())
            {
                var mode = File.GetUnixFileMode(path);
                if ((mode & UnixFileMode.UserExecute) == 0) File.SetUnixFileMode(path, mode | UnixFileMode.UserExecute);
            }
            return path;
        }

        internal static (int ExitCode, string Output) Run(string bicep, params string[] args)
        {
            var info = new ProcessStartInfo(bicep) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
            foreach (var a in args) info.ArgumentList.Add(a);
            // No telemetry or update checks: the tests run offline.
            info.Environment["BICEP_TELEMETRY_ENABLED"] = "false";
            using var p = Process.Start(info);
            var stderr = p.StandardError.ReadToEndAsync();
            var stdout = p.StandardOutput.ReadToEnd();
            p.WaitForExit();
            return (p.ExitCode, stdout + stderr.Result);
        }

        internal static string TempDirectory()
        {
            var dir = Path.Combine(Path.GetTempPath(), "azvpnha-bicep-" + Guid.NewGuid().ToString("N"));
            Directory.CreateDirectory(dir);
            return dir;
        }

        internal static List<string> Diagnostics(string output) =>
            output.Split('\n').Where(l => l.Contains(" : Warning ") || l.Contains(" : Error ")).Select(l => l.Trim()).ToList();

        [Fact]
        public void EveryArticleTopologyBuildsAsBicepWithoutErrorsOrWarnings()
        {
            var bicep = BicepPath();
            var dir = TempDirectory();
            try
            {
                foreach (var row in ArticleTopologies.All())
                    File.WriteAllText(Path.Combine(dir, (string)row[0] + ".bicep"), BicepWriter.Write(Specs.Plan((string)row[1])));
                // A control built in the same run (one cold start): a mistyped property must be reported, so silence means something.
                var control = BicepWriter.Write(Specs.Plan(ArticleTopologies.ActiveActive)).Replace("activeActive: true", "activeActive: 'yes'");
                File.WriteAllText(Path.Combine(dir, "control-mistyped.bicep"), control);
                var (_, output) = Run(bicep, "build", "--pattern", Path.Combine(dir, "*.bicep"), "--outdir", Path.Combine(dir, "out"));
                var diagnostics = Diagnostics(output);
                Assert.Contains(diagnostics, d => d.Contains("control-mistyped.bicep") && d.Contains("BCP036"));
                Assert.DoesNotContain(diagnostics, d => !d.Contains("control-mistyped.bicep"));
                Assert.Equal(6, Directory.GetFiles(Path.Combine(dir, "out"), "*.json").Length);
            }
            finally { Directory.Delete(dir, true); }
        }

        [Fact]
        public void EveryArticleArmTemplateDecompilesAndBuildsWithoutTypeWarnings()
        {
            var bicep = BicepPath();
            var dir = TempDirectory();
            try
            {
                var names = ArticleTopologies.All().Select(r => (string)r[0]).ToArray();
                foreach (var row in ArticleTopologies.All())
                    File.WriteAllText(Path.Combine(dir, (string)row[0] + ".json"), ArmTemplateWriter.Write(Specs.Plan((string)row[1])));
                // Two at a time: the machine has two cores and each decompile is a cold start.
                var results = new (int, string)[names.Length];
                Parallel.For(0, names.Length, new ParallelOptions { MaxDegreeOfParallelism = 2 }, i =>
                    results[i] = Run(bicep, "decompile", Path.Combine(dir, names[i] + ".json"), "--outfile", Path.Combine(dir, "decompiled", names[i] + ".bicep"), "--force"));
                foreach (var (code, output) in results)
                {
                    Assert.True(code == 0, output);
                    Assert.Empty(Diagnostics(output));
                }
                var (buildCode, buildOutput) = Run(bicep, "build", "--pattern", Path.Combine(dir, "decompiled", "*.bicep"), "--outdir", Path.Combine(dir, "out"));
                Assert.True(buildCode == 0, buildOutput);
                // Type findings (missing/unknown/mistyped properties, unknown API versions) would say the template breaks the contract.
                var typeWarnings = Diagnostics(buildOutput).Where(d => new[] { "BCP035", "BCP036", "BCP037", "BCP073", "BCP081", "BCP089" }.Any(d.Contains)).ToList();
                Assert.Empty(typeWarnings);
                Assert.DoesNotContain(Diagnostics(buildOutput), d => d.Contains(" : Error "));
            }
            finally { Directory.Delete(dir, true); }
        }
    }
}
