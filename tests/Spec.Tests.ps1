# Pester 5: topologies are read-only (issue: stale Kind/tunnels after an edit), and ConvertTo-HaVpnSpec is how one is
# edited: every example and deployed fixture round-trips through the spec (hashtable, JSON and .psd1).
BeforeAll {
    $ErrorActionPreference = 'Stop'
    $script:ModulePath = if ($env:AZVPNHA_MODULE) { $env:AZVPNHA_MODULE } else { Join-Path $PSScriptRoot '../out/AzVpnHa/AzVpnHa.psd1' }
    Import-Module $script:ModulePath -Force
    $script:Examples = Join-Path $PSScriptRoot '../examples'
    $script:Fixtures = Join-Path $PSScriptRoot 'AzVpnHa.Core.Tests/Fixtures/Arm'
    function script:Design($t) {
        [pscustomobject]@{
            Kind     = $t.Kind
            Names    = @($t.Gateways.Name) + @($t.LocalNetworkGateways.Name) + @($t.Connections.Name) + @($t.Sites.Name) | Sort-Object
            Tunnels  = @($t | Get-HaTunnelMesh | ForEach-Object { '{0}|{1}|{2}|{3}|{4}' -f $_.Connection, $_.AzureInstance, $_.RemoteName, $_.AzureBgpAddress, $_.RemoteBgpAddress }) | Sort-Object
            Findings = @($t | Test-HaVpnTopology | Where-Object RuleId -lt 'HA030' | ForEach-Object { '{0} {1} {2}' -f $_.RuleId, $_.Severity, $_.Target }) | Sort-Object
        } | ConvertTo-Json -Depth 4
    }
}

Describe 'Read-only topologies' {
    It 'refuses an edit with a clear error instead of keeping stale Kind and tunnels' {
        $t = New-HaVpnTopology -Path (Join-Path $script:Examples 'dual-redundancy.json')
        { $t.Gateways[0].ActiveActive = $false } | Should -Throw -ExpectedMessage '*ActiveActive*ReadOnly*'
        { $t.Gateways = @() } | Should -Throw -ExpectedMessage '*ReadOnly*'
        { $t.Gateways[0] = $null } | Should -Throw
        { $t.LocalNetworkGateways[0].AddressPrefix[0] = '10.0.0.0/8' } | Should -Throw
        $t.Kind | Should -Be 'DualRedundancy'
        $t.TunnelCount | Should -Be 4
    }
}

Describe 'ConvertTo-HaVpnSpec' {
    It 'round-trips <_> through a hashtable, JSON and a .psd1 file' -ForEach @('active-standby', 'multiple-devices', 'active-active', 'dual-redundancy', 'vnet-to-vnet') {
        $t = New-HaVpnTopology -Path (Join-Path $script:Examples "$_.json")
        $expected = Design $t
        Design (New-HaVpnTopology -InputObject ($t | ConvertTo-HaVpnSpec)) | Should -Be $expected
        Design (New-HaVpnTopology -InputObject ($t | ConvertTo-HaVpnSpec -AsJson | ConvertFrom-Json)) | Should -Be $expected
        $file = $t | ConvertTo-HaVpnSpec -OutFile (Join-Path $TestDrive "$_.psd1")
        Design (New-HaVpnTopology -Path $file.FullName) | Should -Be $expected
    }

    It 'round-trips a deployed estate, keeping its resource names' {
        $files = 'VirtualNetworkGatewayGet-ActiveActive', 'PublicIpAddressList-Standard', 'LocalNetworkGatewayList', 'ConnectionGet-hq-fw1', 'ConnectionGet-hq-fw2', 'ConnectionGet-branch' |
            ForEach-Object { Join-Path $script:Fixtures "$_.json" }
        $deployed = Get-HaVpnTopology -Path $files
        $spec = $deployed | ConvertTo-HaVpnSpec
        $plan = New-HaVpnTopology -InputObject $spec
        $plan.Origin | Should -Be 'Planned'
        Design $plan | Should -Be (Design $deployed)
    }

    It 'is how a deployed gateway is edited: make it active-standby and plan again' {
        $t = New-HaVpnTopology -Path (Join-Path $script:Examples 'dual-redundancy.json')
        $spec = $t | ConvertTo-HaVpnSpec
        $spec.gateways[0].activeActive = $false
        $spec.gateways[0].Remove('instances')
        $edited = New-HaVpnTopology -InputObject $spec
        $edited.Kind | Should -Be 'MultipleDevices'
        $edited.TunnelCount | Should -Be 2
    }

    It 'writes a .json file that New-HaVpnTopology -Path reads, honours -NoClobber and refuses other extensions' {
        $t = New-HaVpnTopology -Path (Join-Path $script:Examples 'active-active.json')
        $path = Join-Path $TestDrive 'aa.json'
        $t | ConvertTo-HaVpnSpec -OutFile $path | Should -BeOfType [System.IO.FileInfo]
        (New-HaVpnTopology -Path $path).Kind | Should -Be 'ActiveActive'
        $t | ConvertTo-HaVpnSpec -OutFile $path -NoClobber -ErrorVariable e -ErrorAction SilentlyContinue
        $e[0].FullyQualifiedErrorId | Should -BeLike 'OutFileExists*'
        { $t | ConvertTo-HaVpnSpec -OutFile (Join-Path $TestDrive 'aa.txt') } | Should -Throw -ErrorId 'SpecOutFileExtension*'
        $t | ConvertTo-HaVpnSpec -OutFile (Join-Path $TestDrive 'aa2.json') -WhatIf
        Join-Path $TestDrive 'aa2.json' | Should -Not -Exist
    }
}
