# Pester 5: the BUILT module, used the way a user does (build.ps1 test sets AZVPNHA_MODULE to out/AzVpnHa/AzVpnHa.psd1).
BeforeAll {
    $ErrorActionPreference = 'Stop'
    $script:ModulePath = if ($env:AZVPNHA_MODULE) { $env:AZVPNHA_MODULE } else { Join-Path $PSScriptRoot '../out/AzVpnHa/AzVpnHa.psd1' }
    Import-Module $script:ModulePath -Force
    . (Join-Path $PSScriptRoot 'TestHelpers.ps1')
}

Describe 'Module' {
    It 'exports exactly the documented cmdlets' {
        (Get-Command -Module AzVpnHa).Name | Sort-Object | Should -Be @('Compare-HaVpnTopology', 'ConvertTo-HaAzConnection', 'ConvertTo-HaAzParameter', 'ConvertTo-HaVpnSpec', 'Export-HaVpnFinding', 'Export-HaVpnReport', 'Export-HaVpnScript', 'Export-HaVpnTemplate', 'Get-HaTunnelMesh', 'Get-HaVpnRule', 'Get-HaVpnTopology', 'New-HaVpnDevice', 'New-HaVpnTopology', 'Test-HaVpnFailover', 'Test-HaVpnTopology')
    }

    It 'uses approved verbs only' {
        $approved = (Get-Verb).Verb
        foreach ($c in Get-Command -Module AzVpnHa) { $c.Verb | Should -BeIn $approved }
    }

    It 'declares an output type on every cmdlet' {
        foreach ($c in Get-Command -Module AzVpnHa) { $c.OutputType.Count | Should -BeGreaterThan 0 -Because $c.Name }
    }

    It 'has a default table view for every output type' {
        foreach ($type in 'AzVpnHa.Topology', 'AzVpnHa.Tunnel', 'AzVpnHa.Finding', 'AzVpnHa.Rules.Rule', 'AzVpnHa.DeviceSpec', 'AzVpnHa.Site', 'AzVpnHa.Gateway', 'AzVpnHa.LocalNetworkGateway', 'AzVpnHa.Connection') {
            (Get-FormatData -TypeName $type).FormatViewDefinition.Control | Should -BeOfType [System.Management.Automation.TableControl] -Because $type
        }
    }

    It 'loads only its own assembly on import, and no Azure SDK' {
        $new = pwshChild "`$before = [AppDomain]::CurrentDomain.GetAssemblies().GetName().Name; Import-Module '$script:ModulePath'; [AppDomain]::CurrentDomain.GetAssemblies().GetName().Name | Where-Object { `$_ -notin `$before }"
        $new | Should -Contain 'AzVpnHa'
        $new | Where-Object { $_ -match '^(Azure\.|Microsoft\.Identity)' } | Should -BeNullOrEmpty
        # PowerShell itself may load System.Text.Json; the module's own assemblies must not need it.
        $dir = Split-Path $script:ModulePath
        foreach ($dll in 'AzVpnHa.dll', 'AzVpnHa.Core.dll') {
            $bytes = [System.IO.File]::ReadAllBytes((Join-Path $dir $dll))
            $text = [System.Text.Encoding]::ASCII.GetString($bytes)
            $text | Should -Not -Match 'System\.Text\.Json|Azure\.Core' -Because "$dll must not reference the JSON or Azure SDK assemblies"
        }
    }
}

BeforeDiscovery {
    $modulePath = if ($env:AZVPNHA_MODULE) { $env:AZVPNHA_MODULE } else { Join-Path $PSScriptRoot '../out/AzVpnHa/AzVpnHa.psd1' }
    $script:CmdletNames = (Get-Module $modulePath -ListAvailable).ExportedCmdlets.Keys
}

Describe 'Help' {
    It 'documents <_> with synopsis, description, examples and every parameter' -ForEach $script:CmdletNames {
        $help = Get-Help $_ -Full
        $help.Synopsis | Should -Not -BeNullOrEmpty
        $help.Synopsis | Should -Not -Match "^\s*$_\s*$" -Because 'a synopsis that repeats the name means MAML was not found'
        ($help.Description | Out-String).Trim() | Should -Not -BeNullOrEmpty
        @($help.Examples.Example).Count | Should -BeGreaterOrEqual 2
        $common = [System.Management.Automation.Cmdlet]::CommonParameters + [System.Management.Automation.Cmdlet]::OptionalCommonParameters
        foreach ($p in (Get-Command $_).Parameters.Keys | Where-Object { $_ -notin $common }) {
            ((Get-Help $_ -Parameter $p).Description | Out-String).Trim() | Should -Not -BeNullOrEmpty -Because "-$p needs a description"
        }
    }

    It 'has the about_AzVpnHa topic' {
        (Get-Help about_AzVpnHa | Out-String) | Should -Match 'dual redundancy'
    }
}

