using System;
using System.Collections.Generic;
using System.Linq;

namespace AzVpnHa.Writers.Report
{
    /// <summary>
    /// The tunnel mesh as a picture, independent of how it is drawn: Azure gateways with both their instances on the
    /// left, devices (grouped by site) and peer gateway instances on the right, one edge per tunnel with its state.
    /// The HTML report draws it as SVG, the Markdown report as a Mermaid flowchart.
    /// </summary>
    internal sealed class MeshPicture
    {
        public sealed class Node
        {
            public string Id { get; internal set; }
            /// <summary>First line: the instance ("instance 0") or the device's name.</summary>
            public string Label { get; internal set; }
            /// <summary>Second line: the public IP or "(at deploy)", "standby" for an unused active-standby instance.</summary>
            public string Detail { get; internal set; }
            /// <summary>The tunnel-less standby instance of an active-standby gateway, drawn dashed.</summary>
            public bool Standby { get; internal set; }
        }

        public sealed class Group
        {
            public string Id { get; internal set; }
            /// <summary>"vgw-hub (VpnGw2AZ, active-active)" or "site hq".</summary>
            public string Label { get; internal set; }
            public List<Node> Nodes { get; } = new List<Node>();
        }

        public sealed class Edge
        {
            public Node From { get; internal set; }
            public Node To { get; internal set; }
            public string Connection { get; internal set; }
            /// <summary>Planned, Connected, NotConnected or Unknown.</summary>
            public string Status { get; internal set; }
            public bool Bgp { get; internal set; }
        }

        public List<Group> AzureSide { get; } = new List<Group>();
        public List<Group> RemoteSide { get; } = new List<Group>();
        public List<Edge> Edges { get; } = new List<Edge>();

        public static MeshPicture Create(Topology topology)
        {
            var picture = new MeshPicture();
            var instances = new Dictionary<string, Node>(StringComparer.OrdinalIgnoreCase);
            var remotes = new Dictionary<string, Node>(StringComparer.OrdinalIgnoreCase);
            int next = 0;
            string NewId(string prefix) => prefix + (next++);

            // Gateways that carry tunnels from this side; peer gateways of VNet-to-VNet links are drawn on the right.
            var peerOnly = new HashSet<string>(topology.Tunnels.Where(t => t.RemoteGateway != null).Select(t => t.RemoteGateway), StringComparer.OrdinalIgnoreCase);
            peerOnly.ExceptWith(topology.Tunnels.Select(t => t.AzureGateway));
            foreach (var gateway in topology.Gateways)
            {
                var group = new Group { Id = NewId("g"), Label = gateway.Name + " (" + gateway.Sku + ", " + (gateway.ActiveActive ? "active-active" : "active-standby") + ")" };
                var known = gateway.Instances.ToList();
                for (int i = 0; i < 2; i++)
                {
                    var instance = known.FirstOrDefault(x => x.Index == i);
                    var node = new Node
                    {
                        Id = NewId("n"),
                        Label = "instance " + i,
                        Detail = !gateway.ActiveActive && i == 1 ? "standby" : instance?.PublicIpAddress ?? "(at deploy)",
                        Standby = !gateway.ActiveActive && i == 1,
                    };
                    group.Nodes.Add(node);
                    instances[gateway.Name + "[" + i + "]"] = node;
                }
                (peerOnly.Contains(gateway.Name) ? picture.RemoteSide : picture.AzureSide).Add(group);
            }

            // Devices by site, every local network gateway even without a tunnel.
            foreach (var site in topology.Sites)
            {
                var group = new Group { Id = NewId("s"), Label = "site " + site.Name };
                foreach (var lngName in site.LocalNetworkGateways)
                {
                    var lng = topology.FindLocalNetworkGateway(lngName);
                    if (lng == null) continue;
                    var node = new Node { Id = NewId("d"), Label = lng.Device ?? lng.Name, Detail = lng.Endpoint ?? "(at deploy)" };
                    group.Nodes.Add(node);
                    remotes[lng.Name] = node;
                }
                if (group.Nodes.Count > 0) picture.RemoteSide.Add(group);
            }
            var loose = new Group { Id = NewId("s"), Label = "other devices" };
            foreach (var lng in topology.LocalNetworkGateways.Where(l => !remotes.ContainsKey(l.Name)))
            {
                var node = new Node { Id = NewId("d"), Label = lng.Device ?? lng.Name, Detail = lng.Endpoint ?? "(at deploy)" };
                loose.Nodes.Add(node);
                remotes[lng.Name] = node;
            }
            if (loose.Nodes.Count > 0) picture.RemoteSide.Add(loose);

            foreach (var tunnel in topology.Tunnels)
            {
                if (!instances.TryGetValue(tunnel.AzureGateway + "[" + tunnel.AzureInstance + "]", out var from)) continue;
                Node to = null;
                if (tunnel.RemoteGateway != null) instances.TryGetValue(tunnel.RemoteGateway + "[" + (tunnel.RemoteInstance ?? 0) + "]", out to);
                else if (tunnel.LocalNetworkGateway != null) remotes.TryGetValue(tunnel.LocalNetworkGateway, out to);
                if (to == null) continue;
                picture.Edges.Add(new Edge { From = from, To = to, Connection = tunnel.Connection, Status = tunnel.Status, Bgp = tunnel.Bgp });
            }
            return picture;
        }
    }
}
