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

        /// <summary>Told when a -Path entry could not be read (its error is already written); Test-HaVpnTopology -Quiet answers $false.</summary>
        protected virtual void Unreadable(string path) { }

        protected override void ProcessRecord()
        {
            if (ParameterSetName == TopologySet)
            {
                Process(Topology);
                return;
            }
            TopologyLoader.ForEachFile(this, Path, file =>
            {
                Topology topology;
                try { topology = TopologyLoader.FromFile(this, file); }
                catch (SpecException e)
                {
                    WriteError(Errors.FromSpec(e, file));
                    Unreadable(file);
                    return;
                }
                Process(topology);
            }, Unreadable);
        }
    }
}
