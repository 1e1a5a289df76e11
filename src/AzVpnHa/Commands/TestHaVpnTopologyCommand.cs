using System;
using System.Linq;
using System.Management.Automation;
using AzVpnHa.Host;
using AzVpnHa.Rules;

namespace AzVpnHa.Commands
{
    /// <summary>Checks a topology against every HA rule and writes the findings.</summary>
    [Cmdlet(VerbsDiagnostic.Test, "HaVpnTopology", DefaultParameterSetName = TopologySet)]
    [OutputType(typeof(Finding))]
    [OutputType(typeof(bool))]
    public sealed class TestHaVpnTopologyCommand : TopologyInputCommand
    {
        /// <summary>Return only $true (no Error finding) or $false.</summary>
        [Parameter]
        public SwitchParameter Quiet { get; set; }

        /// <summary>Rule ids to leave out, e.g. HA020.</summary>
        [Parameter]
        [ArgumentCompleter(typeof(RuleIdCompleter))]
        public string[] ExcludeRule { get; set; }

        /// <summary>The date retirement findings are written against; today by default.</summary>
        [Parameter]
        public DateTime AsOf { get; set; } = DateTime.Today;

        /// <summary>A file that cannot be read cannot be shown free of Error findings.</summary>
        protected override void Unreadable(string path)
        {
            if (Quiet) WriteObject(false);
        }

        protected override void Process(Topology topology)
        {
            WriteVerbose($"Evaluating {RuleSet.All.Count} rules on '{topology.Name}'.");
            var findings = RuleSet.Evaluate(topology, AsOf)
                .Where(f => ExcludeRule == null || !ExcludeRule.Contains(f.RuleId, StringComparer.OrdinalIgnoreCase))
                .ToList();
            WriteVerbose($"'{topology.Name}': {findings.Count(f => f.Severity == Severity.Error)} error(s), " +
                         $"{findings.Count(f => f.Severity == Severity.Warning)} warning(s), {findings.Count(f => f.Severity == Severity.Information)} note(s).");
            if (Quiet) WriteObject(findings.All(f => f.Severity != Severity.Error));
            else foreach (var finding in findings) WriteObject(finding);
        }
    }
}
