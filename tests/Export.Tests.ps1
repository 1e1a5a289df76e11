# Pester 5: the exporters and Az binding objects of the BUILT module, proven against stand-ins whose parameter blocks
# copy the real Az.Network declarations (tests/stand-ins/AzNetworkStandIns.psm1 cites the source files and commits).
BeforeAll {
    $ErrorActionPreference = 'Stop'
    $script:ModulePath = if ($env:AZVPNHA_MODULE) { $env:AZVPNHA_MODULE } else { Join-Path $PSScriptRoot '../out/AzVpnHa/AzVpnHa.psd1' }
    Import-Module $script:ModulePath -Force
    Import-Module (Join-Path $PSScriptRoot 'stand-ins/AzNetworkStandIns.psm1') -Force -Global
    $script:Examples = Join-Path $PSScriptRoot '../examples'
    $script:SubnetId = '/subscriptions/11111111-2222-3333-4444-555555555555/resourceGroups/rg-net/providers/Microsoft.Network/virtualNetworks/vnet/subnets/GatewaySubnet'
    $script:Key = ConvertTo-SecureString 'Not-A-Real-Key-42' -AsPlainText -Force

    function global:Get-StandInCall([string] $Command) { @($global:AzStandInCalls | Where-Object Command -eq $Command) }

    function global:New-TestTopology([switch] $AssignApipa) {
        $devices = @(
            New-HaVpnDevice -Name fw1 -PublicIp 203.0.113.1 -Asn 65010 -BgpPeeringAddress 10.10.255.1   # BGP
            New-HaVpnDevice -Name fw2 -Fqdn vpn2.contoso.com -Asn 65010 -BgpPeeringAddress 10.10.255.2   # FQDN + BGP
        )
        New-HaVpnTopology -Name t -ResourceGroupName rg-vpn -Location westeurope -GatewayName vgw -GatewaySku VpnGw2AZ `
            -Generation Generation2 -ActiveActive -Asn 65515 -VNetAddressPrefix 10.1.0.0/16 -SiteName hq -SiteAddressPrefix 10.10.0.0/16 -Device $devices
    }

    # Every kind of device in one plan: BGP, static (no BGP), FQDN, and an APIPA peer with custom APIPA on both instances.
    function global:New-MixedTopology([hashtable] $IpsecPolicy) {
        $bgp = @{ name = 'bgp'; publicIp = '203.0.113.1'; asn = 65010; bgpPeeringAddress = '10.10.255.1' }
        if ($IpsecPolicy) { $bgp.ipsecPolicy = $IpsecPolicy }
        @{
            name = 'mixed'; resourceGroup = 'rg-vpn'; location = 'westeurope'
            gateways = @(@{ name = 'vgw'; sku = 'VpnGw2AZ'; generation = 'Generation2'; activeActive = $true; asn = 65515; vnetAddressPrefixes = @('10.1.0.0/16')
                            instances = @(@{ customBgpIpAddresses = @('169.254.21.1') }, @{ customBgpIpAddresses = @('169.254.22.1') }) })
            sites = @(
                @{ name = 'hq'; addressPrefixes = @('10.10.0.0/16'); devices = @(
                    $bgp
                    @{ name = 'fqdn'; fqdn = 'vpn2.contoso.com'; asn = 65010; bgpPeeringAddress = '10.10.255.2' }) }
                @{ name = 'shop'; addressPrefixes = @('10.30.0.0/16'); devices = @(@{ name = 'static'; publicIp = '203.0.113.3' }) }
                @{ name = 'aws'; addressPrefixes = @('10.40.0.0/16'); devices = @(@{ name = 'apipa'; publicIp = '203.0.113.4'; asn = 64600; bgpPeeringAddress = '169.254.21.2' }) })
        } | New-HaVpnTopology
    }
}

Describe 'ConvertTo-HaAzParameter' {
    BeforeEach { Reset-AzStandIn }

    It 'creates every local network gateway: BGP, static, FQDN and APIPA devices' {
        $topology = New-MixedTopology
        $created = $topology | ConvertTo-HaAzParameter -ResourceType LocalNetworkGateway | New-AzLocalNetworkGateway
        $created.Name | Should -Be $topology.LocalNetworkGateways.Name
        $calls = Get-StandInCall New-AzLocalNetworkGateway
        $calls.Count | Should -Be 4
        $calls[0].ParameterSet | Should -Be 'ByLocalNetworkGatewayIpAddress'
        $calls[1].ParameterSet | Should -Be 'ByLocalNetworkGatewayFqdn'
        $calls[0].Bound.Asn | Should -Be 65010
        $calls[0].Bound.ContainsKey('AddressPrefix') | Should -BeFalse
        $calls[2].Bound.AddressPrefix | Should -Be '10.30.0.0/16'
        $calls[2].Bound.ContainsKey('Asn') | Should -BeFalse
        $calls[3].Bound.BgpPeeringAddress | Should -Be '169.254.21.2'
        foreach ($c in $calls) { $c.Bound.Keys | Should -Contain 'ResourceGroupName'; $c.Bound.Keys | Should -Contain 'Location' }
    }

    It 'is needed: the raw model objects of a BGP device do not bind (empty AddressPrefix)' {
        $topology = New-MixedTopology
        { $topology.LocalNetworkGateways[0] | New-AzLocalNetworkGateway -ErrorAction Stop } | Should -Throw '*AddressPrefix*'
    }

    It 'creates the two zone-redundant Standard public IPs of an active-active AZ gateway' {
        $created = New-TestTopology | ConvertTo-HaAzParameter -ResourceType PublicIpAddress | New-AzPublicIpAddress
        $created.Count | Should -Be 2
        foreach ($c in Get-StandInCall New-AzPublicIpAddress) {
            $c.Bound.Sku | Should -Be 'Standard'
            $c.Bound.AllocationMethod | Should -Be 'Static'
            $c.Bound.Zone | Should -Be @('1', '2', '3')
        }
    }

    It 'refuses a topology with Error findings, listing them, unless -Force' {
        # Two devices on one site without BGP: HA002 is an Error.
        $bad = New-HaVpnTopology -Name bad -ResourceGroupName rg -Location westeurope -GatewayName vgw -GatewaySku VpnGw2AZ -ActiveActive `
            -SiteName hq -SiteAddressPrefix 10.10.0.0/16 -Device (New-HaVpnDevice -Name a -PublicIp 203.0.113.1), (New-HaVpnDevice -Name b -PublicIp 203.0.113.2)
        $err = $null
        $out = $bad | ConvertTo-HaAzParameter -ResourceType LocalNetworkGateway -ErrorVariable err -ErrorAction SilentlyContinue
        $out | Should -BeNullOrEmpty
        $err[0].FullyQualifiedErrorId | Should -BeLike 'TopologyHasErrors,*'
        $err[0].Exception.Message | Should -Match 'HA002'
        @($bad | ConvertTo-HaAzParameter -ResourceType LocalNetworkGateway -Force -WarningAction SilentlyContinue).Count | Should -Be 2
    }
}

