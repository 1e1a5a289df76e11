# Pester 5, against the BUILT module: error ids in one place, the same -Path behaviour everywhere, errors and findings
# that say where they are, parameter errors that name the parameter, and no shared key on screen (issue 10 items 6-7,
# issue 12 item 2).
BeforeAll {
    $ErrorActionPreference = 'Stop'
    $script:ModulePath = if ($env:AZVPNHA_MODULE) { $env:AZVPNHA_MODULE } else { Join-Path $PSScriptRoot '../out/AzVpnHa/AzVpnHa.psd1' }
    Import-Module $script:ModulePath -Force
    Import-Module (Join-Path $PSScriptRoot 'stand-ins/AzNetworkStandIns.psm1') -Force -Global
    . (Join-Path $PSScriptRoot 'TestHelpers.ps1')
    $script:Examples = Join-Path $PSScriptRoot '../examples'
    $script:Arm = Join-Path $PSScriptRoot 'AzVpnHa.Core.Tests/Fixtures/Arm/ResourceGroupExport-Template.json'
    function global:Get-StandInCall([string] $Command) { @($global:AzStandInCalls | Where-Object Command -eq $Command) }
    $script:Good = Join-Path $script:Examples 'dual-redundancy.json'
    Set-Content TestDrive:/broken.json '{ "name": "x", '
    $script:Broken = (Resolve-Path TestDrive:/broken.json).ProviderPath
    $script:Missing = Join-Path (Resolve-Path TestDrive:/).ProviderPath 'missing.json'

    function script:New-Pair {
        param([hashtable] $Extra = @{})
        $devices = @(
            New-HaVpnDevice -Name fw1 -PublicIp 203.0.113.10 -Asn 65010 -BgpPeeringAddress 10.10.255.1
            New-HaVpnDevice -Name fw2 -PublicIp 203.0.113.20 -Asn 65010 -BgpPeeringAddress 10.10.255.2
        )
        $p = @{ Name = 'contoso'; ResourceGroupName = 'rg-net'; Location = 'westeurope'; GatewayName = 'vgw-hub'; GatewaySku = 'VpnGw2AZ'
                Generation = 'Generation2'; ActiveActive = $true; Asn = 65515; VNetAddressPrefix = '10.1.0.0/16'; SiteName = 'hq'
                SiteAddressPrefix = '10.10.0.0/16'; Device = $devices }
        foreach ($k in $Extra.Keys) { $p[$k] = $Extra[$k] }
        New-HaVpnTopology @p
    }
}

