using System.IO;
using System.Management.Automation;
using AzVpnHa.Writers;

namespace AzVpnHa.Commands
{
    /// <summary>Writes a topology as one ARM JSON template or one Bicep file.</summary>
    [Cmdlet(VerbsData.Export, "HaVpnTemplate", DefaultParameterSetName = TopologySet, SupportsShouldProcess = true)]
    [OutputType(typeof(string), typeof(FileInfo))]
    public sealed class ExportHaVpnTemplateCommand : ExportCommand
    {
        [Parameter]
        [ValidateSet("Bicep", "Arm")]
        public string Format { get; set; } = "Bicep";

        protected override string Render(Topology topology) =>
            string.Equals(Format, "Arm", System.StringComparison.OrdinalIgnoreCase) ? ArmTemplateWriter.Write(topology) : BicepWriter.Write(topology);
    }
}
