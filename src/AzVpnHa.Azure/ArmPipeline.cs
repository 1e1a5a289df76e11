using System;
using Azure.Core;
using Azure.Core.Pipeline;
using Azure.ResourceManager;

namespace AzVpnHa.Azure
{
    /// <summary>The HTTP pipeline both readers send through: the cloud's endpoint, sign-in, retries, the transport.</summary>
    internal static class ArmPipeline
    {
        /// <summary>
        /// ArmClient keeps its pipeline internal in 1.7.0: build the same one from ArmClientOptions (retry with Retry-After,
        /// transport, diagnostics) and the bearer-token policy for the cloud's ARM audience. <paramref name="maxRetries"/>
        /// 0 leaves every retry to the caller (the fleet reader schedules its own, on its clock).
        /// </summary>
        public static ArmCaller Create(LiveReaderOptions options, int maxRetries)
        {
            var (environment, authority) = AzureClouds.Resolve(options.Environment);
            var armOptions = new ArmClientOptions { Environment = environment };
            armOptions.Retry.MaxRetries = Math.Max(0, maxRetries);
            armOptions.Retry.Mode = RetryMode.Exponential;
            armOptions.Retry.Delay = InternalHooks.PollInterval ?? TimeSpan.FromSeconds(0.8);
            armOptions.Retry.MaxDelay = TimeSpan.FromSeconds(60);
            armOptions.Retry.NetworkTimeout = options.RequestTimeout;
            // Per-call HTTP logging and tracing cost CPU on thousands of calls and nobody listens to them here.
            armOptions.Diagnostics.IsLoggingEnabled = false;
            armOptions.Diagnostics.IsDistributedTracingEnabled = false;
            if (InternalHooks.Transport != null) armOptions.Transport = InternalHooks.Transport;
            var pipeline = HttpPipelineBuilder.Build(armOptions, new BearerTokenAuthenticationPolicy(Credentials.Create(options, authority), environment.DefaultScope));
            return new ArmCaller(pipeline, environment.Endpoint, options.OperationTimeout);
        }
    }
}
