namespace AzVpnHa
{
    /// <summary>A deployed resource whose provisioningState is not Succeeded: reported, and left out of the graph the rules judge.</summary>
    public sealed class UnjudgedResource
    {
        public UnjudgedResource(string kind, string name, string resourceId, string provisioningState)
        {
            Kind = kind;
            Name = name;
            ResourceId = resourceId;
            ProvisioningState = provisioningState;
        }

        /// <summary>VirtualNetworkGateway, LocalNetworkGateway or Connection.</summary>
        public string Kind { get; }
        public string Name { get; }
        public string ResourceId { get; }
        public string ProvisioningState { get; }

        public override string ToString() => Kind + " " + Name + " (" + ProvisioningState + ")";
    }
}
