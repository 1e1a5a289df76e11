using System.Collections.Generic;
using System.Management.Automation;
using AzVpnHa.Host;
using AzVpnHa.Spec;

namespace AzVpnHa.Commands
{
    /// <summary>
    /// Base of the cmdlets that work on a topology: one from the pipeline (New-HaVpnTopology's output), or spec
    /// files by -Path (also bound from Get-ChildItem's FullName). A bad file is reported and the rest go on.
    /// </summary>
    public abstract class TopologyInputCommand : PSCmdlet
    {
        protected const string TopologySet = "Topology";
        protected const string PathSet = "Path";

        [Parameter(Mandatory = true, ValueFromPipeline = true, ParameterSetName = TopologySet)]
        [Alias("InputObject")]
        public Topology Topology { get; set; }

        [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true, ParameterSetName = PathSet)]
        [Alias("FullName")]
        public string[] Path { get; set; }

        protected abstract void Process(Topology topology);

        protected override void ProcessRecord()
        {
            if (ParameterSetName == TopologySet)
            {
                Process(Topology);
                return;
            }
            var errors = new List<ErrorRecord>();
            for (int i = 0; i < Path.Length; i++)
            {
                foreach (var file in TopologyLoader.ResolveFiles(this, Path[i], errors))
                {
                    if (Path.Length > 1)
                        WriteProgress(new ProgressRecord(1, MyInvocation.MyCommand.Name, "Reading " + file) { PercentComplete = 100 * i / Path.Length });
                    Topology topology;
                    try { topology = TopologyLoader.FromFile(this, file); }
                    catch (SpecException e) { WriteError(Errors.FromSpec(e, file)); continue; }
                    Process(topology);
                }
            }
            foreach (var error in errors) WriteError(error);
            if (Path.Length > 1) WriteProgress(new ProgressRecord(1, MyInvocation.MyCommand.Name, "Done") { RecordType = ProgressRecordType.Completed });
        }
    }
}
