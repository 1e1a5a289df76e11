using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;

namespace AzVpnHa.Writers
{
    /// <summary>
    /// Property bags that bind to the Az.Network cmdlets by property name, derived from their parameter declarations
    /// (azure-powershell src/Network/Network, see tests/stand-ins/AzNetworkStandIns.psm1 for files and commits):
    /// <list type="bullet">
    /// <item>New-AzLocalNetworkGateway has two parameter sets and no default: exactly one of GatewayIpAddress or Fqdn
    /// must bind; AddressPrefix is ValidateNotNullOrEmpty, so an empty list is left out; the body throws unless Asn and
    /// BgpPeeringAddress come together.</item>
    /// <item>New-AzPublicIpAddress: Name, ResourceGroupName, Location, Sku, AllocationMethod (mandatory), Zone.</item>
    /// <item>New-AzVirtualNetworkGatewayConnection needs the PSVirtualNetworkGateway / PSLocalNetworkGateway objects Az
    /// returns, so connections are joined from caller-supplied objects. Each bag carries its own Name, ResourceGroupName
    /// and Location: piping a gateway object itself would bind the gateway's Name and Location as the connection's.
    /// A connection's custom IPsec/IKE policy binds to -IpsecPolicies (PSIpsecPolicy[], ValueFromPipelineByPropertyName).</item>
    /// </list>
    /// </summary>
    internal static class AzBinding
    {
        public static IReadOnlyList<AzParameters> PublicIpAddresses(Topology topology) =>
            topology.PublicIpAddresses.Select(PublicIpAddress).ToList();

        public static AzParameters PublicIpAddress(PublicIpAddress pip)
        {
            var p = new AzParameters("New-AzPublicIpAddress")
                .Add("Name", pip.Name)
                .Add("ResourceGroupName", pip.ResourceGroupName)
                .Add("Location", pip.Location)
                .Add("Sku", pip.Sku ?? "Standard")
                .Add("AllocationMethod", pip.AllocationMethod ?? "Static");
            if (pip.Zone != null && pip.Zone.Count > 0) p.Add("Zone", pip.Zone.ToArray());
            return p;
        }

        public static IReadOnlyList<AzParameters> LocalNetworkGateways(Topology topology) =>
            topology.LocalNetworkGateways.Select(LocalNetworkGateway).ToList();

        public static AzParameters LocalNetworkGateway(LocalNetworkGateway lng)
        {
            var p = new AzParameters("New-AzLocalNetworkGateway")
                .Add("Name", lng.Name)
                .Add("ResourceGroupName", lng.ResourceGroupName)
                .Add("Location", lng.Location);
            if (!string.IsNullOrEmpty(lng.GatewayIpAddress)) p.Add("GatewayIpAddress", lng.GatewayIpAddress);
            else if (!string.IsNullOrEmpty(lng.Fqdn)) p.Add("Fqdn", lng.Fqdn);
            else throw new InvalidOperationException($"Local network gateway '{lng.Name}' has neither a public IP nor an FQDN; New-AzLocalNetworkGateway needs one of them.");
            if (lng.AddressPrefix != null && lng.AddressPrefix.Count > 0) p.Add("AddressPrefix", lng.AddressPrefix.ToArray());
            if (lng.HasBgpSettings)
            {
                // The cmdlet declares Asn as uint: hand it that type so nothing is converted on the way.
                p.Add("Asn", checked((uint)lng.Asn.Value));
                p.Add("BgpPeeringAddress", lng.BgpPeeringAddress);
            }
            return p;
        }

