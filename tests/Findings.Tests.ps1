# Pester 5: Export-HaVpnFinding and the APRL/Advisor ids on findings and rules, against the BUILT module.
BeforeAll {
    $ErrorActionPreference = 'Stop'
    $script:ModulePath = if ($env:AZVPNHA_MODULE) { $env:AZVPNHA_MODULE } else { Join-Path $PSScriptRoot '../out/AzVpnHa/AzVpnHa.psd1' }
    Import-Module $script:ModulePath -Force
    $script:Examples = Join-Path $PSScriptRoot '../examples'
    # Active-standby: one tunnel (HA015 Warning, joined with APRL active-active); dual redundancy: no finding.
    $script:Findings = @(Get-ChildItem (Join-Path $Examples '*.json') | Test-HaVpnTopology)
}

Describe 'Findings and rules carry Azure''s own recommendation ids' {
    It 'joins the single-tunnel finding with APRL and Advisor active-active' {
        $finding = New-HaVpnTopology -Path (Join-Path $Examples 'active-standby.json') | Test-HaVpnTopology | Where-Object RuleId -eq HA015
        $finding.AzureRecommendations.Id | Should -Contain '281a2713-c0e0-3c48-b596-19f590c46671'
        $finding.AzureRecommendations.Id | Should -Contain 'c249dc0e-9a17-423e-838a-d72719e8c5dd'
        ($finding.AzureRecommendations | Where-Object Catalog -eq APRL).Link | Should -Match '^https://'
    }

    It 'lists them per rule in Get-HaVpnRule' {
        (Get-HaVpnRule HA036).AzureRecommendations.Id | Should -Contain '4bae5a28-5cf4-40d9-bcf1-623d28f6d917'
        (Get-HaVpnRule HA001).AzureRecommendations | Should -BeNullOrEmpty
    }
}

