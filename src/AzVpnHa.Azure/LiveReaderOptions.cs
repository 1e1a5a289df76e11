using System;

namespace AzVpnHa.Azure
{
    /// <summary>How the live reader signs in and how hard it pushes ARM. Plain values only: the cmdlet layer fills it.</summary>
    public sealed class LiveReaderOptions
    {
        /// <summary>AzureCloud (default), AzureChinaCloud or AzureUSGovernment: the ARM endpoint and the Entra authority.</summary>
        public string Environment { get; set; } = "AzureCloud";
        /// <summary>A bearer token for ARM (e.g. from Get-AzAccessToken), reusing an Az login; wins over the other choices.</summary>
        public string AccessToken { get; set; }
        /// <summary>Use the managed identity (Azure Automation, VMs); <see cref="ManagedIdentityClientId"/> picks a user-assigned one.</summary>
        public bool UseManagedIdentity { get; set; }
        public string ManagedIdentityClientId { get; set; }
        /// <summary>Gateways read at once; each gateway's own reads also run in parallel.</summary>
        public int ThrottleLimit { get; set; } = 8;
        /// <summary>Read getBgpPeerStatus (a long-running POST) for gateways with BGP on.</summary>
        public bool IncludeBgpPeerStatus { get; set; } = true;
        /// <summary>Read getLearnedRoutes (a long-running POST) for gateways with BGP on; it shows ECMP in effect.</summary>
        public bool IncludeLearnedRoutes { get; set; } = true;
        /// <summary>Per HTTP call (the pipeline's network timeout).</summary>
        public TimeSpan RequestTimeout { get; set; } = TimeSpan.FromSeconds(100);
        /// <summary>How long one long-running POST may take before it counts as a timeout.</summary>
        public TimeSpan OperationTimeout { get; set; } = TimeSpan.FromMinutes(5);
        /// <summary>Retries on 429, 5xx and transport faults; 429 waits what Retry-After says.</summary>
        public int MaxRetries { get; set; } = 5;
    }
}
