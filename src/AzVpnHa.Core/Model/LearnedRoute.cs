namespace AzVpnHa
{
    /// <summary>One row of getLearnedRoutes (GatewayRoute): a prefix the gateway learned, and from which peer.</summary>
    public sealed class LearnedRoute
    {
        public string Gateway { get; set; }
        public string LocalAddress { get; set; }
        public string Network { get; set; }
        public string NextHop { get; set; }
        public string SourcePeer { get; set; }
        /// <summary>Network (configured), EBgp or IBgp.</summary>
        public string Origin { get; set; }
        public string AsPath { get; set; }

        public bool IsEbgp => string.Equals(Origin, "EBgp", System.StringComparison.OrdinalIgnoreCase);

        public override string ToString() => Network + " via " + SourcePeer + " (" + Origin + ")";
    }
}
