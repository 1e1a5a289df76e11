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
    /// What the readers know of ARM's shapes, in one place: the resource types read, the API versions the live reader
    /// asks for, and how a BGP status row or a learned route is told from a resource.
    /// </summary>
    internal static class ArmShapes
    {
        public const string GatewayType = "microsoft.network/virtualnetworkgateways";
        public const string LngType = "microsoft.network/localnetworkgateways";
        public const string ConnectionType = "microsoft.network/connections";
        public const string PipType = "microsoft.network/publicipaddresses";
        public const string VnetType = "microsoft.network/virtualnetworks";

        /// <summary>Microsoft.Network API version for live reads (gateways, connections, LNGs, public IPs, BGP status).</summary>
        public const string NetworkApiVersion = "2024-05-01";
        /// <summary>The subscription list: the default subscription of -ResourceGroupName/-Name without -SubscriptionId.</summary>
        public const string SubscriptionsApiVersion = "2022-12-01";
        /// <summary>Microsoft.ResourceGraph resources query (POST /providers/Microsoft.ResourceGraph/resources), GA 2022-10-01.</summary>
        public const string ResourceGraphApiVersion = "2022-10-01";

        public static bool IsReadType(string type) =>
            type == GatewayType || type == LngType || type == ConnectionType || type == PipType || type == VnetType;

        /// <summary>A getBgpPeerStatus row (BgpPeerStatus).</summary>
        public static bool IsPeerRow(IDictionary<string, object> n) => ArmNode.Member(n, "neighbor") != null && ArmNode.Member(n, "state") != null;

        /// <summary>A getLearnedRoutes row (GatewayRoute).</summary>
        public static bool IsRouteRow(IDictionary<string, object> n) => ArmNode.Member(n, "network") != null && ArmNode.Member(n, "origin") != null;

        /// <summary>An Az connection object may carry a whole gateway or LNG: kept when it holds real data, not just an id.</summary>
        public static bool HasData(IDictionary<string, object> n) =>
            ArmNode.Objects(ArmNode.Prop(n, "ipConfigurations")).Count > 0 || ArmNode.Text(ArmNode.Prop(n, "gatewayIpAddress")) != null || ArmNode.Text(ArmNode.Prop(n, "fqdn")) != null;

        public static string KindName(string type) =>
            type == GatewayType ? "VirtualNetworkGateway" : type == LngType ? "LocalNetworkGateway" : type == ConnectionType ? "Connection" : type;
    }
}
