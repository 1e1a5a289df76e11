<#
.SYNOPSIS
    The network lab: the strongSwan and FRR configurations Export-HaDeviceConfig writes, run against an emulated
    Azure gateway in Linux network namespaces, for each example topology; then every single fault Test-HaVpnFailover
    predicts is injected and measured.
.DESCRIPTION
    Per topology (the example spec plus what Azure would assign at deployment: instance public IPs from 192.0.2.0/24
    and default BGP addresses .255.4/.255.5 of the VNet's first prefix):
      azl<id>-inet          the "internet": routes each tunnel's outer packets by (source, destination) public IP
      azl<id>-r<k>          one router namespace per end (device or Azure gateway instance), running FRR with the
                            exported frr.conf; its tunnel interfaces vti0... are veths into:
      azl<id>-r<k>t<j>      one charon namespace per tunnel end (strongSwan with kernel-libipsec), running the exported
                            swanctl.conf connection of that tunnel: the emulated VTI
      azl<id>-h<m>          one host namespace per network (site or VNet) with 8 loopback addresses to ping from/to
      azl<id>-r<k>s...      an active-standby gateway's standby instance: the same, warm, without the public IP until a
                            takeover moves the IP, the BGP address and the VNet's route to it (Switch-LabInstance)
    Lab-forced changes to the exported files (and only these): see Convert-LabSwanctl / Convert-LabFrr and README.
    Timers are scaled down by -Scale (BGP keepalive/hold/connect, DPD delay, IKEv2 retransmission) and measured
    interruptions scaled back up before they are compared with the analysis.
    Everything it starts is recorded and removed in a finally block (daemons by their pids, then the namespaces).
.OUTPUTS
    One object per check: Topology, Check, Passed, Detail; fault checks also carry the predicted and measured values.
#>
[CmdletBinding()]
param(
    [string] $ModulePath = (Join-Path $PSScriptRoot '../../out/AzVpnHa/AzVpnHa.psd1'),
    # Example names (examples/<name>.json), or lab-only topologies (tools/lab/<name>.json, mesh only: see Get-LabSpec).
    [string[]] $Example = @('active-active', 'dual-redundancy', 'multiple-devices', 'vnet-to-vnet', 'ipsec-policy'),
    [ValidateRange(1, 60)]
    [int] $Scale = 10,
    [switch] $NoFaults,
    # Only the fault scenarios whose name matches (e.g. 'InstanceFailure*'); all by default.
    [string] $Scenario = '*',
    [string] $ResultFile,
    # Only say why the lab cannot run here (nothing when it can), and stop.
    [switch] $CheckOnly,
    # Exit with code 1 when a check fails (build.ps1 lab).
    [switch] $FailOnError
)
$ErrorActionPreference = 'Stop'
Set-StrictMode -Version 3.0

function Get-LabUnavailableReason {
    if (-not $IsLinux) { return 'the lab needs Linux network namespaces (this is not Linux)' }
    if ((& id -u) -ne '0') { return 'the lab needs root (ip netns, mounts)' }
    $missing = @('/usr/lib/ipsec/charon', '/usr/sbin/swanctl', '/usr/lib/ipsec/plugins/libstrongswan-kernel-libipsec.so',
        '/usr/lib/frr/zebra', '/usr/lib/frr/bgpd', '/usr/lib/frr/staticd', '/usr/bin/vtysh', '/usr/bin/ping', '/usr/bin/nsenter', '/usr/bin/unshare', '/dev/net/tun') |
        Where-Object { -not (Test-Path $_) }
    if ($missing) { return "missing $($missing -join ', ') (apt-get install frr strongswan-charon strongswan-swanctl libcharon-extra-plugins iputils-ping)" }
    $probe = "azlprobe$PID"
    & ip netns add $probe 2>$null
    if ($LASTEXITCODE -ne 0) { return 'ip netns add failed (no network namespace support)' }
    & ip netns del $probe
    return $null
}

$reason = Get-LabUnavailableReason
if ($CheckOnly) { return $reason }
if ($reason) { Write-Host "The lab cannot run here: $reason."; if ($FailOnError) { exit 1 }; return }

Import-Module $ModulePath -Force
$script:Id = 'azl' + ($PID % 10000)
$script:Dir = "/tmp/azvpnha-lab-$PID"
$script:Namespaces = [System.Collections.Generic.List[string]]::new()
$script:Pids = [System.Collections.Generic.HashSet[int]]::new()
$script:Results = [System.Collections.Generic.List[object]]::new()
$script:LabKey = 'azvpnha-lab-only-key'   # the lab's own pre-shared key; no real key is ever involved
$script:PingInterval = 0.05

#region shell
function Sh([string] $command, [switch] $AllowFail) {
    $out = & bash -c $command 2>&1
    if ($LASTEXITCODE -ne 0 -and -not $AllowFail) { throw "Lab command failed ($LASTEXITCODE): $command`n$($out -join "`n")" }
    return ($out -join "`n")
}
function In([string] $ns, [string] $command) { "ip netns exec $ns $command" }
function NewNs([string] $ns) {
    Sh "ip netns add $ns" | Out-Null
    $script:Namespaces.Add($ns)
    Sh (In $ns "sh -c 'ip link set lo up; sysctl -qw net.ipv4.ip_forward=1 net.ipv4.conf.all.rp_filter=0 net.ipv4.conf.default.rp_filter=0 net.ipv4.conf.all.ignore_routes_with_linkdown=1 net.ipv4.conf.default.ignore_routes_with_linkdown=1 net.ipv4.fib_multipath_hash_policy=0 net.ipv4.conf.default.proxy_arp=0'") | Out-Null
}
function Veth([string] $nsA, [string] $ifA, [string] $nsB, [string] $ifB, [switch] $ProxyArp) {
    Sh "ip link add $ifA netns $nsA type veth peer name $ifB netns $nsB" | Out-Null
    foreach ($end in @(@($nsA, $ifA), @($nsB, $ifB))) {
        $pa = if ($ProxyArp) { 1 } else { 0 }
        Sh (In $end[0] "sh -c 'sysctl -qw net.ipv4.conf.$($end[1]).rp_filter=0 net.ipv4.conf.$($end[1]).proxy_arp=$pa net.ipv4.neigh.$($end[1]).proxy_delay=0; ip link set $($end[1]) up'") | Out-Null
    }
}
function Ip4([string] $address) { [uint32[]] $b = $address.Split('.'); ($b[0] -shl 24) -bor ($b[1] -shl 16) -bor ($b[2] -shl 8) -bor $b[3] }
function Ip4Text([uint32] $v) { '{0}.{1}.{2}.{3}' -f (($v -shr 24) -band 255), (($v -shr 16) -band 255), (($v -shr 8) -band 255), ($v -band 255) }
function HostsOf([string] $prefix, [int] $first, [int] $count) {
    $net = Ip4 ($prefix.Split('/')[0])
    0..($count - 1) | ForEach-Object { Ip4Text ([uint32]($net + $first + $_)) }
}
#endregion

#region plan
<# Where a topology's spec is: tools/lab/<name>.json for a lab-only topology, else examples/<name>.json. A lab-only topology
   proves one thing on a healthy mesh (ipsec-policy: a custom IPsec/IKE policy is what both ends negotiate), so it runs
   mesh only: its faults are those of the example it extends, already measured, and would only lengthen the lab. #>
function Get-LabSpec([string] $name) {
    $labOnly = Join-Path $PSScriptRoot "$name.json"
    if (Test-Path $labOnly) { return [pscustomobject]@{ Path = $labOnly; MeshOnly = $true } }
    [pscustomobject]@{ Path = (Join-Path $PSScriptRoot "../../examples/$name.json"); MeshOnly = $false }
}

# What Azure assigns at deployment, filled in as a user would after deploying: instance public IPs and default BGP addresses.
function New-LabTopology([string] $name) {
    $spec = Get-Content (Get-LabSpec $name).Path -Raw | ConvertFrom-Json -AsHashtable
    $spec.Remove('$schema'); $spec.Remove('$comment')
    $g = 0
    foreach ($gateway in $spec.gateways) {
        $count = if ($gateway.activeActive) { 2 } else { 1 }
        $existing = @(if ($gateway.ContainsKey('instances')) { $gateway.instances })
        $vnet = Ip4 ($gateway.vnetAddressPrefixes[0].Split('/')[0])
        $gateway.instances = @(for ($i = 0; $i -lt $count; $i++) {
                $instance = if ($i -lt $existing.Count) { $existing[$i] } else { @{} }
                $instance.publicIp = "192.0.2.$(4 + 16 * $g + $i)"
                $instance.bgpPeeringAddress = Ip4Text ([uint32]($vnet + 0xFF04 + $i))
                $instance
            })
        $g++
    }
    New-HaVpnTopology -InputObject $spec
}
#endregion

#region lab-forced changes
<# swanctl.conf, per tunnel: (1) only that tunnel's connection and secret (one charon per tunnel: kernel-libipsec has
   one TUN device per charon and picks the outbound SA by traffic selector, so two 0.0.0.0/0 CHILD_SAs in one charon
   cannot be told apart); (2) no if_id (the kernel has no XFRM interfaces); (3) encap = yes (kernel-libipsec carries
   ESP in UDP only); (4) updown brings the emulated VTI down with its CHILD_SA; (5) DPD delay scaled; (6) the lab key. #>
function Convert-LabSwanctl([string] $text, [string] $iface, [string] $updown) {
    $conn = [regex]::Match($text, "(?ms)^    $iface \{\r?\n.*?^    \}\r?\n").Value
    $secret = [regex]::Match($text, "(?ms)^    ike-$iface \{\r?\n.*?^    \}\r?\n").Value
    if (-not $conn -or -not $secret) { throw "swanctl.conf has no connection or secret for $iface" }
    $conn = $conn -replace '(?m)^\s*if_id_(in|out) = \d+\r?\n', ''
    $conn = $conn -replace '(?m)^(\s*)version = 2', "`$1version = 2`n`$1encap = yes"
    $conn = $conn -replace '(?m)^(\s*)close_action = (\w+)', "`$1close_action = `$2`n`$1updown = $updown"
    $conn = [regex]::Replace($conn, 'dpd_delay = (\d+)s', { param($m) 'dpd_delay = {0}s' -f [math]::Max(1, [math]::Ceiling([int]$m.Groups[1].Value / $Scale)) })
    $secret = $secret -replace 'secret = "<[^>]*>"', "secret = `"$script:LabKey`""
    $out = "connections {`n$conn}`nsecrets {`n$secret}`n"
    if ($out -match '(?m)^[^#]*<[^>]+>') { throw "A placeholder is left in the lab's swanctl.conf for $iface" }
    return $out
}

<# frr.conf: BGP timers scaled. Nothing else changes in the file; what the lab adds (below) goes in through vtysh. #>
function Convert-LabFrr([string] $text) {
    $text = [regex]::Replace($text, '(?m)timers (\d+) (\d+)$', { param($m) 'timers {0} {1}' -f [math]::Max(1, [int]$m.Groups[1].Value / $Scale), [math]::Max(3, [int]$m.Groups[2].Value / $Scale) })
    $text = [regex]::Replace($text, '(?m)timers connect (\d+)$', { param($m) 'timers connect {0}' -f [math]::Max(1, [math]::Floor([int]$m.Groups[1].Value / $Scale)) })
    if ($text -match '(?m)^[^!]*<[^>]+>') { throw 'A placeholder is left in the lab''s frr.conf' }
    return $text
}
#endregion

#region daemons
function Start-Charon($end, $tunnel) {
    $ns = $tunnel.Ns
    $conf = Join-Path $script:Dir "$ns.strongswan.conf"
    @"
charon {
  load = random nonce aes sha1 sha2 hmac gcm openssl kdf pem pkcs1 x509 kernel-libipsec kernel-netlink socket-default vici updown
  install_routes = no
  install_virtual_ip = no
  retransmit_timeout = $([double]$end.Retransmit.Timeout / $Scale)
  retransmit_base = $($end.Retransmit.Base)
  retransmit_tries = $($end.Retransmit.Tries)
  # No DoS protection: with the retransmissions scaled, a device retrying after a cut leaves 3 half-open IKE_SAs within
  # a second, and the responder starts answering with COOKIEs (cookie_threshold_ip 3). A retransmitted IKE_SA_INIT then
  # crossing the cookie exchange made the two ends sign different messages: AUTHENTICATION_FAILED, which the device
  # never retries (seen in CI and in repeated runs). At the exported, unscaled 2 s retransmission a device does not look like a flood.
  dos_protection = no
  filelog {
    lab {
      path = $script:Dir/$ns.charon.log
      default = 1
      flush_line = yes
    }
  }
}
"@ | Set-Content $conf
    # The outer link stays down until the connection is loaded: a charon that answers before it knows the connection
    # would refuse the peer (NO_PROPOSAL_CHOSEN), and an initiator gives up on a refusal (it retries only on timeouts).
    Sh (In $ns 'ip link set wan down') | Out-Null
    $charonPid = [int](Sh "$(In $ns "unshare -m --propagation private sh -c 'mount -t tmpfs tmpfs /run && exec env STRONGSWAN_CONF=$conf /usr/lib/ipsec/charon'") >$script:Dir/$ns.charon.out 2>&1 & echo `$!")
    $null = $script:Pids.Add($charonPid)
    $tunnel.Pid = $charonPid
    for ($i = 0; $i -lt 200 -and (Sh (In $ns 'ip -o link show ipsec0') -AllowFail) -notmatch '^\d+: ipsec0'; $i++) {
        if (-not (Test-Path "/proc/$charonPid")) { throw "charon in $ns exited: $(Get-Content "$script:Dir/$ns.charon.out" -Raw)" }
        Start-Sleep -Milliseconds 100
    }
    Sh (In $ns 'ip route replace default dev ipsec0') | Out-Null
    for ($i = 0; $i -lt 50; $i++) {
        $loaded = Sh "nsenter -t $charonPid -m -n env STRONGSWAN_CONF=$conf swanctl --load-all --file $script:Dir/$ns.swanctl.conf" -AllowFail
        if ($loaded -match 'successfully loaded 1 connections') {
            Sh (In $ns "sh -c 'ip link set wan up && ip route replace $($tunnel.Tunnel.RemotePublicIp)/32 dev wan'") | Out-Null
            return
        }
        Start-Sleep -Milliseconds 100
    }
    throw "charon in $ns did not load its connection: $loaded"
}

