<#
.SYNOPSIS
    build.ps1 bench, fleet part: a tenant of 2,000 VPN gateways in 50 subscriptions read through Resource Graph, against
    today's per-gateway reader and an Az cmdlet loop.
.DESCRIPTION
    The synthetic fleet (tests/AzVpnHa.Testing: SyntheticFleet, mixed configurations, some degraded) is served by the
    simulated ARM and Resource Graph, which enforce ARM's per-subscription buckets (reads 250 + 25/s, writes 200 + 10/s)
    and Resource Graph's quota (15 queries per 5 s) on a VIRTUAL clock: waits are simulated, not slept, so the bench
    runs in seconds and "simulated time" is what the throttling budget and the BGP operations (Retry-After 5 s, two
    polls) would cost in Azure, leaving out network latency. The bound is the least time the calls made can take under
    that budget (SimulatedArm.LowerBound). Goals (issue 14): simulated time <= 1.2x the bound with 0 throttled
    answers; at least 5x fewer ARM calls per gateway than today's reader with BGP status where needed; memory per
    gateway flat from 200 to 2,000. Each measurement runs in a fresh process.
#>
param([Parameter(Mandatory)] [string] $ModulePath)
$ErrorActionPreference = 'Stop'
$root = Split-Path $PSScriptRoot
. (Join-Path $PSScriptRoot 'ChildPwsh.ps1')

$probe = @'
param($ModulePath, $Fleet, $Mode)
$ErrorActionPreference = 'Stop'
Import-Module $ModulePath
[AzVpnHa.Host.InternalHooks]::SetTestHook('SyntheticFleet', $Fleet)
$Count = [int]($Fleet -split '/')[0]
$ids = 0..($Count - 1) | ForEach-Object { [AzVpnHa.Host.InternalHooks]::SyntheticGatewayId($_) }
function Read-Fleet {
    if ($Mode -eq 'PerGateway') {
        [AzVpnHa.Host.InternalHooks]::SetTestHook('Enforce', $false)   # today's reader does not schedule: it is counted, not paced
        Get-HaVpnTopology -ResourceId $ids -ThrottleLimit 32 -ProgressAction SilentlyContinue
    }
    else { Get-HaVpnTopology -Tenant -BgpStatus $Mode -ProgressAction SilentlyContinue }
}
$null = Read-Fleet   # warm-up: JIT, pipeline
[AzVpnHa.Host.InternalHooks]::SetTestHook('ResetCounters', $null)
[GC]::Collect(); [GC]::WaitForPendingFinalizers(); [GC]::Collect()
$base = [GC]::GetTotalMemory($true); $allocated = [GC]::GetTotalAllocatedBytes($true)
$sw = [Diagnostics.Stopwatch]::StartNew()
$t = @(Read-Fleet)
$ms = $sw.Elapsed.TotalMilliseconds
$allocated = [GC]::GetTotalAllocatedBytes($true) - $allocated
$retained = [GC]::GetTotalMemory($true) - $base
$c = [AzVpnHa.Host.InternalHooks]::FleetCounters()
# An Az cmdlet loop, counted from what was read: per gateway Get-AzVirtualNetworkGateway, Get-AzVirtualNetwork, one
# Get-AzPublicIpAddress per IP, Get-AzVirtualNetworkGatewayConnection listing its resource group and then each connection
# by name (the list carries no status), Get-AzLocalNetworkGateway per LNG, and for BGP gateways the two BGP cmdlets,
# long-running operations of 4 calls each as ARM answers them here.
$gateways = @($t.Gateways)
$az = 0
foreach ($topology in $t) {
    foreach ($g in $topology.Gateways) {
        $connections = @($topology.Connections | Where-Object VirtualNetworkGateway1 -eq $g.Name)
        $lngs = @($connections.LocalNetworkGateway2 | Where-Object { $_ } | Sort-Object -Unique)
        $az += 1 + 1 + @($g.Instances).Count + 1 + $connections.Count + $lngs.Count + $(if ($g.EnableBgp) { 8 } else { 0 })
    }
}
$t.Count | Out-Null
'{0};{1};{2};{3};{4};{5};{6};{7};{8};{9};{10};{11}' -f $gateways.Count, $c.Subscriptions, $c.ArmCalls, $c.GraphQueries, $c.Throttled, $c.VirtualSeconds, $c.LowerBoundSeconds, $ms, $allocated, $retained, $az, $t.Count
'@
$probeFile = Join-Path $root 'out/bench/fleet-probe.ps1'
New-Item -ItemType Directory -Force (Split-Path $probeFile) | Out-Null
Set-Content -Path $probeFile -Value $probe

