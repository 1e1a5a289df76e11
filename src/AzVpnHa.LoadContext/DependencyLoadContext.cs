using System;
using System.IO;
using System.Reflection;
using System.Runtime.Loader;

namespace AzVpnHa.LoadContext
{
    /// <summary>
    /// Loads the live reader and the Azure SDK (Azure.Core, Azure.Identity, Azure.ResourceManager, MSAL, System.ClientModel...)
    /// from the module's dependencies/ folder into a context of their own, so they never meet the Azure.Core that
    /// Az.Accounts put in the default context, whichever module was imported first. Two kinds of assembly are shared
    /// instead: AzVpnHa.Core (live results are the cmdlets' own Topology types) and the framework's own assemblies
    /// (a second copy of System.Memory or System.Text.Json would split type identity, e.g. Span&lt;T&gt;).
    /// </summary>
    public sealed class DependencyLoadContext : AssemblyLoadContext
    {
        static readonly object Sync = new object();
        static DependencyLoadContext _instance;
        readonly string _directory;
        readonly string _frameworkAssemblies;

        DependencyLoadContext(string directory) : base("AzVpnHa.Dependencies")
        {
            _directory = directory;
            _frameworkAssemblies = AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES") as string ?? "";
        }

        /// <summary>The context, once installed; null before the first live read.</summary>
        public static DependencyLoadContext Instance => _instance;

        /// <summary>
        /// Answers the default context's requests for AzVpnHa.Azure from this context. Idempotent; called by the cmdlet
        /// layer (by reflection) just before its first use of the live reader.
        /// </summary>
        public static void Install(string dependenciesDirectory)
        {
            lock (Sync)
            {
                if (_instance != null) return;
                _instance = new DependencyLoadContext(dependenciesDirectory);
                Default.Resolving += (context, name) =>
                    string.Equals(name.Name, "AzVpnHa.Azure", StringComparison.OrdinalIgnoreCase) ? _instance.LoadFromAssemblyName(name) : null;
            }
        }

        protected override Assembly Load(AssemblyName name)
        {
            if (string.Equals(name.Name, "AzVpnHa.Core", StringComparison.OrdinalIgnoreCase) || string.Equals(name.Name, "AzVpnHa", StringComparison.OrdinalIgnoreCase))
                return Loaded(name.Name);
            if (IsFramework(name.Name)) return null;
            var path = Path.Combine(_directory, name.Name + ".dll");
            return File.Exists(path) ? LoadFromAssemblyPath(path) : null;
        }

        bool IsFramework(string simpleName) =>
            _frameworkAssemblies.IndexOf(Path.DirectorySeparatorChar + simpleName + ".dll", StringComparison.OrdinalIgnoreCase) >= 0;

        /// <summary>The copy the default context already holds (PowerShell loaded it with the module).</summary>
        static Assembly Loaded(string simpleName)
        {
            foreach (var a in AppDomain.CurrentDomain.GetAssemblies())
            {
                if (string.Equals(a.GetName().Name, simpleName, StringComparison.OrdinalIgnoreCase) && GetLoadContext(a) == Default) return a;
            }
            return null;
        }
    }
}
