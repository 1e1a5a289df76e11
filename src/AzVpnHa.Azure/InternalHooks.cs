using System;
using Azure.Core.Pipeline;

namespace AzVpnHa.Azure
{
    /// <summary>
    /// Test seam in the PSResourceGet style (InternalHooks.SetTestHook): tests and the benchmark swap the ARM transport
    /// for a fake that serves recorded payloads, so the live path runs end to end offline. Not for production use.
    /// </summary>
    internal static class InternalHooks
    {
        /// <summary>Serves every HTTP call instead of HttpClient and the network (e.g. <see cref="RecordedArmTransport"/>).</summary>
        internal static HttpPipelineTransport Transport;
        /// <summary>Replaces sign-in (a fake token) when set.</summary>
        internal static string FakeToken;
        /// <summary>Floor for long-running-operation polls and retry delays; tests set it near zero.</summary>
        internal static TimeSpan? PollInterval;

        /// <summary>Sets a hook by name: Transport (HttpPipelineTransport), FakeToken (string), PollInterval (TimeSpan or milliseconds).</summary>
        internal static void SetTestHook(string property, object value)
        {
            switch (property)
            {
                case nameof(Transport): Transport = (HttpPipelineTransport)value; break;
                case nameof(FakeToken): FakeToken = (string)value; break;
                case nameof(PollInterval): PollInterval = value == null ? (TimeSpan?)null : value is TimeSpan t ? t : TimeSpan.FromMilliseconds(Convert.ToDouble(value, System.Globalization.CultureInfo.InvariantCulture)); break;
                default: throw new ArgumentException("Unknown test hook '" + property + "'.", nameof(property));
            }
        }

        internal static void Reset()
        {
            Transport = null;
            FakeToken = null;
            PollInterval = null;
        }
    }
}
