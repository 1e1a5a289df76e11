# Pester 5: Get-HaVpnTopology on the BUILT module - live through the fake ARM transport (the test hook), Az objects,
# ARM JSON - and the isolation of the Azure SDK (dependencies/, its own load context) from an Az.Accounts-like Azure.Core.
BeforeAll {
    $ErrorActionPreference = 'Stop'
    $script:ModulePath = if ($env:AZVPNHA_MODULE) { $env:AZVPNHA_MODULE } else { Join-Path $PSScriptRoot '../out/AzVpnHa/AzVpnHa.psd1' }
    Import-Module $script:ModulePath -Force
    . (Join-Path $PSScriptRoot 'TestHelpers.ps1')
    $script:Fixtures = Join-Path $PSScriptRoot 'AzVpnHa.Core.Tests/Fixtures/Arm'
    $script:NuGet = if ($env:AZVPNHA_NUGET) { $env:AZVPNHA_NUGET } else { Join-Path $HOME '.nuget/packages' }
}

Describe 'Get-HaVpnTopology offline' {
    It 'reads ARM JSON files (REST payloads, lists, an export) into one deployed topology' {
        $files = 'VirtualNetworkGatewayGet-ActiveActive', 'PublicIpAddressList-Standard', 'LocalNetworkGatewayList', 'ConnectionGet-hq-fw1', 'ConnectionGet-hq-fw2', 'ConnectionGet-branch' |
            ForEach-Object { Join-Path $script:Fixtures "$_.json" }
        $t = Get-HaVpnTopology -Path $files
        $t.Origin | Should -Be 'Deployed'
        $t.Gateways.Name | Should -Be 'vgw-aa'
        $t.TunnelCount | Should -Be 6
        ($t | Get-HaTunnelMesh | Where-Object Status -eq 'NotConnected').Connection | Should -Be 'cn-hq-fw2'
        ($t | Test-HaVpnTopology).RuleId | Should -Contain 'HA031'
    }

    It 'binds Get-ChildItem output by FullName, not by Name' {
        $t = Get-ChildItem (Join-Path $script:Fixtures 'ResourceGroupExport-Template.json') | Get-HaVpnTopology
        $t.Gateways.Name | Should -Be 'vgw-tpl'
        ($t | Test-HaVpnTopology | Where-Object RuleId -eq 'HA036').Count | Should -Be 2
    }

    It 'reports a file that is not JSON and reads the others' {
        $bad = Join-Path $TestDrive 'bad.json'
        Set-Content $bad '{ "name": '
        $t = Get-HaVpnTopology -Path $bad, (Join-Path $script:Fixtures 'ResourceGroupExport-Template.json') -ErrorVariable failures -ErrorAction SilentlyContinue
        $failures[0].FullyQualifiedErrorId | Should -BeLike 'EstateInvalidJson,*'
        $t.Gateways.Name | Should -Be 'vgw-tpl'
    }

    It 'reads Az-shaped objects by property name' {
        $rg = '/subscriptions/s/resourceGroups/rg-az/providers/Microsoft.Network/'
        $gw = [pscustomobject]@{ Name = 'vgw-ps'; ResourceGroupName = 'rg-az'; Id = "${rg}virtualNetworkGateways/vgw-ps"; GatewayType = 'Vpn'; VpnType = 'RouteBased'
            ActiveActive = $false; EnableBgp = $false; ProvisioningState = 'Succeeded'; Sku = [pscustomobject]@{ Name = 'VpnGw1AZ' }
            IpConfigurations = @([pscustomobject]@{ Name = 'default'; Id = "${rg}virtualNetworkGateways/vgw-ps/ipConfigurations/default"; PublicIpAddress = [pscustomobject]@{ Id = "${rg}publicIPAddresses/pip" } }) }
        $pip = [pscustomobject]@{ Name = 'pip'; Id = "${rg}publicIPAddresses/pip"; Sku = [pscustomobject]@{ Name = 'Basic' }; Zones = @(); IpAddress = '40.0.0.9'; PublicIpAllocationMethod = 'Dynamic'; ProvisioningState = 'Succeeded' }
        $lng = [pscustomobject]@{ Name = 'lgw-ps'; Id = "${rg}localNetworkGateways/lgw-ps"; GatewayIpAddress = '203.0.113.9'; LocalNetworkAddressSpace = [pscustomobject]@{ AddressPrefixes = @('10.9.0.0/16') }; ProvisioningState = 'Succeeded' }
        $cn = [pscustomobject]@{ Name = 'cn-ps'; Id = "${rg}connections/cn-ps"; ConnectionType = 'IPsec'; ConnectionStatus = 'Connected'; ProvisioningState = 'Succeeded'
            VirtualNetworkGateway1 = [pscustomobject]@{ Id = "${rg}virtualNetworkGateways/vgw-ps" }; LocalNetworkGateway2 = [pscustomobject]@{ Id = "${rg}localNetworkGateways/lgw-ps" } }
        $t = Get-HaVpnTopology -InputObject $gw, $pip, $lng, $cn
        $t.Gateways.Instances.PublicIpAddress | Should -Be '40.0.0.9'
        ($t | Get-HaTunnelMesh).Status | Should -Be 'Connected'
        ($t | Test-HaVpnTopology | Where-Object RuleId -eq 'HA036').Message | Should -Match 'Basic SKU public IP'
    }

    It 'leaves the Azure SDK unloaded' {
        $new = pwshChild "Import-Module '$script:ModulePath'; `$null = Get-HaVpnTopology -Path '$(Join-Path $script:Fixtures 'ResourceGroupExport-Template.json')'; [AppDomain]::CurrentDomain.GetAssemblies().GetName().Name"
        $new | Should -Contain 'AzVpnHa.Core'
        $new | Where-Object { $_ -match '^(Azure\.|Microsoft\.Identity|AzVpnHa\.Azure)' } | Should -BeNullOrEmpty
    }
}