function Start-Frr([string] $ns, [string] $configFile, [string[]] $extra) {
    $logDir = Join-Path $script:Dir "$ns.frr"
    New-Item -ItemType Directory -Force $logDir | Out-Null
    Sh "chmod 777 $logDir" | Out-Null
    $script = Join-Path $script:Dir "$ns.frr-start.sh"
    @"
mount -t tmpfs tmpfs /run && mkdir -p /run/frr && chown frr:frr /run/frr && mount -t tmpfs tmpfs /etc/frr && touch /etc/frr/vtysh.conf || exit 1
for d in zebra staticd bgpd; do /usr/lib/frr/`$d -d -u frr -g frr -i /run/frr/`$d.pid -A 127.0.0.1 --log file:$logDir/`$d.log || exit 1; done
vtysh -f $configFile > $logDir/vtysh.out 2>&1; echo `$? > $logDir/vtysh.rc
cat /run/frr/zebra.pid /run/frr/staticd.pid /run/frr/bgpd.pid
"@ | Set-Content $script
    $pids = @((Sh (In $ns "unshare -m --propagation private sh $script")) -split '\s+' | Where-Object { $_ -match '^\d+$' } | ForEach-Object { [int]$_ })
    foreach ($p in $pids) { $null = $script:Pids.Add($p) }
    if ($extra) { Vtysh $pids[0] (@('configure terminal') + $extra) | Out-Null }
    return $pids
}

