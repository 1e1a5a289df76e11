using System.Linq;
using System.Management.Automation;
using AzVpnHa.Host;
using AzVpnHa.Rules;

namespace AzVpnHa.Commands
{
    /// <summary>Lists the rules Test-HaVpnTopology applies, with their severity and source.</summary>
    [Cmdlet(VerbsCommon.Get, "HaVpnRule")]
    [OutputType(typeof(Rule))]
    public sealed class GetHaVpnRuleCommand : PSCmdlet
    {
        /// <summary>Rule ids to list; wildcards allowed.</summary>
        [Parameter(Position = 0)]
        [ArgumentCompleter(typeof(RuleIdCompleter))]
        [SupportsWildcards]
        public string[] Id { get; set; }

        protected override void EndProcessing()
        {
            var patterns = (Id ?? new[] { "*" }).Select(i => WildcardPattern.Get(i, WildcardOptions.IgnoreCase)).ToList();
            foreach (var rule in RuleSet.All.Where(r => patterns.Any(p => p.IsMatch(r.Id)))) WriteObject(rule);
        }
    }
}
