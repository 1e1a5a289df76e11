using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using AzVpnHa.Readers;
using AzVpnHa.Tree;

namespace AzVpnHa.Azure
{
    /// <summary>
    /// The one Resource Graph query of a fleet read and the shapes around it. Resource Graph keeps each resource's ARM
    /// properties as GET returns them, so its rows feed the estate reader as resource payloads. REST:
    /// POST /providers/Microsoft.ResourceGraph/resources?api-version=2022-10-01 with {subscriptions | managementGroups,
    /// query, options: {$top, $skipToken, resultFormat}}; the answer holds data (objectArray), $skipToken while more
    /// pages remain, and the quota headers (azure-rest-api-specs, specification/resourcegraph, stable/2022-10-01).
    /// </summary>
    internal static class ResourceGraphQuery
    {
        public const string Path = "/providers/Microsoft.ResourceGraph/resources";
        public const string ApiVersion = Readers.ArmShapes.ResourceGraphApiVersion;
        /// <summary>The largest page Resource Graph returns ("Guidance for pagination": at most 1000 records).</summary>
        public const int PageSize = 1000;
        /// <summary>Subscriptions per query: Resource Graph's throttling guidance recommends groups below 300.</summary>
        public const int SubscriptionBatch = 200;

        /// <summary>
        /// VPN gateways, their connections, local network gateways, the public IPs on gateways, and the address space of
        /// VNets with a GatewaySubnet (only that: a VNet's subnets can list thousands of NICs), with their tags (the tag
        /// azvpnha-site names a site). Ordered by id, as paging across pages requires for stable results.
        /// </summary>
        public const string Kql =
            "resources\n" +
            "| where type in~ ('" + ArmShapes.GatewayType + "', '" + ArmShapes.ConnectionType + "', '" + ArmShapes.LngType + "', '" + ArmShapes.PipType + "', '" + ArmShapes.VnetType + "')\n" +
            "| where type !~ '" + ArmShapes.GatewayType + "' or tostring(properties.gatewayType) =~ 'Vpn'\n" +
            "| where type !~ '" + ArmShapes.ConnectionType + "' or tostring(properties.connectionType) in~ ('IPsec', 'Vnet2Vnet')\n" +
            "| where type !~ '" + ArmShapes.PipType + "' or tolower(tostring(properties.ipConfiguration.id)) contains '/virtualnetworkgateways/'\n" +
            "| where type !~ '" + ArmShapes.VnetType + "' or tostring(properties.subnets) contains 'GatewaySubnet'\n" +
            "| extend addressSpace = iff(type =~ '" + ArmShapes.VnetType + "', properties.addressSpace, dynamic(null))\n" +
            "| project id, name, type, location, resourceGroup, subscriptionId, tags, sku, zones, addressSpace, properties = iff(type =~ '" + ArmShapes.VnetType + "', dynamic(null), properties)\n" +
            "| order by id asc";

        /// <summary>The request body: one scope (subscriptions, or management groups, or neither for the whole tenant).</summary>
        public static string Body(IReadOnlyList<string> subscriptions, IReadOnlyList<string> managementGroups, string skipToken)
        {
            var b = new StringBuilder("{");
            if (subscriptions != null && subscriptions.Count > 0) b.Append("\"subscriptions\":[").Append(string.Join(",", subscriptions.Select(Quote))).Append("],");
            if (managementGroups != null && managementGroups.Count > 0) b.Append("\"managementGroups\":[").Append(string.Join(",", managementGroups.Select(Quote))).Append("],");
            b.Append("\"query\":").Append(Quote(Kql)).Append(",\"options\":{\"$top\":").Append(PageSize);
            if (skipToken != null) b.Append(",\"$skipToken\":").Append(Quote(skipToken));
            // Tenant and management-group queries: answer for the subscriptions Resource Graph allows (the first 10,000,
            // x-ms-tenant-subscription-limit-hit says so) rather than fail (QueryRequestOptions.allowPartialScopes).
            if (subscriptions == null || subscriptions.Count == 0) b.Append(",\"allowPartialScopes\":true");
            b.Append(",\"resultFormat\":\"objectArray\"}}");
            return b.ToString();
        }

        /// <summary>
        /// A row as an ARM payload: a VNet gets back its properties.addressSpace; a connection loses its status. Resource
        /// Graph holds a snapshot of resource properties, not a connection's live state (connectionStatus and
        /// tunnelConnectionStatus belong to the connection's GET, and may be stale or missing in Resource Graph): they are
        /// left unknown, which no rule reads as down.
        /// </summary>
        public static IDictionary<string, object> AsPayload(IDictionary<string, object> row)
        {
            var type = TreeReader.TryGet(row, "type", out var t) ? t as string : null;
            if (row.ContainsKey("addressSpace"))
            {
                var space = row["addressSpace"];
                row.Remove("addressSpace");
                if (string.Equals(type, ArmShapes.VnetType, System.StringComparison.OrdinalIgnoreCase))
                {
                    var properties = JsonTree.NewObject();
                    properties["addressSpace"] = space;
                    row["properties"] = properties;
                }
            }
            if (string.Equals(type, ArmShapes.ConnectionType, System.StringComparison.OrdinalIgnoreCase)
                && TreeReader.TryGet(row, "properties", out var p) && p is IDictionary<string, object> props)
            {
                foreach (var live in new[] { "connectionStatus", "tunnelConnectionStatus", "ingressBytesTransferred", "egressBytesTransferred" })
                    if (props.ContainsKey(live)) props.Remove(live);
            }
            foreach (var empty in new[] { "tags", "sku", "zones", "properties" })
                if (row.TryGetValue(empty, out var v) && v == null) row.Remove(empty);
            return row;
        }

        /// <summary>The rows of one answer (objectArray format).</summary>
        public static IEnumerable<IDictionary<string, object>> Rows(object answer) =>
            answer is IDictionary<string, object> d && TreeReader.TryGet(d, "data", out var data) && data is IList list
                ? list.OfType<IDictionary<string, object>>() : Enumerable.Empty<IDictionary<string, object>>();

        public static string SkipToken(object answer) =>
            answer is IDictionary<string, object> d && TreeReader.TryGet(d, "$skipToken", out var token) && token is string s && s.Length > 0 ? s : null;

        static string Quote(string s)
        {
            var b = new StringBuilder(s.Length + 2).Append('"');
            foreach (var c in s)
            {
                switch (c)
                {
                    case '"': b.Append("\\\""); break;
                    case '\\': b.Append("\\\\"); break;
                    case '\n': b.Append("\\n"); break;
                    case '\r': b.Append("\\r"); break;
                    case '\t': b.Append("\\t"); break;
                    default:
                        if (c < ' ') b.Append("\\u").Append(((int)c).ToString("x4", System.Globalization.CultureInfo.InvariantCulture));
                        else b.Append(c);
                        break;
                }
            }
            return b.Append('"').ToString();
        }
    }
}
