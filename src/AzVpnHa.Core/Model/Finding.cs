namespace AzVpnHa
{
    /// <summary>One result of a rule: what is wrong (or worth knowing), where, how to fix it, and the document that says so.</summary>
    public sealed class Finding
    {
        public Finding(string ruleId, Severity severity, string target, string message, string recommendation, string source)
        {
            RuleId = ruleId;
            Severity = severity;
            Target = target;
            Message = message;
            Recommendation = recommendation;
            Source = source;
        }

        public string RuleId { get; }
        public Severity Severity { get; }
        /// <summary>The resource (gateway, local network gateway, connection, site or VNet link) the finding is about.</summary>
        public string Target { get; }
        public string Message { get; }
        public string Recommendation { get; }
        public string Source { get; }
        /// <summary>The topology judged, so findings of several topologies can be grouped and filtered (every example has a site 'hq').</summary>
        public string TopologyName { get; internal set; }
        /// <summary>The file the topology was read from, or null (see <see cref="Topology.FilePath"/>).</summary>
        public string FilePath { get; internal set; }
        /// <summary>Azure's own recommendations (APRL, Advisor) that cover the same problem: their ids join this finding with those reports.</summary>
        public System.Collections.Generic.IReadOnlyList<Catalog.AzureRecommendation> AzureRecommendations => Catalog.AzureAdvice.For(RuleId, Severity, Source);

        public override string ToString() => RuleId + " " + Severity + " " + Target + ": " + Message;
    }
}
