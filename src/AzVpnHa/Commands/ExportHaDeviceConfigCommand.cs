using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Management.Automation;
using System.Text;
using AzVpnHa.DeviceConfigs;
using AzVpnHa.Host;
using AzVpnHa.Writers.Devices;

namespace AzVpnHa.Commands
{
    /// <summary>
    /// Writes the on-premises half of a topology: per device, its tunnels to every Azure instance, BGP over each, ECMP
    /// and the advertised prefixes, as neutral objects/JSON or as strongSwan, FRR, Cisco IOS XE or FortiOS configuration.
    /// </summary>
    [Cmdlet(VerbsData.Export, "HaDeviceConfig", DefaultParameterSetName = TopologySet, SupportsShouldProcess = true)]
    [OutputType(typeof(DeviceConfig), typeof(string), typeof(FileInfo))]
    public sealed class ExportHaDeviceConfigCommand : TopologyInputCommand
    {
        [Parameter]
        public DeviceConfigFormat Format { get; set; } = DeviceConfigFormat.Neutral;

        [Parameter]
        [ValidateNotNullOrEmpty]
        public string[] Device { get; set; }

        [Parameter]
        public DeviceSide Side { get; set; } = DeviceSide.OnPremises;

        [Parameter]
        [ValidateNotNullOrEmpty]
        public string PreferDevice { get; set; }

        [Parameter]
        [ValidateRange(0, 1)]
        public int PreferInstance { get; set; } = -1;

        [Parameter]
        [Alias("OutputPath")]
        public string OutFile { get; set; }

        [Parameter]
        public string OutputFolder { get; set; }

        [Parameter]
        public SwitchParameter NoClobber { get; set; }

        [Parameter]
        public SwitchParameter Force { get; set; }

        protected override void BeginProcessing()
        {
            if (OutFile != null && OutputFolder != null)
                ThrowTerminatingError(new ErrorRecord(new ArgumentException("Use -OutFile (one file for all devices) or -OutputFolder (one file per device), not both."),
                    "DeviceConfigOutputConflict", ErrorCategory.InvalidArgument, OutFile));
        }

        protected override void Process(Topology topology)
        {
            // A plan with Error findings is refused like every exporter's; a deployed estate is exported as it is: its devices
            // need their configuration most when its tunnels are down.
            if (topology.Origin == TopologyOrigin.Planned && !ExportGuard.Allow(this, topology, Force)) return;
            var options = new DeviceConfigOptions
            {
                Side = Side,
                Devices = Device,
                PreferDevice = PreferDevice,
                PreferInstance = MyInvocation.BoundParameters.ContainsKey(nameof(PreferInstance)) ? PreferInstance : (int?)null,
            };
            var configs = DeviceConfigBuilder.Build(topology, options);
            if (PreferDevice != null && !topology.LocalNetworkGateways.Any(l => string.Equals(l.Device ?? l.Name, PreferDevice, StringComparison.OrdinalIgnoreCase)))
                WriteError(new ErrorRecord(new ArgumentException($"-PreferDevice: '{PreferDevice}' is not a device of '{topology.Name}'. Use one of: {string.Join(", ", topology.LocalNetworkGateways.Select(l => l.Device ?? l.Name))}."),
                    "DeviceConfigUnknownDevice", ErrorCategory.ObjectNotFound, PreferDevice));
            foreach (var name in Device ?? new string[0])
            {
                if (configs.Any(c => string.Equals(c.Name, name, StringComparison.OrdinalIgnoreCase) || string.Equals(c.LocalNetworkGateway, name, StringComparison.OrdinalIgnoreCase))) continue;
                WriteError(new ErrorRecord(new ArgumentException($"-Device: '{name}' has no tunnel in '{topology.Name}' on the {Side} side. Devices: {string.Join(", ", DeviceConfigBuilder.Build(topology, new DeviceConfigOptions { Side = Side }).Select(c => c.Name))}."),
                    "DeviceConfigUnknownDevice", ErrorCategory.ObjectNotFound, name));
            }
            if (configs.Count == 0)
            {
                WriteWarning($"'{topology.Name}' has no {(Side == DeviceSide.Azure ? "gateway instance with tunnels" : "on-premises device with tunnels")} to configure" +
                    (Side == DeviceSide.OnPremises && topology.VNetLinks.Any() ? " (VNet-to-VNet links are configured by Azure; -Side Azure writes their emulation)." : "."));
                return;
            }
            foreach (var c in configs)
            {
                WriteVerbose($"{c.Name}: {c.Tunnels.Count} tunnel(s) to {string.Join(", ", c.Tunnels.Select(t => t.Remote))}, ASN {c.Asn?.ToString() ?? "none"}, ECMP {c.MaximumPaths}.");
                if (c.HasPlaceholders) WriteWarning($"{c.Name}: values Azure sets at deployment are <placeholders>; fill them in, or export from the deployed topology (Get-HaVpnTopology).");
            }

            if (OutputFolder != null) { WriteFolder(topology, configs); return; }
            if (OutFile != null) { WriteFile(GetUnresolvedProviderPathFromPSPath(OutFile), Combined(configs), topology.Name); return; }
            foreach (var c in configs)
            {
                if (Format == DeviceConfigFormat.Neutral) WriteObject(c);
                else WriteObject(DeviceConfigWriter.Write(c, Format));
            }
        }

        string Combined(IReadOnlyList<DeviceConfig> configs)
        {
            if (Format == DeviceConfigFormat.Neutral)
                return Writers.JsonTextWriter.Write(configs.Select(NeutralWriter.Tree).ToArray());
            return string.Join("\n", configs.Select(c => DeviceConfigWriter.Write(c, Format)));
        }

        void WriteFolder(Topology topology, IReadOnlyList<DeviceConfig> configs)
        {
            var folder = GetUnresolvedProviderPathFromPSPath(OutputFolder);
            if (!Directory.Exists(folder))
            {
                if (!ShouldProcess(folder, "Create folder")) return;
                Directory.CreateDirectory(folder);
            }
            for (int i = 0; i < configs.Count; i++)
            {
                WriteProgress(new ProgressRecord(2, MyInvocation.MyCommand.Name, "Writing " + configs[i].Name) { PercentComplete = 100 * i / configs.Count });
                WriteFile(System.IO.Path.Combine(folder, DeviceConfigWriter.FileName(configs[i], Format)), DeviceConfigWriter.Write(configs[i], Format), topology.Name);
            }
            WriteProgress(new ProgressRecord(2, MyInvocation.MyCommand.Name, "Done") { RecordType = ProgressRecordType.Completed });
        }

        void WriteFile(string path, string text, string topology)
        {
            if (NoClobber && File.Exists(path))
            {
                WriteError(new ErrorRecord(new IOException($"'{path}' exists and -NoClobber was given. Remove -NoClobber to overwrite it, or choose another path."),
                    "DeviceConfigFileExists", ErrorCategory.ResourceExists, path));
                return;
            }
            if (!ShouldProcess(path, $"Export-HaDeviceConfig: write the {Format} configuration of '{topology}'")) return;
            File.WriteAllText(path, text, new UTF8Encoding(false));
            WriteVerbose($"Wrote '{path}'.");
            WriteObject(new FileInfo(path));
        }
    }
}
