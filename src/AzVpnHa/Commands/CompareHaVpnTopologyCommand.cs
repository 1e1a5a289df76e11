using System.IO;
using System.Linq;
using System.Management.Automation;
using AzVpnHa.Compare;
using AzVpnHa.Host;

namespace AzVpnHa.Commands
{
    /// <summary>
    /// What differs between two topologies, resource by resource, with what each difference changes for availability
    /// and what applying the reference (a plan) to the difference (what is deployed) costs.
    /// </summary>
    [Cmdlet(VerbsData.Compare, "HaVpnTopology", SupportsShouldProcess = true)]
    [OutputType(typeof(TopologyDifference))]
    [OutputType(typeof(FileInfo))]
    public sealed class CompareHaVpnTopologyCommand : PSCmdlet
    {
        /// <summary>What should be: usually a plan (New-HaVpnTopology).</summary>
        [Parameter(Mandatory = true, Position = 0)]
        [Alias("Reference", "Plan")]
        public Topology ReferenceTopology { get; set; }

        /// <summary>What is: usually a deployed topology (Get-HaVpnTopology), from the pipeline.</summary>
        [Parameter(Mandatory = true, Position = 1, ValueFromPipeline = true)]
        [Alias("Difference", "InputObject")]
        public Topology DifferenceTopology { get; set; }

        /// <summary>Write the differences as a Markdown document to this file and return the file.</summary>
        [Parameter]
        [Alias("OutputPath")]
        public string OutFile { get; set; }

        /// <summary>With -OutFile: do not overwrite an existing file.</summary>
        [Parameter]
        public SwitchParameter NoClobber { get; set; }

        protected override void ProcessRecord()
        {
            var differences = TopologyComparer.Compare(ReferenceTopology, DifferenceTopology);
            WriteVerbose($"'{ReferenceTopology.Name}' vs '{DifferenceTopology.Name}': {differences.Count} difference(s), {differences.Count(d => d.Disruptive)} disruptive.");
            if (string.IsNullOrEmpty(OutFile))
            {
                foreach (var difference in differences) WriteObject(difference);
                return;
            }
            var file = AzVpnHa.Host.OutFile.Write(this, OutFile, NoClobber,
                $"{MyInvocation.MyCommand.Name}: write the differences between '{ReferenceTopology.Name}' and '{DifferenceTopology.Name}'",
                DifferenceMarkdown.Write(ReferenceTopology, DifferenceTopology, differences));
            if (file != null) WriteObject(file);
        }
    }
}
