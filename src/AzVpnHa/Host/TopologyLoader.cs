using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.IO;
using System.Management.Automation;
using AzVpnHa.Spec;

namespace AzVpnHa.Host
{
    /// <summary>The one way a cmdlet turns a spec (file or object) into a planned topology, narrating as it goes.</summary>
    internal static class TopologyLoader
    {
        /// <summary>Resolves PowerShell paths (relative, PSDrive, wildcards) to files; a missing file is an error record.</summary>
        public static IEnumerable<string> ResolveFiles(PSCmdlet cmdlet, string path, List<ErrorRecord> errors)
        {
            Collection<string> resolved;
            try { resolved = cmdlet.GetResolvedProviderPathFromPSPath(path, out _); }
            catch (ItemNotFoundException) { errors.Add(Errors.FileNotFound(path)); yield break; }
            foreach (var file in resolved)
            {
                if (File.Exists(file)) yield return file;
                else errors.Add(Errors.FileNotFound(file));
            }
        }

        public static Topology FromFile(PSCmdlet cmdlet, string file, bool assignApipa = false)
        {
            cmdlet.WriteVerbose($"Reading spec '{file}'.");
            return FromTree(cmdlet, SpecFile.Read(file), assignApipa);
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
