using System;
using System.IO;
using System.Reflection;

namespace AzVpnHa.Host
{
    /// <summary>
    /// Makes the live reader loadable, on first use only: importing AzVpnHa loads no Azure SDK. On PowerShell 7 the
    /// bridge (AzVpnHa.LoadContext) puts AzVpnHa.Azure and the Azure SDK in an AssemblyLoadContext of their own; on
    /// Windows PowerShell 5.1 an AssemblyResolve handler serves them from dependencies/ (side by side with the versions
    /// Az.Accounts loaded, which .NET Framework allows for strong-named assemblies of other versions).
    /// </summary>
    internal static class LiveDependencies
    {
        static readonly object Sync = new object();
        static bool _installed;

        public static string Directory =>
            Path.Combine(Path.GetDirectoryName(typeof(LiveDependencies).Assembly.Location) ?? ".", "dependencies");

        /// <summary>Call before anything that touches AzVpnHa.Azure (see LiveAudit).</summary>
        public static void Ensure()
        {
            lock (Sync)
            {
                if (_installed) return;
                var directory = Directory;
                if (!System.IO.Directory.Exists(directory))
                    throw new InvalidOperationException($"The live reader is not installed: '{directory}' is missing. Reinstall the module, or audit exported JSON with -Path.");
                bool netCore = Type.GetType("System.Runtime.Loader.AssemblyLoadContext, System.Runtime.Loader", false) != null
                               || Type.GetType("System.Runtime.Loader.AssemblyLoadContext", false) != null;
                if (netCore)
                {
                    var bridge = Assembly.LoadFrom(Path.Combine(directory, "AzVpnHa.LoadContext.dll"));
                    bridge.GetType("AzVpnHa.LoadContext.DependencyLoadContext", true).GetMethod("Install").Invoke(null, new object[] { directory });
                }
                else
                {
                    AppDomain.CurrentDomain.AssemblyResolve += new DependencyResolver(directory).Resolve;
                }
                _installed = true;
            }
        }
    }
}
