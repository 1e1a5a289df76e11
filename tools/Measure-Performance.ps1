<#
.SYNOPSIS
    build.ps1 bench: import cost against a minimal binary module, plan+validate speed, and linearity.
.DESCRIPTION
    Goals: Import-Module within 1.25x of a minimal binary module with one cmdlet, a manifest and one format file,
    loading no Azure SDK; New-HaVpnTopology + Test-HaVpnTopology on a 100-device active-active topology under 5 ms
    warm and 1,000 devices under 50 ms; an offline read of 200 gateways under 250 ms warm; the fleet read within
    ARM's throttling budget (Measure-Fleet.ps1). Medians of repeated runs; imports are timed
    in fresh processes because PowerShell caches a module after its first import.
#>
param([Parameter(Mandatory)] [string] $ModulePath, [string] $Configuration = 'Release')
$ErrorActionPreference = 'Stop'
$root = Split-Path $PSScriptRoot

function Median([double[]] $values) { $s = $values | Sort-Object; $s[[int][math]::Floor($s.Count / 2)] }
. (Join-Path $PSScriptRoot 'ChildPwsh.ps1')

# --- import ----------------------------------------------------------------------------------------------
$minimalOut = Join-Path $root 'out/bench/Minimal'
dotnet build (Join-Path $PSScriptRoot 'bench/Minimal/Minimal.csproj') -c $Configuration -o $minimalOut --nologo -v quiet | Out-Null
if ($LASTEXITCODE) { throw 'Building the minimal module failed.' }
Copy-Item (Join-Path $PSScriptRoot 'bench/Minimal/Minimal.psd1'), (Join-Path $PSScriptRoot 'bench/Minimal/Minimal.format.ps1xml') $minimalOut
$minimalManifest = Join-Path $minimalOut 'Minimal.psd1'

$runs = 9
# The first import in a process pays for PowerShell's module machinery; prime it with an empty module so the
# timing is what each module itself costs (its manifest, assembly and format data).
$primer = Join-Path $root 'out/bench/Primer/Primer.psd1'
New-Item -ItemType Directory -Force (Split-Path $primer) | Out-Null
"@{ ModuleVersion = '1.0.0'; FunctionsToExport = @(); CmdletsToExport = @() }" | Set-Content $primer
$probe = "Import-Module '$primer'; " + '$sw = [Diagnostics.Stopwatch]::StartNew(); Import-Module ''{0}''; $ms = $sw.Elapsed.TotalMilliseconds; ' +
         '$azure = @([AppDomain]::CurrentDomain.GetAssemblies().GetName().Name -match ''^(Azure\.|Microsoft\.Identity)'').Count; "$ms;$azure"'
$ours = @(); $baseline = @(); $azureLoaded = 0
for ($i = 0; $i -lt $runs; $i++) {   # interleaved, so machine noise hits both alike
    $ms, $azure = (Invoke-ChildPwsh -Command ($probe -f $ModulePath)) -split ';'
    $ours += [double]$ms; $azureLoaded += [int]$azure
    $baseline += [double]((Invoke-ChildPwsh -Command ($probe -f $minimalManifest)) -split ';')[0]
}
$oursMedian = Median $ours; $baseMedian = Median $baseline
Write-Host ''
Write-Host 'Import-Module (fresh process each, median of 9)'
Write-Host ('  minimal binary module : {0,7:N1} ms' -f $baseMedian)
Write-Host ('  AzVpnHa               : {0,7:N1} ms   ratio {1:N2} (goal <= 1.25)   Azure SDK assemblies loaded: {2}' -f $oursMedian, ($oursMedian / $baseMedian), $azureLoaded)

