using System;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using System.Security;
using AzVpnHa.Host;
using AzVpnHa.Writers;

namespace AzVpnHa.Commands
{
    /// <summary>
    /// Joins a plan with the gateway and local network gateway objects Az returned into one object per planned
    /// connection that pipes into New-AzVirtualNetworkGatewayConnection. Each object carries the connection's own Name,
    /// ResourceGroupName and Location: piping a gateway object itself would bind the gateway's name as the connection's.
    /// A connection with a custom IPsec/IKE policy also carries IpsecPolicies (see AzBinding).
    /// </summary>
    [Cmdlet(VerbsData.ConvertTo, "HaAzConnection", DefaultParameterSetName = TopologySet)]
    [OutputType(typeof(AzConnectionParameter))]
    public sealed class ConvertToHaAzConnectionCommand : TopologyInputCommand
    {
        /// <summary>The PSVirtualNetworkGateway objects (Get-/New-AzVirtualNetworkGateway), matched to the plan by Name.</summary>
        [Parameter(Mandatory = true)]
        [ValidateNotNullOrEmpty]
        public object[] VirtualNetworkGateway { get; set; }

        /// <summary>The PSLocalNetworkGateway objects (Get-/New-AzLocalNetworkGateway), matched by Name.</summary>
        [Parameter]
        public object[] LocalNetworkGateway { get; set; }

        [Parameter(Mandatory = true)]
        public SecureString SharedKey { get; set; }

        [Parameter]
        public SwitchParameter Force { get; set; }

        protected override void Process(Topology topology)
        {
            if (!ExportGuard.Allow(this, topology, Force)) return;
            var gateways = ByName(VirtualNetworkGateway);
            var lngs = ByName(LocalNetworkGateway);
            var missing = new List<string>();
            var key = new System.Net.NetworkCredential(string.Empty, SharedKey).Password;
            var bags = AzBinding.Connections(topology,
                name => name != null && gateways.TryGetValue(name, out var g) ? g : null,
                name => name != null && lngs.TryGetValue(name, out var l) ? l : null,
                (gateway, index, ipConfiguration) => AzObjects.IpConfigurationId(gateways[gateway], index, ipConfiguration),
                key, missing);
            foreach (var bag in bags)
            {
                // An unknown policy is not "no policy": say that the object leaves it out rather than let Azure's default apply silently.
                var c = topology.Connections.FirstOrDefault(x => x.Name == bag["Name"] as string);
                if (c != null && c.IsUnknown(nameof(Connection.IpsecPolicy)))
                    WriteWarning($"Connection '{c.Name}': its IPsec/IKE policy is {c.UnknownValues[nameof(Connection.IpsecPolicy)]}, so the object carries no IpsecPolicies; add -IpsecPolicies (New-AzIpsecPolicy) yourself or the connection gets Azure's default policy.");
                WriteObject(AzObjects.ToConnection(bag));
            }
            foreach (var name in missing)
                WriteError(new ErrorRecord(new ItemNotFoundException($"Connection '{name}' was skipped: its gateway or local network gateway object was not given."),
                    ErrorIds.ConnectionEndMissing, ErrorCategory.ObjectNotFound, name));
        }

        static Dictionary<string, object> ByName(object[] objects)
        {
            var map = new Dictionary<string, object>(StringComparer.OrdinalIgnoreCase);
            if (objects == null) return map;
            foreach (var o in objects)
            {
                if (AzObjects.Property(o, "Name") is string name && !map.ContainsKey(name)) map.Add(name, o);
            }
            return map;
        }
    }
}