Describe 'Get-HaVpnTopology live (fake ARM transport)' {
    BeforeEach {
        [AzVpnHa.Host.InternalHooks]::SetTestHook('SyntheticGateways', 4)
        $script:Ids = 0..3 | ForEach-Object { [AzVpnHa.Host.InternalHooks]::SyntheticGatewayId($_) }
    }
    AfterAll { [AzVpnHa.Host.InternalHooks]::SetTestHook('Reset', $null) }

    It 'reads gateways by id, with connections, LNGs, public IPs and BGP status, into one topology' {
        $t = Get-HaVpnTopology -ResourceId $script:Ids
        $t.Gateways.Count | Should -Be 4
        $t.TunnelCount | Should -Be 16
        $t.BgpPeers.Count | Should -Be 16
        ($t | Get-HaTunnelMesh | Where-Object Status -ne 'Connected') | Should -BeNullOrEmpty
        ($t | Test-HaVpnTopology | Where-Object Severity -ne 'Information') | Should -BeNullOrEmpty
    }

    It 'binds Get-AzVirtualNetworkGateway-like output by property name' {
        $sub = ($script:Ids[2] -split '/')[2]
        $t = [pscustomobject]@{ ResourceGroupName = 'rg-2'; Name = 'vgw-2' } | Get-HaVpnTopology -SubscriptionId $sub
        $t.Gateways.Name | Should -Be 'vgw-2'
    }

    It 'takes the subscription from a piped gateway''s Id, not from the default subscription' {
        # Az gateway objects carry Id, ResourceGroupName and Name; the fake transport has no /subscriptions answer,
        # so a lookup of the default subscription would fail this test.
        $gateway = [pscustomobject]@{ Id = $script:Ids[3]; ResourceGroupName = 'rg-3'; Name = 'vgw-3' }
        $t = $gateway | Get-HaVpnTopology -ErrorAction Stop
        $t.Gateways.Name | Should -Be 'vgw-3'
    }

    It 'reports a forbidden gateway as a non-terminating error and audits the rest' {
        [AzVpnHa.Host.InternalHooks]::SetTestHook('ForbiddenGateway', 1)
        $t = Get-HaVpnTopology -ResourceId $script:Ids -ErrorVariable failures -ErrorAction SilentlyContinue
        $failures.Count | Should -Be 1
        $failures[0].FullyQualifiedErrorId | Should -BeLike 'LiveReadForbidden,*'
        $failures[0].TargetObject | Should -Be $script:Ids[1]
        $failures[0].CategoryInfo.Category | Should -Be 'PermissionDenied'
        ($t.Gateways.Name | Sort-Object) | Should -Be @('vgw-0', 'vgw-2', 'vgw-3')
    }

    It 'reads an Az.Accounts token as a SecureString' {
        $token = ConvertTo-SecureString 'not-a-real-token' -AsPlainText -Force
        (Get-HaVpnTopology -ResourceId $script:Ids[0] -AccessToken $token -Environment AzureCloud).Gateways.Count | Should -Be 1
    }
}

