@{
    Synopsis    = 'Plans a highly available Azure VPN topology: the gateways, local network gateways, connections and tunnels a spec implies.'
    Description = @'
New-HaVpnTopology turns an intent - Azure VPN gateways, on-premises sites with their VPN devices, and VNet-to-VNet links - into the Azure resource graph it implies: one local network gateway (LNG) and one connection per on-premises device, one or two public IPs and ipConfigurations per gateway, one Vnet2Vnet connection on each side of a VNet link, and the resulting IPsec tunnel mesh (1, 2, N, 2N or 4 tunnels).

The spec comes from a .json or .psd1 file (-Path), from a hashtable or object (-InputObject), or from parameters for the common case of one gateway and one site (-GatewayName, -SiteName, -Device ...). The JSON Schema in the module folder (AzVpnHa.spec.schema.json) documents every field; see about_AzVpnHa.

Each site is classified as the 2016 Azure article does: ActiveStandby, MultipleDevices, ActiveActive or DualRedundancy, with its Redundancy (None, OnPremises, Azure, Full); VNet links are VNetToVNet.

Malformed input - a bad IP address or CIDR prefix, an unknown SKU, a missing or duplicate name, a site without devices, an unknown field - is an error whose id names the problem (for example SpecInvalidIpAddress) and whose message names the field and the fix: the field path for a spec (sites[0].devices[1].publicIp) with the file it is in, the parameter for parameters (-GatewaySku: 'VpnGw6' is not a VPN gateway SKU). With -Path, like every cmdlet's -Path, a file that is missing or invalid is a non-terminating error naming the file and the other files are still planned; -InputObject and parameters give a terminating error. The topology read from a file keeps its path in FilePath, and its findings carry it. Designs that are well-formed but not highly available are built anyway: Test-HaVpnTopology reports them.

The command changes nothing in Azure and needs no Azure connection.
'@
    Parameters  = @{
        Path              = 'Path to one or more spec files (.json or .psd1). Wildcards and PowerShell paths work; Get-ChildItem output binds by its FullName property. Each file yields one topology.'
        InputObject       = 'A spec as a hashtable, ordered dictionary or object (for example from ConvertFrom-Json), with the same fields as a spec file.'
        Name              = 'The topology name, used in reports. 1-80 letters, digits, hyphens, periods or underscores.'
        ResourceGroupName = 'The Azure resource group the planned resources go into.'
        Location          = 'The Azure region, such as westeurope. Display names like "West Europe" are normalised.'
        GatewayName       = 'The name of the Azure VPN gateway (virtual network gateway).'
        GatewaySku        = 'The gateway SKU. Tab completion lists the SKUs, the current zone-redundant VpnGw1AZ-VpnGw5AZ first. Basic, the non-AZ VpnGw1-5 and the legacy Standard/HighPerformance are accepted so that Test-HaVpnTopology can explain why not to use them.'
        ActiveActive      = 'Plan the gateway in active-active mode: two instances, two public IPs, two tunnels per connection. Alias: -EnableActiveActiveFeature (Az''s name).'
        Asn               = 'The gateway BGP ASN. Setting it enables BGP on the gateway; 65515 is Azure''s default. Devices with an ASN then peer with BGP.'
        Generation        = 'The gateway generation, Generation1 or Generation2. VpnGw1(AZ) exist only in Generation1, VpnGw4-5(AZ) only in Generation2. Alias: -VpnGatewayGeneration (Az''s name).'
        VNetAddressPrefix = 'The address prefixes of the gateway''s virtual network, used to check overlaps and BGP peer addresses.'
        SiteName          = 'The name of the on-premises site (network) the devices serve.'
        SiteAddressPrefix = 'The on-premises address prefixes of the site. They are what every device advertises over BGP, and the local network gateway address space of devices without BGP.'
        AssignApipa       = 'Fill what the spec left blank before planning: a private ASN (one per site, from 65001 up, skipping reserved and used ASNs) for devices without one, and for devices without a BGP peer address a /30 in the custom APIPA range: Azure instance 0 gets 169.254.21.(4k+1), instance 1 169.254.22.(4k+1), the device 169.254.21.(4k+2), unique across devices and gateways. Deterministic; -Verbose lists every value assigned. Devices with enableBgp false and gateways without an ASN are left alone.'
        Device            = 'The site''s VPN devices, from New-HaVpnDevice or as hashtables with the spec''s device fields (name, publicIp or fqdn, asn, bgpPeeringAddress, ...). One device per LNG and connection. Devices piped in (New-HaVpnDevice ... | New-HaVpnTopology -Name ... -SiteName hq) bind here and together form the site.'
    }
    Inputs      = @(
        @{ Type = 'System.String'; Description = 'Spec file paths, by property name (Path or FullName).' }
        @{ Type = 'System.Object'; Description = 'A spec hashtable or object, for -InputObject; or, with the gateway and site parameters, the devices (New-HaVpnDevice output) for -Device.' }
    )
    Outputs     = @(
        @{ Type = 'AzVpnHa.Topology'; Description = 'The planned topology: Name, Kind, TunnelCount, Gateways, PublicIpAddresses, Sites, LocalNetworkGateways, Connections, VNetLinks and Tunnels.' }
    )
    Examples    = @(
        @{
            Title   = 'Plan dual redundancy from parameters'
            Code    = @'
$devices = New-HaVpnDevice -Name fw1 -PublicIp 203.0.113.10 -Asn 65010 -BgpPeeringAddress 10.10.255.1
$devices += New-HaVpnDevice -Name fw2 -PublicIp 203.0.113.20 -Asn 65010 -BgpPeeringAddress 10.10.255.2
New-HaVpnTopology -Name contoso -ResourceGroupName rg-net -Location westeurope `
    -GatewayName vgw-hub -GatewaySku VpnGw2AZ -Generation Generation2 -ActiveActive -Asn 65515 `
    -VNetAddressPrefix 10.1.0.0/16 -SiteName hq -SiteAddressPrefix 10.10.0.0/16 -Device $devices
'@
            Remarks = 'An active-active gateway and two on-premises devices: two LNGs, two connections and a full mesh of four tunnels (Kind DualRedundancy).'
        }
        @{
            Title   = 'Pipe the devices in, with Az''s parameter names'
            Code    = @'
@(
    New-HaVpnDevice fw1 203.0.113.10 -Asn 65010 -BgpPeeringAddress 10.10.255.1
    New-HaVpnDevice fw2 203.0.113.20 -Asn 65010 -BgpPeeringAddress 10.10.255.2
) | New-HaVpnTopology -Name contoso -ResourceGroupName rg-net -Location westeurope -GatewayName vgw-hub -GatewaySku VpnGw2AZ `
        -VpnGatewayGeneration Generation2 -EnableActiveActiveFeature -Asn 65515 -SiteName hq -SiteAddressPrefix 10.10.0.0/16
'@
            Remarks = 'Piped devices bind to -Device and form the one site; -VpnGatewayGeneration and -EnableActiveActiveFeature are the names New-AzVirtualNetworkGateway uses.'
        }
        @{
            Title   = 'Plan from a spec file and validate it'
            Code    = 'New-HaVpnTopology -Path ./examples/dual-redundancy.json | Test-HaVpnTopology'
            Remarks = 'Reads the JSON spec, plans it and lists the findings.'
        }
        @{
            Title   = 'Plan from a hashtable'
            Code    = @'
@{
    name = 'lab'; resourceGroup = 'rg-lab'; location = 'westeurope'
    gateways = @(@{ name = 'vgw-lab'; sku = 'VpnGw1AZ'; activeActive = $true; asn = 65515 })
    sites = @(@{ name = 'branch'; addressPrefixes = @('192.168.0.0/24')
                 devices = @(@{ name = 'edge'; publicIp = '198.51.100.7'; asn = 65020; bgpPeeringAddress = '192.168.0.254' }) })
} | New-HaVpnTopology | Get-HaTunnelMesh
'@
            Remarks = 'An active-active gateway to one device: two tunnels inside one connection.'
        }
        @{
            Title   = 'Let the module pick ASNs and APIPA addresses'
            Code    = @'
$devices = (New-HaVpnDevice -Name fw1 -PublicIp 203.0.113.10), (New-HaVpnDevice -Name fw2 -PublicIp 203.0.113.20)
New-HaVpnTopology -Name contoso -ResourceGroupName rg-net -Location westeurope -GatewayName vgw -GatewaySku VpnGw2AZ `
    -ActiveActive -Asn 65515 -SiteName hq -SiteAddressPrefix 10.10.0.0/16 -Device $devices -AssignApipa -Verbose |
    Test-HaVpnTopology
'@
            Remarks = 'fw1 and fw2 get ASN 65001 and the APIPA peers 169.254.21.2 and 169.254.21.6; the gateway instances get 169.254.21.1/.5 and 169.254.22.1/.5, and each connection selects its own pair. Test-HaVpnTopology finds no error.'
        }
        @{
            Title   = 'Catch a malformed spec'
            Code    = @'
try { New-HaVpnTopology -Path ./bad.json -ErrorAction Stop }
catch { $_.FullyQualifiedErrorId; $_.Exception.Message }
'@
            Remarks = 'The error id (for example SpecInvalidIpAddress,AzVpnHa.Commands.NewHaVpnTopologyCommand) is stable; the message names the field path and the fix.'
        }
    )
    Links       = @('about_AzVpnHa', 'Test-HaVpnTopology', 'Get-HaTunnelMesh', 'New-HaVpnDevice', 'https://learn.microsoft.com/azure/vpn-gateway/vpn-gateway-highlyavailable')
}
