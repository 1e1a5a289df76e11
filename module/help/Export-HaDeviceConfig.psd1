@{
    Synopsis    = 'Writes the on-premises half of a topology: each device''s tunnels to every Azure instance, BGP, ECMP and advertised prefixes.'
    Description = @'
Export-HaDeviceConfig turns a planned or deployed topology into what each on-premises device needs for its share of the mesh: one route-based IKEv2 tunnel per Azure gateway instance it connects to (both instances of an active-active gateway), with Azure's public IP for that instance (a <placeholder> such as <vgw-hub[0]-public-ip> while the gateway is only planned), the pre-shared key as a reference to the connection's shared key (never the key), IKE and IPsec proposals matching the connection's custom IPsec/IKE policy when it has one (ARM ipsecPolicies, or the spec device's ipsecPolicy; a policy set at deploy time is noted in the file), else proposals that Azure's default policy accepts (AES256/AES128, SHA256/SHA1, DH group 2 for IKE; GCMAES256/AES256 without PFS for IPsec; lifetimes 28800 s and 27000 s, IPsec SA byte limit 102,400,000 KB (a custom policy's saDataSizeKilobytes when it has one): "About VPN devices and IPsec/IKE parameters" and "About cryptographic requirements"), dead peer detection, 0.0.0.0/0 traffic selectors and the tunnel interface address.

Over each tunnel it configures one eBGP neighbour: the Azure instance's BGP address that this connection uses (the default address, or the custom APIPA address selected for an APIPA device), Azure's ASN, the device's ASN and peering address, eBGP multihop with a /32 route through that tunnel when the address is not on the tunnel's subnet. An APIPA device must open the sessions (Azure does not). Every device gets ECMP (maximum-paths) over its site's tunnels and advertises the same prefixes (the site's). -PreferDevice and -PreferInstance write AS-path prepending and local preference so that stateful firewalls see both directions of a flow.

Formats: Neutral (DeviceConfig objects on the pipeline, JSON in a file), StrongSwan (swanctl.conf, XFRM interfaces), Frr (frr.conf), CiscoIosXe and FortiOS. StrongSwan and Frr are lab-proven: ./build.ps1 lab runs them unchanged (except what the lab kernel forces, see README) against an emulated Azure gateway for the active-active, dual-redundancy, multiple-devices and VNet-to-VNet examples. CiscoIosXe and FortiOS are written from the vendors' documented syntax and Microsoft's route-based samples (github.com/Azure/Azure-vpn-config-samples), extended to the mesh, and are not lab-proven.

A planned topology with Error findings (see Test-HaVpnTopology) is refused with the findings listed, unless -Force. A deployed topology (Get-HaVpnTopology) is exported as it is: its devices need their configuration most when tunnels are down.
'@
    Parameters  = @{
        Topology       = 'A topology from New-HaVpnTopology or Get-HaVpnTopology, usually from the pipeline.'
        Path           = 'Spec files (.json or .psd1) to plan and export; Get-ChildItem output binds by FullName.'
        Format         = 'Neutral (the default: objects, or JSON in a file), StrongSwan (swanctl.conf), Frr (frr.conf), CiscoIosXe or FortiOS. StrongSwan and Frr are lab-proven.'
        Device         = 'Only these devices (device or local network gateway names). By default every device with a tunnel.'
        Side           = 'OnPremises (the default): the devices. Azure: the gateway instances, as an emulation of Azure''s half for a lab (Azure configures its instances itself); this is also how the VNet-to-VNet ends are written.'
        PreferDevice   = 'Make this device the preferred path of its site: the site''s other devices prepend their ASN to what they advertise to Azure, and this device gives routes learned from Azure local preference 200. Use with stateful firewalls that must see both directions of a flow; ECMP then stays idle while the preferred device is up.'
        PreferInstance = 'Make this Azure instance (0 or 1) the preferred path: devices give routes learned over its tunnels local preference 200 and prepend their ASN on the other instance''s tunnels.'
        OutFile        = 'Write every selected device into this one file (Neutral: one JSON array) and return the file.'
        OutputFolder   = 'Write one file per device into this folder (created if needed): <device>.json, .swanctl.conf, .frr.conf, .iosxe.txt or .fortios.txt.'
        NoClobber      = 'Do not overwrite existing files: a file that exists is reported as an error (DeviceConfigFileExists) and skipped.'
        Force          = 'Export a planned topology even when it has Error findings; they are listed as a warning.'
    }
    Inputs      = @(
        @{ Type = 'AzVpnHa.Topology'; Description = 'Topologies from New-HaVpnTopology or Get-HaVpnTopology.' }
        @{ Type = 'System.String'; Description = 'Spec file paths, by property name (Path or FullName).' }
    )
    Outputs     = @(
        @{ Type = 'AzVpnHa.DeviceConfigs.DeviceConfig'; Description = 'With -Format Neutral and no file: one object per device (Tunnels holds one DeviceTunnel per Azure instance).' }
        @{ Type = 'System.String'; Description = 'With another format and no file: the configuration text, one string per device.' }
        @{ Type = 'System.IO.FileInfo'; Description = 'With -OutFile or -OutputFolder: the files written.' }
    )
    Examples    = @(
        @{
            Title   = 'The tunnels and BGP neighbours of each device of a dual-redundancy plan'
            Code    = 'New-HaVpnTopology -Path ./examples/dual-redundancy.json | Export-HaDeviceConfig | Select-Object -ExpandProperty Tunnels'
            Remarks = 'fw1 and fw2 each get two tunnels (one per Azure instance); fw2 peers from its APIPA address with the instances'' custom APIPA addresses.'
        }
        @{
            Title   = 'strongSwan and FRR files for every device, from the deployed gateway'
            Code    = @'
$t = Get-HaVpnTopology -ResourceGroupName rg-hub -Name vgw-hub
$t | Export-HaDeviceConfig -Format StrongSwan -OutputFolder ./devices
$t | Export-HaDeviceConfig -Format Frr -OutputFolder ./devices
'@
            Remarks = 'A deployed topology carries Azure''s public IPs and BGP addresses, so there are no placeholders left to fill; only the pre-shared keys remain references.'
        }
        @{
            Title   = 'A Cisco configuration for one device, with fw1 preferred for symmetric flows'
            Code    = 'New-HaVpnTopology -Path ./examples/dual-redundancy.json | Export-HaDeviceConfig -Format CiscoIosXe -Device fw2 -PreferDevice fw1'
            Remarks = 'fw2 prepends its ASN three times to what it advertises, so Azure sends traffic to fw1 while fw1 is up.'
        }
    )
    Links       = @('Get-HaTunnelMesh', 'Test-HaVpnFailover', 'New-HaVpnTopology', 'https://learn.microsoft.com/azure/vpn-gateway/vpn-gateway-about-vpn-devices')
}
