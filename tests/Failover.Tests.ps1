# Pester 5: Test-HaVpnFailover on the BUILT module, with the shipped examples (build.ps1 test sets AZVPNHA_MODULE).
BeforeAll {
    $ErrorActionPreference = 'Stop'
    $script:ModulePath = if ($env:AZVPNHA_MODULE) { $env:AZVPNHA_MODULE } else { Join-Path $PSScriptRoot '../out/AzVpnHa/AzVpnHa.psd1' }
    Import-Module $script:ModulePath -Force
    . (Join-Path $PSScriptRoot 'TestHelpers.ps1')
    $script:Examples = Join-Path $PSScriptRoot '../examples'
    function script:Example([string] $name) { New-HaVpnTopology -Path (Join-Path $script:Examples "$name.json") }
}

Describe 'Test-HaVpnFailover' {
    It 'has a table view for its results and a list view for its summaries (their fixes are sentences)' {
        (Get-FormatData -TypeName AzVpnHa.FailoverResult).FormatViewDefinition.Control | Should -BeOfType [System.Management.Automation.TableControl]
        (Get-FormatData -TypeName AzVpnHa.FailoverSummary).FormatViewDefinition.Control | Should -BeOfType [System.Management.Automation.ListControl]
    }

    It 'keeps dual redundancy connected through every single fault' {
        $results = @(Example dual-redundancy | Test-HaVpnFailover)
        $results.Count | Should -Be 10
        $results | ForEach-Object { $_ | Should -BeOfType ([AzVpnHa.FailoverResult]) }
        $results | Where-Object { -not $_.Connected } | Should -BeNullOrEmpty
        $loss = $results | Where-Object Scenario -eq 'InstanceFailure vgw-hub[0]'
        $loss.SurvivingTunnels | Should -Be 2
        $loss.InterruptionMinSeconds | Should -Be 0
        $loss.InterruptionMaxSeconds | Should -Be 45
        $loss.Sources | Should -Match '^https://'
    }

    It 'times an active-standby failover at <Min>-<Max> s for <Scenario>' -ForEach @(
        @{ Scenario = 'PlannedMaintenance vgw-hub[0]'; Min = 10; Max = 15 }
        @{ Scenario = 'InstanceFailure vgw-hub[0]'; Min = 60; Max = 180 }
    ) {
        $r = Example multiple-devices | Test-HaVpnFailover -Scenario $Scenario
        $r.Scenario | Should -Be $Scenario
        $r.Connected | Should -BeTrue
        $r.InterruptionMinSeconds | Should -Be $Min
        $r.InterruptionMaxSeconds | Should -Be $Max
        $r.Basis | Should -Match 'HA article 07/24/2024'
    }

    It 'summarizes a single point of failure with its fixes' {
        $s = Example active-standby | Test-HaVpnFailover -Summary
        $s | Should -BeOfType ([AzVpnHa.FailoverSummary])
        $s.SurvivesEverySingleFault | Should -BeFalse
        $s.OutageScenarios | Should -Contain 'DeviceDown lgw-hq-fw1'
        $s.Fixes -join ' ' | Should -Match 'Add a second on-premises VPN device'
        $s.Fixes -join ' ' | Should -Match 'Enable active-active'
        (Example dual-redundancy | Test-HaVpnFailover -Summary).SurvivesEverySingleFault | Should -BeTrue
    }

    It 'adds double faults with -Depth 2' {
        $single = @(Example dual-redundancy | Test-HaVpnFailover)
        $double = @(Example dual-redundancy | Test-HaVpnFailover -Depth 2)
        $double.Count | Should -BeGreaterThan $single.Count
        $r = $double | Where-Object Scenario -eq 'InstanceFailure vgw-hub[0] + DeviceDown lgw-hq-fw1'
        $r.Connected | Should -BeTrue
        $r.SurvivingTunnelNames | Should -Be @('vgw-hub[1] <-> fw2')
        ($double | Where-Object Scenario -eq 'InstanceFailure vgw-hub[0] + InstanceFailure vgw-hub[1]').Connected | Should -BeFalse
    }

    It 'rejects a depth other than 1 or 2' {
        { Example dual-redundancy | Test-HaVpnFailover -Depth 3 } | Should -Throw -ErrorId 'ParameterArgumentValidationError,AzVpnHa.Commands.TestHaVpnFailoverCommand'
    }

    It 'picks scenarios by exact name, fault kind or wildcard' {
        @(Example dual-redundancy | Test-HaVpnFailover -Scenario 'PlannedMaintenance vgw-hub[1]').Scenario | Should -Be @('PlannedMaintenance vgw-hub[1]')
        @(Example dual-redundancy | Test-HaVpnFailover -Scenario ZoneOutage).Scenario | Should -Be @('ZoneOutage 1', 'ZoneOutage 2')
        @(Example dual-redundancy | Test-HaVpnFailover -Scenario 'Device*').Count | Should -Be 2
        @(Example dual-redundancy | Test-HaVpnFailover -Depth 2 -Scenario DeviceDown | Where-Object Depth -eq 2).Count | Should -BeGreaterThan 0
    }

    It 'reports a scenario that matches nothing' {
        $out = Example dual-redundancy | Test-HaVpnFailover -Scenario 'GatewayLoss' -ErrorVariable errs -ErrorAction SilentlyContinue
        $out | Should -BeNullOrEmpty
        $errs[0].FullyQualifiedErrorId | Should -Be 'ScenarioNotFound,AzVpnHa.Commands.TestHaVpnFailoverCommand'
    }

    It 'reports a whole peer gateway loss on a VNet-to-VNet link without failing its verdict' {
        $t = Example vnet-to-vnet
        $loss = @($t | Test-HaVpnFailover -Scenario GatewayLoss)
        $loss.Count | Should -Be 2
        $loss | ForEach-Object { $_.Connected | Should -BeFalse }
        $s = $t | Test-HaVpnFailover -Summary
        $s.SurvivesEverySingleFault | Should -BeTrue
        $s.GatewayLossOutages.Count | Should -Be 2
    }

    It 'filters targets with -Target' {
        $spec = @{ name = 't'; resourceGroup = 'rg'; location = 'westeurope'
                   gateways = @(@{ name = 'vgw'; sku = 'VpnGw2AZ'; activeActive = $true; asn = 65515 })
                   sites = @(
                       @{ name = 'hq'; addressPrefixes = @('10.10.0.0/16'); devices = @(@{ name = 'fw1'; publicIp = '203.0.113.1'; asn = 65010; bgpPeeringAddress = '10.10.255.1' }) }
                       @{ name = 'branch'; addressPrefixes = @('10.20.0.0/16'); devices = @(@{ name = 'br1'; publicIp = '203.0.113.2'; asn = 65020; bgpPeeringAddress = '10.20.255.1' }) }) }
        $t = $spec | New-HaVpnTopology
        @($t | Test-HaVpnFailover).Target | Sort-Object -Unique | Should -Be @('branch', 'hq')
        @($t | Test-HaVpnFailover -Target br*).Target | Sort-Object -Unique | Should -Be @('branch')
    }

    It 'writes one Markdown report with -AsMarkdown' {
        $md = @(Example dual-redundancy | Test-HaVpnFailover -AsMarkdown)
        $md.Count | Should -Be 1
        $md[0] | Should -BeOfType ([string])
        $md[0] | Should -Match '### Site `hq` \(DualRedundancy\)'
        $md[0] | Should -Match 'Survives every single fault: \*\*yes\*\*'
        $md[0] | Should -Match '(?m)^\[\^1\]: https://'
    }

    It 'reads like a runbook in Format-Table and converts to HTML' {
        $text = Example active-standby | Test-HaVpnFailover | Format-Table | Out-String -Width 200
        $text | Should -Match 'Failover of: Site hq of contoso-as \(ActiveStandby\)'
        $text | Should -Match '\bFalse\s+outage\b'
        $text | Should -Match '60-180 s'
        $html = Example active-standby | Test-HaVpnFailover | ConvertTo-Html -Property Target, Description, SurvivingTunnels, Connected, Interruption, Basis | Out-String
        $html | Should -Match '<td>Unplanned loss of vgw-hub instance 0 \(active\)</td>'
    }

    It 'analyzes spec files by -Path' {
        $summaries = @(Test-HaVpnFailover -Path (Join-Path $script:Examples '*.json') -Summary)
        $summaries.Count | Should -Be 5
        @($summaries | Where-Object SurvivesEverySingleFault).Count | Should -Be 3
    }
}
