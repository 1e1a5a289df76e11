using System.Management.Automation;
using AzVpnHa.Host;
using AzVpnHa.Writers;

namespace AzVpnHa.Commands
{
    /// <summary>
    /// Emits one object per planned public IP or local network gateway whose properties bind by name to
    /// New-AzPublicIpAddress / New-AzLocalNetworkGateway: only the parameters that must bind (one of GatewayIpAddress or
    /// Fqdn, no empty AddressPrefix, Asn with BgpPeeringAddress or neither).
    /// </summary>
    [Cmdlet(VerbsData.ConvertTo, "HaAzParameter", DefaultParameterSetName = TopologySet)]
    [OutputType("AzVpnHa.AzParameter")]
    public sealed class ConvertToHaAzParameterCommand : TopologyInputCommand
    {
        [Parameter(Mandatory = true)]
        [ValidateSet("PublicIpAddress", "LocalNetworkGateway")]
        public string ResourceType { get; set; }

        /// <summary>Convert even when the topology has Error findings.</summary>
        [Parameter]
        public SwitchParameter Force { get; set; }

        protected override void Process(Topology topology)
        {
            if (!ExportGuard.Allow(this, topology, Force)) return;
            var bags = string.Equals(ResourceType, "PublicIpAddress", System.StringComparison.OrdinalIgnoreCase)
                ? AzBinding.PublicIpAddresses(topology)
                : AzBinding.LocalNetworkGateways(topology);
            foreach (var bag in bags) WriteObject(AzObjects.ToPSObject(bag, "AzVpnHa.AzParameter"));
        }
    }
}
