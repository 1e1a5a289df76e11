using System;
using System.Collections.Generic;
using System.Linq;

namespace AzVpnHa.Writers
{
    /// <summary>
    /// Azure Monitor metric alert rules (Microsoft.Insights/metricAlerts) that watch every tunnel of a topology:
    /// tunnel down per connection and gateway instance, BGP peer not connected per peer and instance, and the gateway's
    /// site-to-site traffic as a whole. Each notifies the action group given as a parameter.
    /// Metric names, aggregations and dimensions: "Supported metrics for microsoft.network/virtualnetworkgateways"
    /// (learn.microsoft.com/azure/azure-monitor/reference/supported-metrics/microsoft-network-virtualnetworkgateways-metrics,
    /// ms.date 04/16/2025), included in the VPN Gateway monitoring data reference (azure/vpn-gateway/monitor-vpn-gateway-reference):
    /// TunnelIngressBytes (Total; ConnectionName, RemoteIP, Instance; time grains from PT5M), BgpPeerStatus (Average;
    /// BgpPeerAddress, Instance), AverageBandwidth "Gateway S2S Bandwidth" (Average; Instance). The reference has no
    /// availability or tunnel-count metric for VPN gateways, so gateway health is its site-to-site traffic.
    /// The "below 1 for 15 minutes" thresholds follow Azure Monitor Baseline Alerts (AMBA), which alerts on
    /// TunnelAverageBandwidth and TunnelEgressBytes LessThan 1 (Azure/azure-monitor-baseline-alerts, metric alert table).
    /// </summary>
    internal static class MonitoringBuilder
    {
        public const string ActionGroupParameter = "actionGroupId";
        public const string MetricAlertType = "Microsoft.Insights/metricAlerts";
        /// <summary>The stable metricAlerts API version the Bicep type index knows.</summary>
        public const string MetricAlertVersion = "2018-03-01";
        public const string MetricNamespace = ArmApi.GatewayType;
        public const string EvaluationFrequency = "PT5M";
        /// <summary>Three samples of the metrics' 5-minute grain: one quiet sample is not an outage.</summary>
        public const string WindowSize = "PT15M";

        public const string TunnelMetric = "TunnelIngressBytes";
        public const string BgpMetric = "BgpPeerStatus";
        public const string GatewayMetric = "AverageBandwidth";
        public const int TunnelSeverity = 2;
        public const int BgpSeverity = 2;
        public const int GatewaySeverity = 1;

        /// <summary>The alerts alone, for a topology that is already deployed (or deployed by another template).</summary>
        public static TemplateModel Build(Topology topology)
        {
            var model = new TemplateModel { Description = "Azure Monitor alerts for every tunnel of VPN topology '" + topology.Name + "' (AzVpnHa)." };
            AddTo(model, topology);
            return model;
        }

        /// <summary>Adds the alerts (and the action group parameter) to a template; gateways declared in it are referenced by symbol.</summary>
        public static void AddTo(TemplateModel model, Topology topology)
        {
            var symbols = new SymbolNames();
            foreach (var p in model.Parameters) symbols.Reserve(p.Name);
            foreach (var r in model.Resources) symbols.Reserve(r.Symbol);
            foreach (var s in model.Subnets) { symbols.Reserve(s.VirtualNetworkSymbol); symbols.Reserve(s.SubnetSymbol); }
            symbols.Reserve(ActionGroupParameter);
            int before = model.Resources.Count;
            var actionGroup = new TemplateExpression("parameters('" + ActionGroupParameter + "')", ActionGroupParameter);

            foreach (var gateway in topology.Gateways)
            {
                var declared = model.Resources.FirstOrDefault(r => r.Type == ArmApi.GatewayType && string.Equals(r.Name, gateway.Name, StringComparison.OrdinalIgnoreCase));
                var scope = Scope(gateway, declared);
                TemplateResource Alert(string name, string description, int severity, TemplateObject criterion)
                {
                    var alert = new TemplateResource
                    {
                        Symbol = symbols.Make(name),
                        Type = MetricAlertType,
                        ApiVersion = MetricAlertVersion,
                        Name = name,
                        Comment = description,
                        Body = new TemplateObject().Add("location", "global").Add("properties", new TemplateObject()
                            .Add("description", description)
                            .Add("severity", severity)
                            .Add("enabled", true)
                            .Add("scopes", new List<object> { scope })
                            .Add("evaluationFrequency", EvaluationFrequency)
                            .Add("windowSize", WindowSize)
                            .Add("criteria", new TemplateObject()
                                .Add("odata.type", "Microsoft.Azure.Monitor.SingleResourceMultipleMetricCriteria")
                                .Add("allOf", new List<object> { criterion }))
                            .Add("autoMitigate", true)
                            .Add("actions", new List<object> { new TemplateObject().Add("actionGroupId", actionGroup) })),
                    };
                    if (declared != null) alert.DependsOn.Add(declared);
                    model.Resources.Add(alert);
                    return alert;
                }

                var connections = topology.Connections.Where(c => string.Equals(c.VirtualNetworkGateway1, gateway.Name, StringComparison.OrdinalIgnoreCase)).ToList();
                foreach (var c in connections)
                {
                    Alert("alert-" + gateway.Name + "-tunnel-" + c.Name,
                        $"A tunnel of connection '{c.Name}' on gateway '{gateway.Name}' received no bytes for 15 minutes (one alert per gateway instance and remote IP)." +
                        (c.EnableBgp ? " BGP keepalives keep an up tunnel above zero." : " Without BGP an idle tunnel also reads zero: send regular traffic (a probe) through it."),
                        TunnelSeverity,
                        Criterion("TunnelDown", TunnelMetric, "Total",
                            Dimension("ConnectionName", c.Name), Dimension("RemoteIP", "*"), Dimension("Instance", "*")));
                }
                foreach (var peer in BgpPeers(topology, connections))
                {
                    Alert("alert-" + gateway.Name + "-bgp-" + peer,
                        $"BGP peer {peer} of gateway '{gateway.Name}' was not connected for 15 minutes on a gateway instance (BgpPeerStatus 1 = connected).",
                        BgpSeverity,
                        Criterion("BgpPeerDown", BgpMetric, "Average", Dimension("BgpPeerAddress", peer), Dimension("Instance", "*")));
                }
                if (connections.Count > 0)
                {
                    Alert("alert-" + gateway.Name + "-health",
                        $"Gateway '{gateway.Name}' carried no site-to-site traffic on any tunnel for 15 minutes: every connection is down, or the gateway is unhealthy." +
                        (connections.Any(c => c.EnableBgp) ? "" : " Its connections have no BGP, so a gateway without traffic also reads zero."),
                        GatewaySeverity,
                        Criterion("NoSiteToSiteTraffic", GatewayMetric, "Average"));
                }
            }
            // Only a template with alerts asks for an action group (an unused parameter is a Bicep linter warning).
            if (model.Resources.Count > before)
                model.Parameters.Add(new TemplateParameter
                {
                    Name = ActionGroupParameter,
                    Description = "Resource id of the action group the VPN alerts notify (Microsoft.Insights/actionGroups).",
                });
        }

