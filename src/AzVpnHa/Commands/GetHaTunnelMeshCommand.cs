using System.Management.Automation;

namespace AzVpnHa.Commands
{
    /// <summary>Lists the IPsec tunnels a topology implies (or, for a deployed one, has).</summary>
    [Cmdlet(VerbsCommon.Get, "HaTunnelMesh", DefaultParameterSetName = TopologySet)]
    [OutputType(typeof(Tunnel))]
    public sealed class GetHaTunnelMeshCommand : TopologyInputCommand
    {
        protected override void Process(Topology topology)
        {
            WriteVerbose($"'{topology.Name}' has {topology.TunnelCount} tunnel(s).");
            foreach (var tunnel in topology.Tunnels) WriteObject(tunnel);
        }
    }
}
