using System;
using System.IO;
using System.Management.Automation;
using AzVpnHa.Writers;

namespace AzVpnHa.Commands
{
    /// <summary>Writes a topology as one ARM JSON template or one Bicep file, with or without its monitoring alerts, or the alerts alone.</summary>
    [Cmdlet(VerbsData.Export, "HaVpnTemplate", DefaultParameterSetName = TopologySet, SupportsShouldProcess = true)]
    [OutputType(typeof(string), typeof(FileInfo))]
    public sealed class ExportHaVpnTemplateCommand : ExportCommand
    {
        [Parameter]
        [ValidateSet("Bicep", "Arm", "MonitoringBicep", "MonitoringArm")]
        public string Format { get; set; } = "Bicep";

        /// <summary>Add Azure Monitor alert rules for every tunnel, BGP peer and gateway to the template.</summary>
        [Parameter]
        public SwitchParameter IncludeMonitoring { get; set; }

        bool AlertsOnly => Format.StartsWith("Monitoring", StringComparison.OrdinalIgnoreCase);

        /// <summary>Alerts alone create no network resource: they are exported for any topology, Error findings or not.</summary>
        protected override bool RefuseErrors => !AlertsOnly;

        protected override string Render(Topology topology)
        {
            bool arm = Format.EndsWith("Arm", StringComparison.OrdinalIgnoreCase);
            TemplateModel model;
            if (AlertsOnly) model = MonitoringBuilder.Build(topology);
            else
            {
                model = TemplateBuilder.Build(topology);
                if (IncludeMonitoring) MonitoringBuilder.AddTo(model, topology);
            }
            if (AlertsOnly || IncludeMonitoring) WriteVerbose($"'{topology.Name}': {model.Resources.FindAll(r => r.Type == MonitoringBuilder.MetricAlertType).Count} alert rule(s).");
            return arm ? ArmTemplateWriter.Write(model) : BicepWriter.Write(model);
        }
    }
}