function Measure-Read([string] $count, [string] $mode) {
    $line = Invoke-ChildPwsh -File $probeFile -Arguments $ModulePath, $count, $mode | Where-Object { $_ -match '^\d+;' } | Select-Object -Last 1
    if (-not $line) { throw "The fleet probe ($count, $mode) printed no result." }
    $v = $line -split ';'
    [pscustomobject]@{
        Gateways = [int]$v[0]; Subscriptions = [int]$v[1]; ArmCalls = [int]$v[2]; Queries = [int]$v[3]; Throttled = [int]$v[4]
        Simulated = [double]$v[5]; Bound = [double]$v[6]; RealMs = [double]$v[7]; Allocated = [double]$v[8]; Retained = [double]$v[9]
        AzCalls = [int]$v[10]; Topologies = [int]$v[11]
    }
}

$rows = [ordered]@{}
foreach ($n in '200', '1000', '2000') { $rows["Needed $n"] = Measure-Read $n 'Needed' }
foreach ($fleet in '2000', '2000/500') {
    $rows["All $fleet"] = Measure-Read $fleet 'All'
    $rows["PerGateway $fleet"] = Measure-Read $fleet 'PerGateway'
}
$rows['Needed 2000/500'] = Measure-Read '2000/500' 'Needed'
$needed = $rows['Needed 2000']; $today = $rows['PerGateway 2000']

function Row([string] $name, $r, [double] $armPerGateway, [string] $simulated, [string] $ratio, [string] $real, [int] $queries, [string] $throttled) {
    Write-Host ('  {0,-34} {1,12:N2} {2,12} {3,6} {4,11} {5,9:N1} {6,7} {7,9}' -f $name, $armPerGateway, $queries, $throttled, $simulated, $r.Bound, $ratio, $real)
}
foreach ($fleet in '2000', '2000/500') {
    $first = $rows["Needed $fleet"]
    Write-Host ''
    Write-Host "Fleet: $($first.Gateways) VPN gateways in $($first.Subscriptions) subscriptions (simulated ARM and Resource Graph; throttling on a virtual clock: simulated, not slept)"
    Write-Host ('  {0,-34} {1,12} {2,12} {3,6} {4,11} {5,9} {6,7} {7,9}' -f 'read', 'ARM calls/gw', 'ARG queries', '429s', 'simulated s', 'bound s', 'ratio', 'real ms')
    foreach ($mode in 'Needed', 'All') {
        $r = $rows["$mode $fleet"]
        Row "Resource Graph, -BgpStatus $mode" $r ($r.ArmCalls / $r.Gateways) ('{0:N1}' -f $r.Simulated) ('{0:N2}' -f ($r.Simulated / [math]::Max($r.Bound, 0.001))) ('{0:N0}' -f $r.RealMs) $r.Queries $r.Throttled
    }
    $old = $rows["PerGateway $fleet"]
    Row "today's per-gateway reader" $old ($old.ArmCalls / $old.Gateways) 'n/a' 'n/a' ('{0:N0}' -f $old.RealMs) 0 'n/a'
    Write-Host ('  {0,-34} {1,12:N2} {2,12} {3,6} {4,11} {5,9}' -f 'Az cmdlet loop (counted, not run)', ($first.AzCalls / $first.Gateways), 0, 'n/a', 'n/a', 'n/a')
}
Write-Host ''
Write-Host ("  Today's reader is counted with throttling off (it does not pace itself); its bound is the least time its calls take under the budget.")
$fewer = ($today.ArmCalls / $today.Gateways) / [math]::Max(0.001, $needed.ArmCalls / $needed.Gateways)
Write-Host ('  ARM calls per gateway, today / Resource Graph with BGP status where needed: {0:N1}x (goal >= 5x); simulated time {1:N2}x the bound (goal <= 1.2x), {2} throttled answers (goal 0)' -f $fewer, ($needed.Simulated / [math]::Max($needed.Bound, 0.001)), $needed.Throttled)
Write-Host ''
Write-Host 'Memory per gateway (-BgpStatus Needed; allocated during the read, and retained by the topologies it returns)'
foreach ($n in '200', '1000', '2000') {
    $r = $rows["Needed $n"]
    Write-Host ('  {0,5} gateways: {1,7:N1} KB allocated/gw   {2,6:N1} KB retained/gw   {3,6:N0} ms real' -f $n, ($r.Allocated / 1KB / $r.Gateways), ($r.Retained / 1KB / $r.Gateways), $r.RealMs)
}
