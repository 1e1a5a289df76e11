<# build.ps1 demo: plans each example topology and shows its resources, tunnels and findings. #>
param([Parameter(Mandatory)] [string] $ModulePath)
$ErrorActionPreference = 'Stop'
$PSStyle.OutputRendering = 'PlainText'   # readable in logs and CI
Import-Module $ModulePath -Force
$examples = Join-Path (Split-Path $ModulePath) 'examples'
foreach ($file in Get-ChildItem $examples -Filter *.json | Sort-Object Name) {
    $topology = New-HaVpnTopology -Path $file.FullName
    Write-Host ''
    Write-Host ('=' * 100)
    Write-Host "$($file.Name): $($topology.Kind), $($topology.TunnelCount) tunnel(s)" -ForegroundColor Cyan
    Write-Host ('=' * 100)
    $topology.Sites + $topology.VNetLinks | Where-Object { $_ } | Format-Table Name, Kind, Redundancy, TunnelCount -AutoSize | Out-String -Width 160 | Write-Host
    $topology | Get-HaTunnelMesh | Format-Table -AutoSize | Out-String -Width 160 | Write-Host
    $findings = $topology | Test-HaVpnTopology
    if ($findings) { $findings | Format-Table -Wrap | Out-String -Width 160 | Write-Host } else { Write-Host 'No findings.' }
    $topology | Test-HaVpnFailover -Summary | Format-Table -Wrap | Out-String -Width 160 | Write-Host
}
