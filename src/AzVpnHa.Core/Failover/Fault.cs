namespace AzVpnHa
{
    /// <summary>One fault: its kind and what it hits (a gateway instance, a device, an endpoint, a zone or a gateway).</summary>
    internal sealed class Fault
    {
        Fault(FaultKind kind, string target, string description)
        {
            Kind = kind;
            Target = target;
            Description = description;
        }

        public FaultKind Kind { get; }
        /// <summary>What the fault hits, as printed: "vgw[0]", a local network gateway, an endpoint, a zone, a gateway.</summary>
        public string Target { get; }
        public string Description { get; }
        public string Gateway { get; private set; }
        public int? Instance { get; private set; }
        public string LocalNetworkGateway { get; private set; }
        public string Endpoint { get; private set; }
        /// <summary>The zone of a zone outage; null for the (unknown) zone of regional gateways.</summary>
        public string Zone { get; private set; }

        /// <summary>Stable name, used to pick scenarios: "PlannedMaintenance vgw[0]".</summary>
        public string Name => Kind + " " + Target;

        public bool IsPlanned => Kind == FaultKind.PlannedMaintenance;

        public static Fault Maintenance(string gateway, int instance, bool activeStandby) =>
            new Fault(FaultKind.PlannedMaintenance, gateway + "[" + instance + "]",
                $"Planned maintenance of {gateway} instance {instance}{Role(activeStandby, instance)}") { Gateway = gateway, Instance = instance };

        public static Fault InstanceLoss(string gateway, int instance, bool activeStandby) =>
            new Fault(FaultKind.InstanceFailure, gateway + "[" + instance + "]",
                $"Unplanned loss of {gateway} instance {instance}{Role(activeStandby, instance)}") { Gateway = gateway, Instance = instance };

        public static Fault Device(LocalNetworkGateway lng) =>
            new Fault(FaultKind.DeviceDown, lng.Name, $"Device {lng.Device ?? lng.Name} of site {lng.Site ?? "?"} down") { LocalNetworkGateway = lng.Name };

        public static Fault IspLink(string endpoint, string devices) =>
            new Fault(FaultKind.IspLinkDown, endpoint, $"ISP link of {endpoint} down ({devices})") { Endpoint = endpoint };

        public static Fault ZoneDown(string zone) =>
            new Fault(FaultKind.ZoneOutage, zone ?? "regional",
                zone == null ? "Outage of an availability zone holding the gateways whose zone is not known (regional, or Standard IPs without zones)" : "Outage of availability zone " + zone) { Zone = zone };

        public static Fault WholeGateway(string gateway) =>
            new Fault(FaultKind.GatewayLoss, gateway, $"Loss of the whole gateway {gateway} (both instances)") { Gateway = gateway };

        static string Role(bool activeStandby, int instance) => activeStandby ? (instance == 0 ? " (active)" : " (standby)") : "";

        public override string ToString() => Name;
    }
}