function Vtysh([int] $zebraPid, [string[]] $commands) {
    $flags = ($commands | ForEach-Object { "-c '$_'" }) -join ' '
    Sh "nsenter -t $zebraPid -m -n vtysh $flags" -AllowFail
}

function Stop-Pids([int[]] $pids) {
    foreach ($p in $pids) { if ($p) { Sh "kill -9 $p" -AllowFail | Out-Null; $null = $script:Pids.Remove($p) } }
}
#endregion

#region build
# One running end: a device, or an Azure gateway instance (Instance: its name; Name: the configuration it runs, which an
# active-standby gateway's standby shares with the active one).
function New-LabEnd([int] $k, [string] $instance, $config, [string] $ns, [string] $outer, [string] $network, [string] $swan, [string] $frr, $retransmit) {
    $end = [pscustomobject]@{ Index = $k; Name = $config.Name; Instance = $instance; Config = $config; Ns = $ns; Network = $network; Swanctl = $swan; Frr = $frr
        FrrPids = @(); HostLink = $null; Tunnels = @(); Retransmit = $retransmit; Standby = $null }
    $end.Tunnels = @(foreach ($t in $config.Tunnels) { [pscustomobject]@{ Tunnel = $t; Ns = "$($ns)t$($t.Index)"; Outer = "$outer-$($t.Index)"; Pid = 0; Table = 0 } })
    return $end
}

# Every running end: the active ones ($lab.Ends, whose tunnels carry the mesh) and the standbys beside them.
function Get-LabInstances($lab) { foreach ($end in $lab.Ends) { $end; if ($end.Standby) { $end.Standby } } }

# The VNet's (or site's) static ECMP route through the given ends (a network's active ends, or those still serving).
function Get-HostHops($ends) { ($ends | ForEach-Object { "nexthop via $($_.HostLink.Router) dev $($_.HostLink.Interface)" }) -join ' ' }

# Where the internet sends an end's public IP: to the end's own tunnel namespaces, or nowhere (an IP between instances).
function Set-LabPublicIp($end, [switch] $Nowhere) {
    foreach ($t in $end.Tunnels) {
        $via = if ($Nowhere) { 'blackhole' } else { '' }
        $dev = if ($Nowhere) { '' } else { "dev $($t.Outer)" }
        Sh (In "$script:Id-inet" "ip route replace $via $($t.Tunnel.LocalPublicIp)/32 $dev table $($t.Table)") | Out-Null
    }
}

<# The active-standby takeover as the on-premises side sees it: the gateway's public IP, its BGP address and the VNet's
   route move to the standby instance, whose daemons run the same configuration but hold no IKE or BGP state: every
   tunnel and session is negotiated afresh. Azure does it inside the gateway; here it is three route changes. #>
function Switch-LabInstance($lab, $active) {
    $standby = $active.Standby
    $lab.Ends[$lab.Ends.IndexOf($active)] = $standby
    $h = $lab.Hosts[$active.Network]
    $h.Ends[$h.Ends.IndexOf($active)] = $standby
    Set-LabPublicIp $standby
    Sh (In $h.Ns "ip route replace default $(Get-HostHops $h.Ends)") | Out-Null
}

function New-Lab([string] $name) {
    $topology = New-LabTopology $name
    $devices = @($topology | Export-HaDeviceConfig -WarningAction SilentlyContinue)
    $instances = @($topology | Export-HaDeviceConfig -Side Azure -WarningAction SilentlyContinue)
    $lab = [pscustomobject]@{ Name = $name; Topology = $topology; Ends = [System.Collections.Generic.List[object]]::new(); Hosts = @{}; Pairs = @{}; Link = 0 }
    NewNs "$script:Id-inet"
    $k = 0
    foreach ($config in $devices + $instances) {
        $format = if ($config.Side -eq 'Azure') { @{ Side = 'Azure' } } else { @{} }
        $swan = $topology | Export-HaDeviceConfig -Format StrongSwan -Device $config.Name @format -WarningAction SilentlyContinue
        $frr = $topology | Export-HaDeviceConfig -Format Frr -Device $config.Name @format -WarningAction SilentlyContinue
        $network = if ($config.Side -eq 'Azure') { 'vnet:' + ($config.Name -replace '\[\d\]$', '') } else { 'site:' + $config.Target }
        # The strongswan.conf settings the export asks for in its header (IKEv2 retransmission: how fast a dead peer is found).
        if ($swan -notmatch 'retransmit_timeout = ([\d.]+)\s+retransmit_base = ([\d.]+)\s+retransmit_tries = (\d+)') { throw "The swanctl.conf of $($config.Name) states no retransmission settings" }
        $retransmit = @{ Timeout = [double]$Matches[1]; Base = [double]$Matches[2]; Tries = [int]$Matches[3] }
        $end = New-LabEnd $k $config.Name $config "$script:Id-r$k" "o$k" $network $swan $frr $retransmit
        $lab.Ends.Add($end)
        # An active-standby gateway's second instance: warm (its daemons run the same configuration) but without the
        # gateway's public IP, which the internet routes to the active instance; a takeover moves it (Switch-LabInstance).
        if ($config.Side -eq 'Azure' -and -not $topology.FindGateway(($config.Name -replace '\[\d\]$', '')).ActiveActive) {
            $end.Standby = New-LabEnd $k ($config.Name -replace '\[\d\]$', '[1]') $config "$script:Id-r$($k)s" "s$k" $network $swan $frr $retransmit
            $end.Standby.Standby = $end
        }
        $k++
    }

    # Outer network: each charon namespace holds its end's public IP; the internet namespace routes by (source, destination)
    # through one table per tunnel, whose route to the public IP names the instance holding it (a standby's is the same IP).
    $table = 100
    foreach ($end in Get-LabInstances $lab) {
        NewNs $end.Ns
        for ($i = 0; $i -lt $end.Tunnels.Count; $i++) {
            $t = $end.Tunnels[$i]
            NewNs $t.Ns
            Veth "$script:Id-inet" $t.Outer $t.Ns 'wan' -ProxyArp
            Veth $end.Ns $t.Tunnel.Interface $t.Ns 'lan' -ProxyArp
            Sh (In $t.Ns "sh -c 'ip addr add $($t.Tunnel.LocalPublicIp)/32 dev wan && ip route add $($t.Tunnel.RemotePublicIp)/32 dev wan && ip rule add iif ipsec0 lookup 100 pref 100 && ip link set lan down'") | Out-Null
            if ($lab.Ends.Contains($end)) {
                $t.Table = ++$table
                Sh (In "$script:Id-inet" "sh -c 'ip rule add from $($t.Tunnel.RemotePublicIp) to $($t.Tunnel.LocalPublicIp) lookup $table pref $table && ip route add $($t.Tunnel.LocalPublicIp)/32 dev $($t.Outer) table $table'") | Out-Null
            }
            else { $t.Table = $end.Standby.Tunnels[$i].Table }
        }
    }

    # Networks: a host namespace per site and VNet, linked to each of its routers.
    $m = 0
    foreach ($group in $lab.Ends | Group-Object Network) {
        $hostNs = "$script:Id-h$m"; $m++
        NewNs $hostNs
        $prefixes = @($group.Group[0].Config.AdvertisedPrefixes)
        $addresses = @(HostsOf $prefixes[0] 10 8)
        Sh (In $hostNs "sh -c '$(($addresses | ForEach-Object { "ip addr add $_/32 dev lo" }) -join ' && ')'") | Out-Null
        foreach ($end in $group.Group | ForEach-Object { $_; if ($_.Standby) { $_.Standby } }) {
            $n = ++$lab.Link
            $interface = 'r' + ($end.Ns -replace '^.*-r', '')
            Veth $end.Ns 'lan0' $hostNs $interface
            Sh (In $end.Ns "sh -c 'ip addr add 100.64.$n.1/30 dev lan0 && $(($prefixes | ForEach-Object { "ip route add $_ via 100.64.$n.2" }) -join ' && ')'") | Out-Null
            Sh (In $hostNs "ip addr add 100.64.$n.2/30 dev $interface") | Out-Null
            $end.HostLink = [pscustomobject]@{ Ns = $hostNs; Router = "100.64.$n.1"; Host = "100.64.$n.2"; Interface = $interface }
        }
        $dynamic = $group.Name.StartsWith('site:') -and $group.Group[0].Config.Asn
        # The network's routers are its active ends; a standby joins when it takes over (Switch-LabInstance).
        $h = [pscustomobject]@{ Ns = $hostNs; Addresses = $addresses; Dynamic = $dynamic; FrrPids = @(); Ends = [System.Collections.Generic.List[object]]@($group.Group) }
        if (-not $dynamic) { Sh (In $hostNs "ip route add default $(Get-HostHops $h.Ends)") | Out-Null }
        $lab.Hosts[$group.Name] = $h
    }

    # Which host pings which, per failover target (site or VNet link).
    foreach ($end in $lab.Ends | Where-Object { $_.Config.Side -eq 'OnPremises' }) {
        $gateway = $end.Config.Tunnels[0].Remote -replace '\[\d\]$', ''
        $lab.Pairs[$end.Config.Target] = @($lab.Hosts[$end.Network], $lab.Hosts["vnet:$gateway"])
    }
    foreach ($link in $topology.VNetLinks) { $lab.Pairs[$link.Name] = @($lab.Hosts["vnet:$($link.GatewayA)"], $lab.Hosts["vnet:$($link.GatewayB)"]) }

    # Azure's ends first: they answer; the devices then initiate.
    foreach ($end in @(Get-LabInstances $lab | Where-Object { $_.Config.Side -eq 'Azure' }) + @($lab.Ends | Where-Object { $_.Config.Side -ne 'Azure' })) { Start-End $lab $end }
    foreach ($h in $lab.Hosts.Values | Where-Object Dynamic) { Start-SiteHost $h }
    return $lab
}

