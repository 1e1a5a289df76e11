using System;
using System.Collections.ObjectModel;
using System.IO;
using System.Linq;
using System.Management.Automation;
using AzVpnHa.Spec;

namespace AzVpnHa.Host
{
    /// <summary>The one way a cmdlet turns a spec (file or object) into a planned topology, narrating as it goes.</summary>
    internal static class TopologyLoader
    {
        /// <summary>
        /// -Path, the same in every cmdlet: PowerShell paths (relative, PSDrive, wildcards) are resolved to files and each
        /// file is handed to <paramref name="read"/>; a path that names no file is a non-terminating FileNotFound error
        /// naming it, then <paramref name="unreadable"/> is told, and the other paths go on.
        /// </summary>
        public static void ForEachFile(PSCmdlet cmdlet, string[] paths, Action<string> read, Action<string> unreadable = null)
        {
            var name = cmdlet.MyInvocation.MyCommand.Name;
            for (int i = 0; i < paths.Length; i++)
            {
                Collection<string> resolved;
                try { resolved = cmdlet.GetResolvedProviderPathFromPSPath(paths[i], out _); }
                catch (ItemNotFoundException) { resolved = new Collection<string>(); }
                catch (System.Management.Automation.DriveNotFoundException) { resolved = new Collection<string>(); }
                var files = resolved.Where(File.Exists).ToList();
                if (files.Count == 0)
                {
                    cmdlet.WriteError(Errors.FileNotFound(resolved.Count == 1 ? resolved[0] : paths[i]));
                    unreadable?.Invoke(paths[i]);
                    continue;
                }
                foreach (var file in files)
                {
                    if (paths.Length > 1) cmdlet.WriteProgress(new ProgressRecord(1, name, "Reading " + file) { PercentComplete = 100 * i / paths.Length });
                    read(file);
                }
            }
            if (paths.Length > 1) cmdlet.WriteProgress(new ProgressRecord(1, name, "Done") { RecordType = ProgressRecordType.Completed });
        }

        public static Topology FromFile(PSCmdlet cmdlet, string file, bool assignApipa = false)
        {
            cmdlet.WriteVerbose($"Reading spec '{file}'.");
            try
            {
                var topology = FromTree(cmdlet, SpecFile.Read(file), assignApipa);
                topology.FilePath = file;
                return topology;
            }
            catch (SpecException e) { throw new SpecException(e.Errors, $"The topology spec '{file}'"); } // the message names the file
        }

        public static Topology FromObject(PSCmdlet cmdlet, object input, bool assignApipa = false) => FromTree(cmdlet, PSObjectTree.Convert(input), assignApipa);

        static Topology FromTree(PSCmdlet cmdlet, object tree, bool assignApipa)
        {
            var spec = SpecReader.Read(tree);
            if (assignApipa)
            {
                // Fills blank ASNs and BGP peer addresses before planning, so the plan and its checks see the final values.
                foreach (var assignment in Planning.ApipaPlanner.Assign(spec))
                    cmdlet.WriteVerbose($"Assigned {assignment.Target} {assignment.Field} = {assignment.Value}.");
            }
            var topology = Planner.Plan(spec);
            cmdlet.WriteVerbose($"Planned '{topology.Name}' ({topology.Kind}): {topology.Gateways.Count} gateway(s), " +
                                $"{topology.LocalNetworkGateways.Count} local network gateway(s), {topology.Connections.Count} connection(s), {topology.TunnelCount} tunnel(s).");
            return topology;
        }
    }
}
