using System.Collections.Generic;
using AzVpnHa.Spec;
using AzVpnHa.Tree;

namespace AzVpnHa.Tests
{
    /// <summary>Builds topologies from JSON text, the way a user's spec file arrives.</summary>
    internal static class Specs
    {
        public static Topology Plan(string json) => Planner.Plan(SpecReader.Read(JsonTree.Parse(json)));

        public static List<Finding> Test(Topology topology) => Rules.RuleSet.Evaluate(topology, new System.DateTime(2026, 11, 25));

        public static List<Finding> Test(string json) => Test(Plan(json));

        /// <summary>Single gateway, one site; devices given as JSON objects.</summary>
        public static string OneSite(string gateway, params string[] devices) =>
            "{ \"name\": \"t\", \"resourceGroup\": \"rg\", \"location\": \"westeurope\", \"gateways\": [" + gateway + "]," +
            " \"sites\": [ { \"name\": \"hq\", \"addressPrefixes\": [\"10.10.0.0/16\"], \"devices\": [" + string.Join(",", devices) + "] } ] }";

        public const string AaGateway = "{ \"name\": \"vgw\", \"sku\": \"VpnGw2AZ\", \"generation\": \"Generation2\", \"activeActive\": true, \"asn\": 65515, \"vnetAddressPrefixes\": [\"10.1.0.0/16\"] }";
        public const string AsGateway = "{ \"name\": \"vgw\", \"sku\": \"VpnGw2AZ\", \"activeActive\": false, \"asn\": 65515, \"vnetAddressPrefixes\": [\"10.1.0.0/16\"] }";

        public static string Device(string name, string ip, long asn, string peer) =>
            $"{{ \"name\": \"{name}\", \"publicIp\": \"{ip}\", \"asn\": {asn}, \"bgpPeeringAddress\": \"{peer}\" }}";
    }
}
