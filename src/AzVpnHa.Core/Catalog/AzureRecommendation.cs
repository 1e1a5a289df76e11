namespace AzVpnHa.Catalog
{
    /// <summary>
    /// One of Azure's own recommendations that covers the same problem as a finding: an Azure Proactive Resiliency
    /// Library (APRL) recommendation, keyed by its aprlGuid, or an Azure Advisor recommendation, keyed by its
    /// recommendation type id. Reports from APRL or Advisor join with findings on these ids.
    /// </summary>
    public sealed class AzureRecommendation
    {
        public const string Aprl = "APRL";
        public const string Advisor = "Advisor";

        public AzureRecommendation(string catalog, string id, string title, string link)
        {
            Catalog = catalog;
            Id = id;
            Title = title;
            Link = link;
        }

        /// <summary>APRL or Advisor.</summary>
        public string Catalog { get; }
        /// <summary>The aprlGuid (APRL) or recommendation type id (Advisor).</summary>
        public string Id { get; }
        public string Title { get; }
        /// <summary>Where the recommendation is published.</summary>
        public string Link { get; }

        public override string ToString() => Catalog + " " + Id;
    }
}
