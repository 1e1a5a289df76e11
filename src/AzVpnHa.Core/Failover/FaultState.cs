using System;
using System.Collections.Generic;

namespace AzVpnHa.Failover
{
    /// <summary>Why a gateway instance or device is down in a scenario; the cause decides the interruption.</summary>
    internal enum DownCause { None, Planned, Unplanned, Zone, Device }

    /// <summary>What a scenario takes down: gateway instances (0 and 1 of every gateway) and local network gateways.</summary>
    internal sealed class FaultState
    {
        readonly Dictionary<string, DownCause[]> _instances = new Dictionary<string, DownCause[]>(StringComparer.OrdinalIgnoreCase);
        readonly HashSet<string> _lngs = new HashSet<string>(StringComparer.OrdinalIgnoreCase);

        public static FaultState Of(Topology topology, IEnumerable<Fault> faults)
        {
            var state = new FaultState();
            foreach (var fault in faults) state.Apply(topology, fault);
            return state;
        }

        public DownCause Instance(string gateway, int instance) =>
            gateway != null && instance >= 0 && instance < 2 && _instances.TryGetValue(gateway, out var causes) ? causes[instance] : DownCause.None;

        public bool DeviceDown(string localNetworkGateway) => localNetworkGateway != null && _lngs.Contains(localNetworkGateway);

        /// <summary>The keys of everything a fault takes down, to find double faults that are really one.</summary>
        public static HashSet<string> Effects(Topology topology, Fault fault)
        {
            var state = new FaultState();
            state.Apply(topology, fault);
            var keys = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            foreach (var pair in state._instances)
            {
                for (int i = 0; i < 2; i++) if (pair.Value[i] != DownCause.None) keys.Add("instance|" + pair.Key + "|" + i);
            }
            foreach (var lng in state._lngs) keys.Add("lng|" + lng);
            return keys;
        }

        void Apply(Topology topology, Fault fault)
        {
            switch (fault.Kind)
            {
                case FaultKind.PlannedMaintenance:
                    Down(fault.Gateway, fault.Instance ?? 0, DownCause.Planned);
                    break;
                case FaultKind.InstanceFailure:
                    Down(fault.Gateway, fault.Instance ?? 0, DownCause.Unplanned);
                    break;
                case FaultKind.GatewayLoss:
                    Down(fault.Gateway, 0, DownCause.Unplanned);
                    Down(fault.Gateway, 1, DownCause.Unplanned);
                    break;
                case FaultKind.ZoneOutage:
                    foreach (var gateway in topology.Gateways)
                    {
                        for (int i = 0; i < 2; i++)
                        {
                            var zone = ZonePlacement.ZoneOf(topology, gateway, i);
                            // Regional instances have no known zone: any zone outage may take them (worst case). Instances whose
                            // placement is not known (zoneless Standard IPs, being made zone-redundant) are not claimed lost.
                            bool regional = zone == null && ZonePlacement.Model(topology, gateway) == ZoneModel.Regional;
                            if (regional || (zone != null && fault.Zone != null && zone == fault.Zone)) Down(gateway.Name, i, DownCause.Zone);
                        }
                    }
                    break;
                case FaultKind.DeviceDown:
                    _lngs.Add(fault.LocalNetworkGateway);
                    break;
                case FaultKind.IspLinkDown:
                    foreach (var lng in topology.LocalNetworkGateways)
                    {
                        if (string.Equals(lng.Endpoint, fault.Endpoint, StringComparison.OrdinalIgnoreCase)) _lngs.Add(lng.Name);
                    }
                    break;
            }
        }

        void Down(string gateway, int instance, DownCause cause)
        {
            if (gateway == null || instance < 0 || instance > 1) return;
            if (!_instances.TryGetValue(gateway, out var causes)) _instances[gateway] = causes = new DownCause[2];
            // An unplanned cause outranks planned maintenance when both hit one instance.
            if (causes[instance] == DownCause.None || causes[instance] == DownCause.Planned) causes[instance] = cause;
        }
    }
}