Describe 'Export-HaVpnFinding' {
    It 'writes one SARIF 2.1.0 log for the whole pipeline' {
        $sarif = $Findings | Export-HaVpnFinding -Format Sarif | ConvertFrom-Json
        $sarif.version | Should -Be '2.1.0'
        $run = $sarif.runs[0]
        $run.tool.driver.name | Should -Be 'AzVpnHa'
        $run.tool.driver.version | Should -Be (Get-Module AzVpnHa).Version.ToString()
        $run.tool.driver.rules.id | Should -Be (Get-HaVpnRule).Id
        @($run.results).Count | Should -Be $Findings.Count
        $run.results[0].ruleId | Should -Be $Findings[0].RuleId
    }

    It 'names the spec file and the line of the resource: the finding''s TopologyName and FilePath bind by name' {
        $spec = Join-Path $Examples 'active-standby.json'
        $finding = Test-HaVpnTopology -Path $spec | Where-Object RuleId -eq HA015
        $finding.FilePath | Should -Not -BeNullOrEmpty
        # Outside the current location: an absolute file URI.
        Push-Location $TestDrive
        try { $outside = ($finding | Export-HaVpnFinding Sarif | ConvertFrom-Json).runs[0].results[0] } finally { Pop-Location }
        $outside.locations[0].physicalLocation.artifactLocation.uri | Should -Be ([System.Uri]::new($finding.FilePath)).AbsoluteUri
        # Under it (CI runs from the repository root): relative, as code scanning places results.
        Push-Location (Split-Path $Examples)
        try { $result = ($finding | Export-HaVpnFinding Sarif | ConvertFrom-Json).runs[0].results[0] } finally { Pop-Location }
        $location = $result.locations[0].physicalLocation
        $location.artifactLocation.uri | Should -Be 'examples/active-standby.json'
        $line = (Get-Content $spec)[$location.region.startLine - 1]
        $line.Substring($location.region.startColumn - 1, $location.region.endColumn - $location.region.startColumn) | Should -Be $finding.Target
        $result.locations[0].logicalLocations[0].fullyQualifiedName | Should -Be "$($finding.TopologyName)/$($finding.Target)"
        # Given explicitly, the parameter wins.
        $given = ($finding | Export-HaVpnFinding Sarif -TopologyPath 'specs/as.json' | ConvertFrom-Json).runs[0].results[0]
        $given.locations[0].physicalLocation.artifactLocation.uri | Should -Be 'specs/as.json'
    }

    It 'makes one JUnit test suite per topology' {
        $xml = [xml]($Findings | Export-HaVpnFinding -Format JUnit)
        @($xml.testsuites.testsuite.name) | Should -Be @($Findings.TopologyName | Select-Object -Unique)
    }

    It 'writes JUnit XML with a failing case per rule and target that has a Warning or Error' {
        $xml = [xml]($Findings | Export-HaVpnFinding -Format JUnit)
        $cases = @($xml.testsuites.testsuite.testcase)
        $failing = @($Findings | Where-Object Severity -ne Information | ForEach-Object { "$($_.RuleId) $($_.Target)" } | Sort-Object -Unique)
        @($cases | Where-Object { $_.failure } | ForEach-Object name | Sort-Object) | Should -Be $failing
        $cases.Count | Should -BeGreaterOrEqual (Get-HaVpnRule).Count
    }

    It 'writes CSV that Import-Csv reads back and JSON that ConvertFrom-Json reads back' {
        $rows = $Findings | Export-HaVpnFinding -Format Csv | ConvertFrom-Csv
        $rows.Count | Should -Be $Findings.Count
        $rows[0].RuleId | Should -Be $Findings[0].RuleId
        $rows[0].Message | Should -Be $Findings[0].Message
        ($rows | Where-Object { $_.RuleId -eq 'HA015' -and $_.Severity -eq 'Warning' }).AprlIds | Should -Match '281a2713-c0e0-3c48-b596-19f590c46671'
        $json = $Findings | Export-HaVpnFinding -Format Json | ConvertFrom-Json
        $json.Count | Should -Be $Findings.Count
        $json[0].ruleId | Should -Be $Findings[0].RuleId
    }

    It 'writes a report with no result when nothing was found: every rule a passing test case' {
        $sarif = @() | Export-HaVpnFinding -Format Sarif | ConvertFrom-Json
        @($sarif.runs[0].results).Count | Should -Be 0
        $xml = [xml](@() | Export-HaVpnFinding -Format JUnit)
        @($xml.testsuites.testsuite.testcase).Count | Should -Be (Get-HaVpnRule).Count
        $xml.testsuites.failures | Should -Be '0'
    }

    It 'writes -OutFile, honours -WhatIf, and keeps an existing file with -NoClobber' {
        $path = Join-Path $TestDrive 'findings.sarif'
        $Findings | Export-HaVpnFinding -Format Sarif -OutFile $path -WhatIf
        Test-Path $path | Should -BeFalse
        $file = $Findings | Export-HaVpnFinding -Format Sarif -OutFile $path
        $file | Should -BeOfType System.IO.FileInfo
        (Get-Content $path -Raw | ConvertFrom-Json).version | Should -Be '2.1.0'
        Set-Content $path 'keep me'
        $Findings | Export-HaVpnFinding -Format Json -OutFile $path -NoClobber -ErrorVariable problems -ErrorAction SilentlyContinue | Should -BeNullOrEmpty
        $problems[0].FullyQualifiedErrorId | Should -BeLike 'OutFileExists,*'
        Get-Content $path -Raw | Should -Match 'keep me'
    }

    It 'has help for every parameter' {
        $help = Get-Help Export-HaVpnFinding -Full
        $help.Synopsis | Should -Match 'SARIF'
        foreach ($p in 'Format', 'OutFile', 'NoClobber', 'TopologyName', 'TopologyPath') {
            ($help.parameters.parameter | Where-Object name -eq $p).description.Text | Should -Not -BeNullOrEmpty
        }
    }
}
