#!/usr/bin/env pwsh

<#
.SYNOPSIS
    Builds, tests, demonstrates and benchmarks AzVpnHa.
.DESCRIPTION
    build : assembles an importable module at out/AzVpnHa/AzVpnHa.psd1 (dlls, manifest, format views, MAML help, schema, examples)
    test  : build, then xUnit (core) and Pester (the built module, as a user runs it); prints "N passed, N failed"
    demo  : build, then plans the five example topologies and shows each one's tunnels and findings
    package: build, then out/package/AzVpnHa.<version>.nupkg (Install-PSResource from a local repository) and AzVpnHa.zip (Azure Automation: the module folder at the zip root)
    bench : build, then measures module import, planning + validation speed and linearity, and a live audit of 200 gateways through the fake ARM transport
    Run with the pinned PowerShell: dotnet tool restore && dotnet pwsh ./build.ps1 <task>
#>
[CmdletBinding()]
param(
    [Parameter(Position = 0)]
    [ValidateSet('build', 'test', 'demo', 'bench', 'package', 'clean')]
    [string] $Task = 'build',
    [ValidateSet('Debug', 'Release')]
    [string] $Configuration = 'Release'
)
$ErrorActionPreference = 'Stop'
Set-StrictMode -Version 3.0
$root = $PSScriptRoot
$out = Join-Path $root 'out'
$moduleDir = Join-Path $out 'AzVpnHa'
$manifest = Join-Path $moduleDir 'AzVpnHa.psd1'

function Invoke-Native([string] $what, [scriptblock] $command) {
    & $command
    if ($LASTEXITCODE -ne 0) { throw "$what failed (exit code $LASTEXITCODE)." }
}

. (Join-Path $root 'tools/ChildPwsh.ps1')

function Get-NuGetRoot {
    if ($env:NUGET_PACKAGES) { return $env:NUGET_PACKAGES }
    $line = dotnet nuget locals global-packages --list | Select-Object -First 1
    return ($line -replace '^global-packages:\s*', '').Trim()
}

# Views live in one source file per area; the module ships them as one file, because every format file has a
# fixed load cost at Import-Module (measured with build.ps1 bench).
function Merge-FormatFiles([System.IO.FileInfo[]] $sources, [string] $target) {
    $merged = [xml]'<?xml version="1.0" encoding="utf-8"?><Configuration><ViewDefinitions/></Configuration>'
    $views = $merged.Configuration.SelectSingleNode('ViewDefinitions')
    foreach ($source in $sources | Sort-Object Name) {
        foreach ($view in ([xml](Get-Content $source.FullName -Raw)).Configuration.ViewDefinitions.View) {
            $null = $views.AppendChild($merged.ImportNode($view, $true))
        }
    }
    $merged.Save($target)
}

function Invoke-Build {
    Write-Host "Building AzVpnHa ($Configuration)..."
    $publish = Join-Path $out 'publish'
    Invoke-Native 'dotnet publish' { dotnet publish (Join-Path $root 'src/AzVpnHa/AzVpnHa.csproj') -c $Configuration -o $publish --nologo -v quiet }
    if (Test-Path $moduleDir) { Remove-Item $moduleDir -Recurse -Force }
    New-Item -ItemType Directory -Force $moduleDir, (Join-Path $moduleDir 'en-US'), (Join-Path $moduleDir 'examples') | Out-Null
    # The module root holds only our two assemblies; a missing one fails the build.
    foreach ($file in 'AzVpnHa.dll', 'AzVpnHa.Core.dll') {
        $source = Join-Path $publish $file
        if (-not (Test-Path $source)) { throw "Build output is missing $file." }
        Copy-Item $source $moduleDir
    }
    # The live reader and the Azure SDK go to dependencies/, loaded on first live read only (in their own
    # AssemblyLoadContext on PowerShell 7, through AzVpnHa.LoadContext): importing the module loads none of them.
    $dependencies = Join-Path $moduleDir 'dependencies'
    New-Item -ItemType Directory -Force $dependencies | Out-Null
    Get-ChildItem $publish -Filter *.dll | Where-Object { $_.Name -notin 'AzVpnHa.dll', 'AzVpnHa.Core.dll' } | Copy-Item -Destination $dependencies
    $bridge = Join-Path $out 'loadcontext'
    Invoke-Native 'dotnet build (load context)' { dotnet build (Join-Path $root 'src/AzVpnHa.LoadContext/AzVpnHa.LoadContext.csproj') -c $Configuration -o $bridge --nologo -v quiet }
    Copy-Item (Join-Path $bridge 'AzVpnHa.LoadContext.dll') $dependencies
    Copy-Item (Join-Path $root 'AzVpnHa.psd1') $moduleDir
    Merge-FormatFiles (Get-ChildItem (Join-Path $root 'module') -Filter *.format.ps1xml) (Join-Path $moduleDir 'AzVpnHa.format.ps1xml')
    Copy-Item (Join-Path $root 'module/*.schema.json') $moduleDir -ErrorAction SilentlyContinue
    Copy-Item (Join-Path $root 'module/en-US/*') (Join-Path $moduleDir 'en-US')
    # The examples point $schema at ../module/ in the repository; in the module the schema sits one folder up from them.
    foreach ($example in Get-ChildItem (Join-Path $root 'examples') -Filter *.json) {
        $text = (Get-Content $example.FullName -Raw).Replace('"$schema": "../module/AzVpnHa.spec.schema.json"', '"$schema": "../AzVpnHa.spec.schema.json"')
        [System.IO.File]::WriteAllText((Join-Path $moduleDir "examples/$($example.Name)"), $text, [System.Text.UTF8Encoding]::new($false))
    }
    # Test support (the fake ARM and the synthetic estates) for Pester and the bench: beside the module, never in it,
    # and alone in out/testing, so its references are the module's own copies (the test hooks load it next to them).
    $testingBuild = Join-Path $out 'testing-build'
    Invoke-Native 'dotnet build (test support)' { dotnet build (Join-Path $root 'tests/AzVpnHa.Testing/AzVpnHa.Testing.csproj') -c $Configuration -o $testingBuild --nologo -v quiet }
    $testing = Join-Path $out 'testing'
    if (Test-Path $testing) { Remove-Item $testing -Recurse -Force }
    New-Item -ItemType Directory -Force $testing | Out-Null
    Copy-Item (Join-Path $testingBuild 'AzVpnHa.Testing.dll') $testing
    Invoke-Native 'help build' { Invoke-ChildPwsh (Join-Path $root 'tools/Build-Help.ps1') @('-ModulePath', $manifest, '-HelpSource', (Join-Path $root 'module/help'), '-OutFile', (Join-Path $moduleDir 'en-US/AzVpnHa.dll-Help.xml')) }
    Write-Host "Module ready: $manifest"
}

