namespace AzVpnHa.Planning
{
    /// <summary>Which side of each planned APIPA /30 takes the first usable address.</summary>
    public enum ApipaPairing
    {
        /// <summary>Azure's instances take 4k+1, the device 4k+2 (AzVpnHa's default).</summary>
        AzureFirst,
        /// <summary>The device takes 4k+1 and Azure 4k+2: peers that dictate their side, such as an AWS virtual private gateway.</summary>
        PeerFirst,
    }
}