<# What the lab adds to a running end through vtysh, not in the file: eBGP multihop 3 for peers the file treats as
   directly connected (the emulated tunnel is two forwarding hops: the charon namespaces), and the site LAN: iBGP to
   the site's host namespace with next-hop-self, so the LAN follows what each device learns from Azure. #>
function Get-LabFrrAdditions($lab, $end) {
    $lines = @()
    if (-not $end.Config.Asn) { return $lines }
    $lines += "router bgp $($end.Config.Asn)"
    foreach ($t in $end.Config.Tunnels | Where-Object { $_.Bgp -and -not $_.Multihop }) { $lines += "neighbor $($t.RemoteBgpAddress) ebgp-multihop 3" }
    if ($lab.Hosts[$end.Network].Dynamic) {
        $lines += "neighbor $($end.HostLink.Host) remote-as internal", "neighbor $($end.HostLink.Host) advertisement-interval 0", 'address-family ipv4 unicast', "neighbor $($end.HostLink.Host) next-hop-self", 'exit-address-family'
    }
    return $lines
}

function Start-End($lab, $end) {
    foreach ($t in $end.Tunnels) {
        Convert-LabSwanctl $end.Swanctl $t.Tunnel.Interface (Join-Path $PSScriptRoot 'lab-updown.sh') | Set-Content (Join-Path $script:Dir "$($t.Ns).swanctl.conf")
    }
    $frrFile = Join-Path $script:Dir "$($end.Ns).frr.conf"
    Convert-LabFrr $end.Frr | Set-Content $frrFile
    Sh "chmod 644 $frrFile" | Out-Null
    foreach ($t in $end.Tunnels) { Start-Charon $end $t }
    $end.FrrPids = @(Start-Frr $end.Ns $frrFile (Get-LabFrrAdditions $lab $end))
}

function Start-SiteHost($h) {
    $asn = $h.Ends[0].Config.Asn
    # Routes without kernel nexthop objects: the kernel drops those silently with a link that goes down, and FRR 8.4
    # then fails to reinstall the site's ECMP route once a cut LAN link is back (FRRouting/frr#14160, seen here).
    $lines = @('no zebra nexthop kernel enable', "router bgp $asn", "bgp router-id $($h.Ends[0].HostLink.Host)", 'no bgp ebgp-requires-policy')
    foreach ($end in $h.Ends) { $lines += "neighbor $($end.HostLink.Router) remote-as internal", "neighbor $($end.HostLink.Router) advertisement-interval 0", "neighbor $($end.HostLink.Router) timers $([math]::Max(1, 60 / $Scale)) $([math]::Max(3, 180 / $Scale))" }
    $lines += 'address-family ipv4 unicast', 'maximum-paths ibgp 8', 'exit-address-family'
    $file = Join-Path $script:Dir "$($h.Ns).frr.conf"
    ($lines -join "`n") | Set-Content $file
    Sh "chmod 644 $file" | Out-Null
    $h.FrrPids = @(Start-Frr $h.Ns $file @())
}

function Stop-End($lab, $end, [switch] $Graceful) {
    # An active-standby gateway's active instance leaves its public IP behind until the standby takes it over; until
    # then the IP answers nothing (and no peer can renegotiate with the instance that is going away).
    $handsOver = $end.Standby -and $lab.Ends.Contains($end)
    if ($Graceful) {
        # Azure's planned maintenance: the VNet stops sending to the instance (it still forwards what reaches it), its BGP
        # sessions are closed (the peers withdraw its routes at once), then its IKE SAs are deleted and it goes away.
        $h = $lab.Hosts[$end.Network]
        $others = @($h.Ends | Where-Object { $_ -ne $end })
        if ($others) { Sh (In $h.Ns "ip route replace default $(Get-HostHops $others)") | Out-Null }
        Vtysh $end.FrrPids[0] (@('configure terminal', "router bgp $($end.Config.Asn)") + @($end.Config.Tunnels | Where-Object Bgp | ForEach-Object { "neighbor $($_.RemoteBgpAddress) shutdown" })) | Out-Null
        Start-Sleep -Milliseconds 500
        if ($handsOver) { Set-LabPublicIp $end -Nowhere }
        # Handing over, the peers' answers to the deletes cannot come back: do not wait for them.
        $wait = if ($handsOver) { '--force' } else { '--timeout 2' }
        foreach ($t in $end.Tunnels) { Sh "nsenter -t $($t.Pid) -m -n swanctl --terminate --ike $($t.Tunnel.Interface) $wait" -AllowFail | Out-Null }
    }
    elseif ($handsOver) { Set-LabPublicIp $end -Nowhere }
    Stop-Pids (@($end.Tunnels.Pid) + @($end.FrrPids))
    foreach ($t in $end.Tunnels) { Sh (In $t.Ns "ip link set lan down") -AllowFail | Out-Null }
    Sh (In $end.HostLink.Ns "ip link set $($end.HostLink.Interface) down") | Out-Null
}

function Restore-End($lab, $end) {
    Sh (In $end.HostLink.Ns "ip link set $($end.HostLink.Interface) up") | Out-Null
    Start-End $lab $end
    if ($lab.Ends.Contains($end)) { Set-LabPublicIp $end }
}
#endregion