Describe 'ConvertTo-HaAzConnection' {
    BeforeEach {
        Reset-AzStandIn
        $script:topology = New-MixedTopology
        $script:pips = $topology | ConvertTo-HaAzParameter -ResourceType PublicIpAddress | New-AzPublicIpAddress
        $configs = @(
            New-AzVirtualNetworkGatewayIpConfig -Name default -SubnetId $SubnetId -PublicIpAddressId $pips[0].Id
            New-AzVirtualNetworkGatewayIpConfig -Name activeActive -SubnetId $SubnetId -PublicIpAddressId $pips[1].Id)
        $script:gw = New-AzVirtualNetworkGateway -Name vgw -ResourceGroupName rg-vpn -Location westeurope -IpConfigurations $configs -GatewayType Vpn -VpnType RouteBased -GatewaySku VpnGw2AZ -EnableActiveActiveFeature -EnableBgp $true -Asn 65515
        $script:lngs = $topology | ConvertTo-HaAzParameter -ResourceType LocalNetworkGateway | New-AzLocalNetworkGateway
        $global:AzStandInCalls.Clear()
    }

    It 'emits one object per planned connection that binds to New-AzVirtualNetworkGatewayConnection' {
        $created = $topology | ConvertTo-HaAzConnection -VirtualNetworkGateway $gw -LocalNetworkGateway $lngs -SharedKey $Key | New-AzVirtualNetworkGatewayConnection
        $created.Name | Should -Be $topology.Connections.Name
        $calls = Get-StandInCall New-AzVirtualNetworkGatewayConnection
        $calls.Count | Should -Be 4
        foreach ($c in $calls) {
            $c.Bound.VirtualNetworkGateway1.Name | Should -Be 'vgw'
            $c.Bound.Name | Should -Not -Be 'vgw'
            $c.Bound.ConnectionType | Should -Be 'IPsec'
            $c.Bound.SharedKey | Should -Be 'Not-A-Real-Key-42'
            $c.Bound.EnableBgp | Should -BeOfType [bool]
        }
        $calls[2].Bound.EnableBgp | Should -BeFalse     # the static device
        $calls[0].Bound.EnableBgp | Should -BeTrue
        $apipa = $calls[3].Bound.GatewayCustomBgpIpAddress
        $apipa.Count | Should -Be 2
        $apipa[0].GetType().Name | Should -Be 'PSGatewayCustomBgpIpConfiguration'
        $apipa[1].IpconfigurationId | Should -Be $gw.IpConfigurations[1].Id
        $apipa[1].CustomBgpIpAddress | Should -Be '169.254.22.1'
        $calls[0].Bound.ContainsKey('GatewayCustomBgpIpAddress') | Should -BeFalse
    }

    # PSIpsecPolicy in the stand-ins has exactly Az.Network's eight properties and types, so a hashtable binds to
    # -IpsecPolicies only if its keys are those names (PowerShell refuses a key the class does not have).
    It 'carries a connection''s custom IPsec/IKE policy that binds to -IpsecPolicies as PSIpsecPolicy, piped or splatted' {
        $policy = @{ ikeEncryption = 'AES256'; ikeIntegrity = 'SHA384'; dhGroup = 'ECP384'; ipsecEncryption = 'GCMAES256'
                     ipsecIntegrity = 'GCMAES256'; pfsGroup = 'ECP384'; saLifeTimeSeconds = 3600; saDataSizeKilobytes = 102400 }
        $expected = [ordered]@{ SALifeTimeSeconds = 3600; SADataSizeKilobytes = 102400; IpsecEncryption = 'GCMAES256'; IpsecIntegrity = 'GCMAES256'
                                IkeEncryption = 'AES256'; IkeIntegrity = 'SHA384'; DhGroup = 'ECP384'; PfsGroup = 'ECP384' }
        $out = New-MixedTopology -IpsecPolicy $policy | ConvertTo-HaAzConnection -VirtualNetworkGateway $gw -LocalNetworkGateway $lngs -SharedKey $Key
        @($out).Count | Should -Be 4
        $out[0].PSObject.Properties.Name | Should -Contain 'IpsecPolicies'
        @($out[0].IpsecPolicies).Count | Should -Be 1
        foreach ($o in $out[1..3]) { $o.PSObject.Properties.Name | Should -Not -Contain 'IpsecPolicies' -Because 'no policy: no key, not an empty array' }
        $parameters = (Get-Command New-AzVirtualNetworkGatewayConnection).Parameters
        foreach ($name in $out[0].PSObject.Properties.Name) { $parameters.ContainsKey($name) | Should -BeTrue -Because "$name must be a parameter" }

        $null = $out | New-AzVirtualNetworkGatewayConnection
        $calls = Get-StandInCall New-AzVirtualNetworkGatewayConnection
        $calls[0].Bound.ContainsKey('IpsecPolicies') | Should -BeTrue
        $piped = @($calls[0].Bound.IpsecPolicies)
        $piped.Count | Should -Be 1
        $piped[0].GetType().Name | Should -Be 'PSIpsecPolicy'
        foreach ($k in $expected.Keys) { $piped[0].$k | Should -Be $expected[$k] -Because $k }
        foreach ($c in $calls[1..3]) { $c.Bound.ContainsKey('IpsecPolicies') | Should -BeFalse }

        $global:AzStandInCalls.Clear()
        $splat = @{ SharedKey = $out[0].SharedKey }
        foreach ($p in $out[0].PSObject.Properties) { $splat[$p.Name] = $p.Value }
        $created = New-AzVirtualNetworkGatewayConnection @splat
        $created.Name | Should -Be 'cn-hq-bgp'
        $splatted = @((Get-StandInCall New-AzVirtualNetworkGatewayConnection)[0].Bound.IpsecPolicies)
        $splatted[0].GetType().Name | Should -Be 'PSIpsecPolicy'
        foreach ($k in $expected.Keys) { $splatted[0].$k | Should -Be $expected[$k] -Because $k }
        $created.IpsecPolicies[0].SADataSizeKilobytes | Should -Be 102400

        # The proof can fail: a key PSIpsecPolicy does not have does not bind.
        $splat.IpsecPolicies = @(@{ SaLifetime = 3600 })
        { New-AzVirtualNetworkGatewayConnection @splat -ErrorAction Stop } | Should -Throw
    }

    It 'warns that a policy set at deploy time is left out, rather than treat it as no policy' {
        $policy = @{ ikeEncryption = 'AES256'; ikeIntegrity = 'SHA384'; dhGroup = 'ECP384'; ipsecEncryption = 'GCMAES256'
                     ipsecIntegrity = 'GCMAES256'; pfsGroup = 'ECP384'; saLifeTimeSeconds = 3600; saDataSizeKilobytes = 102400 }
        $arm = New-MixedTopology -IpsecPolicy $policy | Export-HaVpnTemplate -Format Arm | ConvertFrom-Json -AsHashtable
        $arm.parameters.dhGroup = @{ type = 'string' }
        ($arm.resources | Where-Object { $_.name -eq 'cn-hq-bgp' }).properties.ipsecPolicies[0].dhGroup = "[parameters('dhGroup')]"
        $file = Join-Path $TestDrive 'policy-parameter.json'
        $arm | ConvertTo-Json -Depth 30 | Set-Content $file
        $warnings = $null
        $out = Get-HaVpnTopology -Path $file | ConvertTo-HaAzConnection -VirtualNetworkGateway $gw -LocalNetworkGateway $lngs -SharedKey $Key -WarningVariable warnings -WarningAction SilentlyContinue
        @($out).Count | Should -Be 4
        $out[0].PSObject.Properties.Name | Should -Not -Contain 'IpsecPolicies'
        @($warnings).Count | Should -Be 1
        "$warnings" | Should -BeLike "Connection 'cn-hq-bgp': its IPsec/IKE policy is set at deploy time by parameter 'dhGroup'*"
    }

    It 'avoids the trap: a gateway piped straight in binds its own name as the connection name' {
        $null = $gw | New-AzVirtualNetworkGatewayConnection -VirtualNetworkGateway1 $gw -LocalNetworkGateway2 $lngs[0] -ConnectionType IPsec
        (Get-StandInCall New-AzVirtualNetworkGatewayConnection)[0].Bound.Name | Should -Be 'vgw'
    }

    It 'reports connections whose local network gateway was not given' {
        $err = $null
        $out = $topology | ConvertTo-HaAzConnection -VirtualNetworkGateway $gw -LocalNetworkGateway $lngs[0] -SharedKey $Key -ErrorVariable err -ErrorAction SilentlyContinue
        @($out).Count | Should -Be 1
        $err.Count | Should -Be 3
        $err[0].FullyQualifiedErrorId | Should -BeLike 'ConnectionEndMissing,*'
    }
}

