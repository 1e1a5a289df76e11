using System;
using System.IO;
using System.Reflection;

namespace AzVpnHa.Host
{
    /// <summary>
    /// Windows PowerShell 5.1 (.NET Framework has no AssemblyLoadContext): an AssemblyResolve handler that serves the live
    /// reader and its Azure SDK from dependencies/ (and AzVpnHa.Core from the module folder). .NET Framework keeps strong-named assemblies of different versions
    /// side by side, so our Azure.Core can live beside the one Az.Accounts loaded, whichever module came first; the
    /// handler only has to stay out of Az's way and never hand out a version older than the one asked for.
    /// </summary>
    internal sealed class DependencyResolver
    {
        readonly string _dependencies;
        readonly string _moduleRoot;

        public DependencyResolver(string dependenciesDirectory)
        {
            _dependencies = Path.GetFullPath(dependenciesDirectory);
            _moduleRoot = Path.GetDirectoryName(_dependencies);
        }

        public Assembly Resolve(object sender, ResolveEventArgs args)
        {
            string requester = null;
            try { requester = args.RequestingAssembly?.Location; } catch (NotSupportedException) { } // dynamic assemblies have no location
            var path = PathFor(new AssemblyName(args.Name), requester);
            return path != null ? Assembly.LoadFrom(path) : null;
        }

        /// <summary>
        /// The file that answers a failed bind, or null to leave it to other handlers (Az.Accounts has its own). Answered:
        /// binds made by AzVpnHa or by an assembly from dependencies/ (a bind without a known requester too, as for a
        /// type named in text), and only with a file of at least the version asked for: an older one would load and then
        /// fail with MissingMethodException far from the cause.
        /// </summary>
        public string PathFor(AssemblyName requested, string requestingLocation)
        {
            if (requestingLocation != null && requestingLocation.Length > 0 && !IsOurs(requestingLocation)) return null;
            // dependencies/ first; then the module's own folder, for AzVpnHa.Core as the live reader references it.
            foreach (var directory in new[] { _dependencies, _moduleRoot })
            {
                var path = Path.Combine(directory, requested.Name + ".dll");
                if (!File.Exists(path)) continue;
                if (requested.Version != null && AssemblyName.GetAssemblyName(path).Version < requested.Version) return null;
                return path;
            }
            return null;
        }

        bool IsOurs(string location)
        {
            var directory = Path.GetDirectoryName(Path.GetFullPath(location));
            return string.Equals(directory, _dependencies, StringComparison.OrdinalIgnoreCase)
                || string.Equals(directory, _moduleRoot, StringComparison.OrdinalIgnoreCase);
        }
    }
}
