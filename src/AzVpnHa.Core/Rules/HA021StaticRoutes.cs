using System.Collections.Generic;
using AzVpnHa.Catalog;

namespace AzVpnHa.Rules
{
    /// <summary>bgp-howto: with BGP an LNG address space may be empty; without BGP its prefixes are the only routes, so they are mandatory.</summary>
    internal sealed class HA021StaticRoutes : Rule
    {
        public HA021StaticRoutes() : base("HA021", "A local network gateway without BGP has an address space", Severity.Error, Sources.BgpHowTo) { }

        internal override void Evaluate(RuleContext context, ICollection<Finding> findings)
        {
            foreach (var gateway in context.Topology.Gateways)
            {
                foreach (var (connection, lng) in context.IpsecConnections(gateway))
                {
                    if (connection.EnableBgp || lng.AddressPrefix.Count > 0) continue;
                    if (Unknown(context, lng, nameof(LocalNetworkGateway.AddressPrefix)) | Unknown(context, connection, nameof(Connection.EnableBgp))) continue;
                    findings.Add(Finding(lng.Name, $"Local network gateway '{lng.Name}' has no address prefixes and its connection has no BGP: Azure has no route to the site.",
                        "Add the site's address prefixes, or enable BGP on the device and the connection."));
                }
            }
        }
    }
}
