namespace AzVpnHa.Catalog
{
    /// <summary>One documented duration (or bound) in seconds, with the words and the document it comes from.</summary>
    internal sealed class TimingFact
    {
        internal TimingFact(string name, int minSeconds, int maxSeconds, string quote, string citation, string sourceTitle, string source)
        {
            Name = name;
            MinSeconds = minSeconds;
            MaxSeconds = maxSeconds;
            Quote = quote;
            Citation = citation;
            SourceTitle = sourceTitle;
            Source = source;
        }

        public string Name { get; }
        public int MinSeconds { get; }
        public int MaxSeconds { get; }
        /// <summary>What the document says (quoted or closely paraphrased), short enough to print next to the number.</summary>
        public string Quote { get; }
        /// <summary>A short name of the document, printed after the number: "HA article 07/24/2024".</summary>
        public string Citation { get; }
        /// <summary>The document's title and date, for people; Source is its address.</summary>
        public string SourceTitle { get; }
        public string Source { get; }

        public string Range => MinSeconds == MaxSeconds ? MinSeconds + " s" : MinSeconds + "-" + MaxSeconds + " s";

        public override string ToString() => Name + ": " + Range + " (" + SourceTitle + ")";
    }
}