        /// <summary>
        /// One bag per planned connection whose ends were supplied, for New-AzVirtualNetworkGatewayConnection.
        /// </summary>
        /// <param name="gateway">The Az gateway object for a gateway name, or null when the caller has none.</param>
        /// <param name="localNetworkGateway">The Az local network gateway object for a name, or null.</param>
        /// <param name="ipConfigurationId">The resource ID of a gateway's ipConfiguration (gateway name, instance index, ipConfiguration name).</param>
        /// <param name="sharedKey">The pre-shared key, passed through in memory only; null leaves SharedKey unbound.</param>
        /// <param name="missing">Receives the names of connections skipped because an end was not supplied.</param>
        public static IReadOnlyList<AzParameters> Connections(Topology topology, Func<string, object> gateway, Func<string, object> localNetworkGateway,
            Func<string, int, string, string> ipConfigurationId, string sharedKey, ICollection<string> missing = null)
        {
            var result = new List<AzParameters>(topology.Connections.Count);
            foreach (var c in topology.Connections)
            {
                var gw1 = gateway(c.VirtualNetworkGateway1);
                object remote = c.ConnectionType == ConnectionType.IPsec ? localNetworkGateway(c.LocalNetworkGateway2) : gateway(c.VirtualNetworkGateway2);
                if (gw1 == null || remote == null)
                {
                    missing?.Add(c.Name);
                    continue;
                }
                var p = new AzParameters("New-AzVirtualNetworkGatewayConnection")
                    .Add("Name", c.Name)
                    .Add("ResourceGroupName", c.ResourceGroupName)
                    .Add("Location", c.Location)
                    .Add("VirtualNetworkGateway1", gw1)
                    .Add(c.ConnectionType == ConnectionType.IPsec ? "LocalNetworkGateway2" : "VirtualNetworkGateway2", remote)
                    .Add("ConnectionType", c.ConnectionType.ToString())
                    .Add("EnableBgp", c.EnableBgp);
                if (sharedKey != null) p.Add("SharedKey", sharedKey);
                if (c.GatewayCustomBgpIpAddresses.Count > 0)
                {
                    // Hashtables convert to PSGatewayCustomBgpIpConfiguration (parameterless constructor, settable
                    // IpconfigurationId and CustomBgpIpAddress), the type New-AzGatewayCustomBgpIpConfigurationObject returns.
                    p.Add("GatewayCustomBgpIpAddress", c.GatewayCustomBgpIpAddresses.Select(choice => new Hashtable
                    {
                        { "IpconfigurationId", ipConfigurationId(c.VirtualNetworkGateway1, choice.Instance, choice.IpConfigurationName) },
                        { "CustomBgpIpAddress", choice.Address },
                    }).ToArray());
                }
                if (c.IpsecPolicy != null) p.Add("IpsecPolicies", new[] { IpsecPolicy(c.IpsecPolicy) });
                result.Add(p);
            }
            return result;
        }

        /// <summary>
        /// A connection's custom policy for -IpsecPolicies (PSIpsecPolicy[]): a hashtable with exactly PSIpsecPolicy's
        /// property names and types (azure-powershell src/Network/Network/Models/PSIpsecPolicy.cs, earlier
        /// src/ResourceManager/Network/Commands.Network/Models/PSIpsecPolicy.cs @ 9df9c1f4: int SALifeTimeSeconds,
        /// int SADataSizeKilobytes, string IpsecEncryption, IpsecIntegrity, IkeEncryption, IkeIntegrity, DhGroup, PfsGroup),
        /// which PowerShell converts to PSIpsecPolicy (parameterless constructor, settable properties), as
        /// New-AzIpsecPolicy would have made it. A connection without a policy gets no IpsecPolicies key at all.
        /// </summary>
        static Hashtable IpsecPolicy(IpsecPolicy policy) => new Hashtable
        {
            { "SALifeTimeSeconds", policy.SaLifeTimeSeconds },
            // PSIpsecPolicy's int; ARM and New-AzIpsecPolicy allow at most 2147483647 (int.MaxValue) too.
            { "SADataSizeKilobytes", checked((int)policy.SaDataSizeKilobytes) },
            { "IpsecEncryption", policy.IpsecEncryption },
            { "IpsecIntegrity", policy.IpsecIntegrity },
            { "IkeEncryption", policy.IkeEncryption },
            { "IkeIntegrity", policy.IkeIntegrity },
            { "DhGroup", policy.DhGroup },
            { "PfsGroup", policy.PfsGroup },
        };
    }
}
