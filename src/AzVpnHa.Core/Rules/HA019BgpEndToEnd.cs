using System.Collections.Generic;
using AzVpnHa.Catalog;

namespace AzVpnHa.Rules
{
    /// <summary>configure-bgp: BGP on a connection needs BGP on the gateway (an ASN) and an ASN and peer address on the local network gateway.</summary>
    internal sealed class HA019BgpEndToEnd : Rule
    {
        public HA019BgpEndToEnd() : base("HA019", "A BGP connection has BGP configured at both ends", Severity.Error, Sources.ConfigureBgp) { }

        internal override void Evaluate(RuleContext context, ICollection<Finding> findings)
        {
            foreach (var gateway in context.Topology.Gateways)
            {
                foreach (var (connection, lng) in context.IpsecConnections(gateway))
                {
                    var connectionBgp = Known.ConnectionBgp(connection);
                    if (connectionBgp == false) continue;
                    var gatewayBgp = Known.GatewayBgp(gateway);
                    var lngBgp = Known.LngBgp(lng);
                    if (connectionBgp == null)
                    {
                        // Only worth naming when it would matter: an end that is known to lack BGP.
                        if (gatewayBgp == false || lngBgp == false) Unknown(context, connection, nameof(Connection.EnableBgp));
                        continue;
                    }
                    if (gatewayBgp == false)
                        findings.Add(Finding(connection.Name, $"Connection '{connection.Name}' enables BGP but gateway '{gateway.Name}' has no BGP.",
                            "Give the gateway an ASN, or disable BGP on the connection."));
                    else if (gatewayBgp == null) Unknown(context, gateway, nameof(Gateway.EnableBgp), nameof(Gateway.Asn));
                    if (lngBgp == false)
                        findings.Add(Finding(connection.Name, $"Connection '{connection.Name}' enables BGP but local network gateway '{lng.Name}' has no ASN and BGP peer address.",
                            "Set the device's asn and bgpPeeringAddress."));
                    else if (lngBgp == null) Unknown(context, lng, nameof(LocalNetworkGateway.Asn), nameof(LocalNetworkGateway.BgpPeeringAddress));
                }
            }
        }
    }
}
