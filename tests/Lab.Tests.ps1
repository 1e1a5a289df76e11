# Pester 5: the network lab (tools/lab/Invoke-HaLab.ps1) as part of build.ps1 test: every check it makes is one test.
# Where it cannot run (not Linux, not root, packages missing) one test is skipped with the reason.
BeforeDiscovery {
    $script:Lab = Join-Path $PSScriptRoot '../tools/lab/Invoke-HaLab.ps1'
    $module = if ($env:AZVPNHA_MODULE) { $env:AZVPNHA_MODULE } else { Join-Path $PSScriptRoot '../out/AzVpnHa/AzVpnHa.psd1' }
    $script:Unavailable = if ($env:AZVPNHA_SKIP_LAB) { "AZVPNHA_SKIP_LAB is set" } else { & $script:Lab -CheckOnly }
    $script:Checks = @()
    if (-not $script:Unavailable) {
        # The lab runs in its own process: it owns namespaces and daemons and cleans them up on any exit.
        $outDir = Join-Path $PSScriptRoot '../out/test-results'
        New-Item -ItemType Directory -Force $outDir | Out-Null
        $results = Join-Path $outDir 'lab-results.json'   # kept: the fault table's raw data
        . (Join-Path $PSScriptRoot '../tools/ChildPwsh.ps1')
        Invoke-ChildPwsh -File $script:Lab -Arguments @('-ModulePath', $module, '-ResultFile', $results) | Out-Host
        $script:Checks = if (Test-Path $results) { @(Get-Content $results -Raw | ConvertFrom-Json) } else { @([pscustomobject]@{ Topology = 'lab'; Check = 'results'; Passed = $false; Detail = 'the lab wrote no results' }) }
    }
}

Describe 'Network lab: exported strongSwan and FRR configurations against an emulated Azure gateway' {
    if ($script:Unavailable) {
        It "is skipped: $script:Unavailable" -Skip { }
    }
    else {
        It 'ran and reported <Count> checks' -ForEach @(@{ Count = $script:Checks.Count }) {
            $Count | Should -BeGreaterThan 0
        }
    }
    It '<Topology>: <Check>' -ForEach $script:Checks {
        $_.Passed | Should -BeTrue -Because $_.Detail
    }
}
