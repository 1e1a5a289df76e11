# Pester 5: the monitoring alert templates of Export-HaVpnTemplate, against the BUILT module. The Bicep CLI checks of
# every shape run in xUnit (WritersMonitoringTests); here: what a user types.
BeforeAll {
    $ErrorActionPreference = 'Stop'
    $script:ModulePath = if ($env:AZVPNHA_MODULE) { $env:AZVPNHA_MODULE } else { Join-Path $PSScriptRoot '../out/AzVpnHa/AzVpnHa.psd1' }
    Import-Module $script:ModulePath -Force
    $script:Examples = Join-Path $PSScriptRoot '../examples'
    $script:Fixtures = Join-Path $PSScriptRoot 'AzVpnHa.Core.Tests/Fixtures/Arm'
}

Describe 'Export-HaVpnTemplate monitoring' {
    It 'adds a tunnel, BGP peer and gateway alert to the plan''s template with -IncludeMonitoring' {
        $arm = New-HaVpnTopology -Path (Join-Path $Examples 'dual-redundancy.json') | Export-HaVpnTemplate -Format Arm -IncludeMonitoring | ConvertFrom-Json
        $alerts = @($arm.resources | Where-Object type -eq 'Microsoft.Insights/metricAlerts')
        $alerts.Count | Should -Be 5
        @($alerts | Where-Object { $_.properties.criteria.allOf[0].metricName -eq 'TunnelIngressBytes' }).Count | Should -Be 2
        @($alerts | Where-Object { $_.properties.criteria.allOf[0].metricName -eq 'BgpPeerStatus' }).Count | Should -Be 2
        $arm.parameters.actionGroupId.type | Should -Be 'string'
        @($arm.resources | Where-Object type -eq 'Microsoft.Network/virtualNetworkGateways').Count | Should -Be 1
    }

    It 'writes the alerts alone for a deployed topology, by resource id, even when it has Error findings' {
        $t = Get-HaVpnTopology -Path (Join-Path $Fixtures 'ResourceGroupExport-Template.json')
        ($t | Test-HaVpnTopology).Severity | Should -Contain 'Error'
        $bicep = $t | Export-HaVpnTemplate -Format MonitoringBicep
        $bicep | Should -Match "resource \w+ 'Microsoft.Insights/metricAlerts@2018-03-01'"
        $bicep | Should -Not -Match "Microsoft.Network/virtualNetworkGateways@"
        $bicep | Should -Match ([regex]::Escape($t.Gateways[0].ResourceId))
        # The network template itself is still refused.
        $t | Export-HaVpnTemplate -Format Bicep -ErrorVariable refused -ErrorAction SilentlyContinue | Should -BeNullOrEmpty
        $refused[0].FullyQualifiedErrorId | Should -BeLike 'TopologyHasErrors,*'
    }

    It 'documents the alerts in help' {
        $help = Get-Help Export-HaVpnTemplate -Full
        ($help.parameters.parameter | Where-Object name -eq 'IncludeMonitoring').description.Text | Should -Match 'alert'
        ($help.description.Text -join "`n") | Should -Match 'BgpPeerStatus'
    }
}
