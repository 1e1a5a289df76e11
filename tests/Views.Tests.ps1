# Pester 5: every default view of the BUILT module, rendered as a user sees it in a 120-column terminal, for every
# example and a deployed estate: lines fit, nothing is cut ('…'), whole words (no mid-word wrap), a few lines a row,
# and every column or list label is a property of the object (so Format-Table <label> shows the same column).
BeforeDiscovery {
    $script:Cases = @(Get-ChildItem (Join-Path $PSScriptRoot '../examples') -Filter *.json | ForEach-Object { @{ Name = $_.BaseName; File = $_.FullName } })
    $script:Cases += @{ Name = 'deployed'; File = $null }
}

BeforeAll {
    $ErrorActionPreference = 'Stop'
    $script:ModulePath = if ($env:AZVPNHA_MODULE) { $env:AZVPNHA_MODULE } else { Join-Path $PSScriptRoot '../out/AzVpnHa/AzVpnHa.psd1' }
    Import-Module $script:ModulePath -Force
    $script:Fixtures = Join-Path $PSScriptRoot 'AzVpnHa.Core.Tests/Fixtures/Arm'
    $script:MaxRowLines = 6

    function Get-CaseTopology([string] $file) {
        if ($file) { return New-HaVpnTopology -Path $file }
        $files = 'VirtualNetworkGatewayGet-ActiveActive', 'PublicIpAddressList-Standard', 'LocalNetworkGatewayList', 'ConnectionGet-hq-fw1', 'ConnectionGet-hq-fw2', 'ConnectionGet-branch' |
            ForEach-Object { Join-Path $script:Fixtures "$_.json" }
        Get-HaVpnTopology -Path $files
    }

    function Render($objects) { ($objects | Out-String -Width 120) -replace "`r", '' }

    # The labels of a table (the line above the dashes) or a list ("Label : value") rendered from $objects.
    function Get-Labels([string] $text) {
        $lines = $text -split "`n"
        $labels = for ($i = 1; $i -lt $lines.Count; $i++) {
            if ($lines[$i] -match '^-[- ]*$' -and $lines[$i - 1].Trim()) { -split $lines[$i - 1] }
        }
        if (-not $labels) { $labels = $lines | Where-Object { $_ -match '^(\w+)\s+: ' } | ForEach-Object { $Matches[1] } }
        $labels | Select-Object -Unique
    }

    function Assert-View($objects, [string[]] $textProperties) {
        $objects = @($objects)
        $objects.Count | Should -BeGreaterThan 0
        $text = Render $objects
        $long = ($text -split "`n") | Where-Object { $_.TrimEnd().Length -gt 120 }
        $long | Should -BeNullOrEmpty -Because 'every line fits 120 columns'
        $text | Should -Not -Match '…' -Because 'no value or label is cut'

        $properties = $objects[0].PSObject.Properties.Name
        $labels = @(Get-Labels $text)
        $labels.Count | Should -BeGreaterThan 1
        foreach ($label in $labels) { $properties | Should -Contain $label -Because "'$label' labels a column, so Format-Table $label must show it" }

        # Whole words: every word of each long text the view shows appears intact in the output.
        $tokens = [System.Collections.Generic.HashSet[string]]::new([string[]](-split $text))
        foreach ($o in $objects) {
            foreach ($p in $textProperties) {
                $value = $o.$p
                if ($p -eq 'Basis') { $value = [AzVpnHa.Host.ViewText]::WithoutCitations($value) }
                foreach ($word in -split ($value -join ' ') | Where-Object { $_ }) { $tokens.Contains($word) | Should -BeTrue -Because "'$word' of $p ($value) must not be split" }
            }
        }

        # A row takes a few lines: render each object alone and count the lines under its header (tables only).
        foreach ($o in $objects) {
            $lines = (Render $o) -split "`n"
            $dash = [Array]::FindIndex($lines, [Predicate[string]] { param($l) $l -match '^-[- ]*$' })
            if ($dash -lt 0) { continue }
            $body = @($lines[($dash + 1)..($lines.Count - 1)] | Where-Object { $_.Trim() })
            $body.Count | Should -BeLessOrEqual $script:MaxRowLines -Because "one row of $($o.GetType().Name) '$o' stays short"
        }
    }
}

Describe 'Views at 120 columns: <Name>' -ForEach $Cases {
    BeforeAll { $script:t = Get-CaseTopology $File }

    It 'Topology' { Assert-View $t @('Name') }
    It 'Tunnel (Get-HaTunnelMesh)' { Assert-View ($t | Get-HaTunnelMesh) @('Connection', 'RemoteName') }
    It 'Finding (Test-HaVpnTopology)' {
        $findings = @($t | Test-HaVpnTopology)
        if (-not $findings) { Set-ItResult -Skipped -Because "$Name has no findings" }
        Assert-View $findings @('Target', 'Message')
    }
    It 'FailoverResult (Test-HaVpnFailover)' { Assert-View ($t | Test-HaVpnFailover) @('Description', 'Basis') }
    It 'FailoverResult, double faults' { Assert-View ($t | Test-HaVpnFailover -Depth 2 | Where-Object Depth -eq 2 | Select-Object -First 12) @('Description', 'Basis') }
    It 'FailoverSummary (Test-HaVpnFailover -Summary)' { Assert-View ($t | Test-HaVpnFailover -Summary) @('Fixes', 'WorstInterruption') }
    It 'Gateway, Site, LocalNetworkGateway, Connection' {
        Assert-View $t.Gateways @('Name')
        if ($t.Sites) { Assert-View $t.Sites @('Name') }
        if ($t.LocalNetworkGateways) { Assert-View $t.LocalNetworkGateways @('Name', 'Endpoint') }
        Assert-View $t.Connections @('Name')
    }
}

Describe 'Views at 120 columns: other types' {
    It 'Rule (Get-HaVpnRule)' { Assert-View (Get-HaVpnRule) @('Title') }
    It 'DeviceSpec (New-HaVpnDevice)' {
        Assert-View @(
            New-HaVpnDevice -Name fw1 -PublicIp 203.0.113.10 -Asn 65010 -BgpPeeringAddress 10.10.255.1
            New-HaVpnDevice -Name fw2-branch-east -Fqdn vpn2.branch-office.contoso.com -Asn 65010 -BgpPeeringAddress 169.254.21.2
        ) @('Name')
    }
    It 'FailoverSummary of every example at once (the about_AzVpnHa example)' {
        Assert-View (Test-HaVpnFailover -Path (Join-Path $PSScriptRoot '../examples/*.json') -Summary) @('Fixes')
    }
    It 'TopologyDifference (Compare-HaVpnTopology), every example against the deployed estate' {
        $deployed = Get-CaseTopology $null
        foreach ($file in Get-ChildItem (Join-Path $PSScriptRoot '../examples') -Filter *.json) {
            Assert-View (Compare-HaVpnTopology (New-HaVpnTopology -Path $file.FullName) $deployed) @('Resource', 'ReferenceValue', 'DifferenceValue', 'Availability', 'Cost')
        }
    }
    It 'gives no empty column for a label used in Format-Table' {
        $t = New-HaVpnTopology -Path (Join-Path $PSScriptRoot '../examples/dual-redundancy.json')
        $text = Render ($t | Test-HaVpnFailover | Format-Table Description, SurvivingTunnels, Interruption)
        $text | Should -Match 'Planned maintenance of vgw-hub instance 0\s+2\s+0 s'
    }
}
