using System.Collections.Generic;
using System.Linq;
using AzVpnHa.Mesh;
using AzVpnHa.Spec;
using AzVpnHa.Tree;

namespace AzVpnHa.Tests
{
    /// <summary>
    /// Small builders for spec trees (the dictionaries and lists JsonTree produces), so a test states only what
    /// matters to it and can then change one field: <c>tree.Gateway(0)["sku"] = "Basic"</c>.
    /// Defaults: one VpnGw2AZ Generation2 gateway "vgw" with ASN 65515 and VNet 10.1.0.0/16; site "hq" 10.10.0.0/16.
    /// </summary>
    internal static class SpecTree
    {
        public static readonly System.DateTime Today = new System.DateTime(2026, 11, 25);

        public static Dictionary<string, object> Obj(params (string Key, object Value)[] members)
        {
            var obj = JsonTree.NewObject();
            foreach (var (key, value) in members) obj[key] = value;
            return obj;
        }

        public static List<object> List(params object[] items) => items.ToList();

        public static Dictionary<string, object> Topology(params Dictionary<string, object>[] gateways) => Obj(
            ("name", "t"), ("resourceGroup", "rg"), ("location", "westeurope"), ("gateways", List(gateways)), ("sites", List()));

        /// <summary>One gateway with the given sites.</summary>
        public static Dictionary<string, object> OneGateway(Dictionary<string, object> gateway, params Dictionary<string, object>[] sites) =>
            Topology(gateway).With("sites", List(sites));

        public static Dictionary<string, object> Gateway(string name = "vgw", bool activeActive = false, long? asn = 65515,
            string sku = "VpnGw2AZ", string vnet = "10.1.0.0/16")
        {
            var g = Obj(("name", name), ("sku", sku), ("generation", "Generation2"), ("activeActive", activeActive), ("vnetAddressPrefixes", List(vnet)));
            if (asn.HasValue) g["asn"] = asn.Value;
            return g;
        }

        public static Dictionary<string, object> AsGateway(long? asn = 65515) => Gateway(activeActive: false, asn: asn);
        public static Dictionary<string, object> AaGateway(long? asn = 65515) => Gateway(activeActive: true, asn: asn);

        public static Dictionary<string, object> Site(string name, params Dictionary<string, object>[] devices) =>
            Obj(("name", name), ("addressPrefixes", List("10.10.0.0/16")), ("devices", List(devices)));

        public static Dictionary<string, object> Site(params Dictionary<string, object>[] devices) => Site("hq", devices);

        public static Dictionary<string, object> StaticDevice(string name, string publicIp) =>
            Obj(("name", name), ("publicIp", publicIp));

        public static Dictionary<string, object> BgpDevice(string name, string publicIp, string peer, long asn = 65010) =>
            Obj(("name", name), ("publicIp", publicIp), ("asn", asn), ("bgpPeeringAddress", peer));

        /// <summary>The n-th BGP device of a site: its own public IP 203.0.113.n and peer 10.10.255.n.</summary>
        public static Dictionary<string, object> Device(int n) => BgpDevice("fw" + n, "203.0.113." + n, "10.10.255." + n);

        public static Dictionary<string, object>[] Devices(int count) => Enumerable.Range(1, count).Select(Device).ToArray();

        public static Dictionary<string, object> VNetConnection(string a, string b) => Obj(("gateways", List(a, b)));

        /// <summary>Two gateways "vgw-a" (ASN 65010, 10.1.0.0/16) and "vgw-b" (ASN 65020, 10.2.0.0/16), one link.</summary>
        public static Dictionary<string, object> VNetToVNet(bool aActiveActive = true, bool bActiveActive = true) =>
            Topology(Gateway("vgw-a", aActiveActive, 65010), Gateway("vgw-b", bActiveActive, 65020, vnet: "10.2.0.0/16"))
                .With("vnetConnections", List(VNetConnection("vgw-a", "vgw-b")));

        public static Dictionary<string, object> With(this Dictionary<string, object> obj, string key, object value)
        {
            obj[key] = value;
            return obj;
        }

        public static Dictionary<string, object> Without(this Dictionary<string, object> obj, string key)
        {
            obj.Remove(key);
            return obj;
        }

        public static Dictionary<string, object> Gateway(this Dictionary<string, object> tree, int index) =>
            (Dictionary<string, object>)((List<object>)tree["gateways"])[index];

        public static Dictionary<string, object> Site(this Dictionary<string, object> tree, int index) =>
            (Dictionary<string, object>)((List<object>)tree["sites"])[index];

        public static Dictionary<string, object> Device(this Dictionary<string, object> tree, int site, int device) =>
            (Dictionary<string, object>)((List<object>)tree.Site(site)["devices"])[device];

        public static Dictionary<string, object> VNetConnection(this Dictionary<string, object> tree, int index) =>
            (Dictionary<string, object>)((List<object>)tree["vnetConnections"])[index];

        public static Topology Plan(this Dictionary<string, object> tree) => Planner.Plan(SpecReader.Read(tree));

        /// <summary>Findings of one rule, evaluated as of the test date.</summary>
        public static List<Finding> Findings(this Topology topology, string ruleId) =>
            Rules.RuleSet.Evaluate(topology, Today).Where(f => f.RuleId == ruleId).ToList();

        public static List<Finding> Findings(this Dictionary<string, object> tree, string ruleId) => tree.Plan().Findings(ruleId);

        /// <summary>Redraws the mesh after a test changed the graph by hand (shapes a spec cannot produce).</summary>
        public static Topology Rebuild(this Topology topology) => TopologyBuilder.Rebuild(topology);

        /// <summary>The errors SpecReader reports for a tree; empty when it reads.</summary>
        public static IReadOnlyList<SpecError> ReadErrors(this Dictionary<string, object> tree)
        {
            try
            {
                SpecReader.Read(tree);
                return new SpecError[0];
            }
            catch (SpecException e)
            {
                return e.Errors;
            }
        }
    }
}
