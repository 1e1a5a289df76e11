namespace AzVpnHa.Tree
{
    /// <summary>
    /// A value in a neutral tree that exists but cannot be known offline: it is set at deploy time
    /// (reference(), list*(), a parameter without a default, utcNow()...). Readers turn it into an unknown
    /// property of the resource (<see cref="AzureResource.UnknownValues"/>), never into null (absent) and never
    /// into its expression text. <see cref="Reason"/> says where it comes from, for the Information finding
    /// a rule writes instead of judging it: "set at deploy time by parameter 'peerBgpAddress'".
    /// </summary>
    internal sealed class UnknownValue
    {
        public UnknownValue(string reason) { Reason = reason; }

        public string Reason { get; }

        public override string ToString() => "(unknown: " + Reason + ")";
    }
}
