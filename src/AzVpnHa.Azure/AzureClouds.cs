using System;
using Azure.Identity;
using Azure.ResourceManager;

namespace AzVpnHa.Azure
{
    /// <summary>The national clouds by the names Az uses (Get-AzEnvironment): ARM endpoint and Entra authority.</summary>
    internal static class AzureClouds
    {
        public static (ArmEnvironment Arm, Uri Authority) Resolve(string name)
        {
            switch ((name ?? "AzureCloud").Trim().ToLowerInvariant())
            {
                case "azurecloud":
                case "azurepubliccloud":
                case "public": return (ArmEnvironment.AzurePublicCloud, AzureAuthorityHosts.AzurePublicCloud);
                case "azurechinacloud":
                case "china": return (ArmEnvironment.AzureChina, AzureAuthorityHosts.AzureChina);
                case "azureusgovernment":
                case "usgovernment": return (ArmEnvironment.AzureGovernment, AzureAuthorityHosts.AzureGovernment);
                default: throw new ArgumentException($"Unknown environment '{name}'. Use AzureCloud, AzureChinaCloud or AzureUSGovernment.", nameof(name));
            }
        }
    }
}
