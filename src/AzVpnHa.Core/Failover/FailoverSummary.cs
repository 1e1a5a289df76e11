namespace AzVpnHa
{
    /// <summary>One site's or VNet link's verdict over all scenarios: does it survive every single fault, the worst interruption, and what would fix it.</summary>
    public sealed class FailoverSummary
    {
        /// <summary>The topology's name.</summary>
        public string Topology { get; internal set; }
        public string Target { get; internal set; }
        public string TargetType { get; internal set; }
        public TopologyKind Configuration { get; internal set; }
        public int Tunnels { get; internal set; }
        /// <summary>
        /// True when no single fault cuts the target off. The loss of a whole peer gateway (VNet-to-VNet) is not held
        /// against it: that is both of the peer's instances at once, which no single link survives (see GatewayLossOutages).
        /// </summary>
        public bool SurvivesEverySingleFault { get; internal set; }
        public int SingleFaultScenarios { get; internal set; }
        /// <summary>Single faults that cut the target off.</summary>
        public string[] OutageScenarios { get; internal set; } = new string[0];
        /// <summary>Whole-gateway losses that cut the target off (reported, not counted in SurvivesEverySingleFault).</summary>
        public string[] GatewayLossOutages { get; internal set; } = new string[0];
        /// <summary>The longest interruption of a single fault the target survives; 0 when none interrupts it.</summary>
        public int WorstInterruptionSeconds { get; internal set; }
        /// <summary>The worst single fault as text: its interruption and name, or "outage: ..." when one cuts the target off.</summary>
        public string WorstInterruption { get; internal set; }
        public string WorstScenario { get; internal set; }
        /// <summary>Double faults analyzed (depth 2) and how many the target survives.</summary>
        public int DoubleFaultScenarios { get; internal set; }
        public int DoubleFaultsSurvived { get; internal set; }
        /// <summary>What would make the target survive, or shorten its interruptions.</summary>
        public string[] Fixes { get; internal set; } = new string[0];

        public override string ToString() => Target + ": " + (SurvivesEverySingleFault ? "survives every single fault" : "single point of failure") + ", worst " + WorstInterruption;
    }
}
