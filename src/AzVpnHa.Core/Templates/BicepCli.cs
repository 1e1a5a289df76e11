using System;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Text;

namespace AzVpnHa.Templates
{
    /// <summary>
    /// Compiles .bicep and .bicepparam files to ARM JSON with the Bicep CLI, found by the environment variable
    /// AZVPNHA_BICEP (the executable's path), else on PATH, else where the Azure CLI installs it (~/.azure/bin).
    /// Nothing is downloaded: without the CLI the error says how to get it.
    /// </summary>
    internal static class BicepCli
    {
        public const string EnvironmentVariable = "AZVPNHA_BICEP";
        const int TimeoutMilliseconds = 120000;

        public static string HowToGet =>
            "Install the Bicep CLI (az bicep install, winget install Microsoft.Bicep, or https://learn.microsoft.com/azure/azure-resource-manager/bicep/install) " +
            "and put it on PATH or set " + EnvironmentVariable + " to its path; or compile first with 'bicep build' and give the .json.";

        /// <summary>The CLI's path, or null when it is not installed.</summary>
        public static string Find()
        {
            var configured = Environment.GetEnvironmentVariable(EnvironmentVariable);
            if (!string.IsNullOrEmpty(configured)) return File.Exists(configured) ? configured : null;
            bool windows = Path.DirectorySeparatorChar == '\\';
            var names = windows ? new[] { "bicep.exe" } : new[] { "bicep" };
            var path = Environment.GetEnvironmentVariable("PATH") ?? "";
            foreach (var dir in path.Split(Path.PathSeparator).Where(d => d.Length > 0))
                foreach (var name in names)
                {
                    string candidate;
                    try { candidate = Path.Combine(dir.Trim('"'), name); } catch (ArgumentException) { continue; }
                    if (File.Exists(candidate)) return candidate;
                }
            var home = Environment.GetFolderPath(Environment.SpecialFolder.UserProfile);
            var azure = Path.Combine(home, ".azure", "bin", names[0]);
            return File.Exists(azure) ? azure : null;
        }

        /// <summary>The ARM JSON of a .bicep file.</summary>
        public static string Build(string file) => Run("build", file);

        /// <summary>The ARM parameters JSON and the template JSON of a .bicepparam file.</summary>
        public static string BuildParams(string file) => Run("build-params", file);

        static string Run(string verb, string file)
        {
            var cli = Find() ?? throw new InvalidOperationException("'" + file + "' is Bicep and the Bicep CLI was not found. " + HowToGet);
            var info = new ProcessStartInfo(cli, verb + " " + Quote(Path.GetFullPath(file)) + " --stdout")
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
                CreateNoWindow = true,
                StandardOutputEncoding = Encoding.UTF8,
            };
            // An audit is offline: no telemetry unless the user asked for it.
            if (Environment.GetEnvironmentVariable("BICEP_TELEMETRY_ENABLED") == null) info.EnvironmentVariables["BICEP_TELEMETRY_ENABLED"] = "false";
            using (var p = Process.Start(info))
            {
                var stderr = p.StandardError.ReadToEndAsync();
                var stdout = p.StandardOutput.ReadToEndAsync();
                if (!p.WaitForExit(TimeoutMilliseconds))
                {
                    try { p.Kill(); } catch (InvalidOperationException) { }
                    throw new InvalidOperationException("The Bicep CLI did not finish compiling '" + file + "' in " + TimeoutMilliseconds / 1000 + " s.");
                }
                if (p.ExitCode != 0)
                {
                    var errors = stderr.Result.Split('\n').Where(l => l.Contains(": Error ")).Select(l => l.Trim()).Take(5).ToList();
                    throw new InvalidOperationException("The Bicep CLI could not compile '" + file + "': " + (errors.Count > 0 ? string.Join(" ", errors) : stderr.Result.Trim()));
                }
                return stdout.Result;
            }
        }

        static string Quote(string s) => "\"" + s.Replace("\"", "\\\"") + "\"";
    }
}
