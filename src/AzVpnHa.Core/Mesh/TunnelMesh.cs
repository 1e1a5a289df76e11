using System;
using System.Collections.Generic;
using AzVpnHa.Net;
using AzVpnHa.Rules;

namespace AzVpnHa.Mesh
{
    /// <summary>
    /// Computes the tunnels a graph implies. An IPsec connection has one tunnel per active Azure instance
    /// (1 active-standby, 2 active-active, both in the same connection: article, "Active-active Azure VPN gateway");
    /// a VNet-to-VNet link has one tunnel per pair of active instances (1, 2 or 4: article, VNet-to-VNet section).
    /// Tunnels come from structure (connections, active-active, instances), never from addresses, so a value set at
    /// deploy time changes no count.
    /// </summary>
    internal static class TunnelMesh
    {
        public static void Build(Topology topology)
        {
            bool deployed = topology.Origin == TopologyOrigin.Deployed;
            var tunnels = new List<Tunnel>(topology.Connections.Count * 2);
            foreach (var g in topology.Gateways) g.TunnelCount = 0;

            foreach (var c in topology.Connections)
            {
                c.TunnelCount = 0;
                if (c.ConnectionType != ConnectionType.IPsec) continue;
                var gateway = topology.FindGateway(c.VirtualNetworkGateway1);
                var lng = topology.FindLocalNetworkGateway(c.LocalNetworkGateway2);
                if (gateway == null || lng == null) continue;
                bool apipaPeer = IpAddressValue.TryParse(lng.BgpPeeringAddress, out var peer) && WellKnownRanges.IsApipa(peer);
                int active = Known.ActiveActive(gateway) && gateway.Instances.Count > 1 ? 2 : 1;
                foreach (var instance in ActiveInstances(gateway))
                {
                    tunnels.Add(new Tunnel
                    {
                        TopologyName = topology.Name,
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
                        // Unknown is not absent: a connection that enables BGP, with a peer address set at deploy time, is a BGP tunnel.
                        Bgp = Known.TunnelBgp(c, gateway, lng),
                        Target = c.Site ?? lng.Site,
                        Status = deployed ? ObservedStatus(c, instance.Index, active) : Planned,
                    });
                    c.TunnelCount++;
                    gateway.TunnelCount++;
                }
            }

            var linkStatus = deployed ? Vnet2VnetStatuses(topology) : null;
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
                            TopologyName = topology.Name,
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
                            Status = deployed ? LinkStatus(linkStatus, link, ActiveCount(a) * ActiveCount(b)) : Planned,
                        });
                        link.TunnelCount++;
                        a.TunnelCount++;
                        b.TunnelCount++;
                    }
                }
            }
            topology.Tunnels = tunnels.ToArray();
        }

        public const string Planned = "Planned";
        public const string Connected = "Connected";
        public const string NotConnected = "NotConnected";
        public const string Unknown = "Unknown";

        /// <summary>
        /// A deployed IPsec tunnel's state: the tunnelConnectionStatus rows mapped to its instance win; without them
        /// the whole connection's status decides only when it cannot be wrong (down means every tunnel is down; up with
        /// one tunnel means that tunnel is up). Missing data is Unknown, never down (arm-schema: no example carries rows).
        /// </summary>
        static string ObservedStatus(Connection c, int instance, int activeInstances)
        {
            bool any = false;
            foreach (var row in c.TunnelConnectionStatus)
            {
                if (row.Instance != instance) continue;
                if (row.IsConnected) return Connected;
                if (!string.Equals(row.ConnectionStatus, Unknown, StringComparison.OrdinalIgnoreCase)) any = true;
            }
            if (any) return NotConnected;
            return WholeConnection(c.ConnectionStatus, activeInstances);
        }

        static string WholeConnection(string status, int tunnels)
        {
            if (string.Equals(status, NotConnected, StringComparison.OrdinalIgnoreCase)
                || string.Equals(status, "Connecting", StringComparison.OrdinalIgnoreCase)) return NotConnected;
            if (string.Equals(status, Connected, StringComparison.OrdinalIgnoreCase) && tunnels == 1) return Connected;
            return Unknown;
        }

        /// <summary>A VNet-to-VNet tunnel is down when either side's connection is; up only when both are and it is the only tunnel.</summary>
        static string LinkStatus(Dictionary<string, string> statuses, VNetLink link, int tunnels)
        {
            statuses.TryGetValue(link.ConnectionAToB ?? "", out var a);
            statuses.TryGetValue(link.ConnectionBToA ?? "", out var b);
            var sa = WholeConnection(a, tunnels);
            var sb = WholeConnection(b, tunnels);
            if (sa == NotConnected || sb == NotConnected) return NotConnected;
            return sa == Connected && sb == Connected ? Connected : Unknown;
        }

        static Dictionary<string, string> Vnet2VnetStatuses(Topology topology)
        {
            var map = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
            foreach (var c in topology.Connections)
            {
                if (c.ConnectionType == ConnectionType.Vnet2Vnet && c.Name != null) map[c.Name] = c.ConnectionStatus;
            }
            return map;
        }

        static int ActiveCount(Gateway g) => Known.ActiveActive(g) && g.Instances.Count > 1 ? 2 : Math.Min(1, g.Instances.Count);

        /// <summary>Instances that carry tunnels: both when active-active, the first (the active one) otherwise.</summary>
        public static IEnumerable<GatewayInstance> ActiveInstances(Gateway gateway)
        {
            var instances = gateway.Instances;
            if (instances.Count == 0) yield break;
            yield return instances[0];
            if (Known.ActiveActive(gateway) && instances.Count > 1) yield return instances[1];
        }

        static string CustomAddress(Connection c, GatewayInstance instance)
        {
            foreach (var choice in c.GatewayCustomBgpIpAddresses)
            {
                if (choice.Instance == instance.Index) return choice.Address;
            }
            return instance.CustomBgpIpAddresses.Count > 0 ? instance.CustomBgpIpAddresses[0] : null;
        }
    }
}
