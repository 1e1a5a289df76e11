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
    # The default views, as a user sees them in a 120-column terminal.
    $topology | Out-String -Width 120 | Write-Host
    $topology | Get-HaTunnelMesh | Out-String -Width 120 | Write-Host
    $findings = $topology | Test-HaVpnTopology
    if ($findings) { $findings | Out-String -Width 120 | Write-Host } else { Write-Host 'No findings.' }
    $topology | Test-HaVpnFailover -Summary | Out-String -Width 120 | Write-Host
}

# Deploying a plan: one Bicep file (or ARM template) and one Az PowerShell script, neither holding a key.
$file = Join-Path $examples 'dual-redundancy.json'
$demoOut = Join-Path ([System.IO.Path]::GetTempPath()) 'azvpnha-demo'
New-Item -ItemType Directory -Force $demoOut | Out-Null
Write-Host ''
Write-Host ('=' * 100)
Write-Host "Export: $(Split-Path $file -Leaf) as Bicep and as an Az PowerShell script" -ForegroundColor Cyan
Write-Host ('=' * 100)
$topology = New-HaVpnTopology -Path $file
$bicep = $topology | Export-HaVpnTemplate -Format Bicep -OutFile (Join-Path $demoOut 'vpn.bicep')
$arm = $topology | Export-HaVpnTemplate -Format Arm -OutFile (Join-Path $demoOut 'vpn.json')
$script = $topology | Export-HaVpnScript -OutFile (Join-Path $demoOut 'deploy-vpn.ps1')
Write-Host "Wrote $($bicep.FullName), $($arm.FullName) and $($script.FullName)"
Write-Host ''
Write-Host '--- vpn.bicep (gateway and first connection) ---'
$lines = Get-Content $bicep.FullName
$start = [Array]::FindIndex($lines, [Predicate[string]] { param($l) $l -like "resource * 'Microsoft.Network/virtualNetworkGateways@*" })
$lines[$start..([Math]::Min($start + 60, $lines.Count - 1))] | Write-Host
Write-Host ''
Write-Host '--- deploy-vpn.ps1 (parameters and gateway step) ---'
$lines = Get-Content $script.FullName
$start = [Array]::FindIndex($lines, [Predicate[string]] { param($l) $l -like '`[CmdletBinding*' })
$lines[$start..($start + 12)] | Write-Host
$start = [Array]::FindIndex($lines, [Predicate[string]] { param($l) $l -like '# 2.*' })
$lines[$start..($start + 14)] | Write-Host
Write-Host ''
Write-Host 'APIPA and ASN planning: two devices given only by their public IP'
$devices = (New-HaVpnDevice -Name fw1 -PublicIp 203.0.113.10), (New-HaVpnDevice -Name fw2 -PublicIp 203.0.113.20)
$planned = New-HaVpnTopology -Name apipa -ResourceGroupName rg-vpn -Location westeurope -GatewayName vgw -GatewaySku VpnGw2AZ -ActiveActive -Asn 65515 `
    -SiteName hq -SiteAddressPrefix 10.10.0.0/16 -Device $devices -AssignApipa
$planned.LocalNetworkGateways | Format-Table Name, Asn, BgpPeeringAddress | Out-String -Width 120 | Write-Host
$planned.Gateways[0].Instances | Format-Table Index, IpConfigurationName, @{ n = 'CustomBgpIpAddresses'; e = { $_.CustomBgpIpAddresses -join ', ' } } | Out-String -Width 120 | Write-Host
Write-Host "Test-HaVpnTopology -Quiet: $($planned | Test-HaVpnTopology -Quiet)"
