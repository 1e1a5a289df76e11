# Pester 5: Get-HaVpnTopology -Path on templates as users write them (the BUILT module): parameter files and objects,
# Bicep through the CLI, wrong kinds of input, and Export-HaVpnTemplate read back.
BeforeAll {
    $ErrorActionPreference = 'Stop'
    $script:ModulePath = if ($env:AZVPNHA_MODULE) { $env:AZVPNHA_MODULE } else { Join-Path $PSScriptRoot '../out/AzVpnHa/AzVpnHa.psd1' }
    Import-Module $script:ModulePath -Force
    $script:Templates = Join-Path $PSScriptRoot 'AzVpnHa.Core.Tests/Fixtures/Templates'
    $script:Examples = Join-Path $PSScriptRoot '../examples'
    $script:NuGet = if ($env:AZVPNHA_NUGET) { $env:AZVPNHA_NUGET } else { Join-Path $HOME '.nuget/packages' }
    $script:Bicep = Join-Path $script:NuGet 'azure.bicep.commandline.linux-x64/0.49.2/tools/bicep'
}

Describe 'Get-HaVpnTopology -Path on templates' {
    It 'reads required parameters as unknown, with placeholders in names and no Error or Warning from them' {
        $t = Get-HaVpnTopology -Path (Join-Path $script:Templates 'site-to-site.json')
        $t.LocalNetworkGateways.Name | Should -Be '<localGatewayName>'
        $t.Kind | Should -Be 'ActiveStandby'
        $t.TunnelCount | Should -Be 1
        $findings = $t | Test-HaVpnTopology
        $findings | Where-Object { $_.Severity -eq 'Error' } | Should -BeNullOrEmpty
        $findings | Where-Object { $_.Severity -eq 'Warning' -and $_.Message -match 'address prefix' } | Should -BeNullOrEmpty
    }

    It 'takes -TemplateParameterFile and -TemplateParameterObject, the object winning' {
        $t = Get-HaVpnTopology -Path (Join-Path $script:Templates 'site-to-site.json') -TemplateParameterFile (Join-Path $script:Templates 'site-to-site.parameters.json') -TemplateParameterObject @{ gatewayName = 'vgw-branch' }
        $t.LocalNetworkGateways.Name | Should -Be 'branch-fw'
        $t.LocalNetworkGateways.GatewayIpAddress | Should -Be '198.51.100.77'
        $t.Gateways.Name | Should -Be 'vgw-branch'
        $t.Gateways.Sku | Should -Be 'VpnGw2AZ'
    }

    It 'expands copy loops and follows a linked template beside the file, warning about one that needs a download' {
        $t = Get-HaVpnTopology -Path (Join-Path $script:Templates 'copy-loops.json') -TemplateParameterObject @{ activeActive = $false }
        $t.Gateways.Name | Should -Be 'vnet1-vng', 'vnet2-vng', 'vnet3-vng'
        $t.TunnelCount | Should -Be 2
        $linked = Get-HaVpnTopology -Path (Join-Path $script:Templates 'linked.json') -WarningVariable warnings -WarningAction SilentlyContinue
        $linked.Gateways.Name | Should -Be 'vgw-linked'
        ($warnings -join "`n") | Should -Match 'example.invalid'
    }

    It 'names a function it does not evaluate once, in the information stream, and judges nothing by it' {
        $file = Join-Path $TestDrive 'future.json'
        Set-Content $file '{ "$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#", "contentVersion": "1.0.0.0", "resources": [
          { "type": "Microsoft.Network/virtualNetworkGateways", "name": "vgw", "properties": { "gatewayType": "Vpn", "sku": { "name": "VpnGw2AZ" }, "activeActive": false, "ipConfigurations": [ { "name": "a" } ] } },
          { "type": "Microsoft.Network/localNetworkGateways", "name": "lng", "properties": { "gatewayIpAddress": "[futureFunction(1)]", "fqdn": "[futureFunction(2)]", "localNetworkAddressSpace": { "addressPrefixes": [ "10.9.0.0/16" ] } } },
          { "type": "Microsoft.Network/connections", "name": "cn", "properties": { "connectionType": "IPsec", "virtualNetworkGateway1": { "id": "[resourceId(''Microsoft.Network/virtualNetworkGateways'', ''vgw'')]" }, "localNetworkGateway2": { "id": "[resourceId(''Microsoft.Network/localNetworkGateways'', ''lng'')]" } } } ] }'
        $t = Get-HaVpnTopology -Path $file -InformationVariable info -WarningVariable warnings -WarningAction SilentlyContinue
        @($info | Where-Object { "$_" -match 'futureFunction' }).Count | Should -Be 1
        $warnings | Where-Object { "$_" -match 'futureFunction' } | Should -BeNullOrEmpty
        $t.LocalNetworkGateways[0].IsUnknown('GatewayIpAddress') | Should -BeTrue
        $t | Test-HaVpnTopology | Where-Object { $_.Severity -eq 'Error' -and $_.Target -eq 'lng' } | Should -BeNullOrEmpty
    }

    It 'says what to do with a spec file, a parameters file and JSON without resources' {
        $empty = Join-Path $TestDrive 'empty.json'
        Set-Content $empty '{ "hello": 1 }'
        $null = Get-HaVpnTopology -Path (Join-Path $script:Examples 'active-standby.json'), (Join-Path $script:Templates 'site-to-site.parameters.json'), $empty -ErrorVariable failures -ErrorAction SilentlyContinue
        ($failures.FullyQualifiedErrorId | ForEach-Object { $_.Split(',')[0] }) | Should -Be 'TemplateInputIsSpec', 'TemplateInputIsParameterFile', 'TemplateInputNoResources' -Because ($failures | Out-String)
        $failures[0].ErrorDetails.RecommendedAction | Should -Match 'New-HaVpnTopology -Path'
    }

    It 'compiles Bicep with the CLI named by AZVPNHA_BICEP, and says how to get it when there is none' {
        $env:AZVPNHA_BICEP = $script:Bicep
        try {
            $t = Get-HaVpnTopology -Path (Join-Path $script:Templates 'main.bicepparam')
            $t.Gateways.Name | Should -Be 'vgw-bicep'
            $t.Kind | Should -Be 'DualRedundancy'
        }
        finally { Remove-Item Env:AZVPNHA_BICEP }
        $env:AZVPNHA_BICEP = Join-Path $TestDrive 'no-bicep'
        try {
            $null = Get-HaVpnTopology -Path (Join-Path $script:Templates 'main.bicep') -ErrorVariable failures -ErrorAction SilentlyContinue
            $failures[0].FullyQualifiedErrorId | Should -BeLike 'BicepCliNotFound,*'
            $failures[0].ErrorDetails.RecommendedAction | Should -Match 'az bicep install'
        }
        finally { Remove-Item Env:AZVPNHA_BICEP }
    }

    It 'reads every example exported with Export-HaVpnTemplate back to the same topology' {
        foreach ($example in Get-ChildItem $script:Examples -Filter *.json) {
            $planned = New-HaVpnTopology -Path $example.FullName
            $file = Join-Path $TestDrive ($example.BaseName + '.json')
            $null = $planned | Export-HaVpnTemplate -Format Arm -OutFile $file
            $back = Get-HaVpnTopology -Path $file
            $back.Name | Should -Be $planned.Name
            $back.Kind | Should -Be $planned.Kind
            $back.TunnelCount | Should -Be $planned.TunnelCount
            ($back.Sites | ForEach-Object { $_.Name + ':' + (($_.LocalNetworkGateways | Sort-Object) -join ',') }) | Should -Be ($planned.Sites | ForEach-Object { $_.Name + ':' + (($_.LocalNetworkGateways | Sort-Object) -join ',') })
            (($back | Test-HaVpnTopology | ForEach-Object { "$($_.RuleId) $($_.Severity) $($_.Target)" } | Sort-Object) -join "`n") |
                Should -Be ((($planned | Test-HaVpnTopology | ForEach-Object { "$($_.RuleId) $($_.Severity) $($_.Target)" } | Sort-Object) -join "`n")) -Because $example.Name
        }
    }
}
