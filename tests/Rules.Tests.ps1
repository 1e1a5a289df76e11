# Pester 5 on the BUILT module: issue 10's judgement repros as a user meets them (values set at deploy time, routed overlaps).
BeforeAll {
    $ErrorActionPreference = 'Stop'
    $script:ModulePath = if ($env:AZVPNHA_MODULE) { $env:AZVPNHA_MODULE } else { Join-Path $PSScriptRoot '../out/AzVpnHa/AzVpnHa.psd1' }
    Import-Module $script:ModulePath -Force
    $script:Template = Join-Path $PSScriptRoot 'AzVpnHa.Core.Tests/Fixtures/Templates/dual-redundancy-reference.json'
}

Describe 'A template whose BGP peer addresses are reference() values (the dual-redundancy quickstart''s shape)' {
    BeforeAll { $script:t = Get-HaVpnTopology -Path $script:Template }

    It 'is read as dual redundancy with its 4 BGP tunnels' {
        $script:t.Kind | Should -Be 'DualRedundancy'
        $script:t.TunnelCount | Should -Be 4
        ($script:t | Get-HaTunnelMesh).Bgp | Should -Be @($true, $true, $true, $true)
    }

    It 'gives no Error or Warning, and names each unknown value once (HA024)' {
        $findings = $script:t | Test-HaVpnTopology
        $findings | Where-Object Severity -ne 'Information' | Should -BeNullOrEmpty
        $notes = $findings | Where-Object RuleId -eq 'HA024'
        $notes.Target | Sort-Object | Should -Be @('lgw-1', 'lgw-2')
        $notes.Message | ForEach-Object { $_ | Should -Match 'BGP peer address.*reference\(\)' }
    }

    It 'survives every single fault in Test-HaVpnFailover -Summary' {
        ($script:t | Test-HaVpnFailover -Summary).SurvivesEverySingleFault | Should -BeTrue
    }
}
