using System;
using Azure.Core;
using Azure.Identity;

namespace AzVpnHa.Azure
{
    /// <summary>
    /// Sign-in choice: a given token, else the managed identity, else the default chain with every interactive
    /// credential excluded (a cmdlet in Azure Automation or CI must never wait on a browser).
    /// </summary>
    internal static class Credentials
    {
        public static TokenCredential Create(LiveReaderOptions options, Uri authority)
        {
            if (InternalHooks.FakeToken != null) return new StaticTokenCredential(InternalHooks.FakeToken);
            if (!string.IsNullOrEmpty(options.AccessToken)) return new StaticTokenCredential(options.AccessToken);
            if (options.UseManagedIdentity)
            {
                var id = string.IsNullOrEmpty(options.ManagedIdentityClientId) ? ManagedIdentityId.SystemAssigned : ManagedIdentityId.FromUserAssignedClientId(options.ManagedIdentityClientId);
                return new ManagedIdentityCredential(id);
            }
            return new DefaultAzureCredential(new DefaultAzureCredentialOptions
            {
                AuthorityHost = authority,
                ExcludeInteractiveBrowserCredential = true,
                ManagedIdentityClientId = options.ManagedIdentityClientId,
            });
        }
    }
}