        /// <summary>The BGP peers of the gateway's BGP connections whose address is known: each device, or the peer gateway's instances.</summary>
        static IEnumerable<string> BgpPeers(Topology topology, IEnumerable<Connection> connections)
        {
            var peers = new List<string>();
            foreach (var c in connections.Where(c => c.EnableBgp))
            {
                if (c.ConnectionType == ConnectionType.IPsec)
                {
                    var lng = topology.LocalNetworkGateways.FirstOrDefault(l => string.Equals(l.Name, c.LocalNetworkGateway2, StringComparison.OrdinalIgnoreCase));
                    if (lng != null && lng.HasBgpSettings && !lng.IsUnknown(nameof(LocalNetworkGateway.BgpPeeringAddress))) peers.Add(lng.BgpPeeringAddress);
                }
                else
                {
                    var peer = topology.Gateways.FirstOrDefault(g => string.Equals(g.Name, c.VirtualNetworkGateway2, StringComparison.OrdinalIgnoreCase));
                    if (peer != null) peers.AddRange(peer.Instances.Select(i => i.BgpPeeringAddress).Where(a => !string.IsNullOrEmpty(a)));
                }
            }
            return peers.Distinct(StringComparer.OrdinalIgnoreCase);
        }

        /// <summary>The gateway in the same template by symbol; a deployed one by its resource id; else by name in the deployment's resource group.</summary>
        static object Scope(Gateway gateway, TemplateResource declared)
        {
            if (declared != null)
                return new TemplateExpression("resourceId('" + ArmApi.GatewayType + "', " + TemplateBuilder.ArmString(declared.Name) + ")", declared.Symbol + ".id");
            if (!string.IsNullOrEmpty(gateway.ResourceId)) return gateway.ResourceId;
            return new TemplateExpression("resourceId('" + ArmApi.GatewayType + "', " + TemplateBuilder.ArmString(gateway.Name) + ")",
                "resourceId('" + ArmApi.GatewayType + "', " + BicepWriter.Quote(gateway.Name) + ")");
        }

        static TemplateObject Criterion(string name, string metric, string aggregation, params TemplateObject[] dimensions)
        {
            var criterion = new TemplateObject()
                .Add("criterionType", "StaticThresholdCriterion")
                .Add("name", name)
                .Add("metricNamespace", MetricNamespace)
                .Add("metricName", metric);
            if (dimensions.Length > 0) criterion.Add("dimensions", dimensions.Cast<object>().ToList());
            return criterion
                .Add("operator", "LessThan")
                .Add("threshold", 1)
                .Add("timeAggregation", aggregation);
        }

        /// <summary>A dimension filter; "*" splits the alert into one time series per value (per instance, per remote IP).</summary>
        static TemplateObject Dimension(string name, string value) =>
            new TemplateObject().Add("name", name).Add("operator", "Include").Add("values", new List<object> { value });
    }
}
