<#
.SYNOPSIS
    build.ps1 bench: import cost against a minimal binary module, plan+validate speed, and linearity.
.DESCRIPTION
    Goals (issue "AzVpnHa 0.1"): Import-Module within 1.25x of a minimal binary module with one cmdlet, a manifest
    and one format file, loading no Azure SDK; New-HaVpnTopology + Test-HaVpnTopology on a 100-device active-active
    topology under 5 ms warm; cost linear in devices (10/100/1000). Medians of repeated runs; imports are timed
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

# --- live audit through the fake ARM transport -------------------------------------------------------------
# 200 dual-redundant gateways, every ARM call answered after 50 ms by the recorded transport (the test hook). One
# gateway's critical path is 5 calls (gateway GET, then the BGP long-running POST: POST, two polls, the result).
# Goal: wall time <= 1.5x that critical path when every gateway can run at once (-ThrottleLimit 200); also shown at
# the default -ThrottleLimit 8 (25 waves of gateways, so about 25 critical paths) and against the sequential sum.
$liveScript = @'
param($ModulePath, $Count, $DelayMs, $Throttle)
Import-Module $ModulePath
[AzVpnHa.Host.InternalHooks]::SetTestHook('SyntheticGateways', $Count)
[AzVpnHa.Host.InternalHooks]::SetTestHook('Delay', $DelayMs)
$ids = 0..($Count - 1) | ForEach-Object { [AzVpnHa.Host.InternalHooks]::SyntheticGatewayId($_) }
$null = Get-HaVpnTopology -ResourceId ([AzVpnHa.Host.InternalHooks]::SyntheticGatewayId(0)) -ThrottleLimit 1   # warm-up: JIT, pipeline
# Run 1 is cold (most code still at tier-0 JIT, as in a runbook's single audit); run 2 is warm.
foreach ($run in 'cold', 'warm') {
    # A fresh synthetic estate per run: recorded long-running operations start over, so both runs make the same calls.
    [AzVpnHa.Host.InternalHooks]::SetTestHook('SyntheticGateways', $Count)
    [AzVpnHa.Host.InternalHooks]::SetTestHook('Delay', $DelayMs)
    $before = ([AzVpnHa.Host.InternalHooks]::SyntheticCallCounts())[0]
    # The recorded estate is set-up, not audit: settle it before the clock starts, or the audit's first collections
    # would spend their time promoting the fake's few megabytes of freshly recorded payloads.
    [GC]::Collect(); [GC]::WaitForPendingFinalizers(); [GC]::Collect()
    $sw = [Diagnostics.Stopwatch]::StartNew()
    $t = Get-HaVpnTopology -ResourceId $ids -ThrottleLimit $Throttle -ProgressAction SilentlyContinue
    $ms = $sw.Elapsed.TotalMilliseconds
    $counts = [AzVpnHa.Host.InternalHooks]::SyntheticCallCounts()
    "$run;$ms;$($counts[0] - $before);$($counts[1]);$($counts[2]);$($t.Gateways.Count);$($t.TunnelCount)"
    Start-Sleep -Milliseconds 300   # lets the runtime promote hot methods to optimised code between the runs
}
'@
$liveFile = Join-Path $root 'out/bench/live-audit.ps1'
Set-Content -Path $liveFile -Value $liveScript
$count = 200; $delay = 50
Write-Host ''
Write-Host "Live audit: $count gateways through the fake ARM transport, $delay ms per call"
foreach ($throttle in $count, 8) {
    $line = Invoke-ChildPwsh -File $liveFile -Arguments $ModulePath, $count, $delay, $throttle
    foreach ($row in $line | Where-Object { $_ -match '^(cold|warm);' }) {
        $run, $ms, $calls, $critical, $perGateway, $gateways, $tunnels = $row -split ';'
        $criticalMs = [double]$critical * $delay
        $sequentialMs = [double]$calls * $delay
        Write-Host ('  -ThrottleLimit {0,3}, {1}: {2,8:N0} ms for {3} gateways, {4} tunnels, {5} calls' -f $throttle, $run, [double]$ms, $gateways, $tunnels, $calls)
        if ($throttle -ge $count) {
            Write-Host ('      vs one gateway''s critical path ({0} calls, {1:N0} ms): {2:N2}x   (goal <= 1.5x with all gateways in flight)' -f $critical, $criticalMs, ([double]$ms / $criticalMs))
        } else {
            # With a limit, gateways go in waves: the floor is one critical path per wave.
            $waves = [math]::Ceiling($count / $throttle)
            Write-Host ('      vs {0} waves of {1} gateways, one critical path each ({2:N0} ms): {3:N2}x' -f $waves, $throttle, ($waves * $criticalMs), ([double]$ms / ($waves * $criticalMs)))
        }
        Write-Host ('      vs the sequential sum ({0:N0} ms): {1:N3}x' -f $sequentialMs, ([double]$ms / $sequentialMs))
    }
}
