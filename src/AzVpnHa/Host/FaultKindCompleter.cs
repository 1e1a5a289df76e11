using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using System.Management.Automation.Language;

namespace AzVpnHa.Host
{
    /// <summary>Completes Test-HaVpnFailover -Scenario with the fault kinds (each also matches the scenarios that contain it).</summary>
    public sealed class FaultKindCompleter : IArgumentCompleter
    {
        public IEnumerable<CompletionResult> CompleteArgument(string commandName, string parameterName, string wordToComplete, CommandAst commandAst, IDictionary fakeBoundParameters)
        {
            var pattern = WildcardPattern.Get((wordToComplete ?? "").Trim('\'', '"') + "*", WildcardOptions.IgnoreCase);
            return Enum.GetNames(typeof(FaultKind)).Where(n => pattern.IsMatch(n))
                .Select(n => new CompletionResult(n, n, CompletionResultType.ParameterValue, "Scenarios with a " + n + " fault"));
        }
    }
}