Describe 'Get-HaVpnTopology fleet (simulated ARM and Resource Graph, virtual clock)' {
    BeforeEach { [AzVpnHa.Host.InternalHooks]::SetTestHook('SyntheticFleet', 200) }
    AfterAll { [AzVpnHa.Host.InternalHooks]::SetTestHook('Reset', $null) }

    It '-Tenant reads every gateway into one topology each (VNet-to-VNet pairs together), BGP status where needed, no 429' {
        $out = Get-HaVpnTopology -Tenant -Verbose 4>&1
        $topologies = @($out | Where-Object { $_ -is [AzVpnHa.Topology] })
        $verbose = @($out | Where-Object { $_ -is [System.Management.Automation.VerboseRecord] }).Message
        $topologies.Count | Should -Be 180
        ($topologies.Gateways | Measure-Object).Count | Should -Be 200
        ($topologies | Where-Object { $_.Gateways.Count -eq 2 }).VNetLinks.Count | Should -Be 20
        ($topologies.BgpPeers.Gateway | Sort-Object -Unique).Count | Should -Be 100
        $verbose | Should -Contain 'Resource Graph (the tenant): 2 quer(ies), 2 page(s), 1200 resource(s); 200 VPN gateway(s) in 180 topolog(ies).'
        ($verbose | Where-Object { $_ -like '  subscription *: * ARM call(s)' }).Count | Should -Be 5
        $counters = [AzVpnHa.Host.InternalHooks]::FleetCounters()
        $counters.Throttled | Should -Be 0
        $counters.ArmPosts | Should -Be 100
        ($topologies | Test-HaVpnTopology).RuleId | Should -Contain 'HA034'
    }

    It '-SubscriptionId reads those subscriptions only; a VNet-to-VNet peer outside them is named in a warning' {
        $subs = [AzVpnHa.Host.InternalHooks]::SyntheticGatewayId(0).Split('/')[2], [AzVpnHa.Host.InternalHooks]::SyntheticGatewayId(40).Split('/')[2]
        $t = Get-HaVpnTopology -SubscriptionId $subs -WarningVariable warnings -WarningAction SilentlyContinue
        ($t.Gateways | Measure-Object).Count | Should -Be 80
        $t.Gateways.ResourceId | ForEach-Object { $_.Split('/')[2] } | Sort-Object -Unique | Should -Be ($subs | Sort-Object)
        $warnings | Should -Not -BeNullOrEmpty
    }

    It '-ManagementGroup with -BgpStatus None makes no ARM call and judges configuration only' {
        $t = Get-HaVpnTopology -ManagementGroup mg-fleet -BgpStatus None
        ($t.Gateways | Measure-Object).Count | Should -Be 200
        ([AzVpnHa.Host.InternalHooks]::FleetCounters()).ArmCalls | Should -Be 0
        $t.BgpPeers | Should -BeNullOrEmpty
        ($t | Get-HaTunnelMesh).Status | Sort-Object -Unique | Should -Be 'Unknown'
    }

    It 'waits out a Resource Graph 429 storm and an ARM one, and still reads everything' {
        [AzVpnHa.Host.InternalHooks]::SetTestHook('GraphStorm', 3)
        [AzVpnHa.Host.InternalHooks]::SetTestHook('ArmStorm', 20)
        $out = Get-HaVpnTopology -Tenant -BgpStatus All -Verbose 4>&1
        @($out | Where-Object { $_ -is [AzVpnHa.Topology] }).Count | Should -Be 180
        @(@($out | Where-Object { $_ -is [System.Management.Automation.VerboseRecord] }).Message -match '; 23 throttled answer') | Should -HaveCount 1
    }

    It 'has a parameter set per scope, each with -BgpStatus, and -SkipBgpStatus only for single gateways' {
        $command = Get-Command Get-HaVpnTopology
        foreach ($set in 'Subscription', 'ManagementGroup', 'Tenant') {
            ($command.ParameterSets | Where-Object Name -eq $set).Parameters.Name | Should -Contain 'BgpStatus'
        }
        ($command.ParameterSets | Where-Object Name -eq 'Tenant').Parameters.Name | Should -Not -Contain 'SkipBgpStatus'
        ($command.ParameterSets | Where-Object Name -eq 'ResourceId').Parameters.Name | Should -Contain 'SkipBgpStatus'
        { Get-HaVpnTopology -Tenant -BgpStatus Some } | Should -Throw
        foreach ($name in 'SubscriptionId', 'ManagementGroup', 'Tenant', 'BgpStatus') {
            (Get-Help Get-HaVpnTopology -Parameter $name).Description.Text | Should -Not -BeNullOrEmpty
        }
    }

    It 'shows progress: Resource Graph pages, then the BGP operations of the gateways asked' {
        $ps = [powershell]::Create()
        try {
            $null = $ps.AddScript("Import-Module '$script:ModulePath'; `$ProgressPreference = 'Continue'; `$null = Get-HaVpnTopology -Tenant").Invoke()
            $records = @($ps.Streams.Progress)
        }
        finally { $ps.Dispose() }
        ($records | Where-Object Activity -eq 'Get-HaVpnTopology: Resource Graph' | Select-Object -Last 1).StatusDescription | Should -Be '2 page(s) read'
        $bgp = $records | Where-Object Activity -eq 'Get-HaVpnTopology: BGP status' | Select-Object -Last 1
        $bgp.StatusDescription | Should -Be '100 of 100 BGP operation(s) done'
        $bgp.CurrentOperation | Should -Be '100 of 200 gateway(s) asked for BGP status'
    }

    It 'ships no test support: the fakes live in out/testing, outside the module' {
        Get-ChildItem (Split-Path $script:ModulePath) -Recurse -Filter '*Testing*' | Should -BeNullOrEmpty
        $azure = [AppDomain]::CurrentDomain.GetAssemblies() | Where-Object { $_.GetName().Name -eq 'AzVpnHa.Azure' } | Select-Object -First 1
        $azure.GetTypes().Name | Should -Not -Contain 'RecordedArmTransport'
        $azure.GetTypes().Name | Should -Not -Contain 'SimulatedArm'
        $azure.Location | Should -BeLike "$(Split-Path $script:ModulePath)*"
    }

    It 'refuses several subscriptions for one named gateway, with its own error id' {
        { Get-HaVpnTopology -ResourceGroupName rg-1 -Name vgw-1 -SubscriptionId a, b -ErrorAction Stop } | Should -Throw -ErrorId 'LiveReadOneSubscription,*'
    }
}

