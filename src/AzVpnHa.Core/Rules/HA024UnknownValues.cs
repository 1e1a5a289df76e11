using System;
using System.Collections.Generic;
using System.Linq;
using AzVpnHa.Catalog;

namespace AzVpnHa.Rules
{
    /// <summary>
    /// Issue 10 item 3: a value set at deploy time (reference(), list*(), a parameter without a default) is neither
    /// absent nor wrong, so no rule errs on it. Where such a value decided a rule, this rule says once which value it
    /// is, where it comes from and which rules left it unjudged. It runs after every other rule (last in RuleSet).
    /// </summary>
    internal sealed class HA024UnknownValues : Rule
    {
        static readonly Dictionary<string, string> Words = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            { nameof(LocalNetworkGateway.BgpPeeringAddress), "BGP peer address" },
            { nameof(LocalNetworkGateway.Asn), "BGP ASN" },
            { nameof(LocalNetworkGateway.GatewayIpAddress), "public IP address" },
            { nameof(LocalNetworkGateway.Fqdn), "FQDN" },
            { nameof(LocalNetworkGateway.AddressPrefix), "address space" },
            { nameof(Gateway.VNetAddressPrefixes), "VNet address prefixes" },
            { nameof(Gateway.EnableBgp), "BGP setting" },
            { nameof(Gateway.ActiveActive), "active-active setting" },
            { nameof(Gateway.Sku), "SKU" },
            { nameof(Gateway.VpnType), "VPN type" },
            { nameof(Gateway.Generation), "generation" },
            { nameof(PublicIpAddress.Zone), "zones" },
        };

        public HA024UnknownValues() : base("HA024", "Values set at deploy time are named, not judged", Severity.Information, Sources.ArmTemplateFunctions) { }

        internal override void Evaluate(RuleContext context, ICollection<Finding> findings)
        {
            foreach (var value in context.UnjudgedValues.GroupBy(v => (v.Resource, v.Property)))
            {
                var resource = value.Key.Resource;
                var rules = value.Select(v => v.Rule.Id).Distinct().OrderBy(id => id, StringComparer.Ordinal).ToList();
                resource.UnknownValues.TryGetValue(value.Key.Property, out var reason);
                findings.Add(Finding(resource.Name,
                    $"The {Describe(value.Key.Property)} of {Kind(resource)} '{resource.Name}' is not known offline ({reason ?? "set at deploy time"}): {string.Join(", ", rules)} did not judge it.",
                    "Nothing to change for this alone; after deployment, audit the estate (Get-HaVpnTopology -ResourceGroupName ...) so these rules see the value."));
            }
        }

        static string Describe(string property) => Words.TryGetValue(property, out var words) ? words : property;

        static string Kind(AzureResource resource) =>
            resource is LocalNetworkGateway ? "local network gateway" :
            resource is Gateway ? "gateway" :
            resource is Connection ? "connection" :
            resource is PublicIpAddress ? "public IP" : "resource";
    }
}
