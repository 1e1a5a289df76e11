# Pester 5: what README's "first five minutes" and spec sections promise a new user, against the BUILT module.
BeforeAll {
    $ErrorActionPreference = 'Stop'
    $script:ModulePath = if ($env:AZVPNHA_MODULE) { $env:AZVPNHA_MODULE } else { Join-Path $PSScriptRoot '../out/AzVpnHa/AzVpnHa.psd1' }
    Import-Module $script:ModulePath -Force
    $script:Root = Join-Path $PSScriptRoot '..'
    $script:Readme = Get-Content (Join-Path $script:Root 'README.md') -Raw
}

Describe 'README and first run' {
    It 'has a jsonc spec sample that plans as copied (comments and all)' {
        $sample = [regex]::Match($Readme, '(?s)```jsonc\n(.*?)```').Groups[1].Value
        $sample | Should -Not -BeNullOrEmpty
        $file = Join-Path $TestDrive 'spec.json'
        Set-Content $file $sample
        $t = New-HaVpnTopology -Path $file
        $t.VNetLinks.Name | Should -Be 'vgw-hub<->vgw-spoke'
        $t | Test-HaVpnTopology -Quiet | Should -BeTrue
    }

    It 'ships examples whose $schema points at the schema shipped in the module' {
        $examples = Get-ChildItem (Join-Path (Split-Path $ModulePath) 'examples') -Filter *.json
        $examples.Count | Should -BeGreaterThan 0
        foreach ($example in $examples) {
            $schema = (Get-Content $example.FullName -Raw | ConvertFrom-Json).'$schema'
            Join-Path $example.DirectoryName $schema | Should -Exist -Because "$($example.Name) names $schema"
        }
        # And in the repository, from examples/ to module/.
        foreach ($example in Get-ChildItem (Join-Path $Root 'examples') -Filter *.json) {
            Join-Path $example.DirectoryName (Get-Content $example.FullName -Raw | ConvertFrom-Json).'$schema' | Should -Exist
        }
    }

    It 'lets build.ps1 run as a script where pwsh is installed (shebang, executable)' {
        $build = Join-Path $Root 'build.ps1'
        (Get-Content $build -TotalCount 1) | Should -Be '#!/usr/bin/env pwsh'
        if ($IsWindows) { return }
        (Get-Item $build).UnixMode | Should -Match '^-rwx'
        (Get-Help $build).Synopsis | Should -Match 'Builds, tests'
    }

    It 'lists every exported cmdlet in the README cmdlet table' {
        foreach ($cmdlet in (Get-Module AzVpnHa).ExportedCmdlets.Keys) { $Readme | Should -Match ('(?m)^\| `' + $cmdlet + '` \|') }
    }
}