Describe 'Azure SDK isolation' {
    It 'works after another Azure.Core version was loaded first, keeping both apart' {
        $older = Join-Path $script:NuGet 'azure.core/1.36.0/lib/net6.0/Azure.Core.dll'
        Test-Path $older | Should -BeTrue -Because 'tools/tools.proj restores Azure.Core 1.36.0 for this test'
        $out = pwshChild @"
`$ErrorActionPreference = 'Stop'
Add-Type -Path '$older'
Import-Module '$script:ModulePath'
[AzVpnHa.Host.InternalHooks]::SetTestHook('SyntheticGateways', 2)
`$t = Get-HaVpnTopology -ResourceId ([AzVpnHa.Host.InternalHooks]::SyntheticGatewayId(0)), ([AzVpnHa.Host.InternalHooks]::SyntheticGatewayId(1))
"tunnels=`$(`$t.TunnelCount)"
[AppDomain]::CurrentDomain.GetAssemblies() | Where-Object { `$_.GetName().Name -eq 'Azure.Core' } | ForEach-Object { 'core=' + `$_.GetName().Version + '@' + [System.Runtime.Loader.AssemblyLoadContext]::GetLoadContext(`$_).Name }
"@
        $out | Should -Contain 'tunnels=8'
        $out | Should -Contain 'core=1.36.0.0@Default'
        ($out | Where-Object { $_ -like 'core=*@AzVpnHa.Dependencies' }) | Should -Not -BeNullOrEmpty
    }
}

# Windows PowerShell 5.1 cannot run here; what it relies on is checked offline: the resolve handler's decisions, and that
# it can serve the whole dependency closure from the shipped files, each assembly built for .NET Framework's reach.
Describe 'Windows PowerShell 5.1 dependency resolver' {
    BeforeAll {
        $script:Deps = [IO.Path]::GetFullPath((Join-Path (Split-Path $script:ModulePath) 'dependencies'))
        $assembly = [AppDomain]::CurrentDomain.GetAssemblies() | Where-Object { $_.GetName().Name -eq 'AzVpnHa' } | Select-Object -First 1
        $script:Resolver = $assembly.GetType('AzVpnHa.Host.DependencyResolver', $true).GetConstructor([type[]]@([string])).Invoke([object[]]@($script:Deps))
        function script:PathFor([string] $name, [string] $requester) { $script:Resolver.PathFor([Reflection.AssemblyName]::new($name), $requester) }
        function script:References([string] $file) {
            $stream = [IO.File]::OpenRead($file)
            try {
                $md = [System.Reflection.Metadata.PEReaderExtensions]::GetMetadataReader([System.Reflection.PortableExecutable.PEReader]::new($stream))
                foreach ($h in $md.AssemblyReferences) { $r = $md.GetAssemblyReference($h); "$($md.GetString($r.Name)), Version=$($r.Version)" }
            } finally { $stream.Dispose() }
        }
    }

    It 'serves the live reader''s binds from dependencies/ and AzVpnHa.Core from the module folder' {
        $requester = Join-Path $script:Deps 'AzVpnHa.Azure.dll'
        PathFor 'Azure.Core, Version=1.53.0.0' $requester | Should -Be (Join-Path $script:Deps 'Azure.Core.dll')
        PathFor 'AzVpnHa.Core, Version=0.1.0.0' $requester | Should -Be (Join-Path (Split-Path $script:Deps) 'AzVpnHa.Core.dll')
        PathFor 'Azure.Core' $null | Should -Be (Join-Path $script:Deps 'Azure.Core.dll')
    }

    It 'leaves other modules'' binds alone and never hands out an older version' {
        PathFor 'Azure.Core, Version=1.36.0.0' '/modules/Az.Accounts/4.0.0/Azure.Core.dll' | Should -BeNullOrEmpty
        PathFor 'Azure.Core, Version=99.0.0.0' (Join-Path $script:Deps 'AzVpnHa.Azure.dll') | Should -BeNullOrEmpty
        PathFor 'Not.Shipped, Version=1.0.0.0' (Join-Path $script:Deps 'AzVpnHa.Azure.dll') | Should -BeNullOrEmpty
    }

    It 'can serve every reference of every shipped assembly, and each is built for .NET Standard 2.0 or .NET Framework' {
        $unserved = foreach ($file in Get-ChildItem $script:Deps -Filter *.dll | Where-Object Name -ne 'AzVpnHa.LoadContext.dll') {
            foreach ($reference in References $file.FullName) {
                if ($reference -like 'netstandard,*' -or $reference -like 'mscorlib,*') { continue }
                if (-not (PathFor $reference $file.FullName)) { "$($file.Name) -> $reference" }
            }
        }
        $unserved | Should -BeNullOrEmpty
        $net8Only = foreach ($file in Get-ChildItem $script:Deps -Filter *.dll | Where-Object Name -ne 'AzVpnHa.LoadContext.dll') {
            if ((References $file.FullName) -match '^System\.Runtime, ') { $file.Name }   # built against .NET (Core) only
        }
        $net8Only | Should -BeNullOrEmpty
    }
}
