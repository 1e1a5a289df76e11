using System.IO;
using System.Management.Automation;
using AzVpnHa.Writers;

namespace AzVpnHa.Commands
{
    /// <summary>Writes a topology as one idempotent Az PowerShell deployment script.</summary>
    [Cmdlet(VerbsData.Export, "HaVpnScript", DefaultParameterSetName = TopologySet, SupportsShouldProcess = true)]
    [OutputType(typeof(string), typeof(FileInfo))]
    public sealed class ExportHaVpnScriptCommand : ExportCommand
    {
        protected override string Render(Topology topology) => AzScriptWriter.Write(topology);
    }
}
