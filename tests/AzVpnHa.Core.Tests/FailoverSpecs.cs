using System.Collections.Generic;
using System.Linq;
using Xunit;

namespace AzVpnHa.Tests
{
    /// <summary>The article's five configurations as specs, and helpers to pick failover results.</summary>
    internal static class FailoverSpecs
    {
        public static Device Fw1 => new Device("fw1", "203.0.113.1", "10.10.255.1");
        public static Device Fw2 => new Device("fw2", "203.0.113.2", "10.10.255.2");

        internal sealed class Device
        {
            public Device(string name, string ip, string peer) { Name = name; Ip = ip; Peer = peer; }
            public string Name { get; }
            public string Ip { get; }
            public string Peer { get; }
            public string Bgp => Specs.Device(Name, Ip, 65010, Peer);
            /// <summary>Static routing: no ASN, its own slice of the site as the LNG address space (LNGs of a site must not overlap).</summary>
            public string Static(string prefix) => $"{{ \"name\": \"{Name}\", \"publicIp\": \"{Ip}\", \"addressPrefixes\": [\"{prefix}\"] }}";
        }

        public static Topology ActiveStandby() => Specs.Plan(Specs.OneSite(Specs.AsGateway, Fw1.Bgp));
        public static Topology MultipleDevices() => Specs.Plan(Specs.OneSite(Specs.AsGateway, Fw1.Bgp, Fw2.Bgp));
        public static Topology ActiveActive() => Specs.Plan(Specs.OneSite(Specs.AaGateway, Fw1.Bgp));
        public static Topology DualRedundancy() => Specs.Plan(Specs.OneSite(Specs.AaGateway, Fw1.Bgp, Fw2.Bgp));

        public static Topology VNetToVNet(bool activeActiveA = true, bool activeActiveB = true, bool bgp = true) => Specs.Plan(
            "{ \"name\": \"t\", \"resourceGroup\": \"rg\", \"location\": \"westeurope\", \"gateways\": [" +
            Gateway("vgw-a", activeActiveA, 65101, "10.1.0.0/16") + "," + Gateway("vgw-b", activeActiveB, 65102, "10.2.0.0/16") + "]," +
            " \"vnetConnections\": [ { \"gateways\": [\"vgw-a\", \"vgw-b\"], \"enableBgp\": " + (bgp ? "true" : "false") + " } ] }");

        public static string Gateway(string name, bool activeActive, long asn, string prefix, string sku = "VpnGw2AZ") =>
            $"{{ \"name\": \"{name}\", \"sku\": \"{sku}\", \"generation\": \"Generation2\", \"activeActive\": {(activeActive ? "true" : "false")}, \"asn\": {asn}, \"vnetAddressPrefixes\": [\"{prefix}\"] }}";

        public static FailoverResult Result(List<FailoverResult> results, string scenario, string target = null)
        {
            var matches = results.Where(r => r.Scenario == scenario && (target == null || r.Target == target)).ToList();
            Assert.True(matches.Count == 1, $"expected one result for '{scenario}', found {matches.Count}: " + string.Join(", ", results.Select(r => r.Scenario).Distinct()));
            return matches[0];
        }

        public static void AssertInterval(FailoverResult r, int? min, int? max)
        {
            Assert.Equal(min, r.InterruptionMinSeconds);
            Assert.Equal(max, r.InterruptionMaxSeconds);
        }
    }
}
