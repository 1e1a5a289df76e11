using System.Collections.Generic;
using AzVpnHa.Net;

namespace AzVpnHa.Mesh
{
    /// <summary>
    /// Computes the tunnels a graph implies. An IPsec connection has one tunnel per active Azure instance
    /// (1 active-standby, 2 active-active, both in the same connection: article, "Active-active Azure VPN gateway");
    /// a VNet-to-VNet link has one tunnel per pair of active instances (1, 2 or 4: article, VNet-to-VNet section).
    /// </summary>
    public static class TunnelMesh
    {
        public static void Build(Topology topology)
        {
            var tunnels = new List<Tunnel>(topology.Connections.Length * 2);
            foreach (var g in topology.Gateways) g.TunnelCount = 0;

            foreach (var c in topology.Connections)
            {
                c.TunnelCount = 0;
                if (c.ConnectionType != ConnectionType.IPsec) continue;
                var gateway = topology.FindGateway(c.VirtualNetworkGateway1);
                var lng = topology.FindLocalNetworkGateway(c.LocalNetworkGateway2);
                if (gateway == null || lng == null) continue;
                bool apipaPeer = IpAddressValue.TryParse(lng.BgpPeeringAddress, out var peer) && WellKnownRanges.IsApipa(peer);
                foreach (var instance in ActiveInstances(gateway))
                {
                    tunnels.Add(new Tunnel
                    {
                        Connection = c.Name,
                        LocalNetworkGateway = lng.Name,
                        AzureGateway = gateway.Name,
                        AzureInstance = instance.Index,
                        AzurePublicIp = instance.PublicIpAddress,
                        AzureBgpAddress = apipaPeer ? CustomAddress(c, instance) : instance.BgpPeeringAddress,
                        RemoteName = lng.Device ?? lng.Name,
                        RemotePublicIp = lng.Endpoint,
                        RemoteBgpAddress = lng.BgpPeeringAddress,
                        RemoteAsn = lng.Asn,
                        Bgp = c.EnableBgp && gateway.EnableBgp && lng.HasBgpSettings,
                        Target = c.Site ?? lng.Site,
                    });
                    c.TunnelCount++;
                    gateway.TunnelCount++;
                }
            }

            foreach (var link in topology.VNetLinks)
            {
                link.TunnelCount = 0;
                var a = topology.FindGateway(link.GatewayA);
                var b = topology.FindGateway(link.GatewayB);
                // A VNet-to-VNet link comes up only with a connection on each gateway (article: "one connection for each gateway").
                if (a == null || b == null || link.ConnectionAToB == null || link.ConnectionBToA == null) continue;
                foreach (var ia in ActiveInstances(a))
                {
                    foreach (var ib in ActiveInstances(b))
                    {
                        tunnels.Add(new Tunnel
                        {
                            Connection = link.ConnectionAToB,
                            AzureGateway = a.Name,
                            AzureInstance = ia.Index,
                            AzurePublicIp = ia.PublicIpAddress,
                            AzureBgpAddress = ia.BgpPeeringAddress,
                            RemoteName = ib.ToString(),
                            RemoteGateway = b.Name,
                            RemoteInstance = ib.Index,
                            RemotePublicIp = ib.PublicIpAddress,
                            RemoteBgpAddress = ib.BgpPeeringAddress,
                            RemoteAsn = b.Asn,
                            Bgp = link.EnableBgp && a.EnableBgp && b.EnableBgp,
                            Target = link.Name,
                        });
                        link.TunnelCount++;
                        a.TunnelCount++;
                        b.TunnelCount++;
                    }
                }
            }
            topology.Tunnels = tunnels.ToArray();
        }

        /// <summary>Instances that carry tunnels: both when active-active, the first (the active one) otherwise.</summary>
        public static IEnumerable<GatewayInstance> ActiveInstances(Gateway gateway)
        {
            var instances = gateway.Instances;
            if (instances.Length == 0) yield break;
            yield return instances[0];
            if (gateway.ActiveActive && instances.Length > 1) yield return instances[1];
        }

        static string CustomAddress(Connection c, GatewayInstance instance)
        {
            foreach (var choice in c.GatewayCustomBgpIpAddresses)
            {
                if (choice.Instance == instance.Index) return choice.Address;
            }
            return instance.CustomBgpIpAddresses.Length > 0 ? instance.CustomBgpIpAddresses[0] : null;
        }
    }
}
