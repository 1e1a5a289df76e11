@{
    Synopsis    = 'Writes one self-contained report of a topology (HTML or Markdown) for a change board or a runbook.'
    Description = @'
Export-HaVpnReport documents one topology, planned or deployed, in one document: a header (topology, resource group, location, gateway SKUs, origin, date, module version), a picture of the tunnel mesh showing both instances of every Azure gateway, every on-premises device (grouped by site) and every tunnel with its state, then the findings of every rule by severity with their sources, the failover summary and the per-fault table of every site and VNet link, and the list of resources.

-Format Html writes one XHTML file: inline CSS that also prints, the mesh drawn as inline SVG, no script and no external resource, so it can be mailed or attached as is. -Format Markdown writes the same sections with the mesh as a Mermaid flowchart, which GitHub, Azure DevOps and most wikis draw.

Unlike the exporters, a topology with Error findings is reported too: the findings are what a review needs to see. One document is written per topology; with several topologies and -OutFile, give -OutFile an existing folder and each report is written there as <topology name>.html (or .md).
'@
    Parameters  = @{
        Topology  = 'A topology from New-HaVpnTopology or Get-HaVpnTopology, usually from the pipeline.'
        Path      = 'Spec files (.json or .psd1) to plan and report on; Get-ChildItem output binds by FullName.'
        Format    = 'Html (the default: one XHTML file with the mesh as SVG) or Markdown (the mesh as a Mermaid flowchart).'
        OutFile   = 'Write the report to this file, or into this existing folder as <topology name>.html or .md, and return the file instead of the text. Honours -WhatIf and -Confirm.'
        NoClobber = 'With -OutFile: refuse to overwrite an existing file (error id OutFileExists).'
    }
    Inputs      = @(
        @{ Type = 'AzVpnHa.Topology'; Description = 'Topologies from New-HaVpnTopology or Get-HaVpnTopology.' }
        @{ Type = 'System.String'; Description = 'Spec file paths, by property name (Path or FullName).' }
    )
    Outputs     = @(
        @{ Type = 'System.String'; Description = 'The document, without -OutFile.' }
        @{ Type = 'System.IO.FileInfo'; Description = 'The written file, with -OutFile.' }
    )
    Examples    = @(
        @{
            Title   = 'An HTML report of a plan for the change board'
            Code    = 'New-HaVpnTopology -Path ./examples/dual-redundancy.json | Export-HaVpnReport -OutFile ./contoso-dual.html'
            Remarks = 'One file with the mesh picture, the findings, the failover analysis and the resources; it prints as it shows.'
        }
        @{
            Title   = 'A Markdown report of what is deployed, for the runbook wiki'
            Code    = 'Get-HaVpnTopology -ResourceGroupName rg-hub -Name vgw-hub | Export-HaVpnReport -Format Markdown -OutFile ./vgw-hub.md -NoClobber'
            Remarks = 'Each tunnel is drawn with its live state (Connected, NotConnected, Unknown); -NoClobber keeps an earlier report.'
        }
        @{
            Title   = 'One report per example'
            Code    = 'Get-ChildItem ./examples/*.json | Export-HaVpnReport -OutFile ./reports'
            Remarks = 'With an existing folder as -OutFile, each topology is written as <name>.html.'
        }
    )
    Links       = @('Test-HaVpnTopology', 'Test-HaVpnFailover', 'Get-HaTunnelMesh', 'Compare-HaVpnTopology')
}
