using System;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using AzVpnHa.Host;

namespace AzVpnHa.Commands
{
    /// <summary>
    /// Failure analysis: for each fault scenario and each site or VNet link, the tunnels that survive, whether the
    /// networks stay reachable and for how long traffic stops, with the source of every number.
    /// </summary>
    [Cmdlet(VerbsDiagnostic.Test, "HaVpnFailover", DefaultParameterSetName = TopologySet)]
    [OutputType(typeof(FailoverResult))]
    [OutputType(typeof(FailoverSummary))]
    [OutputType(typeof(string))]
    public sealed class TestHaVpnFailoverCommand : TopologyInputCommand
    {
        /// <summary>Scenarios to analyze, by name ("InstanceFailure vgw[0]"), fault kind ("ZoneOutage") or wildcard; all by default.</summary>
        [Parameter]
        [SupportsWildcards]
        [ArgumentCompleter(typeof(FaultKindCompleter))]
        public string[] Scenario { get; set; }

        /// <summary>1: single faults; 2: single faults and every double fault.</summary>
        [Parameter]
        [ValidateRange(1, 2)]
        public int Depth { get; set; } = 1;

        /// <summary>Sites or VNet links to report; wildcards allowed; all by default.</summary>
        [Parameter]
        [SupportsWildcards]
        public string[] Target { get; set; }

        /// <summary>Write one verdict per site or VNet link instead of the per-scenario results.</summary>
        [Parameter]
        public SwitchParameter Summary { get; set; }

        /// <summary>Write one Markdown document (verdicts and a table per site or link) for a change review.</summary>
        [Parameter]
        public SwitchParameter AsMarkdown { get; set; }

        protected override void Process(Topology topology)
        {
            var scenarios = ScenarioEnumerator.Enumerate(topology, Depth);
            if (Scenario != null)
            {
                scenarios = scenarios.Where(s => Scenario.Any(p => Matches(s, p))).ToList();
                if (scenarios.Count == 0)
                {
                    WriteError(new ErrorRecord(
                        new ItemNotFoundException($"No failure scenario of '{topology.Name}' matches {string.Join(", ", Scenario.Select(p => "'" + p + "'"))}."),
                        ErrorIds.ScenarioNotFound, ErrorCategory.ObjectNotFound, Scenario)
                    {
                        ErrorDetails = new ErrorDetails($"No failure scenario of '{topology.Name}' matches {string.Join(", ", Scenario.Select(p => "'" + p + "'"))}.")
                        {
                            RecommendedAction = "Use a fault kind (" + string.Join(", ", Enum.GetNames(typeof(FaultKind))) + ") or a scenario name such as 'InstanceFailure <gateway>[0]'.",
                        },
                    });
                    return;
                }
            }
            WriteVerbose($"'{topology.Name}': {scenarios.Count} scenario(s) at depth {Depth}.");

            var results = FailoverAnalyzer.Analyze(topology, scenarios);
            if (Target != null)
            {
                var patterns = Target.Select(t => WildcardPattern.Get(t, WildcardOptions.IgnoreCase)).ToList();
                var targets = results.Select(r => r.Target).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
                results = results.Where(r => patterns.Any(p => p.IsMatch(r.Target))).ToList();
                if (results.Count == 0)
                {
                    // A typo must not look like "nothing to report": say so, as a -Scenario typo does.
                    var message = $"No site or VNet link of '{topology.Name}' matches {string.Join(", ", Target.Select(p => "'" + p + "'"))}.";
                    WriteError(new ErrorRecord(new ItemNotFoundException(message), ErrorIds.TargetNotFound, ErrorCategory.ObjectNotFound, Target)
                    {
                        ErrorDetails = new ErrorDetails(message) { RecommendedAction = "Use one of: " + string.Join(", ", targets) + " (wildcards allowed)." },
                    });
                    return;
                }
            }
            // A runbook reads per site: group the results by target, scenarios in enumeration order.
            results = results.GroupBy(r => r.TargetType + "|" + r.Target, StringComparer.OrdinalIgnoreCase).SelectMany(g => g).ToList();
            var summaries = FailoverAnalyzer.Summarize(topology, results);

            if (AsMarkdown) WriteObject(MarkdownReport.Write(results, summaries));
            else if (Summary) foreach (var s in summaries) WriteObject(s);
            else foreach (var r in results) WriteObject(r);
        }

        /// <summary>Exact name first (names hold brackets, which wildcards read as a set), then the wildcard on the scenario, on any of its faults, or on a fault kind.</summary>
        static bool Matches(Scenario scenario, string pattern)
        {
            if (string.Equals(scenario.Name, pattern, StringComparison.OrdinalIgnoreCase)) return true;
            var wildcard = WildcardPattern.Get(pattern, WildcardOptions.IgnoreCase);
            return wildcard.IsMatch(scenario.Name) || scenario.Faults.Any(f =>
                string.Equals(f.Name, pattern, StringComparison.OrdinalIgnoreCase) || wildcard.IsMatch(f.Name) || wildcard.IsMatch(f.Kind.ToString()));
        }
    }
}
