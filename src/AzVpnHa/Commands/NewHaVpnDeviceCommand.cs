using System.Collections;
using System.Management.Automation;
using AzVpnHa.Host;
using AzVpnHa.Spec;

namespace AzVpnHa.Commands
{
    /// <summary>Describes one on-premises VPN device for New-HaVpnTopology -Device (or its pipeline). Changes nothing.</summary>
    [Cmdlet(VerbsCommon.New, "HaVpnDevice", DefaultParameterSetName = IpSet)]
    [OutputType(typeof(DeviceSpec))]
    public sealed class NewHaVpnDeviceCommand : PSCmdlet
    {
        const string IpSet = "PublicIp";
        const string FqdnSet = "Fqdn";

        [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
        public string Name { get; set; }

        [Parameter(Mandatory = true, Position = 1, ValueFromPipelineByPropertyName = true, ParameterSetName = IpSet)]
        [Alias("GatewayIpAddress")]
        public string PublicIp { get; set; }

        [Parameter(Mandatory = true, ValueFromPipelineByPropertyName = true, ParameterSetName = FqdnSet)]
        public string Fqdn { get; set; }

        [Parameter(ValueFromPipelineByPropertyName = true)]
        public long Asn { get; set; }

        [Parameter(ValueFromPipelineByPropertyName = true)]
        public string BgpPeeringAddress { get; set; }

        [Parameter(ValueFromPipelineByPropertyName = true)]
        public string[] AddressPrefix { get; set; }

        [Parameter(ValueFromPipelineByPropertyName = true)]
        public string[] AdvertisedPrefix { get; set; }

        [Parameter]
        public SwitchParameter EnableBgp { get; set; }

        [Parameter(ValueFromPipelineByPropertyName = true)]
        public SwitchParameter StatefulFirewall { get; set; }

        protected override void ProcessRecord()
        {
            var device = new DeviceSpec
            {
                Name = Name,
                PublicIp = PublicIp,
                Fqdn = Fqdn,
                Asn = MyInvocation.BoundParameters.ContainsKey(nameof(Asn)) ? Asn : (long?)null,
                BgpPeeringAddress = BgpPeeringAddress,
                AddressPrefixes = AddressPrefix,
                AdvertisedPrefixes = AdvertisedPrefix,
                EnableBgp = MyInvocation.BoundParameters.ContainsKey(nameof(EnableBgp)) ? EnableBgp.IsPresent : (bool?)null,
                StatefulFirewall = StatefulFirewall.IsPresent,
            };
            // Checked here by the spec reader's own device rules, so a bad value is reported against the parameter the
            // user typed, now, instead of later inside New-HaVpnTopology. Checks that need the site or gateway stay there.
            try { SpecReader.Read(PSObjectTree.Convert(SpecAround(device))); }
            catch (SpecException e)
            {
                ThrowTerminatingError(Errors.FromParameters(e, ParameterOf));
                return;
            }
            WriteObject(device);
        }

        /// <summary>The smallest valid spec holding the device, so only the device's own fields can be wrong.</summary>
        static Hashtable SpecAround(DeviceSpec device) => new Hashtable
        {
            ["name"] = "t", ["resourceGroup"] = "rg", ["location"] = "westeurope",
            ["gateways"] = new object[] { new Hashtable { ["name"] = "vgw", ["sku"] = "VpnGw2AZ", ["asn"] = 65515L } },
            ["sites"] = new object[] { new Hashtable { ["name"] = "site", ["devices"] = new object[] { device } } },
        };

        static string ParameterOf(string path)
        {
            const string prefix = "sites[0].devices[0].";
            return path.StartsWith(prefix, System.StringComparison.Ordinal) ? ParameterFor(path.Substring(prefix.Length)) ?? path : path;
        }

        /// <summary>This cmdlet's parameter for a device field of the spec (publicIp is -PublicIp), or null; New-HaVpnTopology names -Device fields with it too.</summary>
        internal static string ParameterFor(string field)
        {
            switch (field.Split('.', '[')[0].ToLowerInvariant())
            {
                case "publicip": return "-PublicIp";
                case "fqdn": return "-Fqdn";
                case "asn": return "-Asn";
                case "bgppeeringaddress": return "-BgpPeeringAddress";
                case "addressprefixes": return "-AddressPrefix";
                case "advertisedprefixes": return "-AdvertisedPrefix";
                case "enablebgp": return "-EnableBgp";
                case "name": return "-Name";
                default: return null;
            }
        }
    }
}
