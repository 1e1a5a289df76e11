using System;
using System.Collections.Generic;
using AzVpnHa.Rules;

namespace AzVpnHa.Mesh
{
    /// <summary>Names each site's and VNet link's configuration after the article, and the topology's overall kind.</summary>
    internal static class Classifier
    {
        public static void Classify(Topology topology)
        {
            var tunnelsBySite = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
            foreach (var t in topology.Tunnels)
            {
                if (t.LocalNetworkGateway == null || t.Target == null) continue;
                tunnelsBySite.TryGetValue(t.Target, out var n);
                tunnelsBySite[t.Target] = n + 1;
            }

            TopologyKind? kind = null;
            bool mixed = false;
            void Note(TopologyKind k) { if (kind == null) kind = k; else if (kind != k) mixed = true; }

            foreach (var site in topology.Sites)
            {
                var gateway = topology.FindGateway(site.Gateway);
                bool activeActive = Known.ActiveActive(gateway);
                bool severalDevices = site.LocalNetworkGateways.Count > 1;
                site.Kind = activeActive
                    ? (severalDevices ? TopologyKind.DualRedundancy : TopologyKind.ActiveActive)
                    : (severalDevices ? TopologyKind.MultipleDevices : TopologyKind.ActiveStandby);
                site.Redundancy = activeActive
                    ? (severalDevices ? Redundancy.Full : Redundancy.Azure)
                    : (severalDevices ? Redundancy.OnPremises : Redundancy.None);
                site.TunnelCount = tunnelsBySite.TryGetValue(site.Name, out var n) ? n : 0;
                Note(site.Kind);
            }

            foreach (var link in topology.VNetLinks)
            {
                // Connections read without either gateway (a template of connections only) describe no link of this topology.
                if (topology.FindGateway(link.GatewayA) == null && topology.FindGateway(link.GatewayB) == null) continue;
                int activeActiveSides = (Known.ActiveActive(topology.FindGateway(link.GatewayA)) ? 1 : 0)
                                      + (Known.ActiveActive(topology.FindGateway(link.GatewayB)) ? 1 : 0);
                link.Redundancy = activeActiveSides == 2 ? Redundancy.Full : activeActiveSides == 1 ? Redundancy.Azure : Redundancy.None;
                Note(TopologyKind.VNetToVNet);
            }

            topology.Kind = mixed ? TopologyKind.Mixed : kind ?? TopologyKind.None;
        }
    }
}
