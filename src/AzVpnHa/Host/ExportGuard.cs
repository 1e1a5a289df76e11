using System;
using System.Linq;
using System.Management.Automation;
using AzVpnHa.Rules;

namespace AzVpnHa.Host
{
    /// <summary>
    /// Exporters turn a plan into Azure resources, so a plan with Error findings (what Azure would reject, or what the
    /// guidance says must not be) is refused with the findings listed, unless the user insists with -Force.
    /// </summary>
    internal static class ExportGuard
    {
        public const string ErrorId = ErrorIds.TopologyHasErrors;

        /// <summary>True when the topology may be exported; otherwise writes a non-terminating error listing the findings.</summary>
        public static bool Allow(PSCmdlet cmdlet, Topology topology, bool force)
        {
            var errors = RuleSet.Evaluate(topology, DateTime.Today).Where(f => f.Severity == Severity.Error).ToList();
            if (errors.Count == 0) return true;
            var list = string.Join(Environment.NewLine, errors.Select(f => "  " + f.RuleId + " " + f.Target + ": " + f.Message));
            if (force)
            {
                cmdlet.WriteWarning($"Exporting '{topology.Name}' despite {errors.Count} Error finding(s) (-Force):{Environment.NewLine}{list}");
                return true;
            }
            var message = $"Topology '{topology.Name}' has {errors.Count} Error finding(s); fix them (see Test-HaVpnTopology) or use -Force:{Environment.NewLine}{list}";
            cmdlet.WriteError(new ErrorRecord(new InvalidOperationException(message), ErrorId, ErrorCategory.InvalidData, topology)
            {
                ErrorDetails = new ErrorDetails(message) { RecommendedAction = errors[0].Recommendation },
            });
            return false;
        }
    }
}