# --- plan + validate -------------------------------------------------------------------------------------
Import-Module $ModulePath -Force
function New-Spec([int] $devices, [int] $perSite = 10) {
    $sites = for ($s = 0; $s -lt [math]::Ceiling($devices / $perSite); $s++) {
        $count = [math]::Min($perSite, $devices - $s * $perSite)
        @{ name = "site$s"; addressPrefixes = @("10.$(100 + [math]::Floor($s / 250)).$($s % 250).0/24")
           devices = @(for ($d = 0; $d -lt $count; $d++) {
               $n = $s * $perSite + $d
               @{ name = "fw$d"; publicIp = "100.$([math]::Floor($n / 250) % 250).$($n % 250).1"; asn = 65010 + $s; bgpPeeringAddress = "172.$(16 + [math]::Floor($n / 62500) % 16).$([math]::Floor($n / 250) % 250).$($n % 250 + 1)" }
           }) }
    }
    @{ name = "bench$devices"; resourceGroup = 'rg'; location = 'westeurope'
       gateways = @(@{ name = 'vgw'; sku = 'VpnGw5AZ'; generation = 'Generation2'; activeActive = $true; asn = 65515; vnetAddressPrefixes = @('10.1.0.0/16') })
       sites = @($sites) }
}
function Measure-PlanAndTest($spec, [int] $repeat) {
    $times = for ($i = 0; $i -lt $repeat; $i++) {
        $sw = [Diagnostics.Stopwatch]::StartNew()
        $null = New-HaVpnTopology -InputObject $spec | Test-HaVpnTopology
        $sw.Elapsed.TotalMilliseconds
    }
    Median $times
}
$spec100 = New-Spec 100
$null = Measure-PlanAndTest $spec100 20   # warm-up: JIT and PowerShell's binding caches
$warm = Measure-PlanAndTest $spec100 50
Write-Host ''
Write-Host 'New-HaVpnTopology | Test-HaVpnTopology, 100 devices on an active-active gateway (200 tunnels), warm median of 50'
Write-Host ('  {0,7:N2} ms (goal < 5 ms)' -f $warm)

Write-Host ''
Write-Host 'Linearity (warm medians)'
$previous = $null
foreach ($n in 10, 100, 1000) {
    $spec = New-Spec $n
    $null = Measure-PlanAndTest $spec $(if ($n -ge 1000) { 5 } else { 20 })
    [GC]::Collect()
    $ms = Measure-PlanAndTest $spec $(if ($n -ge 1000) { 9 } else { 50 })
    $perDevice = $ms / $n
    Write-Host ('  {0,5} devices: {1,8:N2} ms   {2,6:N1} us/device' -f $n, $ms, ($perDevice * 1000))
}

# --- offline read: 200 dual-redundant gateways from ARM templates (Get-HaVpnTopology -Path) ------------------
# The heavier offline path: every file is a whole template the evaluator runs (parameters, expressions, ids).
$estate = Join-Path $root 'out/bench/estate200'
if (Test-Path $estate) { Remove-Item $estate -Recurse -Force }
New-Item -ItemType Directory -Force $estate | Out-Null
$templates = for ($i = 0; $i -lt 200; $i++) {
    $octet = $i % 250
    $spec = @{ name = "t$i"; resourceGroup = "rg$i"; location = 'westeurope'
        gateways = @(@{ name = "vgw$i"; sku = 'VpnGw2AZ'; generation = 'Generation2'; activeActive = $true; asn = 65515; vnetAddressPrefixes = @("10.$octet.0.0/16") })
        sites = @(@{ name = "hq$i"; addressPrefixes = @("172.16.$octet.0/24"); devices = @(
            @{ name = 'fw1'; publicIp = "100.64.$octet.1"; asn = 65010; bgpPeeringAddress = "172.16.$octet.251" },
            @{ name = 'fw2'; publicIp = "100.65.$octet.1"; asn = 65010; bgpPeeringAddress = "172.16.$octet.252" }) }) }
    (New-HaVpnTopology -InputObject $spec | Export-HaVpnTemplate -Format Arm -OutFile (Join-Path $estate "t$i.json")).FullName
}
$times = for ($r = 0; $r -lt 7; $r++) {
    $sw = [Diagnostics.Stopwatch]::StartNew()
    $read = Get-HaVpnTopology -Path $templates -WarningAction SilentlyContinue
    $sw.Elapsed.TotalMilliseconds
}
Write-Host ''
Write-Host 'Offline read: 200 dual-redundant gateways, one ARM template each (Get-HaVpnTopology -Path)'
Write-Host ('  first {0:N0} ms, warm median {1:N0} ms (goal <= 250 ms warm); {2} gateways, {3} tunnels' -f $times[0], (Median ($times | Select-Object -Skip 1)), $read.Gateways.Count, $read.TunnelCount)

# --- fleet: Resource Graph and BGP status within ARM's throttling budget ------------------------------------
& (Join-Path $PSScriptRoot 'Measure-Fleet.ps1') -ModulePath $ModulePath
