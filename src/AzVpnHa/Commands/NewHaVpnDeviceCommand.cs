using System.Management.Automation;

namespace AzVpnHa.Commands
{
    /// <summary>Describes one on-premises VPN device for New-HaVpnTopology -Device. Changes nothing.</summary>
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

        // Validation happens once, in New-HaVpnTopology's spec reader, so a device is checked with its site and gateway.
        protected override void ProcessRecord() => WriteObject(new DeviceSpec
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
        });
    }
}
