@{
    Synopsis    = 'Checks a topology against the Azure VPN high-availability rules and reports findings.'
    Description = @'
Test-HaVpnTopology runs every rule (see Get-HaVpnRule) over a topology's resource graph and writes one AzVpnHa.Finding per problem: RuleId, Severity, Target (the resource), Message, Recommendation and Source (the article section or documentation URL).

Severity is Error where Azure would reject the deployment or the guidance says "must" (for example HA002: BGP is required when several devices serve one site); Warning where the design deploys but is less available than it looks (for example HA015: a single tunnel); Information for advice (for example HA020: ECMP on-premises).

The rules encode the 2016 article "Highly Available Cross-Premises and VNet-to-VNet Connectivity"; where the current Azure documentation differs (unplanned failover up to 1-3 minutes, no /32 needed in the LNG address space, tunnel limits of 30 and 100) the current documentation wins and the finding says so.

With -Quiet the command returns only $true (no Error finding) or $false, for scripts and pipelines; a -Path file that cannot be read (missing, not JSON, an invalid spec) returns $false as well, besides its error.

Every finding carries TopologyName and, when the topology was read from a file, FilePath, so the findings of many files can be grouped: Get-ChildItem ./examples/*.json | Test-HaVpnTopology | Group-Object TopologyName.
'@
    Parameters  = @{
        Topology    = 'A topology from New-HaVpnTopology, usually from the pipeline.'
        Path        = 'Spec files (.json or .psd1) to plan and check; Get-ChildItem output binds by FullName. A bad file is reported as a non-terminating error and the others are processed.'
        Quiet       = 'Return $true when the topology has no Error finding, $false otherwise (also for a -Path file that cannot be read), instead of the findings.'
        ExcludeRule = 'Rule ids to leave out, such as HA020. Tab completion lists the rules.'
        AsOf        = 'The date retirement findings (HA017) are written against: "retires on" before it, "was retired on" after. Today by default.'
    }
    Inputs      = @(
        @{ Type = 'AzVpnHa.Topology'; Description = 'Topologies from New-HaVpnTopology.' }
        @{ Type = 'System.String'; Description = 'Spec file paths, by property name (Path or FullName).' }
    )
    Outputs     = @(
        @{ Type = 'AzVpnHa.Finding'; Description = 'One per problem found.' }
        @{ Type = 'System.Boolean'; Description = 'With -Quiet: $true when there is no Error finding.' }
    )
    Examples    = @(
        @{
            Title   = 'Check a plan'
            Code    = 'New-HaVpnTopology -Path ./examples/multiple-devices.json | Test-HaVpnTopology'
            Remarks = 'Lists the findings; an active-standby gateway with two devices gets notes about ECMP and the gateway failover.'
        }
        @{
            Title   = 'Gate a pipeline on errors'
            Code    = 'if (-not (Test-HaVpnTopology -Path ./spec.json -Quiet)) { throw ''The VPN design has errors.'' }'
            Remarks = '-Quiet returns $false when any Error finding exists.'
        }
        @{
            Title   = 'Only errors and warnings, across many specs'
            Code    = 'Get-ChildItem ./specs -Filter *.json | Test-HaVpnTopology | Where-Object Severity -ne Information | Format-Table -GroupBy Target'
            Remarks = 'File objects bind to -Path by their FullName.'
        }
        @{
            Title   = 'Read the fix and the source of a finding'
            Code    = 'Test-HaVpnTopology -Path ./spec.json | Select-Object RuleId, Recommendation, Source | Format-List'
            Remarks = 'Every finding carries a recommendation and the document it is based on.'
        }
    )
    Links       = @('Get-HaVpnRule', 'New-HaVpnTopology', 'about_AzVpnHa', 'https://learn.microsoft.com/azure/vpn-gateway/vpn-gateway-vpn-faq')
}
