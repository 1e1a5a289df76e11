using System.Linq;

namespace AzVpnHa
{
    /// <summary>A failure scenario: one fault (depth 1) or two at once (depth 2).</summary>
    internal sealed class Scenario
    {
        public Scenario(params Fault[] faults)
        {
            Faults = faults;
        }

        public Fault[] Faults { get; }
        public int Depth => Faults.Length;
        /// <summary>Stable name: the faults' names joined by " + ".</summary>
        public string Name => string.Join(" + ", Faults.Select(f => f.Name));
        public string Description => string.Join(" + ", Faults.Select(f => f.Description));
        /// <summary>Whether every fault is planned maintenance (graceful), so nothing is lost without warning.</summary>
        public bool IsPlanned => Faults.All(f => f.IsPlanned);

        public bool Has(FaultKind kind) => Faults.Any(f => f.Kind == kind);

        public override string ToString() => Name;
    }
}
