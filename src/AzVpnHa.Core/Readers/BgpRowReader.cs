using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;
using AzVpnHa.Net;
using AzVpnHa.Spec;
using AzVpnHa.Tree;

namespace AzVpnHa.Readers
{
    /// <summary>
    /// Reads getBgpPeerStatus and getLearnedRoutes rows, each tied to its gateway: the one it was read for, else the
    /// gateway owning its local address, else the only gateway. A row that fits none is a note.
    /// </summary>
    internal sealed class BgpRowReader
    {
        readonly ReadNotes _notes;
        readonly List<(string GatewayKey, IDictionary<string, object> Row)> _peerRows = new List<(string, IDictionary<string, object>)>();
        readonly List<(string GatewayKey, IDictionary<string, object> Row)> _routeRows = new List<(string, IDictionary<string, object>)>();

        public BgpRowReader(ReadNotes notes) { _notes = notes; }

        public void AddPeerRow(string gatewayKey, IDictionary<string, object> row) => _peerRows.Add((gatewayKey, row));

        public void AddRouteRow(string gatewayKey, IDictionary<string, object> row) => _routeRows.Add((gatewayKey, row));

        /// <summary>Attributes a row to its gateway: the id it was read for, else the gateway owning its local address, else the only gateway.</summary>
        Gateway Attribute(string hint, string localAddress, List<Gateway> gateways, Dictionary<string, Gateway> byKey)
        {
            if (hint != null) return byKey.TryGetValue(hint, out var g) ? g : null;
            if (localAddress != null)
            {
                foreach (var g in gateways)
                    foreach (var i in g.Instances)
                        if (localAddress == i.BgpPeeringAddress || i.CustomBgpIpAddresses.Contains(localAddress)) return g;
            }
            return gateways.Count == 1 ? gateways[0] : null;
        }

        public List<BgpPeer> ReadPeers(List<Gateway> gateways, Dictionary<string, Gateway> byKey)
        {
            var peers = new List<BgpPeer>(_peerRows.Count);
            foreach (var (hint, row) in _peerRows)
            {
                var local = ArmResourceReader.Ip(ArmNode.Member(row, "localAddress"));
                var g = Attribute(hint, local, gateways, byKey);
                if (g == null)
                {
                    if (hint == null) _notes.Note(EstateReadCodes.UnattributedRow, "bgpPeerStatus", $"row for neighbor {ArmNode.Text(ArmNode.Member(row, "neighbor"))} cannot be tied to a gateway.", "Read BGP peer status for one gateway at a time, with that gateway.");
                    continue;
                }
                peers.Add(new BgpPeer
                {
                    Gateway = g.Name,
                    LocalAddress = local,
                    Neighbor = ArmResourceReader.Ip(ArmNode.Member(row, "neighbor")) ?? ArmNode.Text(ArmNode.Member(row, "neighbor")),
                    Asn = ArmNode.Long(ArmNode.Member(row, "asn")),
                    State = ArmNode.Text(ArmNode.Member(row, "state")),
                    ConnectedDuration = ArmNode.Text(ArmNode.Member(row, "connectedDuration")),
                    RoutesReceived = ArmNode.Long(ArmNode.Member(row, "routesReceived")),
                    MessagesSent = ArmNode.Long(ArmNode.Member(row, "messagesSent")),
                    MessagesReceived = ArmNode.Long(ArmNode.Member(row, "messagesReceived")),
                });
            }
            return peers;
        }

        public List<LearnedRoute> ReadRoutes(List<Gateway> gateways, Dictionary<string, Gateway> byKey)
        {
            var routes = new List<LearnedRoute>(_routeRows.Count);
            foreach (var (hint, row) in _routeRows)
            {
                var local = ArmResourceReader.Ip(ArmNode.Member(row, "localAddress"));
                var g = Attribute(hint, local, gateways, byKey);
                if (g == null)
                {
                    if (hint == null) _notes.Note(EstateReadCodes.UnattributedRow, "learnedRoutes", $"route {ArmNode.Text(ArmNode.Member(row, "network"))} cannot be tied to a gateway.", "Read learned routes for one gateway at a time, with that gateway.");
                    continue;
                }
                routes.Add(new LearnedRoute
                {
                    Gateway = g.Name,
                    LocalAddress = local,
                    Network = ArmNode.Text(ArmNode.Member(row, "network")),
                    NextHop = ArmNode.Text(ArmNode.Member(row, "nextHop")),
                    SourcePeer = ArmResourceReader.Ip(ArmNode.Member(row, "sourcePeer")) ?? ArmNode.Text(ArmNode.Member(row, "sourcePeer")),
                    Origin = ArmNode.Text(ArmNode.Member(row, "origin")),
                    AsPath = ArmNode.Text(ArmNode.Member(row, "asPath")),
                });
            }
            return routes;
        }
    }
}
