using System;
using System.Collections.Generic;
using System.IO;
using System.Management.Automation;
using AzVpnHa.Host;
using AzVpnHa.Writers.Report;

namespace AzVpnHa.Commands
{
    /// <summary>
    /// One self-contained document per topology for a change board or a runbook: header, a picture of the tunnel mesh,
    /// the findings by severity, the failover summary and per-fault table, and the resources. Unlike the exporters it
    /// documents a topology with Error findings too: that is what a review needs to see.
    /// </summary>
    [Cmdlet(VerbsData.Export, "HaVpnReport", DefaultParameterSetName = TopologySet, SupportsShouldProcess = true)]
    [OutputType(typeof(string), typeof(FileInfo))]
    public sealed class ExportHaVpnReportCommand : TopologyInputCommand
    {
        /// <summary>Html (one XHTML file with the mesh as SVG) or Markdown (the mesh as a Mermaid flowchart).</summary>
        [Parameter]
        [ValidateSet("Html", "Markdown")]
        public string Format { get; set; } = "Html";

        /// <summary>The file to write, or an existing folder to write &lt;topology&gt;.html or .md into; the FileInfo is returned.</summary>
        [Parameter]
        [Alias("OutputPath")]
        public string OutFile { get; set; }

        /// <summary>With -OutFile: do not overwrite an existing file.</summary>
        [Parameter]
        public SwitchParameter NoClobber { get; set; }

        readonly HashSet<string> _written = new HashSet<string>(StringComparer.OrdinalIgnoreCase);

        bool IsHtml => string.Equals(Format, "Html", StringComparison.OrdinalIgnoreCase);

        protected override void Process(Topology topology)
        {
            WriteVerbose($"'{topology.Name}': evaluating rules and single faults for the report.");
            var version = MyInvocation.MyCommand.Module?.Version?.ToString() ?? typeof(Topology).Assembly.GetName().Version.ToString();
            var content = ReportContent.Create(topology, DateTime.UtcNow, version);
            var text = IsHtml ? HtmlReportWriter.Write(content) : MarkdownReportWriter.Write(content);
            if (string.IsNullOrEmpty(OutFile))
            {
                WriteObject(text);
                return;
            }

            var path = GetUnresolvedProviderPathFromPSPath(OutFile);
            if (Directory.Exists(path)) path = System.IO.Path.Combine(path, SafeFileName(topology.Name) + (IsHtml ? ".html" : ".md"));
            if (!_written.Add(path))
            {
                WriteError(new ErrorRecord(new IOException($"'{path}' already holds the report of another topology of this pipeline."), ErrorIds.OutFileUsedTwice, ErrorCategory.ResourceExists, path)
                {
                    ErrorDetails = new ErrorDetails($"'{path}' already holds the report of another topology of this pipeline.")
                    {
                        RecommendedAction = "Give -OutFile an existing folder: each topology is written there as <name>" + (IsHtml ? ".html" : ".md") + ".",
                    },
                });
                return;
            }
            var file = AzVpnHa.Host.OutFile.Write(this, path, NoClobber, $"{MyInvocation.MyCommand.Name}: write the report of '{topology.Name}'", text);
            if (file != null) WriteObject(file);
        }

        static string SafeFileName(string name)
        {
            var safe = (name ?? "topology").ToCharArray();
            var invalid = System.IO.Path.GetInvalidFileNameChars();
            for (int i = 0; i < safe.Length; i++) if (Array.IndexOf(invalid, safe[i]) >= 0) safe[i] = '_';
            return new string(safe);
        }
    }
}
