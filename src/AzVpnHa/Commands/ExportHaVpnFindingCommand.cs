using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Management.Automation;
using AzVpnHa.Host;
using AzVpnHa.Writers;

namespace AzVpnHa.Commands
{
    /// <summary>
    /// Writes findings from Test-HaVpnTopology where pipelines and dashboards read them: SARIF 2.1.0 for code scanning,
    /// JUnit XML for CI test reports, CSV or JSON. All findings of the pipeline go into one report.
    /// </summary>
    [Cmdlet(VerbsData.Export, "HaVpnFinding", SupportsShouldProcess = true)]
    [OutputType(typeof(string), typeof(FileInfo))]
    public sealed class ExportHaVpnFindingCommand : PSCmdlet
    {
        [Parameter(Mandatory = true, ValueFromPipeline = true)]
        public Finding InputObject { get; set; }

        [Parameter(Mandatory = true, Position = 0)]
        [ValidateSet("Sarif", "JUnit", "Csv", "Json")]
        public string Format { get; set; }

        /// <summary>The topology the finding is about: bound from the finding's TopologyName.</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        public string TopologyName { get; set; }

        /// <summary>The file the topology was read from: bound from the finding's FilePath.</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        [Alias("FilePath", "Path")]
        public string TopologyPath { get; set; }

        [Parameter]
        [Alias("OutputPath")]
        public string OutFile { get; set; }

        [Parameter]
        public SwitchParameter NoClobber { get; set; }

        readonly List<ReportedFinding> _findings = new List<ReportedFinding>();

        protected override void ProcessRecord()
        {
            if (InputObject == null) return;
            _findings.Add(new ReportedFinding(InputObject, TopologyName, RepositoryPath(TopologyPath)));
        }

        /// <summary>
        /// A file under the current location as a relative path with forward slashes (CI runs from the repository root, and
        /// code scanning places results by repository-relative paths); any other path as it is.
        /// </summary>
        string RepositoryPath(string path)
        {
            if (string.IsNullOrEmpty(path) || !System.IO.Path.IsPathRooted(path)) return path;
            var here = SessionState.Path.CurrentFileSystemLocation.ProviderPath.TrimEnd('/', '\\') + System.IO.Path.DirectorySeparatorChar;
            var comparison = System.IO.Path.DirectorySeparatorChar == '\\' ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;
            return path.StartsWith(here, comparison) ? path.Substring(here.Length).Replace('\\', '/') : path;
        }

        protected override void EndProcessing()
        {
            WriteVerbose($"Exporting {_findings.Count} finding(s) as {Format}.");
            string text;
            switch (Format.ToLowerInvariant())
            {
                case "sarif": text = SarifWriter.Write(_findings, ModuleVersion(), ReadFiles()); break;
                case "junit": text = JUnitWriter.Write(_findings, DateTime.UtcNow, Environment.MachineName); break;
                case "csv": text = FindingCsvWriter.Write(_findings); break;
                default: text = FindingJsonWriter.Write(_findings); break;
            }
            if (string.IsNullOrEmpty(OutFile))
            {
                WriteObject(text);
                return;
            }
            var file = AzVpnHa.Host.OutFile.Write(this, OutFile, NoClobber, $"Export-HaVpnFinding: write {_findings.Count} finding(s) as {Format}", text);
            if (file != null) WriteObject(file);
        }

        string ModuleVersion() => MyInvocation.MyCommand.Module?.Version?.ToString() ?? typeof(Finding).Assembly.GetName().Version.ToString(3);

        /// <summary>The findings' files that exist, so SARIF results can point at the line naming their target.</summary>
        Dictionary<string, string> ReadFiles()
        {
            var texts = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var path in _findings.Select(f => f.Path).Where(p => !string.IsNullOrEmpty(p)).Distinct())
            {
                try
                {
                    var resolved = GetUnresolvedProviderPathFromPSPath(path);
                    if (File.Exists(resolved)) texts[path] = File.ReadAllText(resolved);
                }
                catch (Exception e) when (e is IOException || e is UnauthorizedAccessException || e is NotSupportedException || e is ArgumentException || e is ItemNotFoundException)
                {
                    WriteVerbose($"Could not read '{path}' ({e.Message}); its SARIF results name the file without a line.");
                }
            }
            return texts;
        }
    }
}
