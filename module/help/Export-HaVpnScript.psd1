@{
    Synopsis    = 'Writes a planned topology as one runnable, idempotent Az PowerShell deployment script.'
    Description = @'
Export-HaVpnScript produces a reviewed PowerShell script that builds the topology with Az.Network, in dependency order: public IPs (New-AzPublicIpAddress), gateway ipConfigurations (New-AzVirtualNetworkGatewayIpConfig), the gateway (New-AzVirtualNetworkGateway -VpnType RouteBased, -EnableActiveActiveFeature, -EnableBgp $true -Asn, custom APIPA per instance through New-AzIpConfigurationBgpPeeringAddressObject), local network gateways (New-AzLocalNetworkGateway) and connections (New-AzVirtualNetworkGatewayConnection, with -GatewayCustomBgpIpAddress objects from New-AzGatewayCustomBgpIpConfigurationObject, one per instance).

The script looks every resource up before creating it, so it can be run again after a failure; it supports -WhatIf and -Confirm. Its parameters are -GatewaySubnetId (the existing GatewaySubnet; a hashtable of gateway name to subnet ID when there are several gateways), -SharedKey as a SecureString (never written into the file), -ResourceGroupName and -Location (defaulting to the plan's).

When a gateway the plan makes active-active already exists as active-standby, the script converts it instead of creating it: it adds the second ipConfiguration (Add-AzVirtualNetworkGatewayIpConfig) and runs Set-AzVirtualNetworkGateway -EnableActiveActiveFeature, after a warning that this takes about 45 minutes and replaces the gateway's non-APIPA BGP IPs.

A topology with Error findings (see Test-HaVpnTopology) is refused with the findings listed, unless -Force.
'@
    Parameters  = @{
        Topology = 'A topology from New-HaVpnTopology, usually from the pipeline.'
        Path     = 'Spec files (.json or .psd1) to plan and export; Get-ChildItem output binds by FullName.'
        OutFile  = 'Write the script to this file and return the file instead of the text.'
        NoClobber = 'With -OutFile: refuse to overwrite an existing file (error OutFileExists). Without it an existing file is overwritten, as Out-File does. A folder that does not exist is an OutFileFolderNotFound error.'
        Force    = 'Export even when the topology has Error findings; they are listed as a warning. -Force does not concern overwriting files (see -NoClobber).'
    }
    Inputs      = @(
        @{ Type = 'AzVpnHa.Topology'; Description = 'Topologies from New-HaVpnTopology.' }
        @{ Type = 'System.String'; Description = 'Spec file paths, by property name (Path or FullName).' }
    )
    Outputs     = @(
        @{ Type = 'System.String'; Description = 'The script text, without -OutFile.' }
        @{ Type = 'System.IO.FileInfo'; Description = 'The written file, with -OutFile.' }
    )
    Examples    = @(
        @{
            Title   = 'Write, review, rehearse, deploy'
            Code    = @'
New-HaVpnTopology -Path ./examples/active-active.json | Export-HaVpnScript -OutFile ./deploy-vpn.ps1
$subnet = (Get-AzVirtualNetwork -Name vnet-hub -ResourceGroupName rg-net | Get-AzVirtualNetworkSubnetConfig -Name GatewaySubnet).Id
./deploy-vpn.ps1 -GatewaySubnetId $subnet -SharedKey (Read-Host -AsSecureString 'Shared key') -WhatIf
./deploy-vpn.ps1 -GatewaySubnetId $subnet -SharedKey (Read-Host -AsSecureString 'Shared key')
'@
            Remarks = 'The -WhatIf run lists every resource it would create; the real run creates only what is missing.'
        }
        @{
            Title   = 'Several gateways'
            Code    = './deploy-vpn.ps1 -GatewaySubnetId @{ ''vgw-hub'' = $hubSubnetId; ''vgw-spoke'' = $spokeSubnetId } -SharedKey $key'
            Remarks = 'A VNet-to-VNet script needs the GatewaySubnet of each gateway.'
        }
    )
    Links       = @('Export-HaVpnTemplate', 'ConvertTo-HaAzConnection', 'New-HaVpnTopology', 'https://learn.microsoft.com/azure/vpn-gateway/vpn-gateway-activeactive-rm-powershell')
}