Describe 'New-HaVpnTopology' {
    BeforeAll {
        $script:Spec = @{
            name = 'contoso'; resourceGroup = 'rg-net'; location = 'westeurope'
            gateways = @(@{ name = 'vgw-hub'; sku = 'VpnGw2AZ'; generation = 'Generation2'; activeActive = $true; asn = 65515; vnetAddressPrefixes = @('10.1.0.0/16') })
            sites = @(@{ name = 'hq'; addressPrefixes = @('10.10.0.0/16'); devices = @(
                @{ name = 'fw1'; publicIp = '203.0.113.10'; asn = 65010; bgpPeeringAddress = '10.10.255.1' }
                @{ name = 'fw2'; publicIp = '203.0.113.20'; asn = 65010; bgpPeeringAddress = '10.10.255.2' }) })
        }
    }

    It 'plans dual redundancy from parameters and New-HaVpnDevice' {
        $devices = @(
            New-HaVpnDevice -Name fw1 -PublicIp 203.0.113.10 -Asn 65010 -BgpPeeringAddress 10.10.255.1
            New-HaVpnDevice -Name fw2 -PublicIp 203.0.113.20 -Asn 65010 -BgpPeeringAddress 10.10.255.2)
        $t = New-HaVpnTopology -Name contoso -ResourceGroupName rg-net -Location 'West Europe' -GatewayName vgw-hub -GatewaySku VpnGw2AZ `
            -Generation Generation2 -ActiveActive -Asn 65515 -VNetAddressPrefix 10.1.0.0/16 -SiteName hq -SiteAddressPrefix 10.10.0.0/16 -Device $devices
        $t | Should -BeOfType ([AzVpnHa.Topology])
        $t.Kind | Should -Be 'DualRedundancy'
        $t.TunnelCount | Should -Be 4
        $t.Location | Should -Be 'westeurope'
        $t.LocalNetworkGateways.Name | Should -Be @('lgw-hq-fw1', 'lgw-hq-fw2')
        $t.Connections.Name | Should -Be @('cn-hq-fw1', 'cn-hq-fw2')
        $t.Sites[0].Redundancy | Should -Be 'Full'
    }

    It 'plans from a hashtable on the pipeline' {
        $t = $script:Spec | New-HaVpnTopology
        $t.Kind | Should -Be 'DualRedundancy'
    }

    It 'plans the same topology from JSON and .psd1 files, bound from Get-ChildItem' {
        $script:Spec | ConvertTo-Json -Depth 10 | Set-Content TestDrive:/spec.json
        "@{ name = 'contoso'; resourceGroup = 'rg-net'; location = 'westeurope'
            gateways = @(@{ name = 'vgw-hub'; sku = 'VpnGw2AZ'; activeActive = `$true; asn = 65515 })
            sites = @(@{ name = 'hq'; addressPrefixes = @('10.10.0.0/16'); devices = @(@{ name = 'fw1'; publicIp = '203.0.113.10' }) }) }" | Set-Content TestDrive:/spec.psd1
        $topologies = Get-ChildItem TestDrive:/ -Include *.json, *.psd1 -Recurse | Sort-Object Extension | New-HaVpnTopology
        $topologies.Count | Should -Be 2
        $topologies[0].Kind | Should -Be 'DualRedundancy'   # .json
        $topologies[1].Kind | Should -Be 'ActiveActive'     # .psd1
        $topologies[1].TunnelCount | Should -Be 2
    }

    It 'accepts ConvertFrom-Json objects' {
        $t = $script:Spec | ConvertTo-Json -Depth 10 | ConvertFrom-Json | New-HaVpnTopology
        $t.TunnelCount | Should -Be 4
    }

    It 'narrates with -Verbose' {
        $verbose = $script:Spec | New-HaVpnTopology -Verbose 4>&1 | Where-Object { $_ -is [System.Management.Automation.VerboseRecord] }
        "$verbose" | Should -Match "Planned 'contoso' \(DualRedundancy\).*4 tunnel"
    }

    Context 'malformed input' {
        It 'names <Id> and the field path <Field>' -ForEach @(
            @{ Id = 'SpecInvalidIpAddress'; Field = 'sites\[0\]\.devices\[1\]\.publicIp'; Change = { param($s) $s.sites[0].devices[1].publicIp = '203.0.113' } }
            @{ Id = 'SpecInvalidPrefix'; Field = 'sites\[0\]\.addressPrefixes\[0\]'; Change = { param($s) $s.sites[0].addressPrefixes = @('10.10.0.1/16') } }
            @{ Id = 'SpecUnknownSku'; Field = 'gateways\[0\]\.sku'; Change = { param($s) $s.gateways[0].sku = 'VpnGw9AZ' } }
            @{ Id = 'SpecMissingField'; Field = 'sites\[0\]\.devices\[0\]\.name'; Change = { param($s) $s.sites[0].devices[0].Remove('name') } }
            @{ Id = 'SpecDuplicateName'; Field = 'sites\[0\]\.devices\[1\]\.name'; Change = { param($s) $s.sites[0].devices[1].name = 'FW1' } }
            @{ Id = 'SpecSiteWithoutDevices'; Field = 'sites\[0\]\.devices'; Change = { param($s) $s.sites[0].devices = @() } }
            @{ Id = 'SpecUnknownField'; Field = 'gateways\[0\]\.activActive'; Change = { param($s) $s.gateways[0].activActive = $true } }
        ) {
            $spec = [System.Management.Automation.PSSerializer]::Deserialize([System.Management.Automation.PSSerializer]::Serialize($script:Spec, 10))
            $spec = $spec | ConvertTo-Json -Depth 10 | ConvertFrom-Json -AsHashtable
            & $Change $spec
            $err = $null
            try { $spec | New-HaVpnTopology } catch { $err = $_ }
            $err | Should -Not -BeNullOrEmpty
            $err.FullyQualifiedErrorId | Should -Be "$Id,AzVpnHa.Commands.NewHaVpnTopologyCommand"
            $err.Exception.Message | Should -Match $Field
            $err.ErrorDetails.RecommendedAction | Should -Not -BeNullOrEmpty
        }

        It 'reports a missing file as FileNotFound' {
            { New-HaVpnTopology -Path TestDrive:/nope.json -ErrorAction Stop } | Should -Throw -ErrorId 'FileNotFound,AzVpnHa.Commands.NewHaVpnTopologyCommand'
        }

        It 'reports broken JSON with its line' {
            '{ "name": "x", }' | Set-Content TestDrive:/broken.json
            { New-HaVpnTopology -Path TestDrive:/broken.json -ErrorAction Stop } | Should -Throw -ErrorId 'SpecInvalidJson,AzVpnHa.Commands.NewHaVpnTopologyCommand' -ExpectedMessage '*line 1*'
        }

        It 'runs no code from a .psd1 spec' {
            "@{ name = (Get-Date) }" | Set-Content TestDrive:/code.psd1
            { New-HaVpnTopology -Path TestDrive:/code.psd1 -ErrorAction Stop } | Should -Throw -ErrorId 'SpecInvalidPsd1,AzVpnHa.Commands.NewHaVpnTopologyCommand'
        }
    }

    It 'completes SKU names, AZ SKUs first' {
        $line = 'New-HaVpnTopology -GatewaySku VpnGw'
        $completions = (TabExpansion2 -inputScript $line -cursorColumn $line.Length).CompletionMatches.CompletionText
        $completions[0] | Should -Be 'VpnGw1AZ'
        $completions | Should -Contain 'VpnGw5'
        $completions | Should -Not -Contain 'Basic'
    }
}

