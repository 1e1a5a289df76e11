using System.Collections.Generic;
using AzVpnHa.Catalog;

namespace AzVpnHa.Rules
{
    /// <summary>
    /// Article, multiple devices, requirement 3, and dual redundancy: "BGP is required to allow the two connections
    /// to the same on-premises network" - on the gateway, every LNG and every connection of the site.
    /// </summary>
    internal sealed class HA002BgpRequiredForMultipleDevices : Rule
    {
        public HA002BgpRequiredForMultipleDevices() : base("HA002", "BGP on the gateway, local network gateways and connections of a site with several devices", Severity.Error, Sources.ArticleMultipleDevices) { }

        internal override void Evaluate(RuleContext context, ICollection<Finding> findings)
        {
            foreach (var site in context.Topology.Sites)
            {
                var connections = context.SiteConnections(site);
                if (connections.Count < 2) continue;
                var gateway = context.Topology.FindGateway(site.Gateway);
                string why = $"Site '{site.Name}' has {connections.Count} devices; several devices for one network need BGP (article: multiple on-premises VPN devices).";
                // A value set at deploy time is not absent: it is named by HA024, never reported here.
                if (gateway != null && Known.GatewayBgp(gateway) == false)
                    findings.Add(Finding(gateway.Name, why + $" Gateway '{gateway.Name}' has no BGP.", "Give the gateway an ASN (e.g. 65515) to enable BGP."));
                else if (gateway != null) Unknown(context, gateway, nameof(Gateway.EnableBgp), nameof(Gateway.Asn));
                foreach (var (connection, lng) in connections)
                {
                    var lngBgp = Known.LngBgp(lng);
                    if (lngBgp == false)
                        findings.Add(Finding(lng.Name, why + $" Local network gateway '{lng.Name}' has no BGP ASN and peer address.",
                            "Set the device's asn and bgpPeeringAddress (a unique address per device)."));
                    else if (lngBgp == null) Unknown(context, lng, nameof(LocalNetworkGateway.Asn), nameof(LocalNetworkGateway.BgpPeeringAddress));
                    var connectionBgp = Known.ConnectionBgp(connection);
                    if (connectionBgp == false)
                        findings.Add(Finding(connection.Name, why + $" Connection '{connection.Name}' does not enable BGP.", "Enable BGP on the connection (enableBgp: true)."));
                    else if (connectionBgp == null) Unknown(context, connection, nameof(Connection.EnableBgp));
                }
            }
        }
    }
}
