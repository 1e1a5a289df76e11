@{
    Synopsis    = 'Failure analysis: which tunnels survive each fault, whether each site or VNet link stays connected, and for how long traffic stops.'
    Description = @'
Test-HaVpnFailover lists the failure scenarios of a planned or deployed topology and writes one AzVpnHa.FailoverResult per scenario and site or VNet link: Scenario, Target, SurvivingTunnels, Connected, InterruptionMinSeconds and InterruptionMaxSeconds (null for an outage that lasts until the fault is repaired), the flows that move (MovedTrafficPercent, FlowsMoved), the impact on point-to-site clients (P2SImpact), and Basis and Sources: the mechanism and the document behind every number.

Single faults (the default, -Depth 1): planned maintenance and unplanned loss of gateway instance 0 and 1, each on-premises device down, each device's ISP link down, each availability zone that holds an instance, and the loss of a whole peer gateway of a VNet-to-VNet link. -Depth 2 adds every pair of them, except pairs where one fault contains the other and two planned maintenances of one gateway (Azure maintains instances one at a time).

Interruptions: active-standby failover 10-15 s planned and 60-180 s unplanned (current HA article; the 2016 text said 60-90 s). Active-active and several devices with BGP: the lost tunnel's routes are withdrawn, at once on planned maintenance, otherwise when dead peer detection ends the tunnel (the connection's DPD timeout, 45 s by default) or the BGP hold time (180 s, fixed) expires, whichever is first. A zone outage on a zone-redundant active-active gateway: up to 60 s (reliability guide). Static routing without BGP: no failover between devices.

A deployed tunnel whose Status is NotConnected carries nothing before the fault, so a single fault can become an outage.

-Summary writes one AzVpnHa.FailoverSummary per site or VNet link instead: does it survive every single fault, the worst interruption, and the fixes (add a device, enable BGP, enable active-active, zone-redundant SKU and public IPs, restore NotConnected tunnels). -AsMarkdown writes one Markdown document for a change review. The result objects also go straight to ConvertTo-Html or Export-Csv.
'@
    Parameters  = @{
        Topology   = 'A topology from New-HaVpnTopology (planned) or from a deployed estate, usually from the pipeline.'
        Path       = 'Spec files (.json or .psd1) to plan and analyze; Get-ChildItem output binds by FullName. A bad file is reported as a non-terminating error and the others are processed.'
        Scenario   = 'Scenarios to analyze: a scenario name such as "InstanceFailure vgw[0]" (matched exactly, brackets included), a fault kind such as ZoneOutage or DeviceDown (matches every scenario with such a fault), or a wildcard. All scenarios by default. Writes a ScenarioNotFound error when nothing matches.'
        Depth      = '1 for single faults (default); 2 for single faults and every double fault.'
        Target     = 'Sites or VNet links to report, by name; wildcards allowed. All by default. A name that matches no site or link is a TargetNotFound error listing the names there are, as a -Scenario typo is a ScenarioNotFound error.'
        Summary    = 'Write one AzVpnHa.FailoverSummary per site or VNet link instead of the per-scenario results.'
        AsMarkdown = 'Write one Markdown string: per site or VNet link its verdict, fixes and a table of scenarios, with the sources as footnotes.'
    }
    Inputs      = @(
        @{ Type = 'AzVpnHa.Topology'; Description = 'Topologies from New-HaVpnTopology.' }
        @{ Type = 'System.String'; Description = 'Spec file paths, by property name (Path or FullName).' }
    )
    Outputs     = @(
        @{ Type = 'AzVpnHa.FailoverResult'; Description = 'One per scenario and site or VNet link, grouped by site or link.' }
        @{ Type = 'AzVpnHa.FailoverSummary'; Description = 'With -Summary: one per site or VNet link.' }
        @{ Type = 'System.String'; Description = 'With -AsMarkdown: the report.' }
    )
    Examples    = @(
        @{
            Title   = 'The runbook of a dual-redundancy plan'
            Code    = 'New-HaVpnTopology -Path ./examples/dual-redundancy.json | Test-HaVpnFailover'
            Remarks = 'Every single fault leaves two of the four tunnels; an instance or device loss stops the moved flows for up to 45 s (DPD), a zone outage for up to 60 s.'
        }
        @{
            Title   = 'Which sites have a single point of failure, and the fix'
            Code    = 'Test-HaVpnFailover -Path ./examples/*.json -Summary | Where-Object { -not $_.SurvivesEverySingleFault }'
            Remarks = 'An active-standby or active-active site with one device does not survive the loss of that device; the fix is a second device with BGP.'
        }
        @{
            Title   = 'Double faults the site survives'
            Code    = 'New-HaVpnTopology -Path ./examples/dual-redundancy.json | Test-HaVpnFailover -Depth 2 | Where-Object { $_.Depth -eq 2 -and $_.Connected } | Select-Object Scenario, SurvivingTunnelNames'
            Remarks = 'Dual redundancy survives, for example, the loss of instance 0 together with device fw1, on the one tunnel between instance 1 and fw2.'
        }
        @{
            Title   = 'A report for a change review'
            Code    = 'New-HaVpnTopology -Path ./examples/multiple-devices.json | Test-HaVpnFailover -AsMarkdown | Set-Content failover.md'
            Remarks = 'Or as HTML: ... | Test-HaVpnFailover | ConvertTo-Html -Property Target, Description, SurvivingTunnels, Connected, Interruption, Basis | Set-Content failover.html'
        }
        @{
            Title   = 'Only zone outages and instance losses'
            Code    = 'New-HaVpnTopology -Path ./examples/active-standby.json | Test-HaVpnFailover -Scenario ZoneOutage, InstanceFailure'
            Remarks = 'On an active-standby gateway the loss of the active instance (or of its zone) stops traffic for 60-180 s while the standby takes over.'
        }
    )
    Links       = @('Test-HaVpnTopology', 'Get-HaTunnelMesh', 'New-HaVpnTopology', 'about_AzVpnHa')
}