Describe 'Get-HaTunnelMesh' {
    It 'draws <Tunnels> tunnels for <Name>' -ForEach @(
        @{ Name = 'A/S + 1 device'; ActiveActive = $false; Devices = 1; Tunnels = 1 }
        @{ Name = 'A/S + 3 devices'; ActiveActive = $false; Devices = 3; Tunnels = 3 }
        @{ Name = 'A/A + 1 device'; ActiveActive = $true; Devices = 1; Tunnels = 2 }
        @{ Name = 'A/A + 3 devices'; ActiveActive = $true; Devices = 3; Tunnels = 6 }
    ) {
        $specs = 1..$Devices | ForEach-Object { New-HaVpnDevice -Name "fw$_" -PublicIp "203.0.113.$_" -Asn 65010 -BgpPeeringAddress "10.10.255.$_" }
        $t = New-HaVpnTopology -Name t -ResourceGroupName rg -Location westeurope -GatewayName vgw -GatewaySku VpnGw2AZ -ActiveActive:$ActiveActive -Asn 65515 -SiteName hq -SiteAddressPrefix 10.10.0.0/16 -Device $specs
        $mesh = @($t | Get-HaTunnelMesh)
        $mesh.Count | Should -Be $Tunnels
        $mesh | ForEach-Object { $_ | Should -BeOfType ([AzVpnHa.Tunnel]) }
        @($mesh.Connection | Sort-Object -Unique).Count | Should -Be $Devices -Because 'one connection per device, active-active tunnels share it'
    }

    It 'draws 4 tunnels between two active-active VNets, one connection per gateway' {
        $t = @{ name = 'v2v'; resourceGroup = 'rg'; location = 'westeurope'
                gateways = @(@{ name = 'vgw-a'; sku = 'VpnGw2AZ'; activeActive = $true; asn = 65010 }, @{ name = 'vgw-b'; sku = 'VpnGw2AZ'; activeActive = $true; asn = 65020 })
                vnetConnections = @(@{ gateways = @('vgw-a', 'vgw-b') }) } | New-HaVpnTopology
        ($t | Get-HaTunnelMesh).Count | Should -Be 4
        $t.Connections.Name | Should -Be @('cn-vgw-a-to-vgw-b', 'cn-vgw-b-to-vgw-a')
        $t.Kind | Should -Be 'VNetToVNet'
    }

    It 'reports a bad file without stopping the others' {
        '{}' | Set-Content TestDrive:/empty.json
        @{ name = 'ok'; resourceGroup = 'rg'; location = 'westeurope'; gateways = @(@{ name = 'g'; sku = 'VpnGw1AZ' })
           sites = @(@{ name = 's'; addressPrefixes = @('10.0.0.0/24'); devices = @(@{ name = 'd'; publicIp = '198.51.100.1' }) }) } |
            ConvertTo-Json -Depth 5 | Set-Content TestDrive:/ok.json
        $tunnels = Get-HaTunnelMesh -Path TestDrive:/empty.json, TestDrive:/ok.json -ErrorVariable errs -ErrorAction SilentlyContinue
        @($tunnels).Count | Should -Be 1
        $errs[0].FullyQualifiedErrorId | Should -Be 'SpecMissingField,AzVpnHa.Commands.GetHaTunnelMeshCommand'
    }
}

