using System;
using System.Collections.Generic;

namespace AzVpnHa
{
    /// <summary>
    /// What every Azure resource in the graph has: identity, where it lives, its provisioning state, and the
    /// values that exist but are not known offline. A value is known (set), absent (null, not in UnknownValues)
    /// or unknown (in UnknownValues, with the reason); rules never judge an unknown value as absent or wrong.
    /// </summary>
    public abstract class AzureResource
    {
        static readonly IReadOnlyDictionary<string, string> NoUnknowns = new Dictionary<string, string>(0);
        Dictionary<string, string> _unknown;

        public string Name { get; internal set; }
        public string ResourceGroupName { get; internal set; }
        public string Location { get; internal set; }
        /// <summary>ARM provisioningState for a deployed resource; null for a plan.</summary>
        public string ProvisioningState { get; internal set; }
        /// <summary>The ARM resource id of a deployed resource; null for a plan.</summary>
        public string ResourceId { get; internal set; }

        /// <summary>Property name to why it is unknown ("set at deploy time by parameter 'x'"); empty when all is known.</summary>
        public IReadOnlyDictionary<string, string> UnknownValues => _unknown ?? NoUnknowns;

        /// <summary>True when the property (by its name, e.g. nameof(LocalNetworkGateway.BgpPeeringAddress)) is set at deploy time.</summary>
        public bool IsUnknown(string property) => _unknown != null && _unknown.ContainsKey(property);

        internal void MarkUnknown(string property, string reason)
        {
            _unknown = _unknown ?? new Dictionary<string, string>(StringComparer.Ordinal);
            _unknown[property] = reason ?? "set at deploy time";
        }

        public override string ToString() => Name;
    }
}