#region observe
function Get-TunnelState($lab) {
    $saUp = @{}
    foreach ($end in $lab.Ends) {
        foreach ($t in $end.Tunnels) {
            $alive = $t.Pid -and (Test-Path "/proc/$($t.Pid)")
            $sas = if ($alive) { Sh "nsenter -t $($t.Pid) -m -n swanctl --list-sas --ike $($t.Tunnel.Interface)" -AllowFail } else { '' }
            $saUp["$($end.Name)|$($t.Tunnel.MeshTunnel)"] = if (-not $alive) { 'charon gone' } else { $sas -match 'ESTABLISHED' -and $sas -match 'INSTALLED' }
        }
    }
    $bgp = @{}
    foreach ($end in $lab.Ends) {
        $alive = $end.FrrPids.Count -and (Test-Path "/proc/$($end.FrrPids[0])")
        $peers = if ($alive) { (Vtysh $end.FrrPids[0] @('show bgp ipv4 unicast summary json') | ConvertFrom-Json -AsHashtable -ErrorAction SilentlyContinue) } else { $null }
        foreach ($t in $end.Config.Tunnels | Where-Object Bgp) {
            $state = if ($peers -and $peers.ContainsKey('peers') -and $peers.peers.ContainsKey($t.RemoteBgpAddress)) { $peers.peers[$t.RemoteBgpAddress].state } else { 'none' }
            $via = if ($alive) { Sh (In $end.Ns "ip route get $($t.RemoteBgpAddress)") -AllowFail } else { '' }
            $bgp["$($end.Name)|$($t.MeshTunnel)"] = [pscustomobject]@{ State = $state; OverItsTunnel = $via -match "dev $($t.Interface)\b" }
        }
    }
    foreach ($tunnel in $lab.Topology.Tunnels) {
        $name = $tunnel.ToString()
        $ends = @($lab.Ends | Where-Object { $_.Config.Tunnels.MeshTunnel -contains $name })
        $sa = $ends.Count -eq 2 -and @($ends | Where-Object { $saUp["$($_.Name)|$name"] -eq $true }).Count -eq 2
        $sessions = @($ends | ForEach-Object { $bgp["$($_.Name)|$name"] } | Where-Object { $_ })
        [pscustomobject]@{
            Tunnel  = $name
            Bgp     = $tunnel.Bgp
            SaUp    = $sa
            BgpUp   = (-not $tunnel.Bgp) -or ($sessions.Count -eq 2 -and @($sessions | Where-Object { $_.State -eq 'Established' -and $_.OverItsTunnel }).Count -eq 2)
            Detail  = ($ends | ForEach-Object { "$($_.Name): SA $($saUp["$($_.Name)|$name"]), BGP $(($bgp["$($_.Name)|$name"]).State)" }) -join '; '
        }
    }
}

function Get-EcmpState($lab) {
    foreach ($end in $lab.Ends | Where-Object { $_.Config.Asn }) {
        $far = @{}
        foreach ($t in $end.Config.Tunnels | Where-Object Bgp) {
            $peer = $lab.Ends | Where-Object { $_.Name -eq $t.Remote }
            foreach ($p in $peer.Config.AdvertisedPrefixes) { $far[$p] = 1 + [int]$far[$p] }
        }
        foreach ($prefix in $far.Keys) {
            $route = Vtysh $end.FrrPids[0] @("show ip route $prefix json") | ConvertFrom-Json -AsHashtable -ErrorAction SilentlyContinue
            $hops = 0
            if ($route -and $route.ContainsKey($prefix)) {
                $selected = @($route[$prefix] | Where-Object { $_.selected })
                if ($selected) { $hops = @($selected[0].nexthops | Where-Object { $_.ContainsKey('fib') -and $_.fib }).Count }
            }
            [pscustomobject]@{ End = $end.Name; Prefix = $prefix; Expected = $far[$prefix]; Installed = $hops }
        }
    }
}

function Test-Pings($lab) {
    foreach ($target in $lab.Pairs.Keys) {
        $from, $to = $lab.Pairs[$target]
        $cmd = ($from.Addresses | ForEach-Object { "ping -q -c 2 -i 0.2 -W 1 -I $_ $($to.Addresses[0]) >/dev/null && echo ok &" }) -join ' '
        $ok = ([regex]::Matches((Sh (In $from.Ns "sh -c '$cmd wait'") -AllowFail), 'ok')).Count
        [pscustomobject]@{ Target = $target; Flows = $from.Addresses.Count; Answered = $ok }
    }
}

<# A connection's custom IPsec/IKE policy, as both ends of each of its tunnels hold it: the IKE_SA's and the CHILD_SA's
   algorithms are exactly the policy's (swanctl --list-sas), the CHILD_SA expires within the policy's lifetime, and the
   loaded CHILD_SA rekeys at 90 % of the policy's byte limit (swanctl --list-conns: list-sas shows no byte limit). The
   CHILD_SA that comes with IKE_AUTH has no key exchange of its own, so the device rekeys it first: the PFS group shows in
   the new one. kernel-libipsec expires SAs by time only (strongSwan src/libipsec/ipsec_sa_mgr.c, schedule_expiration),
   so no volume of traffic can show the byte limit acting here. #>
function Test-LabIpsecPolicy($lab) {
    # strongSwan's names (as swanctl prints them) for Azure's; IKE integrity SHA* is also the PRF.
    $names = @{ AES128 = 'AES_CBC-128'; AES192 = 'AES_CBC-192'; AES256 = 'AES_CBC-256'; GCMAES128 = 'AES_GCM_16-128'; GCMAES192 = 'AES_GCM_16-192'; GCMAES256 = 'AES_GCM_16-256'
        SHA1 = 'HMAC_SHA1_96/PRF_HMAC_SHA1'; SHA256 = 'HMAC_SHA2_256_128/PRF_HMAC_SHA2_256'; SHA384 = 'HMAC_SHA2_384_192/PRF_HMAC_SHA2_384'
        DHGroup14 = 'MODP_2048'; DHGroup2048 = 'MODP_2048'; PFS2048 = 'MODP_2048'; PFS14 = 'MODP_2048'; DHGroup24 = 'MODP_2048_256'; PFS24 = 'MODP_2048_256'
        ECP256 = 'ECP_256'; ECP384 = 'ECP_384' }
    foreach ($connection in $lab.Topology.Connections | Where-Object IpsecPolicy) {
        $p = $connection.IpsecPolicy
        $pfs = if ($p.PfsGroup -eq 'PFSMM') { $p.DhGroup } else { $p.PfsGroup }
        $used = @($p.IkeEncryption, $p.IkeIntegrity, $p.DhGroup, $p.IpsecEncryption) + @(if ($p.IpsecEncryption -notlike 'GCM*') { $p.IpsecIntegrity }) + @(if ($pfs -ne 'None') { $pfs })
        $unmapped = $used | Where-Object { -not $names.ContainsKey($_) }
        if ($unmapped) { throw "Test-LabIpsecPolicy has no strongSwan name for $($unmapped -join ', '): add it to the table" }
        $ike = if ($p.IkeEncryption -like 'GCM*') { "$($names[$p.IkeEncryption])/$($names[$p.IkeIntegrity] -replace '^.*/', '')/$($names[$p.DhGroup])" } else { "$($names[$p.IkeEncryption])/$($names[$p.IkeIntegrity])/$($names[$p.DhGroup])" }
        $esp = 'ESP:' + $names[$p.IpsecEncryption] + $(if ($p.IpsecEncryption -notlike 'GCM*') { '/' + ($names[$p.IpsecIntegrity] -replace '/.*$', '') }) + $(if ($pfs -ne 'None') { '/' + $names[$pfs] })
        $rekeyBytes = [long][math]::Floor([long]$p.SaDataSizeKilobytes * 1024 * 9 / 10)   # as the export writes rekey_bytes
        foreach ($mesh in $lab.Topology.Tunnels | Where-Object Connection -eq $connection.Name) {
            $ends = @(foreach ($end in $lab.Ends) { foreach ($t in $end.Tunnels | Where-Object { $_.Tunnel.MeshTunnel -eq $mesh.ToString() }) { [pscustomobject]@{ End = $end; T = $t } } })
            foreach ($e in $ends | Where-Object { $_.End.Config.Side -eq 'OnPremises' }) { Sh "nsenter -t $($e.T.Pid) -m -n swanctl --rekey --child $($e.T.Tunnel.Interface)" -AllowFail | Out-Null }
            $algorithms = @(); $lifetimes = @()
            foreach ($e in $ends) {
                $iface = $e.T.Tunnel.Interface
                for ($i = 0; $i -lt 40; $i++) {
                    $sas = Sh "nsenter -t $($e.T.Pid) -m -n swanctl --list-sas --ike $iface" -AllowFail
                    $children = @([regex]::Matches($sas, "(?m)^\s+$iface`: #\d+, reqid \d+, INSTALLED, [^,]+, (\S+)\s*\r?\n\s+installed \d+s ago(?:, rekeying in -?\d+s)?, expires in (\d+)s"))
                    if ($children.Count -and -not ($children | Where-Object { $_.Groups[1].Value -ne $esp })) { break }
                    Start-Sleep -Milliseconds 250
                }
                $ikeSeen = [regex]::Match($sas, "(?m)^  ([A-Z][A-Z0-9_]*-?\d*/[A-Z0-9_/-]+)\s*$").Groups[1].Value   # the IKE_SA's algorithm line
                $espSeen = @($children | ForEach-Object { $_.Groups[1].Value }) -join ' '
                $algorithms += [pscustomobject]@{ Ok = $ikeSeen -eq $ike -and $children.Count -and -not ($children | Where-Object { $_.Groups[1].Value -ne $esp }); Text = "$($e.End.Name): IKE $(if ($ikeSeen) { $ikeSeen } else { 'none' }), $(if ($espSeen) { $espSeen } else { 'no CHILD_SA' })" }
                $expires = @($children | ForEach-Object { [int]$_.Groups[2].Value })
                $conns = Sh "nsenter -t $($e.T.Pid) -m -n swanctl --list-conns --raw" -AllowFail
                $bytesOk = $conns -match "children \{$iface \{[^}]*\brekey_bytes=$rekeyBytes\b"
                $lifetimes += [pscustomobject]@{ Ok = $expires.Count -and -not ($expires | Where-Object { $_ -le 0 -or $_ -gt $p.SaLifeTimeSeconds }) -and $bytesOk
                    Text = "$($e.End.Name): expires in $($expires -join '/') s, $(if ($bytesOk) { "rekeys at $rekeyBytes bytes" } else { "no rekey at $rekeyBytes bytes" })" }
            }
            $both = $ends.Count -eq 2
            [pscustomobject]@{ Check = "tunnel $($mesh): IKE and ESP algorithms are the IPsec/IKE policy's ($ike, $esp)"; Passed = $both -and -not ($algorithms | Where-Object { -not $_.Ok }); Detail = ($algorithms.Text -join '; ') }
            [pscustomobject]@{ Check = "tunnel $($mesh): CHILD_SA within the policy's $($p.SaLifeTimeSeconds) s and $($p.SaDataSizeKilobytes) KB"; Passed = $both -and -not ($lifetimes | Where-Object { -not $_.Ok }); Detail = ($lifetimes.Text -join '; ') }
        }
    }
}

