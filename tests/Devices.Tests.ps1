# Pester 5: Export-HaDeviceConfig on the BUILT module, as a user runs it.
BeforeAll {
    $ErrorActionPreference = 'Stop'
    $script:ModulePath = if ($env:AZVPNHA_MODULE) { $env:AZVPNHA_MODULE } else { Join-Path $PSScriptRoot '../out/AzVpnHa/AzVpnHa.psd1' }
    Import-Module $script:ModulePath -Force
    $script:Examples = Join-Path $PSScriptRoot '../examples'
    function script:Example([string] $name) { New-HaVpnTopology -Path (Join-Path $script:Examples "$name.json") }
}

Describe 'Export-HaDeviceConfig' {
    It 'writes one neutral object per device whose tunnels are Get-HaTunnelMesh''s, tunnel for tunnel (<_>)' -ForEach 'active-standby', 'multiple-devices', 'active-active', 'dual-redundancy' {
        $t = Example $_
        $configs = @($t | Export-HaDeviceConfig -WarningAction SilentlyContinue)
        $mesh = @($t | Get-HaTunnelMesh)
        $tunnels = @($configs | ForEach-Object { $config = $_; $_.Tunnels | ForEach-Object { [pscustomobject]@{ Config = $config; Tunnel = $_ } } })
        $tunnels.Count | Should -Be $mesh.Count
        foreach ($m in $mesh) {
            $d = @($tunnels | Where-Object { $_.Tunnel.MeshTunnel -eq $m.ToString() })
            $d.Count | Should -Be 1 -Because $m.ToString()
            $d[0].Config.LocalNetworkGateway | Should -Be $m.LocalNetworkGateway
            $d[0].Tunnel.Remote | Should -Be "$($m.AzureGateway)[$($m.AzureInstance)]"
            $d[0].Tunnel.LocalPublicIp | Should -Be $m.RemotePublicIp
            $d[0].Tunnel.Bgp | Should -Be $m.Bgp
            if (-not $m.Bgp) { continue }
            $d[0].Tunnel.LocalBgpAddress | Should -Be $m.RemoteBgpAddress
            if ($m.AzureBgpAddress) { $d[0].Tunnel.RemoteBgpAddress | Should -Be $m.AzureBgpAddress }
            else { $d[0].Tunnel.RemoteBgpAddress | Should -Be "<$($m.AzureGateway)[$($m.AzureInstance)]-bgp-ip>" }
        }
    }

    It 'offers the connection''s custom IPsec/IKE policy from the spec instead of Azure''s default set' {
        $spec = Get-Content (Join-Path $script:Examples 'active-active.json') -Raw | ConvertFrom-Json
        $spec.sites[0].devices[0] | Add-Member ipsecPolicy ([ordered]@{ ikeEncryption = 'AES256'; ikeIntegrity = 'SHA256'; dhGroup = 'ECP384'
            ipsecEncryption = 'GCMAES256'; ipsecIntegrity = 'GCMAES256'; pfsGroup = 'PFSMM'; saLifeTimeSeconds = 3600; saDataSizeKilobytes = 204800 })
        $file = Join-Path $TestDrive 'policy.json'
        $spec | ConvertTo-Json -Depth 10 | Set-Content $file
        $text = New-HaVpnTopology -Path $file | Export-HaDeviceConfig -Format StrongSwan -WarningAction SilentlyContinue
        $text | Should -Match 'proposals = aes256-sha256-ecp384\n'
        $text | Should -Match 'esp_proposals = aes256gcm16-ecp384\n'
        $text | Should -Match 'life_time = 3600s'
        $text | Should -Match 'life_bytes = 209715200\n'    # 204800 KB, not Azure's default 102400000
        (New-HaVpnTopology -Path $file | Export-HaDeviceConfig -WarningAction SilentlyContinue).Tunnels.IpsecLifetimeKilobytes | Should -Be @(204800, 204800)
        $text | Should -Not -Match 'modp1024'
        $bad = $file -replace 'policy.json$', 'bad.json'
        (Get-Content $file -Raw) -replace 'ECP384', 'ECP521' | Set-Content $bad
        { New-HaVpnTopology -Path $bad } | Should -Throw -ExpectedMessage '*ipsecPolicy.dhGroup*ECP384*'
    }

    It 'has a table view for its neutral objects' {
        (Get-FormatData -TypeName AzVpnHa.DeviceConfigs.DeviceConfig).FormatViewDefinition.Control | Should -BeOfType [System.Management.Automation.TableControl]
    }

    It 'writes one file per device and format into a folder, never a key' {
        $folder = Join-Path $TestDrive 'devices'
        $files = foreach ($format in 'Neutral', 'StrongSwan', 'Frr', 'CiscoIosXe', 'FortiOS') {
            Example dual-redundancy | Export-HaDeviceConfig -Format $format -OutputFolder $folder -WarningAction SilentlyContinue
        }
        @($files).Count | Should -Be 10
        $files | ForEach-Object { $_ | Should -BeOfType ([System.IO.FileInfo]) }
        (Get-ChildItem $folder).Name | Sort-Object | Should -Be @('fw1.fortios.txt', 'fw1.frr.conf', 'fw1.iosxe.txt', 'fw1.json', 'fw1.swanctl.conf', 'fw2.fortios.txt', 'fw2.frr.conf', 'fw2.iosxe.txt', 'fw2.json', 'fw2.swanctl.conf')
        $json = Get-Content (Join-Path $folder 'fw2.json') -Raw | ConvertFrom-Json
        $json.tunnels.remoteBgpAddress | Should -Be @('169.254.21.1', '169.254.22.1')
        $json.tunnels.preSharedKeyReference | Should -Be @('shared key of connection cn-hq-fw2', 'shared key of connection cn-hq-fw2')
    }

    It 'honours -NoClobber and -WhatIf' {
        $file = Join-Path $TestDrive 'all.conf'
        Example active-active | Export-HaDeviceConfig -Format Frr -OutFile $file -WhatIf -WarningAction SilentlyContinue
        Test-Path $file | Should -BeFalse
        Example active-active | Export-HaDeviceConfig -Format Frr -OutFile $file -WarningAction SilentlyContinue | Should -BeOfType ([System.IO.FileInfo])
        $before = Get-Content $file -Raw
        $err = $null
        Example dual-redundancy | Export-HaDeviceConfig -Format Frr -OutFile $file -NoClobber -ErrorVariable err -ErrorAction SilentlyContinue -WarningAction SilentlyContinue
        $err[0].FullyQualifiedErrorId | Should -BeLike 'DeviceConfigFileExists*'
        Get-Content $file -Raw | Should -Be $before
    }

    It 'refuses a plan with Error findings unless -Force' {
        $devices = (New-HaVpnDevice -Name fw1 -PublicIp 203.0.113.1 -Asn 65010 -BgpPeeringAddress 10.10.255.1), (New-HaVpnDevice -Name fw2 -PublicIp 203.0.113.1 -Asn 65010 -BgpPeeringAddress 10.10.255.2)
        $t = New-HaVpnTopology -Name t -ResourceGroupName rg -Location westeurope -GatewayName vgw -GatewaySku VpnGw2AZ -Generation Generation2 `
            -ActiveActive -Asn 65515 -VNetAddressPrefix 10.1.0.0/16 -SiteName hq -SiteAddressPrefix 10.10.0.0/16 -Device $devices
        $err = $null
        $t | Export-HaDeviceConfig -ErrorVariable err -ErrorAction SilentlyContinue -WarningAction SilentlyContinue | Should -BeNullOrEmpty
        $err[0].FullyQualifiedErrorId | Should -BeLike 'TopologyHasErrors*'
        @($t | Export-HaDeviceConfig -Force -WarningAction SilentlyContinue).Count | Should -Be 2
    }

    It 'names an unknown -Device and lists the devices' {
        $err = $null
        $out = Example dual-redundancy | Export-HaDeviceConfig -Device fw9 -ErrorVariable err -ErrorAction SilentlyContinue -WarningAction SilentlyContinue
        $out | Should -BeNullOrEmpty
        $err[0].FullyQualifiedErrorId | Should -BeLike 'DeviceConfigUnknownDevice*'
        $err[0].Exception.Message | Should -Match 'fw1, fw2'
    }

    It 'writes AS-path prepending on the other devices with -PreferDevice' {
        $text = Example dual-redundancy | Export-HaDeviceConfig -Format CiscoIosXe -Device fw2 -PreferDevice fw1 -WarningAction SilentlyContinue
        $text | Should -Match 'set as-path prepend 65010 65010 65010'
        $text | Should -Match 'neighbor 169\.254\.21\.1 route-map AZVPNHA-PREPEND out'
    }

    It 'warns that VNet-to-VNet has no on-premises device and writes the instances with -Side Azure' {
        $warning = $null
        Example vnet-to-vnet | Export-HaDeviceConfig -WarningVariable warning -WarningAction SilentlyContinue | Should -BeNullOrEmpty
        "$warning" | Should -Match 'Side Azure'
        @(Example vnet-to-vnet | Export-HaDeviceConfig -Side Azure -WarningAction SilentlyContinue).Name | Should -Be @('vgw-hub[0]', 'vgw-hub[1]', 'vgw-spoke[0]', 'vgw-spoke[1]')
    }

    It 'plans peer-first APIPA pairs with -ApipaPairing PeerFirst' {
        $t = New-HaVpnTopology -Name aws -ResourceGroupName rg -Location westeurope -GatewayName vgw -GatewaySku VpnGw2AZ -Generation Generation2 `
            -ActiveActive -Asn 65515 -VNetAddressPrefix 10.1.0.0/16 -SiteName aws -SiteAddressPrefix 172.31.0.0/16 `
            -Device (New-HaVpnDevice -Name vgw-aws -PublicIp 203.0.113.50) -AssignApipa -ApipaPairing PeerFirst
        $t.LocalNetworkGateways[0].BgpPeeringAddress | Should -Be '169.254.21.1'
        ($t | Get-HaTunnelMesh).AzureBgpAddress | Should -Be @('169.254.21.2', '169.254.22.2')
    }
}
