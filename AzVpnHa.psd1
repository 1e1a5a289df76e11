@{
    RootModule           = 'AzVpnHa.dll'
    ModuleVersion        = '0.1.0'
    GUID                 = '6f1f7c0e-3c1b-4d55-9a53-2f0d8a3e4b71'
    Author               = 'AzVpnHa contributors'
    CompanyName          = 'AzVpnHa'
    Copyright            = '(c) AzVpnHa contributors. MIT License.'
    Description          = 'Plan, validate and audit highly available Azure VPN gateway connectivity: active-active gateways, multiple on-premises devices, dual redundancy and VNet-to-VNet, checked against the Azure HA guidance.'
    PowerShellVersion    = '5.1'
    CompatiblePSEditions = @('Core', 'Desktop')
    DotNetFrameworkVersion = '4.7.2'
    FormatsToProcess     = @('AzVpnHa.format.ps1xml')   # build.ps1 merges module/*.format.ps1xml into it
    CmdletsToExport      = @(
        'New-HaVpnTopology'
        'New-HaVpnDevice'
        'Get-HaTunnelMesh'
        'Test-HaVpnTopology'
        'Get-HaVpnRule'
        'Test-HaVpnFailover'
        'Export-HaVpnTemplate'
        'Export-HaVpnScript'
        'ConvertTo-HaAzParameter'
        'ConvertTo-HaAzConnection'
        'Get-HaVpnTopology'
        'ConvertTo-HaVpnSpec'
        'Export-HaVpnFinding'
        'Export-HaVpnReport'
        'Compare-HaVpnTopology'
    )
    FunctionsToExport    = @()
    AliasesToExport      = @()
    VariablesToExport    = @()
    PrivateData          = @{
        PSData = @{
            Tags       = @('Azure', 'VPN', 'VpnGateway', 'HighAvailability', 'BGP', 'Network', 'ActiveActive')
            ProjectUri = 'https://github.com/azvpnha/AzVpnHa'
        }
    }
}
