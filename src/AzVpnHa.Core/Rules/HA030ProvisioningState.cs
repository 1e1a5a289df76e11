using System;
using System.Collections.Generic;
using AzVpnHa.Catalog;

namespace AzVpnHa.Rules
{
    /// <summary>
    /// A deployed resource not in provisioningState Succeeded is mid-change (Updating) or broken (Failed): its fields
    /// may be stale - the comma bgpPeeringAddress lags ipConfigurations during a mode change (arm-schema §2, CLI recording) -
    /// so the reader leaves it out and this rule says what was not judged.
    /// </summary>
    internal sealed class HA030ProvisioningState : Rule
    {
        public HA030ProvisioningState() : base("HA030", "Deployed resources are in provisioningState Succeeded", Severity.Warning, Sources.ChangeActiveActive) { }

        internal override void Evaluate(RuleContext context, ICollection<Finding> findings)
        {
            if (context.Topology.Origin != TopologyOrigin.Deployed) return;
            foreach (var r in context.Topology.UnjudgedResources)
            {
                bool failed = string.Equals(r.ProvisioningState, "Failed", StringComparison.OrdinalIgnoreCase);
                findings.Add(Finding(r.Name,
                    $"{r.Kind} '{r.Name}' is in provisioningState {r.ProvisioningState}; it and what depends on it were not judged.",
                    failed ? "Find the failed operation in the activity log and re-apply the resource (a PUT of its current definition); then audit again."
                           : "Wait for the operation to finish (an active-active change can take 30-45 minutes), then audit again.",
                    failed ? Severity.Error : Severity.Warning));
            }
        }
    }
}