# Polls until every tunnel, session, ECMP route and ping is as planned; returns $null then, else what is still missing.
function Wait-Converged($lab, [int] $seconds = 40) {
    $deadline = [DateTime]::UtcNow.AddSeconds($seconds)
    do {
        $missing = @(Get-TunnelState $lab | Where-Object { -not $_.SaUp -or -not $_.BgpUp } | ForEach-Object { "$($_.Tunnel) ($($_.Detail))" })
        $missing += @(Get-EcmpState $lab | Where-Object { $_.Installed -ne $_.Expected } | ForEach-Object { "ECMP $($_.End) $($_.Prefix) $($_.Installed)/$($_.Expected)" })
        if (-not $missing) { $missing = @(Test-Pings $lab | Where-Object { $_.Answered -ne $_.Flows } | ForEach-Object { "ping $($_.Target) $($_.Answered)/$($_.Flows)" }) }
        if (-not $missing) { return $null }
        Start-Sleep -Milliseconds 500
    } while ([DateTime]::UtcNow -lt $deadline)
    return ($missing -join '; ')
}

#endregion

<# The exported files as a device loads them. frr.conf: vtysh goes on past a line it refuses, so its exit code and output
   are read (the file the lab loads differs from the export in its scaled timers only). swanctl.conf: the file exactly as
   exported (XFRM if_id, every connection and secret) loads into a charon of its own; no kernel XFRM is needed to load. #>
