using System;
using System.Collections.Generic;
using System.Linq;
using AzVpnHa.Catalog;

namespace AzVpnHa.Rules
{
    /// <summary>
    /// Article, active-active: "each Azure gateway instance will have a unique public IP address". ARM rejects an
    /// active-active gateway without exactly two ipConfigurations (ActiveActiveGatewayMustHaveExactlyTwoIpConfigurations)
    /// and a bgpPeeringAddresses count other than 1 (active-standby) or 2 (active-active) (BgpPeeringAddressesCountNotCorrect).
    /// </summary>
    internal sealed class HA011ActiveActiveInstances : Rule
    {
        public HA011ActiveActiveInstances() : base("HA011", "Active-active has two instances with distinct public IPs and BGP addresses", Severity.Error, Sources.ArticleActiveActive) { }

        internal override void Evaluate(RuleContext context, ICollection<Finding> findings)
        {
            foreach (var gateway in context.Topology.Gateways)
            {
                // A mode set at deploy time (a template's parameter without a value) decides how many instances there are: not judged.
                if (gateway.IsUnknown(nameof(Gateway.ActiveActive))) continue;
                int expected = gateway.ActiveActive ? 2 : 1;
                var instances = gateway.Instances;
                if (instances.Count != expected)
                {
                    findings.Add(Finding(gateway.Name,
                        $"Gateway '{gateway.Name}' is {(gateway.ActiveActive ? "active-active" : "active-standby")} but has {instances.Count} instance configuration(s); it needs {expected}.",
                        gateway.ActiveActive ? "Give an active-active gateway two ipConfigurations, each with its own Standard static public IP."
                                             : "Give an active-standby gateway one ipConfiguration, or set activeActive to true."));
                    continue;
                }
                if (!gateway.ActiveActive) continue;

                Distinct(gateway, instances.Select(i => i.PublicIpAddress), "public IP address", findings);
                Distinct(gateway, instances.Select(i => i.PublicIpName), "public IP resource", findings);
                if (gateway.EnableBgp)
                {
                    var known = instances.Count(i => i.BgpPeeringAddress != null);
                    if (known == 1)
                        findings.Add(Finding(gateway.Name, $"Active-active gateway '{gateway.Name}' has a BGP peering address on one instance only; it needs one per instance.",
                            "Give each instance its own default BGP address (bgpSettings.bgpPeeringAddresses has two entries)."));
                    Distinct(gateway, instances.Select(i => i.BgpPeeringAddress), "BGP peering address", findings);
                }
            }
        }

        void Distinct(Gateway gateway, IEnumerable<string> values, string what, ICollection<Finding> findings)
        {
            var known = values.Where(v => v != null).ToList();
            if (known.Count == 2 && string.Equals(known[0], known[1], StringComparison.OrdinalIgnoreCase))
                findings.Add(Finding(gateway.Name, $"Both instances of active-active gateway '{gateway.Name}' use the same {what} {known[0]}.",
                    $"Give each instance its own {what}."));
        }
    }
}
