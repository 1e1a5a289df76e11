using System.Collections.Generic;

namespace AzVpnHa.Rules
{
    /// <summary>
    /// One check over the resource graph. A rule never reads input and never throws on odd data: what it
    /// cannot judge it leaves alone. Ids are part of the module's contract.
    /// </summary>
    public abstract class Rule
    {
        private protected Rule(string id, string title, Severity severity, string source)
        {
            Id = id;
            Title = title;
            Severity = severity;
            Source = source;
        }

        public string Id { get; }
        public string Title { get; }
        /// <summary>The usual severity; a rule may report a lower one for a milder case.</summary>
        public Severity Severity { get; }
        public string Source { get; }
        /// <summary>Azure's own recommendations (APRL, Advisor) that its findings may carry (AzVpnHa.Catalog.AzureAdvice).</summary>
        public IReadOnlyList<Catalog.AzureRecommendation> AzureRecommendations => Catalog.AzureAdvice.ForRule(Id);

        internal abstract void Evaluate(RuleContext context, ICollection<Finding> findings);

        private protected Finding Finding(string target, string message, string recommendation, Severity? severity = null, string source = null) =>
            new Finding(Id, severity ?? Severity, target, message, recommendation, source ?? Source);

        /// <summary>True (and noted for HA024) when any of the properties is set at deploy time: the rule then judges nothing from it.</summary>
        private protected bool Unknown(RuleContext context, AzureResource resource, params string[] properties)
        {
            bool any = false;
            foreach (var p in properties) any |= context.Unknown(this, resource, p);
            return any;
        }

        public override string ToString() => Id + " " + Title;
    }
}
