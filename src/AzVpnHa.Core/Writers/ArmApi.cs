namespace AzVpnHa.Writers
{
    /// <summary>
    /// The Microsoft.Network API version every exported resource uses: 2025-07-01, the newest stable version in the
    /// azure-rest-api-specs index (specification/network/resource-manager/Microsoft.Network/Network/stable/2025-07-01)
    /// and one the Bicep 0.49.2 type index knows for publicIPAddresses, virtualNetworkGateways, localNetworkGateways,
    /// connections and virtualNetworks/subnets (no BCP081), so every property is type-checked offline.
    /// </summary>
    internal static class ArmApi
    {
        public const string NetworkVersion = "2025-07-01";
        public const string PublicIpType = "Microsoft.Network/publicIPAddresses";
        public const string GatewayType = "Microsoft.Network/virtualNetworkGateways";
        public const string GatewayIpConfigurationType = "Microsoft.Network/virtualNetworkGateways/ipConfigurations";
        public const string LocalNetworkGatewayType = "Microsoft.Network/localNetworkGateways";
        public const string ConnectionType = "Microsoft.Network/connections";
        public const string VirtualNetworkType = "Microsoft.Network/virtualNetworks";
        public const string SubnetType = "Microsoft.Network/virtualNetworks/subnets";
        /// <summary>Azure requires the gateway's subnet to carry exactly this name.</summary>
        public const string GatewaySubnetName = "GatewaySubnet";
        public const string DeploymentSchema = "https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#";
    }
}
