using System.Collections.Generic;

namespace AzVpnHa
{
    /// <summary>What applying the reference (the plan) to the difference (what is deployed) does to one resource.</summary>
    public enum DifferenceChange
    {
        /// <summary>Only in the reference: applying the plan creates it.</summary>
        Add,
        /// <summary>Only in the difference: applying the plan deletes it.</summary>
        Remove,
        /// <summary>In both, with a different value.</summary>
        Modify,
    }

    /// <summary>
    /// One difference between two topologies (Compare-HaVpnTopology), resource by resource: what differs, what it
    /// changes for availability, and what applying the reference to the difference costs, with the documents that say so.
    /// </summary>
    public sealed class TopologyDifference
    {
        /// <summary>The reference topology's name (usually the plan).</summary>
        public string ReferenceTopology { get; internal set; }
        /// <summary>The difference topology's name (usually what is deployed).</summary>
        public string DifferenceTopology { get; internal set; }
        /// <summary>Gateway, GatewayInstance, LocalNetworkGateway, Connection, Tunnel, Site or VNetLink.</summary>
        public string ResourceType { get; internal set; }
        /// <summary>The resource's name; a gateway instance is "gateway[index]", a tunnel "connection: gateway[index] &lt;-&gt; remote".</summary>
        public string Resource { get; internal set; }
        /// <summary>The property that differs; null when the whole resource is added or removed.</summary>
        public string Property { get; internal set; }
        public DifferenceChange Change { get; internal set; }
        /// <summary>The value in the reference (plan); null when the resource is only in the difference.</summary>
        public string ReferenceValue { get; internal set; }
        /// <summary>The value in the difference (deployed); null when the resource is only in the reference.</summary>
        public string DifferenceValue { get; internal set; }
        /// <summary>What the change does to availability.</summary>
        public string Availability { get; internal set; }
        /// <summary>What applying the reference costs: duration, interruption, what else must change.</summary>
        public string Cost { get; internal set; }
        /// <summary>True when applying the change interrupts traffic over the tunnels it touches.</summary>
        public bool Disruptive { get; internal set; }
        /// <summary>The documents Availability and Cost rest on.</summary>
        public IReadOnlyList<string> Sources { get; internal set; } = new string[0];

        public override string ToString() =>
            Change + " " + ResourceType + " " + Resource + (Property == null ? "" : " " + Property + ": " + DifferenceValue + " -> " + ReferenceValue);
    }
}