Describe 'Error ids in one place' {
    It 'lists every id of [AzVpnHa.ErrorIds] in the README error table' {
        $null = Get-HaVpnRule   # loads the core, where the class is
        $readme = Get-Content (Join-Path $PSScriptRoot '../README.md') -Raw
        $ids = [AzVpnHa.ErrorIds].GetFields() | ForEach-Object { $_.GetValue($null) }
        $ids.Count | Should -BeGreaterThan 30
        foreach ($id in $ids) { $readme | Should -Match ([regex]::Escape("| ``$id`` |")) -Because "$id must be documented" }
    }

    It 'reports a .psd1 problem as SpecInvalidPsd1, naming the file' {
        Set-Content TestDrive:/code.psd1 '@{ name = (Get-Date) }'
        Set-Content TestDrive:/syntax.psd1 '@{ name = '
        foreach ($file in 'code.psd1', 'syntax.psd1') {
            $err = $null
            $null = New-HaVpnTopology -Path "TestDrive:/$file" -ErrorVariable err -ErrorAction SilentlyContinue
            $err[0].FullyQualifiedErrorId | Should -Be 'SpecInvalidPsd1,AzVpnHa.Commands.NewHaVpnTopologyCommand'
            $err[0].ToString() | Should -BeLike "*$file'*"
        }
    }

    It 'answers an input nested too deep with an error id, not a raw exception' {
        $deep = @{}; $at = $deep
        foreach ($i in 1..20) { $next = @{}; $at.x = $next; $at = $next }
        { New-HaVpnTopology -InputObject $deep } | Should -Throw -ErrorId 'SpecInvalidValue,AzVpnHa.Commands.NewHaVpnTopologyCommand' -ExpectedMessage '*deeper than 16 levels*'
        $err = $null
        $null = Get-HaVpnTopology -InputObject $deep -ErrorVariable err -ErrorAction SilentlyContinue -WarningAction SilentlyContinue
        $err[0].FullyQualifiedErrorId | Should -Be 'SpecInvalidValue,AzVpnHa.Commands.GetHaVpnTopologyCommand'
    }

    It 'words an ARM JSON problem as an ARM JSON problem, not a spec problem' {
        $err = $null
        $null = Get-HaVpnTopology -Path $Broken -ErrorVariable err -ErrorAction SilentlyContinue
        $err[0].FullyQualifiedErrorId | Should -Be 'EstateInvalidJson,AzVpnHa.Commands.GetHaVpnTopologyCommand'
        $err[0].ToString() | Should -BeLike "The ARM JSON file '$Broken' cannot be read. Invalid JSON at line *"
        $err[0].ToString() | Should -Not -Match 'spec'
    }

    It 'treats -Path the same in every cmdlet: a bad file is a non-terminating error naming it, the other files go on' {
        $gw = [pscustomobject]@{ Name = 'vgw-hub'; Id = '/subscriptions/s/resourceGroups/rg/providers/Microsoft.Network/virtualNetworkGateways/vgw-hub'; IpConfigurations = @() }
        $lngs = (New-HaVpnTopology -Path $Good).LocalNetworkGateways | ForEach-Object { [pscustomobject]@{ Name = $_.Name } }
        $key = ConvertTo-SecureString 'k' -AsPlainText -Force
        $cases = @(
            @{ Command = 'New-HaVpnTopology'; Extra = @{} }
            @{ Command = 'Test-HaVpnTopology'; Extra = @{} }
            @{ Command = 'Get-HaTunnelMesh'; Extra = @{} }
            @{ Command = 'Test-HaVpnFailover'; Extra = @{} }
            @{ Command = 'Export-HaVpnTemplate'; Extra = @{} }
            @{ Command = 'Export-HaVpnScript'; Extra = @{} }
            @{ Command = 'Export-HaVpnReport'; Extra = @{ Format = 'Markdown' } }
            @{ Command = 'ConvertTo-HaVpnSpec'; Extra = @{} }
            @{ Command = 'ConvertTo-HaAzParameter'; Extra = @{ ResourceType = 'LocalNetworkGateway' } }
            @{ Command = 'ConvertTo-HaAzConnection'; Extra = @{ VirtualNetworkGateway = $gw; LocalNetworkGateway = $lngs; SharedKey = $key } }
            @{ Command = 'Get-HaVpnTopology'; Extra = @{}; Good = $Arm; BrokenId = 'EstateInvalidJson' }
        )
        foreach ($case in $cases) {
            $good = if ($case.Good) { $case.Good } else { $Good }
            $brokenId = if ($case.BrokenId) { $case.BrokenId } else { 'SpecInvalidJson' }
            $err = $null
            $extra = $case.Extra
            $out = & $case.Command -Path $Missing, $Broken, $good @extra -ErrorVariable err -ErrorAction SilentlyContinue -WarningAction SilentlyContinue
            @($out).Count | Should -BeGreaterThan 0 -Because "$($case.Command) still reads the good file"
            $ids = @($err | ForEach-Object { $_.FullyQualifiedErrorId.Split(',')[0] })
            $ids | Should -Be @('FileNotFound', $brokenId) -Because $case.Command
            $err[0].TargetObject | Should -Be $Missing
            $err[0].ToString() | Should -BeLike "*$Missing*"
            $err[1].ToString() | Should -BeLike "*$Broken*"
        }
    }

    It 'answers a sign-in failure with LiveReadSignInFailed and the credential chain''s message' {
        # A service principal in the environment (EnvironmentCredential, first in the default chain) whose token request
        # cannot reach the authority: the chain fails with its own message, and no raw exception escapes.
        $out = pwshChild @"
`$env:AZURE_TENANT_ID = '00000000-0000-0000-0000-000000000001'; `$env:AZURE_CLIENT_ID = '00000000-0000-0000-0000-000000000002'; `$env:AZURE_CLIENT_SECRET = 'not-a-secret'
Import-Module '$ModulePath'
[AzVpnHa.Host.InternalHooks]::SetTestHook('SyntheticGateways', 1)
[AzVpnHa.Host.InternalHooks]::SetTestHook('FakeToken', `$null)
`$err = `$null
`$t = Get-HaVpnTopology -ResourceId ([AzVpnHa.Host.InternalHooks]::SyntheticGatewayId(0)) -ErrorVariable err -ErrorAction SilentlyContinue
"count=`$(@(`$err).Count)"
"id=`$(`$err[0].FullyQualifiedErrorId)"
"category=`$(`$err[0].CategoryInfo.Category)"
"message=`$(`$err[0].ToString())"
"topology=`$(`$null -ne `$t)"
"@
        $out | Should -Contain 'count=1'
        $out | Should -Contain 'id=LiveReadSignInFailed,AzVpnHa.Commands.GetHaVpnTopologyCommand'
        $out | Should -Contain 'category=AuthenticationError'
        ($out | Where-Object { $_ -like 'message=*' }) | Should -BeLike 'message=Sign-in to Azure failed: *ClientSecretCredential authentication failed*'
        $out | Should -Contain 'topology=False'
    }

    It 'reports a module without its dependencies folder as LiveReaderNotInstalled' {
        $copy = Join-Path (Resolve-Path TestDrive:/).ProviderPath 'nodeps/AzVpnHa'
        Copy-Item (Split-Path $ModulePath) $copy -Recurse
        Remove-Item (Join-Path $copy 'dependencies') -Recurse -Force
        $out = pwshChild "Import-Module '$(Join-Path $copy 'AzVpnHa.psd1')'; try { Get-HaVpnTopology -ResourceId /subscriptions/s/resourceGroups/g/providers/Microsoft.Network/virtualNetworkGateways/v } catch { `$_.FullyQualifiedErrorId; `$_.CategoryInfo.Category }"
        $out | Should -Be @('LiveReaderNotInstalled,AzVpnHa.Commands.GetHaVpnTopologyCommand', 'NotInstalled')
    }
}

Describe 'Findings and errors that say where they are' {
    It 'gives every finding its topology name and file, for grouping' {
        $findings = Get-ChildItem (Join-Path $Examples '*.json') | Test-HaVpnTopology
        $findings.Count | Should -BeGreaterThan 5
        foreach ($f in $findings) {
            $f.FilePath | Should -BeLike '*.json'
            $f.TopologyName | Should -Be (New-HaVpnTopology -Path $f.FilePath).Name
        }
        ($findings | Group-Object FilePath).Count | Should -BeGreaterThan 1
        $deployed = Get-HaVpnTopology -Path $Arm -WarningAction SilentlyContinue
        $deployed.FilePath | Should -Be $Arm
        ($deployed | Test-HaVpnTopology).FilePath | Sort-Object -Unique | Should -Be $Arm
    }

    It 'gives findings of a topology planned from parameters its name and no file' {
        $findings = New-Pair | Test-HaVpnTopology
        $findings | Should -Not -BeNullOrEmpty
        $findings.TopologyName | Sort-Object -Unique | Should -Be 'contoso'
        $findings.FilePath | Where-Object { $_ } | Should -BeNullOrEmpty
    }

    It 'names the spec file in a spec error' {
        Set-Content TestDrive:/bad-sku.json ((Get-Content $Good -Raw) -replace 'VpnGw2AZ', 'VpnGw9AZ')
        $err = $null
        $null = Get-ChildItem TestDrive:/bad-sku.json | Test-HaVpnTopology -ErrorVariable err -ErrorAction SilentlyContinue
        $err[0].FullyQualifiedErrorId | Should -BeLike 'SpecUnknownSku,*'
        $err[0].ToString() | Should -BeLike "The topology spec '*bad-sku.json' is invalid. gateways``[0``].sku: 'VpnGw9AZ'*"
        $err[0].TargetObject | Should -BeLike '*bad-sku.json'
    }

    It 'names the parameter, not a spec path, in a parameter error: <Parameter> <Value>' -TestCases @(
        @{ Parameter = 'GatewaySku'; Value = 'VpnGw6'; Id = 'SpecUnknownSku' }
        @{ Parameter = 'SiteAddressPrefix'; Value = '10.50.0.0/33'; Id = 'SpecInvalidPrefix' }
        @{ Parameter = 'VNetAddressPrefix'; Value = '10.1.0.0/99'; Id = 'SpecInvalidPrefix' }
        @{ Parameter = 'Asn'; Value = 65515L * 100000; Id = 'SpecInvalidAsn' }
        @{ Parameter = 'GatewayName'; Value = 'bad name!'; Id = 'SpecInvalidName' }
    ) {
        $e = { New-Pair -Extra @{ $Parameter = $Value } } | Should -Throw -PassThru
        $e.FullyQualifiedErrorId | Should -Be "$Id,AzVpnHa.Commands.NewHaVpnTopologyCommand"
        $e.TargetObject | Should -Be "-$Parameter"
        $e.ToString() | Should -BeLike "The parameters are invalid. -$Parameter*"
        $e.ToString() | Should -Not -Match 'gateways\[|sites\['
    }

    It 'names the device and its parameter for a bad hashtable device' {
        $e = { New-Pair -Extra @{ Device = @(@{ name = 'fw1'; publicIp = '203.0.113.1' }, @{ name = 'fw2'; publicIp = '203.0.113' }) } } | Should -Throw -PassThru
        $e.FullyQualifiedErrorId | Should -BeLike 'SpecInvalidIpAddress,*'
        $e.TargetObject | Should -Be "-Device 'fw2' -PublicIp"
    }

    It 'New-HaVpnDevice validates what it is given: <Case>' -TestCases @(
        @{ Case = 'a bad public IP'; Params = @{ Name = 'fw1'; PublicIp = '198.51.100.300' }; Id = 'SpecInvalidIpAddress'; Parameter = '-PublicIp' }
        @{ Case = '-Asn without -BgpPeeringAddress'; Params = @{ Name = 'fw1'; PublicIp = '198.51.100.30'; Asn = 65010 }; Id = 'SpecIncompleteBgp'; Parameter = '-BgpPeeringAddress' }
        @{ Case = '-BgpPeeringAddress without -Asn'; Params = @{ Name = 'fw1'; PublicIp = '198.51.100.30'; BgpPeeringAddress = '10.0.0.1' }; Id = 'SpecIncompleteBgp'; Parameter = '-Asn' }
        @{ Case = 'a bad peer address'; Params = @{ Name = 'fw1'; PublicIp = '198.51.100.30'; Asn = 65010; BgpPeeringAddress = '10.0.0' }; Id = 'SpecInvalidIpAddress'; Parameter = '-BgpPeeringAddress' }
        @{ Case = 'a bad prefix'; Params = @{ Name = 'fw1'; PublicIp = '198.51.100.30'; AddressPrefix = '10.0.0.0/40' }; Id = 'SpecInvalidPrefix'; Parameter = '-AddressPrefix' }
        @{ Case = 'a bad name'; Params = @{ Name = 'fw 1!'; PublicIp = '198.51.100.30' }; Id = 'SpecInvalidName'; Parameter = '-Name' }
    ) {
        $e = { New-HaVpnDevice @Params } | Should -Throw -PassThru
        $e.FullyQualifiedErrorId | Should -Be "$Id,AzVpnHa.Commands.NewHaVpnDeviceCommand"
        $e.TargetObject | Should -Be $Parameter
        $e.ToString() | Should -Not -Match 'sites\['
    }

    It 'New-HaVpnDevice accepts what is valid' {
        (New-HaVpnDevice -Name fw1 -PublicIp 198.51.100.30 -Asn 65010 -BgpPeeringAddress 169.254.21.2).BgpPeeringAddress | Should -Be '169.254.21.2'
        (New-HaVpnDevice -Name fw2 -Fqdn vpn.contoso.com).Fqdn | Should -Be 'vpn.contoso.com'
    }

    It 'reports a -Target typo in Test-HaVpnFailover as -Scenario typos are' {
        $err = $null
        $out = New-HaVpnTopology -Path $Good | Test-HaVpnFailover -Target amss -ErrorVariable err -ErrorAction SilentlyContinue
        $out | Should -BeNullOrEmpty
        $err[0].FullyQualifiedErrorId | Should -Be 'TargetNotFound,AzVpnHa.Commands.TestHaVpnFailoverCommand'
        $err[0].ErrorDetails.RecommendedAction | Should -BeLike '*hq*'
        (New-HaVpnTopology -Path $Good | Test-HaVpnFailover -Target h*) | Should -Not -BeNullOrEmpty
    }

    It 'returns $false with -Quiet for a file it cannot read, plus the error' {
        $err = $null
        $out = Test-HaVpnTopology -Path $Missing -Quiet -ErrorVariable err -ErrorAction SilentlyContinue
        $out | Should -BeExactly $false
        $err[0].FullyQualifiedErrorId | Should -BeLike 'FileNotFound,*'
        $out = Test-HaVpnTopology -Path $Broken, $Good -Quiet -ErrorAction SilentlyContinue
        $out | Should -Be @($false, $true)
    }

    It 'writes -OutFile into a missing folder as a clear error' {
        $err = $null
        $out = New-Pair | Export-HaVpnTemplate -OutFile TestDrive:/no/such/folder/vpn.bicep -ErrorVariable err -ErrorAction SilentlyContinue
        $out | Should -BeNullOrEmpty
        $err[0].FullyQualifiedErrorId | Should -Be 'OutFileFolderNotFound,AzVpnHa.Commands.ExportHaVpnTemplateCommand'
        $err[0].Exception | Should -Not -BeOfType [System.IO.DirectoryNotFoundException] -Because 'the module says it, not the file system'
        $err[0].ToString() | Should -BeLike '*folder*does not exist*'
    }

    It 'has -NoClobber wherever there is -OutFile' {
        $writers = Get-Command -Module AzVpnHa | Where-Object { $_.Parameters.ContainsKey('OutFile') }
        $writers.Count | Should -BeGreaterThan 5
        foreach ($c in $writers) { $c.Parameters['NoClobber'].ParameterType | Should -Be ([switch]) -Because $c.Name }
    }

    It 'overwrites an existing -OutFile, unless -NoClobber; the same for every topology writer' {
        foreach ($command in 'Export-HaVpnTemplate', 'Export-HaVpnScript', 'Export-HaVpnReport', 'ConvertTo-HaVpnSpec') {
            $path = "TestDrive:/$command.json"
            Set-Content $path 'old'
            $null = New-Pair | & $command -OutFile $path
            Get-Content $path -Raw | Should -Not -Be "old$([Environment]::NewLine)"
            Set-Content $path 'old'
            $err = $null
            $out = New-Pair | & $command -OutFile $path -NoClobber -ErrorVariable err -ErrorAction SilentlyContinue
            $out | Should -BeNullOrEmpty
            $err[0].FullyQualifiedErrorId | Should -BeLike 'OutFileExists,*'
            (Get-Content $path) | Should -Be 'old'
            (Get-Command $command).Parameters['NoClobber'].ParameterType | Should -Be ([switch])
        }
    }

    It 'takes Az''s parameter names -VpnGatewayGeneration and -EnableActiveActiveFeature' {
        $devices = New-HaVpnDevice -Name fw1 -PublicIp 203.0.113.10
        $t = New-HaVpnTopology -Name t -ResourceGroupName rg -Location westeurope -GatewayName vgw -GatewaySku VpnGw2AZ `
                -VpnGatewayGeneration Generation2 -EnableActiveActiveFeature -SiteName hq -SiteAddressPrefix 10.10.0.0/16 -Device $devices
        $t.Gateways[0].ActiveActive | Should -BeTrue
        $t.Gateways[0].Generation | Should -Be 'Generation2'
    }

    It 'binds devices piped from New-HaVpnDevice to -Device, all of them forming the site' {
        $t = @(
            New-HaVpnDevice -Name fw1 -PublicIp 203.0.113.10 -Asn 65010 -BgpPeeringAddress 10.10.255.1
            New-HaVpnDevice -Name fw2 -PublicIp 203.0.113.20 -Asn 65010 -BgpPeeringAddress 10.10.255.2
        ) | New-HaVpnTopology -Name t -ResourceGroupName rg -Location westeurope -GatewayName vgw -GatewaySku VpnGw2AZ `
                -ActiveActive -Asn 65515 -SiteName hq -SiteAddressPrefix 10.10.0.0/16
        @($t).Count | Should -Be 1
        $t.LocalNetworkGateways.Name | Should -Be @('lgw-hq-fw1', 'lgw-hq-fw2')
        $t.Kind | Should -Be 'DualRedundancy'
        $t.TunnelCount | Should -Be 4
    }
}

Describe 'No secret on screen' {
    BeforeAll {
        $script:Secret = 'Zq7-NOT-SHOWN-' + [guid]::NewGuid().ToString('N')
        $script:SecretKey = ConvertTo-SecureString $Secret -AsPlainText -Force
        Reset-AzStandIn
        $script:t = New-Pair
        $pips = $t | ConvertTo-HaAzParameter -ResourceType PublicIpAddress | New-AzPublicIpAddress
        $subnet = '/subscriptions/s/resourceGroups/rg-net/providers/Microsoft.Network/virtualNetworks/vnet/subnets/GatewaySubnet'
        $configs = @(
            New-AzVirtualNetworkGatewayIpConfig -Name default -SubnetId $subnet -PublicIpAddressId $pips[0].Id
            New-AzVirtualNetworkGatewayIpConfig -Name activeActive -SubnetId $subnet -PublicIpAddressId $pips[1].Id)
        $script:gw = New-AzVirtualNetworkGateway -Name vgw-hub -ResourceGroupName rg-net -Location westeurope -IpConfigurations $configs -GatewayType Vpn -VpnType RouteBased -GatewaySku VpnGw2AZ -EnableActiveActiveFeature -EnableBgp $true -Asn 65515
        $script:lngs = $t | ConvertTo-HaAzParameter -ResourceType LocalNetworkGateway | New-AzLocalNetworkGateway

        # Everything a user can see of an object: the default view, every property listed or tabled, a selection, CSV, its text.
        function script:Render($o) {
            ($o | Out-String -Width 400)
            ($o | Format-List * | Out-String -Width 400)
            ($o | Format-Table * | Out-String -Width 400)
            ($o | Select-Object * | Out-String -Width 400)
            ($o | ConvertTo-Csv | Out-String)
            "$o"
            $o.ToString()
        }
    }

    It 'never shows the shared key of ConvertTo-HaAzConnection objects, while it still binds to -SharedKey' {
        $all = $t | ConvertTo-HaAzConnection -VirtualNetworkGateway $gw -LocalNetworkGateway $lngs -SharedKey $SecretKey -Verbose *>&1
        $objects = @($all | Where-Object { $_ -is [AzVpnHa.AzConnectionParameter] })
        $objects.Count | Should -Be 2
        foreach ($item in $all) { Render $item | Should -Not -Match $Secret }
        $objects[0].SharedKey | Should -Be $Secret -Because 'it is there, for binding and for whoever reads it on purpose'
        $objects[0].ToString() | Should -Be 'cn-hq-fw1'
        Reset-AzStandIn
        $null = $objects | New-AzVirtualNetworkGatewayConnection
        (Get-StandInCall New-AzVirtualNetworkGatewayConnection).Bound.SharedKey | Should -Be @($Secret, $Secret)
    }

    It 'never shows the shared key in error text' {
        $err = $null
        $null = $t | ConvertTo-HaAzConnection -VirtualNetworkGateway $gw -LocalNetworkGateway $lngs[0] -SharedKey $SecretKey -ErrorVariable err -ErrorAction SilentlyContinue
        $bad = New-Pair -Extra @{ GatewaySku = 'Basic' }
        $null = $bad | ConvertTo-HaAzConnection -VirtualNetworkGateway $gw -LocalNetworkGateway $lngs -SharedKey $SecretKey -ErrorVariable +err -ErrorAction SilentlyContinue
        $err.Count | Should -Be 2
        foreach ($e in $err) {
            ($e | Out-String -Width 400), $e.ToString(), $e.Exception.ToString(), "$($e.TargetObject)", $e.ErrorDetails.RecommendedAction | Should -Not -Match $Secret
        }
    }

    It 'never shows a secret given to any cmdlet, in any output type: every SecureString parameter' {
        $secureParameters = Get-Command -Module AzVpnHa | ForEach-Object { $c = $_; $c.Parameters.Values | Where-Object ParameterType -eq ([securestring]) | ForEach-Object { "$($c.Name) -$($_.Name)" } }
        $secureParameters | Should -Be @('ConvertTo-HaAzConnection -SharedKey', 'Get-HaVpnTopology -AccessToken') -Because 'each one is tested here'
        # The access token of a live read: the fake ARM answers, the token goes into the Authorization header only.
        [AzVpnHa.Host.InternalHooks]::SetTestHook('SyntheticGateways', 1)
        [AzVpnHa.Host.InternalHooks]::SetTestHook('FakeToken', $null)
        try {
            $all = Get-HaVpnTopology -ResourceId ([AzVpnHa.Host.InternalHooks]::SyntheticGatewayId(0)) -AccessToken $SecretKey -Verbose *>&1
            $topology = $all | Where-Object { $_ -is [AzVpnHa.Topology] }
            $topology | Should -Not -BeNullOrEmpty
            $outputs = @($all) + @($topology | Get-HaTunnelMesh) + @($topology | Test-HaVpnTopology) + @($topology | Test-HaVpnFailover) + @($topology | Test-HaVpnFailover -Summary)
            foreach ($item in $outputs) { Render $item | Should -Not -Match $Secret }
        }
        finally { [AzVpnHa.Host.InternalHooks]::SetTestHook('Reset', $null) }
    }
}
