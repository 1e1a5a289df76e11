using System;
using System.Collections.Generic;

namespace AzVpnHa.Rules
{
    /// <summary>All rules, in id order (HA024 last, as it reports what the others left unjudged), and the one entry point that runs them.</summary>
    internal static class RuleSet
    {
        public static IReadOnlyList<Rule> All { get; } = new Rule[]
        {
            new HA001UniqueDevicePublicIp(),
            new HA002BgpRequiredForMultipleDevices(),
            new HA003UniqueBgpPeeringAddresses(),
            new HA004NoOverlappingAddressSpaces(),
            new HA005ApipaNotInAddressSpace(),
            new HA006SameAdvertisedPrefixes(),
            new HA007TunnelLimit(),
            new HA008ActiveActiveSku(),
            new HA009BgpSku(),
            new HA010RouteBased(),
            new HA011ActiveActiveInstances(),
            new HA012Asn(),
            new HA013CustomApipa(),
            new HA014DevicePeerAddress(),
            new HA015SinglePointOfFailure(),
            new HA016VNetToVNet(),
            new HA017RetiredSku(),
            new HA018SkuGeneration(),
            new HA019BgpEndToEnd(),
            new HA020Ecmp(),
            new HA021StaticRoutes(),
            new HA022ApipaInitiator(),
            new HA023AsymmetricRouting(),
            new HA030ProvisioningState(),
            new HA031TunnelNotConnected(),
            new HA032ActiveActiveOneInstance(),
            new HA033DualRedundancyTunnels(),
            new HA034BgpPeerNotConnected(),
            new HA035EcmpNotInEffect(),
            new HA036GatewayPublicIps(),
            // Last: it names the values set at deploy time that the rules above could not judge.
            new HA024UnknownValues(),
        };

        /// <summary>Runs every rule over the topology; retirement wording is written against <paramref name="asOf"/>.</summary>
        public static List<Finding> Evaluate(Topology topology, DateTime asOf)
        {
            var context = new RuleContext(topology, asOf);
            var findings = new List<Finding>();
            foreach (var rule in All) rule.Evaluate(context, findings);
            foreach (var f in findings) { f.TopologyName = topology.Name; f.FilePath = topology.FilePath; }
            return findings;
        }
    }
}
