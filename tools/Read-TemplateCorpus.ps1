<#
.SYNOPSIS
    Reads every template in a folder with the built module and shows what each deploys: gateways (name, ASN,
    active-active), local network gateways, Kind, tunnels and the Error/Warning findings. Run it by hand against a
    corpus of third-party templates (the tests never read outside the repository), e.g.:
        dotnet pwsh -NoProfile ./tools/Read-TemplateCorpus.ps1 -Path ../shared/fixtures/real-world
        dotnet pwsh -NoProfile ./tools/Read-TemplateCorpus.ps1 -Path ../shared/fixtures/real-world -Together ps-lab-objective-02.json,ps-lab-objective-03.json,ps-lab-objective-04.json
#>
param(
    [Parameter(Mandatory)] [string] $Path,
    # Files (names in -Path) to read together as one estate, as well as one by one.
    [string[]] $Together,
    [string] $Module = (Join-Path $PSScriptRoot '../out/AzVpnHa/AzVpnHa.psd1')
)
$ErrorActionPreference = 'Stop'
Import-Module $Module -Force

function Read-Estate([string[]] $files, [string] $label) {
    $topology = Get-HaVpnTopology -Path $files -WarningAction SilentlyContinue -ErrorVariable failed -ErrorAction SilentlyContinue
    if (-not $topology) { return [pscustomobject]@{ File = $label; Kind = '-'; Tunnels = 0; Gateways = ''; Lngs = ''; Errors = ($failed | ForEach-Object { $_.FullyQualifiedErrorId }) -join ' '; Warnings = '' } }
    $findings = @($topology | Test-HaVpnTopology)
    [pscustomobject]@{
        File     = $label
        Kind     = $topology.Kind
        Tunnels  = $topology.TunnelCount
        Gateways = ($topology.Gateways | ForEach-Object { '{0} (ASN {1}{2})' -f $_.Name, $(if ($_.IsUnknown('Asn')) { '?' } elseif ($null -eq $_.Asn) { '-' } else { $_.Asn }), $(if ($_.ActiveActive) { ', A/A' } else { '' }) }) -join '; '
        Lngs     = ($topology.LocalNetworkGateways | ForEach-Object Name) -join ', '
        Errors   = ($findings | Where-Object Severity -eq 'Error' | ForEach-Object { "$($_.RuleId) $($_.Target)" }) -join '; '
        Warnings = ($findings | Where-Object Severity -eq 'Warning' | ForEach-Object RuleId | Sort-Object -Unique) -join ' '
    }
}

$files = Get-ChildItem $Path -Filter *.json | Where-Object Name -ne 'package.json'
$rows = foreach ($f in $files) { Read-Estate @($f.FullName) $f.Name }
$Together = @($Together | ForEach-Object { $_ -split "," } | Where-Object { $_ })
if ($Together) { $rows += Read-Estate @($Together | ForEach-Object { Join-Path $Path $_ }) ($Together -join " + ") }
$rows | Format-List
