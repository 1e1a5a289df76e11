using System;
using System.Collections;
using System.Collections.Generic;
using System.Collections.Specialized;
using System.IO;
using System.Management.Automation;
using AzVpnHa.Spec;
using AzVpnHa.Writers;

namespace AzVpnHa.Commands
{
    /// <summary>
    /// Turns a topology, planned or deployed, into the spec that plans it: an ordered hashtable, JSON, or a .json/.psd1
    /// file that New-HaVpnTopology -Path accepts. Topologies are read-only, so this is how one is edited: read what is
    /// deployed, convert it, change the spec, plan it again, export the change.
    /// </summary>
    [Cmdlet(VerbsData.ConvertTo, "HaVpnSpec", DefaultParameterSetName = TopologySet, SupportsShouldProcess = true)]
    [OutputType(typeof(OrderedDictionary), typeof(string), typeof(FileInfo))]
    public sealed class ConvertToHaVpnSpecCommand : TopologyInputCommand
    {
        /// <summary>Return JSON text instead of an ordered hashtable.</summary>
        [Parameter]
        public SwitchParameter AsJson { get; set; }

        /// <summary>Write the spec to this .json or .psd1 file (by its extension) and return the file.</summary>
        [Parameter]
        [Alias("OutputPath")]
        public string OutFile { get; set; }

        /// <summary>Do not overwrite an existing -OutFile.</summary>
        [Parameter]
        public SwitchParameter NoClobber { get; set; }

        protected override void Process(Topology topology)
        {
            WriteVerbose($"Writing the spec of '{topology.Name}' ({topology.Origin}, {topology.Gateways.Count} gateway(s), {topology.Sites.Count} site(s)).");
            var spec = SpecWriter.Write(topology, out var omitted);
            foreach (var line in omitted) WriteWarning(line);
            if (string.IsNullOrEmpty(OutFile))
            {
                WriteObject(AsJson ? (object)JsonTextWriter.Write(spec) : ToOrdered(spec));
                return;
            }
            var extension = System.IO.Path.GetExtension(OutFile).ToLowerInvariant();
            if (extension != ".json" && extension != ".psd1")
            {
                ThrowTerminatingError(new ErrorRecord(new ArgumentException($"-OutFile '{OutFile}' must end in .json or .psd1 (the spec formats New-HaVpnTopology -Path reads)."),
                    ErrorIds.SpecOutFileExtension, ErrorCategory.InvalidArgument, OutFile) { ErrorDetails = new ErrorDetails($"-OutFile '{OutFile}' must end in .json or .psd1.") { RecommendedAction = "Name the file *.json or *.psd1." } });
            }
            var text = extension == ".psd1" ? Psd1TextWriter.Write(spec) : JsonTextWriter.Write(spec);
            var file = AzVpnHa.Host.OutFile.Write(this, OutFile, NoClobber, $"ConvertTo-HaVpnSpec: write the spec of '{topology.Name}'", text);
            if (file != null) WriteObject(file);
        }

        /// <summary>Ordered hashtables and arrays: what PowerShell users edit, and what New-HaVpnTopology -InputObject takes.</summary>
        static object ToOrdered(object value)
        {
            switch (value)
            {
                case IEnumerable<KeyValuePair<string, object>> members:
                    var map = new OrderedDictionary(StringComparer.OrdinalIgnoreCase);
                    foreach (var m in members) map[m.Key] = ToOrdered(m.Value);
                    return map;
                case string s: return s;
                case IEnumerable list:
                    var items = new List<object>();
                    foreach (var item in list) items.Add(ToOrdered(item));
                    return items.ToArray();
                default: return value;
            }
        }
    }
}
