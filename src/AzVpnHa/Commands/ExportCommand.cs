using System.Management.Automation;
using AzVpnHa.Host;

namespace AzVpnHa.Commands
{
    /// <summary>
    /// Base of the exporters: refuse plans with Error findings unless -Force, then write text to the pipeline or a
    /// file. Writing a file honours -WhatIf and -Confirm (the exporters declare SupportsShouldProcess), like Out-File.
    /// </summary>
    public abstract class ExportCommand : TopologyInputCommand
    {
        /// <summary>Write to this file instead of the pipeline; the FileInfo is returned.</summary>
        [Parameter]
        [Alias("OutputPath")]
        public string OutFile { get; set; }

        /// <summary>With -OutFile: do not overwrite an existing file (OutFileExists error instead).</summary>
        [Parameter]
        public SwitchParameter NoClobber { get; set; }

        /// <summary>Export even when the topology has Error findings (they are listed as a warning). Not about overwriting: see -NoClobber.</summary>
        [Parameter]
        public SwitchParameter Force { get; set; }

        protected abstract string Render(Topology topology);

        /// <summary>False for an export that deploys no network resource (monitoring alerts): Error findings do not stop it.</summary>
        protected virtual bool RefuseErrors => true;

        protected override void Process(Topology topology)
        {
            if (RefuseErrors && !ExportGuard.Allow(this, topology, Force)) return;
            var text = Render(topology);
            if (string.IsNullOrEmpty(OutFile))
            {
                WriteObject(text);
                return;
            }
            var file = AzVpnHa.Host.OutFile.Write(this, OutFile, NoClobber, $"{MyInvocation.MyCommand.Name}: write the export of '{topology.Name}'", text);
            if (file != null) WriteObject(file);
        }
    }
}