function Test-LabConfigsLoad($lab) {
    foreach ($end in $lab.Ends) {
        $log = Join-Path $script:Dir "$($end.Ns).frr"
        $rc = if (Test-Path "$log/vtysh.rc") { (Get-Content "$log/vtysh.rc" -Raw).Trim() } else { 'none' }
        $refused = @(Get-Content "$log/vtysh.out" -ErrorAction SilentlyContinue | Where-Object { $_ -match '\S' })
        Add-Result $lab.Name "frr.conf of $($end.Name): vtysh accepts every line" ($rc -eq '0' -and -not $refused) "vtysh exit code $rc$(if ($refused) { ': ' + ($refused -join ' | ') })"
    }
    $ns = "$script:Id-chk"
    NewNs $ns
    $conf = Join-Path $script:Dir "$ns.strongswan.conf"
    "charon {`n  load = random nonce aes sha1 sha2 hmac gcm openssl kdf pem pkcs1 x509 kernel-libipsec kernel-netlink socket-default vici updown`n  install_routes = no`n}" | Set-Content $conf
    $charonPid = [int](Sh "$(In $ns "unshare -m --propagation private sh -c 'mount -t tmpfs tmpfs /run && exec env STRONGSWAN_CONF=$conf /usr/lib/ipsec/charon'") >$script:Dir/$ns.charon.out 2>&1 & echo `$!")
    $null = $script:Pids.Add($charonPid)
    try {
        foreach ($end in $lab.Ends) {
            $file = Join-Path $script:Dir "$($end.Ns).exported.swanctl.conf"
            $end.Swanctl | Set-Content $file
            for ($i = 0; $i -lt 50; $i++) {
                $loaded = Sh "nsenter -t $charonPid -m -n env STRONGSWAN_CONF=$conf swanctl --load-all --file $file 2>&1 | grep -v -e `"^plugin '`" -e `"^opening directory`"" -AllowFail
                if ($loaded -notmatch 'connecting to .* failed') { break }   # not up yet
                Start-Sleep -Milliseconds 100
            }
            $count = $end.Tunnels.Count
            $secrets = ([regex]::Matches($loaded, "loaded ike secret")).Count
            $ok = $loaded -match "successfully loaded $count connections" -and $secrets -eq $count -and $loaded -notmatch '(?i)fail|invalid|error'
            Add-Result $lab.Name "swanctl.conf of $($end.Name), as exported: loads" $ok "$count connections and $secrets secrets expected; swanctl: $(($loaded -split "`n" | Where-Object { $_ -match '(?i)successfully|fail|invalid|error' }) -join ' | ')"
        }
    }
    finally { Stop-Pids @($charonPid) }
}

#region faults
function Get-Now { [DateTimeOffset]::UtcNow.ToUnixTimeMilliseconds() / 1000.0 }

# Longest stop of any flow after the fault (the worst-hit flows, as the analysis predicts), and whether all flows answer at the end.
function Read-Pings([string[]] $files, [double] $faultAt, [double] $end) {
    $worst = 0.0; $connected = $true
    foreach ($file in $files) {
        $times = @(Get-Content $file -ErrorAction SilentlyContinue | ForEach-Object { if ($_ -match '^\[(\d+\.\d+)\].*bytes from') { [double]$Matches[1] } })
        $after = @($times | Where-Object { $_ -ge $faultAt - 0.5 })
        if (-not ($after | Where-Object { $_ -ge $end - 1.0 })) { $connected = $false; continue }
        $previous = @($times | Where-Object { $_ -lt $faultAt }) | Select-Object -Last 1
        if ($null -eq $previous) { $previous = $faultAt }
        foreach ($t in $after | Where-Object { $_ -ge $faultAt }) {
            $gap = $t - $previous - $script:PingInterval
            if ($gap -gt $worst) { $worst = $gap }
            $previous = $t
        }
    }
    [pscustomobject]@{ Connected = $connected; Seconds = [math]::Max(0, $worst) }
}

# The analysis' documented placement (Failover/ZonePlacement): instance k in the k-th zone (sorted) of its public IP when
# the IPs are zone-redundant, the IP's one zone when zonal, and unknown ("regional": a zone outage takes both) otherwise.
function Get-LabZone($lab, $end) {
    $gateway = $end.Instance -replace '\[\d\]$', ''
    $instance = [int]($end.Instance -replace '^.*\[(\d)\]$', '$1')
    $ips = @($lab.Topology.PublicIpAddresses | Where-Object Gateway -eq $gateway)
    $ip = $ips | Where-Object Instance -eq $instance | Select-Object -First 1
    if (-not $ip) { $ip = $ips | Select-Object -First 1 }
    if (-not $ip) { return 'regional' }
    $zones = @($ip.Zone | Sort-Object)
    if (-not ($ips | Where-Object { @($_.Zone).Count -lt 2 })) { return $zones[$instance % $zones.Count] }
    if (-not ($ips | Where-Object { @($_.Zone).Count -ne 1 })) { return $zones[0] }
    'regional'
}

function Invoke-Fault($lab, $prediction) {
    $kind, $target = $prediction.Scenario -split ' ', 2
    $instances = @(Get-LabInstances $lab)
    $hit = @(switch ($kind) {
            { $_ -in 'PlannedMaintenance', 'InstanceFailure' } { $instances | Where-Object Instance -eq $target }
            'GatewayLoss' { $instances | Where-Object { $_.Instance -like "$target[[]*" } }
            'DeviceDown' { $lab.Ends | Where-Object { $_.Config.LocalNetworkGateway -eq $target } }
            # The analysis' placement (ZonePlacement: instance k in the k-th zone of its public IP; regional: unknown, both).
            'ZoneOutage' { $instances | Where-Object { $_.Config.Side -eq 'Azure' -and (Get-LabZone $lab $_) -eq $target } }
        })
    if (-not $hit -and $kind -ne 'IspLinkDown') { throw "No lab end matches the fault $($prediction.Scenario)" }
    # Active instances whose standby survives: the standby takes over after the documented failover time's lower bound
    # (Azure's part, which the lab cannot measure); what follows it, the devices renegotiating, is measured.
    $takeovers = @($hit | Where-Object { $_.Standby -and $lab.Ends.Contains($_) -and $hit -notcontains $_.Standby })
    $takeoverAfter = [double]$prediction.InterruptionMinSeconds / $Scale
    $from, $to = $lab.Pairs[$prediction.Target]
    $maxSeconds = if ($null -ne $prediction.InterruptionMaxSeconds) { $prediction.InterruptionMaxSeconds } else { 45 }
    $window = [math]::Max(1.0, $maxSeconds / $Scale) + 1.5
    $files = @(); $cmd = ''; $i = 0
    foreach ($source in $from.Addresses) {
        $file = Join-Path $script:Dir "ping-$i.txt"; $i++
        $files += $file
        # A count, not a deadline: with -w, ping stops at the first ICMP error (a router without a route yet).
        $cmd += "ping -D -n -i $script:PingInterval -W 1 -c $([math]::Ceiling(($window + 1.2) / $script:PingInterval)) -I $source $($to.Addresses[0]) > $file 2>&1 & echo `$!; "
    }
    $pingPids = @((Sh (In $from.Ns "sh -c '$cmd'")) -split '\s+' | Where-Object { $_ -match '^\d+$' } | ForEach-Object { [int]$_ })
    foreach ($p in $pingPids) { $null = $script:Pids.Add($p) }
    Start-Sleep -Milliseconds 1000
    $faultAt = Get-Now
    switch ($kind) {
        'PlannedMaintenance' { foreach ($end in $hit) { Stop-End $lab $end -Graceful } }
        'IspLinkDown' { Sh (In "$script:Id-inet" "sh -c 'ip rule add from $target blackhole pref 10 && ip rule add to $target blackhole pref 11'") | Out-Null }
        default { foreach ($end in $hit) { Stop-End $lab $end } }
    }
    if ($takeovers) {
        Start-Sleep -Milliseconds ([int][math]::Max(0, 1000 * ($faultAt + $takeoverAfter - (Get-Now))))
        foreach ($end in $takeovers) { Switch-LabInstance $lab $end }
    }
    Start-Sleep -Milliseconds ([int][math]::Max(0, 1000 * ($faultAt + $window - (Get-Now))))
    $state = @(Get-TunnelState $lab)
    # ping writes its file when it exits (-w): read it then.
    for ($i = 0; $i -lt 100 -and @($pingPids | Where-Object { Test-Path "/proc/$_" }).Count; $i++) { Start-Sleep -Milliseconds 100 }
    foreach ($p in $pingPids) { $null = $script:Pids.Remove($p) }
    $measured = Read-Pings $files $faultAt ($faultAt + $window)
    foreach ($file in $files) { Move-Item $file ($file -replace 'ping-', "ping-$($prediction.Scenario -replace '\W', '_')-$($prediction.Target)-") -Force }
    $targetTunnels = @($lab.Topology.Tunnels | Where-Object Target -eq $prediction.Target | ForEach-Object { $_.ToString() })
    $survivors = @($state | Where-Object { $_.Tunnel -in $targetTunnels -and $_.SaUp -and $_.BgpUp } | ForEach-Object Tunnel)

    # Back to the healthy mesh for the next scenario.
    if ($kind -eq 'IspLinkDown') { Sh (In "$script:Id-inet" "sh -c 'ip rule del pref 10; ip rule del pref 11'") | Out-Null }
    foreach ($end in $hit) { Restore-End $lab $end }
    # After a takeover the restored instance becomes the active one again (the scenarios name instance 0 as active), and
    # the other goes back to a fresh standby.
    foreach ($end in $takeovers) {
        $standby = $end.Standby
        Switch-LabInstance $lab $standby
        Stop-End $lab $standby
        Restore-End $lab $standby
    }
    # A VNet whose every instance was gone lost its route (the kernel drops a route with no live next hop): put it back.
    foreach ($h in $lab.Hosts.Values | Where-Object { -not $_.Dynamic }) { Sh (In $h.Ns "ip route replace default $(Get-HostHops $h.Ends)") | Out-Null }
    $notRestored = Wait-Converged $lab 40

    $scaled = [math]::Round($measured.Seconds * $Scale, 1)
    # The lab's own error, in lab time, scaled like the rest: 0.2 s (four ping intervals, scheduling on a shared machine),
    # plus 1 s where a daemon's timer decides the recovery: strongSwan schedules DPD, and FRR its BGP connect retry, in
    # whole seconds, which no scale shrinks.
    $tolerance = $Scale * (0.2 + $(if ($prediction.InterruptionMaxSeconds -gt 0) { 1.0 } else { 0.0 }))
    $inInterval = if ($prediction.Connected) { $scaled -ge $prediction.InterruptionMinSeconds - $tolerance -and $scaled -le $prediction.InterruptionMaxSeconds + $tolerance } else { $true }
    $sameSurvivors = $survivors.Count -eq $prediction.SurvivingTunnels -and -not (Compare-Object @($survivors) @($prediction.SurvivingTunnelNames))
    [pscustomobject]@{
        Topology             = $lab.Name
        Check                = "fault: $($prediction.Scenario) / $($prediction.Target)"
        Passed               = $sameSurvivors -and $measured.Connected -eq $prediction.Connected -and $inInterval -and -not $notRestored
        Detail               = "predicted $($prediction.SurvivingTunnels) survivors ($($prediction.SurvivingTunnelNames -join ', ')), $(if ($prediction.Connected) { 'connected, ' + $prediction.Interruption } else { 'outage' }); measured $($survivors.Count) ($($survivors -join ', ')), $(if ($measured.Connected) { "connected, $scaled s (lab $([math]::Round($measured.Seconds, 2)) s x $Scale)" } else { 'outage' })$(if ($takeovers) { "; the standby took over at $($prediction.InterruptionMinSeconds) s (emulated at the interval's lower bound; the rest is the devices renegotiating)" })$(if ($notRestored) { "; the mesh did not recover after the fault was repaired: $notRestored" })"
        Scenario             = $prediction.Scenario
        Target               = $prediction.Target
        PredictedSurvivors   = $prediction.SurvivingTunnels
        PredictedConnected   = $prediction.Connected
        PredictedInterval    = if ($prediction.Connected) { $prediction.Interruption } else { 'outage' }
        MeasuredSurvivors    = $survivors.Count
        MeasuredConnected    = $measured.Connected
        MeasuredInterruption = if ($measured.Connected) { "$scaled s" } else { 'outage' }
        NotRestored          = $notRestored
    }
}
#endregion

#region run
function Add-Result([string] $topology, [string] $check, [bool] $passed, [string] $detail) {
    $r = [pscustomobject]@{ Topology = $topology; Check = $check; Passed = $passed; Detail = $detail }
    $script:Results.Add($r)
    Write-Host ("  {0} {1}: {2}" -f $(if ($passed) { 'ok  ' } else { 'FAIL' }), $check, $detail)
}

function Invoke-Topology([string] $name) {
    Write-Host "Lab: $name"
    $started = Get-Date
    $lab = New-Lab $name
    Test-LabConfigsLoad $lab
    $notConverged = Wait-Converged $lab 60
    $converged = -not $notConverged
    $tunnels = @(Get-TunnelState $lab)
    foreach ($t in $tunnels) {
        Add-Result $name "tunnel $($t.Tunnel): IKE_SA and CHILD_SA" $t.SaUp $t.Detail
        if ($t.Bgp) { Add-Result $name "tunnel $($t.Tunnel): BGP Established over its tunnel" $t.BgpUp $t.Detail }
    }
    foreach ($e in Get-EcmpState $lab) { Add-Result $name "ECMP $($e.End) $($e.Prefix)" ($e.Installed -eq $e.Expected) "$($e.Installed) next hops installed, $($e.Expected) tunnels planned" }
    $planned = $lab.Topology.Tunnels.Count
    if (-not $converged) { Save-LabEvidence "$name mesh" }
    Add-Result $name 'mesh complete' ($tunnels.Count -eq $planned -and $converged) "$(@($tunnels | Where-Object { $_.SaUp -and $_.BgpUp }).Count) of $planned planned tunnels up"
    foreach ($p in Test-Pings $lab) { Add-Result $name "ping $($p.Target)" ($p.Answered -eq $p.Flows) "$($p.Answered) of $($p.Flows) flows (loopback to loopback) answered" }
    foreach ($c in Test-LabIpsecPolicy $lab) { Add-Result $name $c.Check $c.Passed $c.Detail }
    if ($env:AZVPNHA_LAB_PAUSE) { Write-Host "  paused $env:AZVPNHA_LAB_PAUSE s (AZVPNHA_LAB_PAUSE)"; Start-Sleep ([int]$env:AZVPNHA_LAB_PAUSE) }
    if ($NoFaults -or (Get-LabSpec $name).MeshOnly) { return }
    if (-not $converged) { Add-Result $name 'faults' $false "not run: the mesh never converged ($notConverged)"; return }
    foreach ($prediction in $lab.Topology | Test-HaVpnFailover | Where-Object Scenario -like $Scenario) {
        $r = Invoke-Fault $lab $prediction
        # A shared 2-core machine can stretch one measurement beyond the interval's allowance; the same survivors and
        # connectivity with only the time outside is measured once more (both shown). A real mismatch fails twice.
        if (-not $r.Passed -and -not $r.NotRestored -and $r.MeasuredConnected -eq $r.PredictedConnected -and $r.MeasuredSurvivors -eq $r.PredictedSurvivors) {
            $first = $r.MeasuredInterruption
            $r = Invoke-Fault $lab $prediction
            $r.Detail += "; measured again (the first measurement, $first, was outside the interval)"
        }
        $script:Results.Add($r)
        Write-Host ("  {0} {1}: {2}" -f $(if ($r.Passed) { 'ok  ' } else { 'FAIL' }), $r.Check, $r.Detail)
        if (-not $r.Passed) { Save-LabEvidence "$name $($prediction.Scenario)" }
        if ($r.NotRestored) {
            # The next scenario needs the whole mesh: start again from scratch rather than measure on a broken one.
            Remove-Lab
            $lab = New-Lab $name
            $notConverged = Wait-Converged $lab 60
            if ($notConverged) { Add-Result $name 'faults' $false "stopped: the rebuilt mesh did not converge ($notConverged)"; return }
        }
    }
    Write-Host ("  ({0:n0} s)" -f ((Get-Date) - $started).TotalSeconds)
}

# A failed check keeps its evidence next to the result file (lab-logs/<topology scenario>): every daemon's log, the
# pings and the files the lab ran, before the next scenario or topology overwrites them.
function Save-LabEvidence([string] $label) {
    if (-not $ResultFile) { return }
    $resultDir = Split-Path -Parent $ExecutionContext.SessionState.Path.GetUnresolvedProviderPathFromPSPath($ResultFile)
    $target = Join-Path $resultDir "lab-logs/$($label -replace '[^\w.-]+', '_')"
    New-Item -ItemType Directory -Force $target | Out-Null
    Copy-Item (Join-Path $script:Dir '*') $target -Recurse -Force
    Write-Host "  evidence kept in $target; the last IKE events of each charon:"
    foreach ($log in Get-ChildItem $script:Dir -Filter '*.charon.log') {
        $events = @(Get-Content $log.FullName | Where-Object { $_ -match 'establish|giving up|failed|error|NO_PROPOSAL|AUTHENTICATION|delet|destroy|restart|closing' } | Select-Object -Last 4)
        foreach ($e in $events) { Write-Host "    $($log.BaseName -replace '\.charon$', ''): $e" }
    }
}

function Remove-Lab {
    foreach ($p in @($script:Pids)) { Sh "kill -9 $p" -AllowFail | Out-Null }
    $script:Pids.Clear()
    Start-Sleep -Milliseconds 200
    # Anything else still running in a namespace this run created is ours too (a daemon whose start failed half-way).
    foreach ($ns in @($script:Namespaces)) { foreach ($p in (Sh "ip netns pids $ns" -AllowFail) -split '\s+' | Where-Object { $_ -match '^\d+$' }) { Sh "kill -9 $p" -AllowFail | Out-Null } }
    foreach ($ns in @($script:Namespaces)) { Sh "ip netns del $ns" -AllowFail | Out-Null }
    $script:Namespaces.Clear()
}

New-Item -ItemType Directory -Force $script:Dir | Out-Null
Sh "chmod 755 $script:Dir" | Out-Null
try {
    foreach ($name in $Example) {
        try { Invoke-Topology $name }
        catch { Add-Result $name 'lab run' $false "error: $($_.Exception.Message) $($_.ScriptStackTrace -replace "`n", " <- ")" }
        finally { Remove-Lab }
    }
}
finally {
    Remove-Lab
    if (-not $env:AZVPNHA_LAB_KEEP) { Remove-Item $script:Dir -Recurse -Force -ErrorAction SilentlyContinue }
}

$faults = @($script:Results | Where-Object { $_.Check -like 'fault:*' })
if ($faults) {
    Write-Host "`nFault injection (timers scaled 1/$Scale; measured interruptions scaled back x$Scale, allowed $(0.2 * $Scale) s over the interval, $(1.2 * $Scale) s where DPD decides; survivors = tunnels with both SAs and BGP up):"
    $faults | Format-Table Topology, Scenario, Target, PredictedSurvivors, PredictedInterval, MeasuredSurvivors, MeasuredInterruption, Passed -AutoSize | Out-String -Width 250 | Write-Host
}
$failed = @($script:Results | Where-Object { -not $_.Passed })
Write-Host ("Lab: {0} checks, {1} failed" -f $script:Results.Count, $failed.Count)
if ($ResultFile) { ConvertTo-Json -InputObject @($script:Results) -Depth 4 | Set-Content $ResultFile }
if ($FailOnError) { exit $(if ($failed) { 1 } else { 0 }) }
$script:Results
#endregion
