using System.Collections;
using System.Collections.Generic;
using System.IO;
using System.Management.Automation;
using AzVpnHa.Host;
using AzVpnHa.Spec;

namespace AzVpnHa.Commands
{
    /// <summary>
    /// Plans an HA VPN topology from a spec file, a hashtable/object, or parameters for the common one-gateway,
    /// one-site case. Malformed input is a terminating error naming the field; rule violations are for Test-HaVpnTopology.
    /// </summary>
    [Cmdlet(VerbsCommon.New, "HaVpnTopology", DefaultParameterSetName = ParametersSet)]
    [OutputType(typeof(Topology))]
    public sealed class NewHaVpnTopologyCommand : PSCmdlet
    {
        const string PathSet = "Path";
        const string InputObjectSet = "InputObject";
        const string ParametersSet = "Parameters";

        [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true, ParameterSetName = PathSet)]
        [Alias("FullName")]
        public string[] Path { get; set; }

        [Parameter(Mandatory = true, ValueFromPipeline = true, ParameterSetName = InputObjectSet)]
        public object InputObject { get; set; }

        [Parameter(Mandatory = true, ParameterSetName = ParametersSet)]
        public string Name { get; set; }

        [Parameter(Mandatory = true, ParameterSetName = ParametersSet)]
        public string ResourceGroupName { get; set; }

        [Parameter(Mandatory = true, ParameterSetName = ParametersSet)]
        public string Location { get; set; }

        [Parameter(Mandatory = true, ParameterSetName = ParametersSet)]
        public string GatewayName { get; set; }

        [Parameter(Mandatory = true, ParameterSetName = ParametersSet)]
        [ArgumentCompleter(typeof(SkuCompleter))]
        public string GatewaySku { get; set; }

        /// <summary>Alias: Az's New-AzVirtualNetworkGateway name.</summary>
        [Parameter(ParameterSetName = ParametersSet)]
        [Alias("EnableActiveActiveFeature")]
        public SwitchParameter ActiveActive { get; set; }

        [Parameter(ParameterSetName = ParametersSet)]
        public long Asn { get; set; }

        [Parameter(ParameterSetName = ParametersSet)]
        [ValidateSet("Generation1", "Generation2")]
        [Alias("VpnGatewayGeneration")]
        public string Generation { get; set; }

        [Parameter(ParameterSetName = ParametersSet)]
        public string[] VNetAddressPrefix { get; set; }

        [Parameter(Mandatory = true, ParameterSetName = ParametersSet)]
        public string SiteName { get; set; }

        [Parameter(ParameterSetName = ParametersSet)]
        public string[] SiteAddressPrefix { get; set; }

        /// <summary>New-HaVpnDevice output (or hashtables); also bound from the pipeline, all piped devices forming the one site.</summary>
        [Parameter(Mandatory = true, ValueFromPipeline = true, ParameterSetName = ParametersSet)]
        public object[] Device { get; set; }

        /// <summary>Fill blank device ASNs and BGP peer addresses with private ASNs and custom APIPA /30 pairs.</summary>
        [Parameter]
        public SwitchParameter AssignApipa { get; set; }

        /// <summary>With -AssignApipa: PeerFirst gives each device the first address of its /30 (AWS virtual private gateways dictate it).</summary>
        [Parameter]
        public Planning.ApipaPairing ApipaPairing { get; set; }

        readonly List<object> _devices = new List<object>();

        protected override void ProcessRecord()
        {
            switch (ParameterSetName)
            {
                case PathSet:
                    // Like every -Path: a bad file is a non-terminating error naming it, and the other files go on.
                    TopologyLoader.ForEachFile(this, Path, file => Emit(() => TopologyLoader.FromFile(this, file, AssignApipa, ApipaPairing), file, terminating: false));
                    break;
                case InputObjectSet:
                    // A file from Get-ChildItem binds here by value before -Path could bind its FullName: read it as a file.
                    if ((InputObject as PSObject)?.BaseObject is FileInfo specFile || (specFile = InputObject as FileInfo) != null)
                        Emit(() => TopologyLoader.FromFile(this, specFile.FullName, AssignApipa, ApipaPairing), specFile.FullName, terminating: false);
                    else
                        Emit(() => TopologyLoader.FromObject(this, InputObject, AssignApipa, ApipaPairing), InputObject, terminating: true);
                    break;
                default:
                    // Devices may arrive one by one from the pipeline (New-HaVpnDevice ... | New-HaVpnTopology ...): plan once, at the end.
                    _devices.AddRange(Device ?? new object[0]);
                    break;
            }
        }

