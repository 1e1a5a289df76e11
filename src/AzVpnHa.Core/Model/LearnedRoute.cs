namespace AzVpnHa
{
    /// <summary>One row of getLearnedRoutes (GatewayRoute): a prefix the gateway learned, and from which peer.</summary>
    public sealed class LearnedRoute
    {
        public string Gateway { get; internal set; }
        public string LocalAddress { get; internal set; }
        public string Network { get; internal set; }
        public string NextHop { get; internal set; }
        public string SourcePeer { get; internal set; }
        /// <summary>Network (configured), EBgp or IBgp.</summary>
        public string Origin { get; internal set; }
        public string AsPath { get; internal set; }

        public bool IsEbgp => string.Equals(Origin, "EBgp", System.StringComparison.OrdinalIgnoreCase);

        public override string ToString() => Network + " via " + SourcePeer + " (" + Origin + ")";
    }
}
