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

        [Parameter(ParameterSetName = ParametersSet)]
        public SwitchParameter ActiveActive { get; set; }

        [Parameter(ParameterSetName = ParametersSet)]
        public long Asn { get; set; }

        [Parameter(ParameterSetName = ParametersSet)]
        [ValidateSet("Generation1", "Generation2")]
        public string Generation { get; set; }

        [Parameter(ParameterSetName = ParametersSet)]
        public string[] VNetAddressPrefix { get; set; }

        [Parameter(Mandatory = true, ParameterSetName = ParametersSet)]
        public string SiteName { get; set; }

        [Parameter(ParameterSetName = ParametersSet)]
        public string[] SiteAddressPrefix { get; set; }

        [Parameter(Mandatory = true, ParameterSetName = ParametersSet)]
        public object[] Device { get; set; }

        /// <summary>Fill blank device ASNs and BGP peer addresses with private ASNs and custom APIPA /30 pairs.</summary>
        [Parameter]
        public SwitchParameter AssignApipa { get; set; }

        /// <summary>With -AssignApipa: PeerFirst gives each device the first address of its /30 (AWS virtual private gateways dictate it).</summary>
        [Parameter]
        public Planning.ApipaPairing ApipaPairing { get; set; }

        protected override void ProcessRecord()
        {
            switch (ParameterSetName)
            {
                case PathSet:
                    var missing = new List<ErrorRecord>();
                    foreach (var path in Path)
                    {
                        foreach (var file in TopologyLoader.ResolveFiles(this, path, missing)) Emit(() => TopologyLoader.FromFile(this, file, AssignApipa, ApipaPairing), file);
                    }
                    if (missing.Count > 0) ThrowTerminatingError(missing[0]);
                    break;
                case InputObjectSet:
                    // A file from Get-ChildItem binds here by value before -Path could bind its FullName: read it as a file.
                    if ((InputObject as PSObject)?.BaseObject is FileInfo specFile || (specFile = InputObject as FileInfo) != null)
                        Emit(() => TopologyLoader.FromFile(this, specFile.FullName, AssignApipa, ApipaPairing), specFile.FullName);
                    else
                        Emit(() => TopologyLoader.FromObject(this, InputObject, AssignApipa, ApipaPairing), InputObject);
                    break;
                default:
                    Emit(() => TopologyLoader.FromObject(this, ParametersAsSpec(), AssignApipa, ApipaPairing), null);
                    break;
            }
        }

        void Emit(System.Func<Topology> plan, object target)
        {
            Topology topology;
            try { topology = plan(); }
            catch (SpecException e) { ThrowTerminatingError(Errors.FromSpec(e, target)); return; }
            catch (System.InvalidOperationException e) when (AssignApipa)
            {
                // APIPA planning ran out of addresses or ASNs: the spec asks for more than the ranges hold.
                ThrowTerminatingError(new ErrorRecord(e, "ApipaRangeExhausted", ErrorCategory.LimitsExceeded, target));
                return;
            }
            WriteObject(topology);
        }

        /// <summary>The parameters as the same spec shape a file has, so one reader validates both.</summary>
        Hashtable ParametersAsSpec()
        {
            var gateway = new Hashtable { ["name"] = GatewayName, ["sku"] = GatewaySku, ["activeActive"] = ActiveActive.IsPresent };
            if (MyInvocation.BoundParameters.ContainsKey(nameof(Asn))) gateway["asn"] = Asn;
            if (Generation != null) gateway["generation"] = Generation;
            if (VNetAddressPrefix != null) gateway["vnetAddressPrefixes"] = VNetAddressPrefix;
            var site = new Hashtable { ["name"] = SiteName, ["devices"] = Device };
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