# The built module as a NuGet package for PSResourceGet (which ships with PowerShell 7.4+; Compress-PSResource packs what
# Publish-PSResource would publish) and as the zip Azure Automation imports: module folder at the root, manifest named like it.
function New-Package {
    $package = Join-Path $out 'package'
    if (Test-Path $package) { Remove-Item $package -Recurse -Force }
    New-Item -ItemType Directory -Force $package | Out-Null
    Import-Module Microsoft.PowerShell.PSResourceGet -ErrorAction Stop
    Compress-PSResource -Path $moduleDir -DestinationPath $package
    Add-Type -AssemblyName System.IO.Compression.FileSystem
    [System.IO.Compression.ZipFile]::CreateFromDirectory($moduleDir, (Join-Path $package 'AzVpnHa.zip'), [System.IO.Compression.CompressionLevel]::Optimal, $true)
    Get-ChildItem $package | ForEach-Object { Write-Host "Package ready: $($_.FullName)" }
}

function Invoke-Package {
    Invoke-Build
    New-Package
}

function Invoke-Test {
    Invoke-Build
    New-Package
    Invoke-Native 'tool restore' { dotnet restore (Join-Path $root 'tools/tools.proj') --nologo -v quiet }
    # Test-only npm tools (the SARIF Multitool), pinned by tests/test-tools/package-lock.json; never shipped in the module.
    $testTools = Join-Path $root 'tests/test-tools'
    if (-not (Test-Path (Join-Path $testTools 'node_modules/@microsoft/sarif-multitool-linux'))) {
        Invoke-Native 'npm ci (test tools)' { npm ci --prefix $testTools --no-audit --no-fund --loglevel error }
    }
    $results = Join-Path $out 'test-results'
    if (Test-Path $results) { Remove-Item $results -Recurse -Force }
    $passed = 0; $failed = 0; $skipped = 0

    foreach ($project in Get-ChildItem (Join-Path $root 'tests') -Filter *.Tests.csproj -Recurse) {
        Write-Host "xUnit: $($project.BaseName)"
        dotnet test $project.FullName -c $Configuration --nologo --logger "trx;LogFileName=$($project.BaseName).trx" --results-directory $results | Out-Host
        $trx = Join-Path $results "$($project.BaseName).trx"
        if (-not (Test-Path $trx)) { Write-Host "  no results: counted as 1 failure"; $failed++; continue }
        $counters = ([xml](Get-Content $trx -Raw)).TestRun.ResultSummary.Counters
        $passed += [int]$counters.passed; $failed += [int]$counters.failed + [int]$counters.error + [int]$counters.timeout
        $skipped += [int]$counters.notExecuted
    }

    $pester = Join-Path (Get-NuGetRoot) 'pester/5.9.1/tools/Pester.psd1'
    $pesterResult = Join-Path $results 'pester.json'
    $env:AZVPNHA_MODULE = $manifest
    $env:AZVPNHA_NUGET = Get-NuGetRoot
    $env:AZVPNHA_PACKAGE = Join-Path $out 'package'
    Invoke-ChildPwsh (Join-Path $root 'tools/Invoke-PesterTests.ps1') @('-PesterPath', $pester, '-TestPath', (Join-Path $root 'tests'), '-ResultFile', $pesterResult) | Out-Host
    if (Test-Path $pesterResult) {
        $p = Get-Content $pesterResult -Raw | ConvertFrom-Json
        $passed += $p.Passed; $failed += $p.Failed; $skipped += $p.Skipped
    }
    else { Write-Host 'Pester produced no results: counted as 1 failure'; $failed++ }

    $summary = "$passed passed, $failed failed"
    if ($skipped) { $summary += ", $skipped skipped" }
    Write-Host $summary
    if ($failed -gt 0) { exit 1 }
}

function Invoke-Demo {
    Invoke-Build
    Invoke-Native 'demo' { Invoke-ChildPwsh (Join-Path $root 'tools/Show-Demo.ps1') @('-ModulePath', $manifest) }
}

function Invoke-Bench {
    Invoke-Build
    Invoke-Native 'bench' { Invoke-ChildPwsh (Join-Path $root 'tools/Measure-Performance.ps1') @('-ModulePath', $manifest, '-Configuration', $Configuration) }
}

switch ($Task) {
    'build' { Invoke-Build }
    'test' { Invoke-Test }
    'demo' { Invoke-Demo }
    'bench' { Invoke-Bench }
    'package' { Invoke-Package }
    'clean' { if (Test-Path $out) { Remove-Item $out -Recurse -Force } }
}
