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
        /// <summary>The clock the fleet reader schedules by (a virtual one in the fleet benchmark); null is the wall clock.</summary>
        internal static IClock Clock;

        /// <summary>Sets a hook by name: Transport (HttpPipelineTransport), FakeToken (string), PollInterval (TimeSpan or milliseconds).</summary>
        internal static void SetTestHook(string property, object value)
        {
            switch (property)
            {
                case nameof(Transport): Transport = (HttpPipelineTransport)value; break;
                case nameof(FakeToken): FakeToken = (string)value; break;
                case nameof(Clock): Clock = (IClock)value; break;
                case nameof(PollInterval): PollInterval = value == null ? (TimeSpan?)null : value is TimeSpan t ? t : TimeSpan.FromMilliseconds(Convert.ToDouble(value, System.Globalization.CultureInfo.InvariantCulture)); break;
                default: throw new ArgumentException("Unknown test hook '" + property + "'.", nameof(property));
            }
        }

        internal static void Reset()
        {
            Transport = null;
            FakeToken = null;
            PollInterval = null;
            Clock = null;
        }

        /// <summary>
        /// Loads the test-support assembly (tests/AzVpnHa.Testing: the fake ARM and the synthetic estates, never shipped)
        /// beside this one: into the same AssemblyLoadContext on PowerShell 7, so it sees this assembly's Azure.Core.
        /// </summary>
        internal static System.Reflection.Assembly LoadTestSupport(string path)
        {
            var contextType = Type.GetType("System.Runtime.Loader.AssemblyLoadContext, System.Runtime.Loader", false)
                              ?? Type.GetType("System.Runtime.Loader.AssemblyLoadContext", false);
            if (contextType == null)
            {
                // Windows PowerShell 5.1: out/testing holds the test assembly alone; its references are answered with
                // the copies the live reader runs on (this folder), never with another module's.
                var home = System.IO.Path.GetDirectoryName(typeof(InternalHooks).Assembly.Location);
                AppDomain.CurrentDomain.AssemblyResolve += (sender, e) =>
                {
                    if (e.RequestingAssembly == null || e.RequestingAssembly.GetName().Name != "AzVpnHa.Testing") return null;
                    var name = new System.Reflection.AssemblyName(e.Name).Name;
                    foreach (var directory in new[] { home, System.IO.Path.GetDirectoryName(home) })
                    {
                        var candidate = System.IO.Path.Combine(directory, name + ".dll");
                        if (System.IO.File.Exists(candidate)) return System.Reflection.Assembly.LoadFrom(candidate);
                    }
                    return null;
                };
                return System.Reflection.Assembly.LoadFrom(path);
            }
            var context = contextType.GetMethod("GetLoadContext").Invoke(null, new object[] { typeof(InternalHooks).Assembly });
            return (System.Reflection.Assembly)contextType.GetMethod("LoadFromAssemblyPath").Invoke(context, new object[] { path });
        }
    }
}