Describe 'Export-HaVpnScript' {
    BeforeDiscovery {
        $script:ExampleFiles = Get-ChildItem (Join-Path $PSScriptRoot '../examples') -Filter *.json | ForEach-Object { @{ Name = $_.BaseName; File = $_.FullName } }
    }
    BeforeEach { Reset-AzStandIn }

    It 'writes a script for <Name> that parses, runs end to end against the stand-ins, and is idempotent' -ForEach $script:ExampleFiles {
        $topology = New-HaVpnTopology -Path $File
        $path = Join-Path $TestDrive "$Name.ps1"
        $file = $topology | Export-HaVpnScript -OutFile $path
        $file.FullName | Should -Be $path
        $errors = $null
        $null = [System.Management.Automation.Language.Parser]::ParseFile($path, [ref] $null, [ref] $errors)
        $errors | Should -BeNullOrEmpty
        (Get-Content $path -Raw) | Should -Not -Match 'Not-A-Real-Key-42'
        (Get-Command $path).Parameters['SharedKey'].ParameterType | Should -Be ([securestring])

        $subnets = @{}; foreach ($g in $topology.Gateways) { $subnets[$g.Name] = $SubnetId -replace '/vnet/', "/vnet-$($g.Name)/" }
        $subnetArg = if ($topology.Gateways.Count -eq 1) { $SubnetId } else { $subnets }
        & $path -GatewaySubnetId $subnetArg -SharedKey $Key -InformationAction SilentlyContinue 6> $null

        (Get-StandInCall New-AzPublicIpAddress).Count | Should -Be $topology.PublicIpAddresses.Count
        (Get-StandInCall New-AzVirtualNetworkGateway).Count | Should -Be $topology.Gateways.Count
        (Get-StandInCall New-AzLocalNetworkGateway).Count | Should -Be $topology.LocalNetworkGateways.Count
        $connections = Get-StandInCall New-AzVirtualNetworkGatewayConnection
        $connections.Count | Should -Be $topology.Connections.Count
        foreach ($c in $connections) { $c.Bound.SharedKey | Should -Be 'Not-A-Real-Key-42' }
        foreach ($g in Get-StandInCall New-AzVirtualNetworkGateway) {
            $planned = $topology.Gateways | Where-Object Name -eq $g.Bound.Name
            $g.Bound.VpnType | Should -Be 'RouteBased'
            $g.Bound.ContainsKey('EnableActiveActiveFeature') | Should -Be $planned.ActiveActive
            $g.Bound.IpConfigurations.Count | Should -Be $planned.Instances.Count
            if ($planned.EnableBgp) { $g.Bound.EnableBgp | Should -BeTrue; $g.Bound.Asn | Should -Be $planned.Asn }
        }

        # Second run: everything exists, nothing is created again.
        $global:AzStandInCalls.Clear()
        & $path -GatewaySubnetId $subnetArg -SharedKey $Key 6> $null
        @($global:AzStandInCalls | Where-Object Command -like 'New-Az*').Count | Should -Be 0
    }

    It 'creates nothing under -WhatIf' {
        $path = Join-Path $TestDrive 'whatif.ps1'
        $null = New-MixedTopology | Export-HaVpnScript -OutFile $path
        & $path -GatewaySubnetId $SubnetId -SharedKey $Key -WhatIf 6> $null
        @($global:AzStandInCalls | Where-Object Command -like 'New-Az*').Count | Should -Be 0
        (Get-StandInCall Get-AzVirtualNetworkGateway).Count | Should -Be 1
    }

    It 'passes custom APIPA per instance to the gateway and to the APIPA connection' {
        $path = Join-Path $TestDrive 'apipa.ps1'
        $null = New-MixedTopology | Export-HaVpnScript -OutFile $path
        & $path -GatewaySubnetId $SubnetId -SharedKey $Key 6> $null
        $gw = (Get-StandInCall New-AzVirtualNetworkGateway)[0].Bound
        $gw.IpConfigurationBgpPeeringAddresses.CustomBgpIpAddresses | Should -Be @('169.254.21.1', '169.254.22.1')
        $gw.IpConfigurationBgpPeeringAddresses[1].IpconfigurationId | Should -Match '/subscriptions/11111111-2222-3333-4444-555555555555/resourceGroups/rg-vpn/providers/Microsoft.Network/virtualNetworkGateways/vgw/ipConfigurations/activeActive$'
        $apipa = (Get-StandInCall New-AzVirtualNetworkGatewayConnection | Where-Object { $_.Bound.Name -eq 'cn-aws-apipa' }).Bound
        $apipa.GatewayCustomBgpIpAddress.CustomBgpIpAddress | Should -Be @('169.254.21.1', '169.254.22.1')
        (Get-StandInCall New-AzGatewayCustomBgpIpConfigurationObject).Count | Should -Be 2
    }

    It 'converts an existing active-standby gateway instead of creating it, with the 45-minute warning' {
        $path = Join-Path $TestDrive 'convert.ps1'
        $null = New-TestTopology | Export-HaVpnScript -OutFile $path
        $config = New-AzVirtualNetworkGatewayIpConfig -Name default -SubnetId $SubnetId -PublicIpAddressId 'pip1'
        $null = New-AzVirtualNetworkGateway -Name vgw -ResourceGroupName rg-vpn -Location westeurope -IpConfigurations $config -GatewayType Vpn -VpnType RouteBased -GatewaySku VpnGw2AZ -EnableBgp $true -Asn 65515
        $global:AzStandInCalls.Clear()
        $warnings = $null
        & $path -GatewaySubnetId $SubnetId -SharedKey $Key -WarningVariable warnings -WarningAction SilentlyContinue 6> $null
        (Get-StandInCall New-AzVirtualNetworkGateway).Count | Should -Be 0
        (Get-StandInCall Add-AzVirtualNetworkGatewayIpConfig)[0].Bound.Name | Should -Be 'activeActive'
        (Get-StandInCall Set-AzVirtualNetworkGateway)[0].Bound.EnableActiveActiveFeature | Should -BeTrue
        ($warnings -join ' ') | Should -Match '45 minutes'
        ($warnings -join ' ') | Should -Match 'incurs downtime'
        ($warnings -join ' ') | Should -Match 'BGP'
        $global:AzStandInStore['virtualnetworkgateways/rg-vpn/vgw'].ActiveActive | Should -BeTrue
    }
}

