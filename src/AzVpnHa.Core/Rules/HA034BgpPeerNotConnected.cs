using System;
using System.Collections.Generic;
using System.Linq;
using AzVpnHa.Catalog;

namespace AzVpnHa.Rules
{
    /// <summary>
    /// bgp-diagnostics: getBgpPeerStatus lists each BGP session with its state; anything but Connected carries no routes.
    /// Rows whose neighbor is the gateway's own other instance (same ASN) are iBGP between instances and are not judged
    /// (arm-schema §5).
    /// </summary>
    internal sealed class HA034BgpPeerNotConnected : Rule
    {
        public HA034BgpPeerNotConnected() : base("HA034", "BGP peers are Connected", Severity.Warning, Sources.BgpDiagnostics) { }

        internal override void Evaluate(RuleContext context, ICollection<Finding> findings)
        {
            if (context.Topology.Origin != TopologyOrigin.Deployed) return;
            foreach (var peer in context.Topology.BgpPeers)
            {
                if (peer.IsConnected) continue;
                var gateway = context.Topology.FindGateway(peer.Gateway);
                if (gateway != null && IsSibling(gateway, peer)) continue;
                var lng = gateway == null ? null : context.IpsecConnections(gateway).Select(x => x.Lng)
                    .FirstOrDefault(l => string.Equals(l.BgpPeeringAddress, peer.Neighbor, StringComparison.OrdinalIgnoreCase));
                findings.Add(Finding(lng?.Name ?? peer.Gateway,
                    $"BGP session from {peer.Gateway} ({peer.LocalAddress ?? "?"}) to {(lng != null ? "device '" + (lng.Device ?? lng.Name) + "' " : "")}{peer.Neighbor} (ASN {peer.Asn?.ToString() ?? "?"}) is {peer.State ?? "in an unknown state"}, not Connected: no routes flow over it.",
                    "Check that the device peers with this gateway address over the tunnel (eBGP multihop, the right ASNs and peer addresses), and that the tunnel itself is connected."));
            }
        }

        static bool IsSibling(Gateway gateway, BgpPeer peer)
        {
            foreach (var i in gateway.Instances)
            {
                if (string.Equals(i.BgpPeeringAddress, peer.Neighbor, StringComparison.OrdinalIgnoreCase)) return true;
            }
            return gateway.Asn.HasValue && peer.Asn == gateway.Asn;
        }
    }
}
