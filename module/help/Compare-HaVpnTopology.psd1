@{
    Synopsis    = 'Lists what differs between two topologies (a plan and what is deployed), with what each difference changes for availability and what applying the plan costs.'
    Description = @'
Compare-HaVpnTopology compares two topologies resource by resource: gateways (SKU, generation, VPN type, active-active, ASN, VNet prefixes), each gateway instance (public IP, BGP address, custom APIPA addresses), local network gateways (endpoint, ASN, BGP address, address space), connections (ends, BGP, APIPA selection, DPD timeout), tunnels (present, or deployed but NotConnected), sites (configuration and redundancy) and VNet links. Resources are matched by name, without case.

The reference is what should be (usually a plan from New-HaVpnTopology), the difference what is (usually Get-HaVpnTopology's deployed topology), but any two topologies compare: two plans, two files, a template and a deployment. Change says what applying the reference does: Add (only in the reference), Remove (only in the difference) or Modify. Each difference says what it changes for availability and what applying it costs, with its sources: for example active-standby to active-active takes about 45 minutes and, without APIPA, replaces the gateway's BGP address by two new ones, with downtime, so every on-premises BGP peer must be changed; a SKU resize within its family takes about 45 minutes with very little downtime, a SKU change (another family, generation or zone-redundancy) more. Disruptive marks the differences whose application interrupts traffic.

A value one side does not know (set at deploy time in a plan, or not read) is never reported as a difference: a plan that leaves the public IPs to Azure does not differ from the ones Azure chose.
'@
    Parameters  = @{
        ReferenceTopology  = 'What should be: usually a plan from New-HaVpnTopology.'
        DifferenceTopology = 'What is: usually a deployed topology from Get-HaVpnTopology; accepts pipeline input.'
        OutFile            = 'Write the differences as one Markdown document (a change list with sources) to this file and return the file. Honours -WhatIf and -Confirm.'
        NoClobber          = 'With -OutFile: refuse to overwrite an existing file (error id OutFileExists).'
    }
    Inputs      = @(
        @{ Type = 'AzVpnHa.Topology'; Description = 'The difference topology, from Get-HaVpnTopology or New-HaVpnTopology.' }
    )
    Outputs     = @(
        @{ Type = 'AzVpnHa.TopologyDifference'; Description = 'One per difference: ResourceType, Resource, Property, Change, ReferenceValue, DifferenceValue, Availability, Cost, Disruptive, Sources.' }
        @{ Type = 'System.IO.FileInfo'; Description = 'The written Markdown file, with -OutFile.' }
    )
    Examples    = @(
        @{
            Title   = 'The plan against what is deployed'
            Code    = @'
$plan = New-HaVpnTopology -Path ./examples/dual-redundancy.json
Get-HaVpnTopology -ResourceGroupName rg-hub -Name vgw-hub | Compare-HaVpnTopology -ReferenceTopology $plan
'@
            Remarks = 'Each difference with what applying the plan costs; Where-Object Disruptive lists the ones that interrupt traffic.'
        }
        @{
            Title   = 'What moving from active-standby to active-active involves'
            Code    = 'Compare-HaVpnTopology (New-HaVpnTopology -Path ./examples/active-active.json) (New-HaVpnTopology -Path ./examples/active-standby.json)'
            Remarks = 'ActiveActive True vs False (about 45 minutes, new BGP addresses, downtime) and the second tunnel the change adds.'
        }
        @{
            Title   = 'A change list for review'
            Code    = 'Get-HaVpnTopology -Path ./rg-hub-export.json | Compare-HaVpnTopology $plan -OutFile ./changes.md -NoClobber'
            Remarks = 'One Markdown table with every difference, its cost and its sources as footnotes.'
        }
    )
    Links       = @('New-HaVpnTopology', 'Get-HaVpnTopology', 'Export-HaVpnReport', 'https://learn.microsoft.com/azure/vpn-gateway/gateway-change-active-active')
}