        protected override void EndProcessing()
        {
            if (ParameterSetName != ParametersSet) return;
            Topology topology;
            try { topology = TopologyLoader.FromObject(this, ParametersAsSpec(), AssignApipa, ApipaPairing); }
            catch (SpecException e) { ThrowTerminatingError(Errors.FromParameters(e, ParameterOf)); return; }
            catch (System.InvalidOperationException e) when (AssignApipa) { ThrowTerminatingError(ApipaExhausted(e, null)); return; }
            WriteObject(topology);
        }

        void Emit(System.Func<Topology> plan, object target, bool terminating)
        {
            Topology topology;
            try { topology = plan(); }
            catch (SpecException e)
            {
                if (terminating) ThrowTerminatingError(Errors.FromSpec(e, target));
                else WriteError(Errors.FromSpec(e, target));
                return;
            }
            catch (System.InvalidOperationException e) when (AssignApipa)
            {
                if (terminating) ThrowTerminatingError(ApipaExhausted(e, target));
                else WriteError(ApipaExhausted(e, target));
                return;
            }
            WriteObject(topology);
        }

        /// <summary>APIPA planning ran out of addresses or ASNs: the spec asks for more than the ranges hold.</summary>
        static ErrorRecord ApipaExhausted(System.Exception e, object target) => new ErrorRecord(e, ErrorIds.ApipaRangeExhausted, ErrorCategory.LimitsExceeded, target);

        /// <summary>The parameter a field of <see cref="ParametersAsSpec"/> came from, e.g. gateways[0].sku is -GatewaySku.</summary>
        string ParameterOf(string path)
        {
            // sites[0].devices[1].publicIp: the device's own field, named as New-HaVpnDevice's parameter where there is one.
            const string devices = "sites[0].devices[";
            if (path.StartsWith(devices, System.StringComparison.Ordinal))
            {
                var close = path.IndexOf(']', devices.Length);
                var index = path.Substring(devices.Length, close - devices.Length);
                var field = path.Length > close + 2 ? path.Substring(close + 2) : null;
                var name = int.TryParse(index, out var i) && i < _devices.Count ? DeviceName(_devices[i]) : null;
                var device = "-Device " + (name != null ? "'" + name + "'" : "[" + index + "]");
                return field == null ? device : device + " " + (NewHaVpnDeviceCommand.ParameterFor(field) ?? field);
            }
            foreach (var (prefix, parameter) in Fields)
            {
                if (path == prefix || path.StartsWith(prefix + "[", System.StringComparison.Ordinal)) return parameter;
            }
            return null;
        }

        static readonly (string Prefix, string Parameter)[] Fields =
        {
            ("name", "-Name"), ("resourceGroup", "-ResourceGroupName"), ("location", "-Location"),
            ("gateways[0].name", "-GatewayName"), ("gateways[0].sku", "-GatewaySku"), ("gateways[0].asn", "-Asn"),
            ("gateways[0].generation", "-Generation"), ("gateways[0].vnetAddressPrefixes", "-VNetAddressPrefix"),
            ("gateways[0].activeActive", "-ActiveActive"), ("gateways[0]", "-GatewayName"),
            ("sites[0].name", "-SiteName"), ("sites[0].addressPrefixes", "-SiteAddressPrefix"), ("sites[0].devices", "-Device"),
            ("sites[0]", "-SiteName"), ("gateways", "-GatewayName"), ("sites", "-SiteName"),
        };

        static string DeviceName(object device) => PSObject.AsPSObject(device).Properties["Name"]?.Value as string
                                                   ?? ((device as PSObject)?.BaseObject as System.Collections.IDictionary ?? device as System.Collections.IDictionary)?["name"] as string;

        /// <summary>The parameters as the same spec shape a file has, so one reader validates both.</summary>
        Hashtable ParametersAsSpec()
        {
            var gateway = new Hashtable { ["name"] = GatewayName, ["sku"] = GatewaySku, ["activeActive"] = ActiveActive.IsPresent };
            if (MyInvocation.BoundParameters.ContainsKey(nameof(Asn))) gateway["asn"] = Asn;
            if (Generation != null) gateway["generation"] = Generation;
            if (VNetAddressPrefix != null) gateway["vnetAddressPrefixes"] = VNetAddressPrefix;
            var site = new Hashtable { ["name"] = SiteName, ["devices"] = _devices.ToArray() };
            if (SiteAddressPrefix != null) site["addressPrefixes"] = SiteAddressPrefix;
            return new Hashtable
            {
                ["name"] = Name,
                ["resourceGroup"] = ResourceGroupName,
                ["location"] = Location,
                ["gateways"] = new object[] { gateway },
                ["sites"] = new object[] { site },
            };
        }
    }
}
