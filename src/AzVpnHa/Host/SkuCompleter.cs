using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using System.Management.Automation.Language;
using AzVpnHa.Catalog;

namespace AzVpnHa.Host
{
    /// <summary>Tab completion for gateway SKUs, current AZ SKUs first, with throughput and tunnels as the tooltip.</summary>
    public sealed class SkuCompleter : IArgumentCompleter
    {
        public IEnumerable<CompletionResult> CompleteArgument(string commandName, string parameterName, string wordToComplete, CommandAst commandAst, IDictionary fakeBoundParameters)
        {
            var pattern = WildcardPattern.Get((wordToComplete ?? "").Trim('\'', '"') + "*", WildcardOptions.IgnoreCase);
            return SkuCatalog.Skus
                .OrderBy(s => s.Status)
                .Where(s => pattern.IsMatch(s.Name))
                .Select(s => new CompletionResult(s.Name, s.Name, CompletionResultType.ParameterValue,
                    $"{s.Name}: {s.Throughput}, {s.MaxTunnels} tunnels, {s.Status}"));
        }
    }

    /// <summary>Tab completion for rule ids.</summary>
    public sealed class RuleIdCompleter : IArgumentCompleter
    {
        public IEnumerable<CompletionResult> CompleteArgument(string commandName, string parameterName, string wordToComplete, CommandAst commandAst, IDictionary fakeBoundParameters)
        {
            var pattern = WildcardPattern.Get((wordToComplete ?? "").Trim('\'', '"') + "*", WildcardOptions.IgnoreCase);
            return Rules.RuleSet.All.Where(r => pattern.IsMatch(r.Id))
                .Select(r => new CompletionResult(r.Id, r.Id, CompletionResultType.ParameterValue, r.Title));
        }
    }
}
