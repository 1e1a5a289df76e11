@{
    Synopsis    = 'Turns a topology, planned or deployed, into the spec that plans it: the way to edit a topology.'
    Description = @'
Topologies are read-only: their kind, tunnels and sites are derived from their resources, so assigning a property is an error rather than a silent inconsistency. To change one, convert it to a spec, edit the spec, and plan it again with New-HaVpnTopology.

ConvertTo-HaVpnSpec writes the spec New-HaVpnTopology reads: gateways (SKU, generation, active-active, ASN, VNet prefixes, each instance's addresses), sites with their devices (public IP or FQDN, ASN, BGP peer address, prefixes, the custom APIPA address each connection uses) and VNet-to-VNet connections. Resource names the planner would not derive itself (a deployed local network gateway, connection, ipConfiguration or public IP named otherwise) are kept in localNetworkGatewayName, connectionName, ipConfigurationName and publicIpName, so the plan names the same resources.

A spec holds the design, not the observed state: tunnel status, BGP sessions and provisioning states are not written. A value set at deploy time (read from a template) cannot be written either: each one is a warning, and the spec leaves it out.

Round trip: New-HaVpnTopology -InputObject ($t | ConvertTo-HaVpnSpec) plans the same kind, tunnel mesh, resource names and design findings as $t.
'@
    Parameters  = @{
        Topology  = 'A topology from New-HaVpnTopology or Get-HaVpnTopology, usually from the pipeline.'
        Path      = 'Spec files (.json or .psd1) to plan and convert back; Get-ChildItem output binds by FullName.'
        AsJson    = 'Return the spec as JSON text instead of an ordered hashtable.'
        OutFile   = 'Write the spec to this file and return the file: .json writes JSON, .psd1 a PowerShell data file. Both are read by New-HaVpnTopology -Path. The folder must exist.'
        NoClobber = 'Do not overwrite an existing -OutFile: report an error (OutFileExists) instead.'
    }
    Inputs      = @(
        @{ Type = 'AzVpnHa.Topology'; Description = 'Topologies from New-HaVpnTopology or Get-HaVpnTopology.' }
        @{ Type = 'System.String'; Description = 'Spec file paths, by property name (Path or FullName).' }
    )
    Outputs     = @(
        @{ Type = 'System.Collections.Specialized.OrderedDictionary'; Description = 'The spec, without -AsJson or -OutFile.' }
        @{ Type = 'System.String'; Description = 'The spec as JSON, with -AsJson.' }
        @{ Type = 'System.IO.FileInfo'; Description = 'The written file, with -OutFile.' }
    )
    Examples    = @(
        @{
            Title   = 'Make a deployed gateway active-active, then export the change'
            Code    = @'
$spec = Get-HaVpnTopology -ResourceGroupName rg-hub -Name vgw-hub | ConvertTo-HaVpnSpec
$spec.gateways[0].activeActive = $true
$spec.gateways[0].Remove('instances')
$plan = New-HaVpnTopology -InputObject $spec
$plan | Test-HaVpnTopology
$plan | Export-HaVpnScript -OutFile ./to-active-active.ps1
'@
            Remarks = 'The script converts the existing active-standby gateway in place (about 45 minutes, with downtime).'
        }
        @{
            Title   = 'Keep a deployed estate as a reviewed spec file'
            Code    = 'Get-HaVpnTopology -Path ./rg-hub-export.json | ConvertTo-HaVpnSpec -OutFile ./hub.psd1'
            Remarks = 'New-HaVpnTopology -Path ./hub.psd1 plans it again.'
        }
        @{
            Title   = 'Edit an object you planned'
            Code    = @'
$t = New-HaVpnTopology -Path ./examples/dual-redundancy.json
$t.Gateways[0].ActiveActive = $false          # error: the property is read-only
$spec = $t | ConvertTo-HaVpnSpec
$spec.gateways[0].activeActive = $false
$spec.gateways[0].Remove('instances')
(New-HaVpnTopology -InputObject $spec).Kind   # MultipleDevices
'@
            Remarks = 'Kind, tunnels and findings always match the resources.'
        }
    )
}