Describe 'Test-HaVpnTopology' {
    BeforeAll {
        function script:Plan([bool] $ActiveActive, [int] $DeviceCount, [switch] $NoBgp) {
            $specs = 1..$DeviceCount | ForEach-Object {
                if ($NoBgp) { New-HaVpnDevice -Name "fw$_" -PublicIp "203.0.113.$_" }
                else { New-HaVpnDevice -Name "fw$_" -PublicIp "203.0.113.$_" -Asn 65010 -BgpPeeringAddress "10.10.255.$_" }
            }
            $asn = if ($NoBgp) { @{} } else { @{ Asn = 65515 } }
            New-HaVpnTopology -Name t -ResourceGroupName rg -Location westeurope -GatewayName vgw -GatewaySku VpnGw2AZ -ActiveActive:$ActiveActive @asn -SiteName hq -SiteAddressPrefix 10.10.0.0/16 -Device $specs
        }
    }

    It 'finds no error in dual redundancy' {
        $findings = Plan $true 2 | Test-HaVpnTopology
        $findings | ForEach-Object { $_ | Should -BeOfType ([AzVpnHa.Finding]) }
        $findings | Where-Object Severity -eq 'Error' | Should -BeNullOrEmpty
        $findings.RuleId | Should -Contain 'HA020'
    }

    It 'requires BGP for several devices (HA002); devices of one site may share prefixes (no HA004)' {
        $findings = Plan $false 2 -NoBgp | Test-HaVpnTopology
        ($findings | Where-Object RuleId -eq 'HA002').Target | Should -Contain 'vgw'
        $findings | Where-Object RuleId -eq 'HA004' | Should -BeNullOrEmpty
    }

    It 'finds a site that routes the VNet''s own range, even with BGP and empty LNG address spaces (HA004)' {
        $devices = 1..2 | ForEach-Object { New-HaVpnDevice -Name "fw$_" -PublicIp "203.0.113.$_" -Asn 65010 -BgpPeeringAddress "10.10.255.$_" }
        $t = New-HaVpnTopology -Name t -ResourceGroupName rg -Location westeurope -GatewayName vgw -GatewaySku VpnGw2AZ -ActiveActive -Asn 65515 `
            -VNetAddressPrefix 10.50.0.0/16 -SiteName hq -SiteAddressPrefix 10.50.0.0/16 -Device $devices
        $f = $t | Test-HaVpnTopology | Where-Object RuleId -eq 'HA004'
        $f.Severity | Should -Be 'Error'
        $f.Target | Should -Be 'hq'
        $f.Source | Should -Match 'overlapping-address-spaces'
    }

    It 'warns about asymmetric routing when a device is a stateful firewall (HA023)' {
        $devices = @(New-HaVpnDevice -Name fw1 -PublicIp 203.0.113.1 -Asn 65010 -BgpPeeringAddress 10.10.255.1 -StatefulFirewall
                     New-HaVpnDevice -Name fw2 -PublicIp 203.0.113.2 -Asn 65010 -BgpPeeringAddress 10.10.255.2)
        $t = New-HaVpnTopology -Name t -ResourceGroupName rg -Location westeurope -GatewayName vgw -GatewaySku VpnGw2AZ -ActiveActive -Asn 65515 `
            -SiteName hq -SiteAddressPrefix 10.10.0.0/16 -Device $devices
        $f = $t | Test-HaVpnTopology | Where-Object RuleId -eq 'HA023'
        $f.Severity | Should -Be 'Warning'
        $f.Message | Should -Match "'fw1' is a stateful firewall"
    }

    It 'warns about a single tunnel (HA015) with the current failover times' {
        $f = Plan $false 1 | Test-HaVpnTopology | Where-Object RuleId -eq 'HA015'
        $f.Severity | Should -Be 'Warning'
        $f.Message | Should -Match '1-3 minutes'
        $f.Source | Should -Match '^https://learn.microsoft.com/'
    }

    It '-Quiet returns <Expected> for <Case>' -ForEach @(
        @{ Case = 'dual redundancy'; ActiveActive = $true; Devices = 2; NoBgp = $false; Expected = $true }
        @{ Case = 'two static devices'; ActiveActive = $false; Devices = 2; NoBgp = $true; Expected = $false }
    ) {
        Plan $ActiveActive $Devices -NoBgp:$NoBgp | Test-HaVpnTopology -Quiet | Should -Be $Expected
    }

    It '-ExcludeRule leaves rules out' {
        Plan $true 2 | Test-HaVpnTopology -ExcludeRule HA020 | Where-Object RuleId -eq 'HA020' | Should -BeNullOrEmpty
    }

    It 'writes retirement against -AsOf' {
        $t = @{ name = 't'; resourceGroup = 'rg'; location = 'westeurope'; gateways = @(@{ name = 'g'; sku = 'VpnGw1' })
                sites = @(@{ name = 's'; addressPrefixes = @('10.0.0.0/24'); devices = @(@{ name = 'd'; publicIp = '198.51.100.1' }) }) } | New-HaVpnTopology
        ($t | Test-HaVpnTopology -AsOf 2026-01-01 | Where-Object RuleId -eq 'HA017').Message | Should -Match 'retires on 2026-09-30'
        ($t | Test-HaVpnTopology -AsOf 2026-11-25 | Where-Object RuleId -eq 'HA017').Message | Should -Match 'was retired on 2026-09-30'
    }
}

Describe 'Get-HaVpnRule' {
    It 'lists every rule with a source, and filters by wildcard' {
        $rules = Get-HaVpnRule
        $rules.Count | Should -BeGreaterOrEqual 21
        $rules | ForEach-Object { $_.Source | Should -Match '^https://' }
        (Get-HaVpnRule HA01*).Id | Should -Be @('HA010', 'HA011', 'HA012', 'HA013', 'HA014', 'HA015', 'HA016', 'HA017', 'HA018', 'HA019')
    }
}
