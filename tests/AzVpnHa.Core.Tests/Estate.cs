using System;
using System.Collections;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using AzVpnHa.Readers;
using AzVpnHa.Tree;

namespace AzVpnHa.Tests
{
    /// <summary>Loads the ARM fixtures (REST payload shapes) and edits them, to build deployed estates good and bad.</summary>
    internal static class Estate
    {
        public static object Load(string name) =>
            JsonTree.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", "Arm", name + ".json")));

        /// <summary>The hub: A/A gateway, its two PIPs, three LNGs, and the three connections.</summary>
        public static List<object> Hub() => new List<object>
        {
            Load("VirtualNetworkGatewayGet-ActiveActive"), Load("PublicIpAddressList-Standard"), Load("LocalNetworkGatewayList"),
            Load("ConnectionGet-hq-fw1"), Load("ConnectionGet-hq-fw2"), Load("ConnectionGet-branch"),
        };

        public static Topology Read(IEnumerable<object> trees, string bgpPeersFor = null, object peers = null)
        {
            var reader = new EstateReader();
            foreach (var t in trees) reader.Add(t);
            if (peers != null) reader.AddBgpPeerStatus(bgpPeersFor, peers);
            return reader.Read();
        }

        /// <summary>Sets a value at a dotted path with [i] indexes, e.g. properties.tunnelConnectionStatus[1].connectionStatus.</summary>
        public static object Set(object tree, string path, object value)
        {
            object node = tree;
            var parts = path.Split('.');
            for (int p = 0; p < parts.Length; p++)
            {
                var part = parts[p];
                int bracket = part.IndexOf('[');
                string key = bracket >= 0 ? part.Substring(0, bracket) : part;
                bool last = p == parts.Length - 1;
                var dict = (IDictionary<string, object>)node;
                if (bracket < 0)
                {
                    if (last) { dict[key] = value; return tree; }
                    node = dict[key];
                    continue;
                }
                var list = (IList)dict[key];
                int index = int.Parse(part.Substring(bracket + 1, part.IndexOf(']') - bracket - 1));
                if (last) { list[index] = value; return tree; }
                node = list[index];
            }
            return tree;
        }

        public static object Get(object tree, string path)
        {
            object node = tree;
            foreach (var part in path.Split('.'))
            {
                int bracket = part.IndexOf('[');
                string key = bracket >= 0 ? part.Substring(0, bracket) : part;
                node = ((IDictionary<string, object>)node)[key];
                if (bracket >= 0) node = ((IList)node)[int.Parse(part.Substring(bracket + 1, part.IndexOf(']') - bracket - 1))];
            }
            return node;
        }

        public static List<Finding> Findings(Topology t, string ruleId) => Specs.Test(t).Where(f => f.RuleId == ruleId).ToList();

        public const string HubId = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg-hub/providers/Microsoft.Network/virtualNetworkGateways/vgw-aa";
    }
}