Describe 'Export-HaVpnTemplate' {
    It 'writes Bicep by default and ARM JSON with -Format Arm, never a key' {
        $topology = New-TestTopology
        $bicep = $topology | Export-HaVpnTemplate
        $bicep | Should -Match "@secure\(\)\s+param sharedKey string"
        $arm = $topology | Export-HaVpnTemplate -Format Arm | ConvertFrom-Json
        $arm.parameters.sharedKey.type | Should -Be 'securestring'
        ($arm.resources | Where-Object type -eq 'Microsoft.Network/virtualNetworkGateways').properties.activeActive | Should -BeTrue
        @($arm.resources | Where-Object type -eq 'Microsoft.Network/connections').Count | Should -Be 2
    }

    It 'writes to -OutFile and returns the file' {
        $file = New-TestTopology | Export-HaVpnTemplate -Format Arm -OutFile (Join-Path $TestDrive 'vpn.json')
        $file | Should -BeOfType [System.IO.FileInfo]
        (Get-Content $file.FullName -Raw | ConvertFrom-Json).contentVersion | Should -Be '1.0.0.0'
    }

    It 'writes no file under -WhatIf (like Out-File)' {
        $path = Join-Path $TestDrive 'whatif.bicep'
        New-TestTopology | Export-HaVpnTemplate -OutFile $path -WhatIf | Should -BeNullOrEmpty
        Test-Path $path | Should -BeFalse
        New-TestTopology | Export-HaVpnScript -OutFile (Join-Path $TestDrive 'whatif.ps1') -WhatIf
        Test-Path (Join-Path $TestDrive 'whatif.ps1') | Should -BeFalse
    }

    It 'refuses a topology with Error findings unless -Force' {
        $bad = New-HaVpnTopology -Name bad -ResourceGroupName rg -Location westeurope -GatewayName vgw -GatewaySku VpnGw2AZ -ActiveActive `
            -SiteName hq -SiteAddressPrefix 10.10.0.0/16 -Device (New-HaVpnDevice -Name a -PublicIp 203.0.113.1), (New-HaVpnDevice -Name b -PublicIp 203.0.113.2)
        { $bad | Export-HaVpnTemplate -ErrorAction Stop } | Should -Throw '*HA002*'
        $bad | Export-HaVpnTemplate -Force -WarningAction SilentlyContinue | Should -Match 'Microsoft.Network/virtualNetworkGateways'
    }
}

Describe 'New-HaVpnTopology -AssignApipa' {
    It 'fills blank ASNs and APIPA pairs so that Test-HaVpnTopology finds no error' {
        $devices = (New-HaVpnDevice -Name a -PublicIp 203.0.113.1), (New-HaVpnDevice -Name b -PublicIp 203.0.113.2)
        $params = @{ Name = 't'; ResourceGroupName = 'rg'; Location = 'westeurope'; GatewayName = 'vgw'; GatewaySku = 'VpnGw2AZ'; ActiveActive = $true
                     Asn = 65515; VNetAddressPrefix = '10.1.0.0/16'; SiteName = 'hq'; SiteAddressPrefix = '10.10.0.0/16'; Device = $devices }
        New-HaVpnTopology @params | Test-HaVpnTopology -Quiet | Should -BeFalse
        $topology = New-HaVpnTopology @params -AssignApipa
        $topology | Test-HaVpnTopology -Quiet | Should -BeTrue
        $topology.LocalNetworkGateways.Asn | Should -Be @(65001, 65001)
        $topology.LocalNetworkGateways.BgpPeeringAddress | Should -Be @('169.254.21.2', '169.254.21.6')
        $topology.Gateways[0].Instances[1].CustomBgpIpAddresses | Should -Be @('169.254.22.1', '169.254.22.5')
    }
}
