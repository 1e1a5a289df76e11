<#
    Stand-ins for the Az.Network cmdlets that AzVpnHa's exports call or pipe into. Azure is not reachable from the
    tests, so each function copies the REAL parameter declarations (names, types, Mandatory,
    ValueFromPipelineByPropertyName, parameter sets, default parameter set, aliases, ValidateSet/ValidateNotNullOrEmpty)
    and the argument checks the cmdlet body makes before it calls Azure. A binding that fails here fails against Az.

    Source: Azure/azure-powershell, src/Network/Network/ (file @ commit):
      LocalNetworkGateway/NewAzureLocalNetworkGatewayCommand.cs                @ 2c97315235ceeca0df8ae9b53cd3a511cae34a18
      LocalNetworkGateway/GetAzureLocalNetworkGatewayCommand.cs                @ 6706dfa687fa0291772ff2b4a338579219bf0472
      PublicIpAddress/NewAzurePublicIpAddressCommand.cs                        @ 08b85238e0d4ee774636628a514a9a21a00a4aa6
      PublicIpAddress/GetAzurePublicIpAddressCommand.cs                        @ 299d85d25b98cad412e986434909144419bd9ba5
      VirtualNetworkGateway/NewAzureVirtualNetworkGatewayCommand.cs            @ 0a5825af516c9c679bfa950102bdabda7fd58f94
      VirtualNetworkGateway/VirtualNetworkGatewayParameterSets.cs              @ 070e222f80b0246f0ce01171dc4af83fb68639b1 (Default = "Default")
      VirtualNetworkGateway/GetAzureVirtualNetworkGatewayCommand.cs            @ 4a427a5a675dcb34ddb7d3fc311a171485918d69
      VirtualNetworkGateway/UpdateAzureVirtualNetworkGatewayCommand.cs         @ 496ae1b1f242cfc8551b703965b43205eed8d1a9 (Set-AzVirtualNetworkGateway)
      VirtualNetworkGateway/NewAzureVirtualNetworkGatewayIpConfigCommand.cs    @ da951724426bc8a3ddfdbedc46db3a5b5e5525b0
      VirtualNetworkGateway/AzureVirtualNetworkGatewayIpConfigBase.cs          @ 7268a0ecd4a6f14fb95d5c118163f219299db7fb
      VirtualNetworkGateway/AddAzureVirtualNetworkGatewayIpConfigCommand.cs    @ 858a46f9af61ba642e55e4479d3b567ec4a5925b
      VirtualNetworkGateway/NewAzIpConfigurationBgpPeeringAddressObjectCommand.cs @ f36d1990fb227e1edabde6b7edfcfa44cca39849
      VirtualNetworkGatewayConnection/NewAzureVirtualNetworkGatewayConnectionCommand.cs @ 104a1af02733dfba85d1d442f52486b0d1ed9078
      VirtualNetworkGatewayConnection/NewAzGatewayCustomBgpIpConfigurationObject.cs     @ 12eb15abf24bd121650feaa24cd860ec3f97961a
      VirtualNetworkGatewayConnection/GetAzureVirtualNetworkGatewayConnectionCommand.cs @ 44635f3bcc06641ec485d31b2e83d1bf285d1f0e
      Models/PSIpsecPolicy.cs (indexed at its earlier path src/ResourceManager/Network/Commands.Network/Models/PSIpsecPolicy.cs
        @ 9df9c1f4fd2a4aad716b6a77fcf3e4c3cc945b65; the same eight properties New-AzIpsecPolicy sets in
        VirtualNetworkGatewayConnection/NewAzureRmIpsecPolicyCommand.cs @ d00a3831234c523b9d6464ce22cb464180cf3b1e)
    Left out on purpose: P2S, NAT, ExpressRoute and tag parameters of New-/Set-AzVirtualNetworkGateway that are not
    pipeline-bound by property name and that no export uses; the base class's -DefaultProfile and -AsJob.

    Every stand-in records its bound parameters in $global:AzStandInCalls and keeps what it "creates" in
    $global:AzStandInStore, so Get-* finds it on a second run (idempotency).
#>

class PSResourceId { [string] $Id }
class PSPublicIpTag { [string] $IpTagType; [string] $Tag }
class PSPublicIpPrefix { [string] $Id }
class PSPeering { [string] $Id }
class PSIpsecPolicy {
    [int] $SALifeTimeSeconds; [int] $SADataSizeKilobytes; [string] $IpsecEncryption; [string] $IpsecIntegrity
    [string] $IkeEncryption; [string] $IkeIntegrity; [string] $DhGroup; [string] $PfsGroup
}
class PSTrafficSelectorPolicy { [string[]] $LocalAddressRanges }
class PSSubnet { [string] $Id; [string] $Name }
class PSPublicIpAddressSku { [string] $Name; [string] $Tier }
class PSPublicIpAddress {
    [string] $Name; [string] $ResourceGroupName; [string] $Location; [string] $Id
    [PSPublicIpAddressSku] $Sku; [string] $PublicIpAllocationMethod; [string[]] $Zones; [string] $IpAddress
}
class PSVirtualNetworkGatewayIpConfiguration {
    [string] $Name; [string] $Id; [string] $PrivateIpAllocationMethod; [PSResourceId] $Subnet; [PSResourceId] $PublicIpAddress
}
class PSIpConfigurationBgpPeeringAddress {
    [string] $IpconfigurationId; [System.Collections.Generic.List[string]] $CustomBgpIpAddresses
}
class PSBgpSettings {
    [uint32] $Asn; [string] $BgpPeeringAddress; [int] $PeerWeight
    [System.Collections.Generic.List[PSIpConfigurationBgpPeeringAddress]] $BgpPeeringAddresses
}
class PSVirtualNetworkGatewaySku { [string] $Name; [string] $Tier }
class PSVirtualNetworkGateway {
    [string] $Name; [string] $ResourceGroupName; [string] $Location; [string] $Id
    [string] $GatewayType; [string] $VpnType; [string] $VpnGatewayGeneration; [bool] $EnableBgp; [bool] $ActiveActive
    [PSVirtualNetworkGatewaySku] $Sku; [PSBgpSettings] $BgpSettings
    [System.Collections.Generic.List[PSVirtualNetworkGatewayIpConfiguration]] $IpConfigurations
}
class PSAddressSpace { [System.Collections.Generic.List[string]] $AddressPrefixes }
class PSLocalNetworkGateway {
    [string] $Name; [string] $ResourceGroupName; [string] $Location; [string] $Id
    [string] $GatewayIpAddress; [string] $Fqdn; [PSAddressSpace] $LocalNetworkAddressSpace; [PSBgpSettings] $BgpSettings
}
class PSGatewayCustomBgpIpConfiguration { [string] $IpconfigurationId; [string] $CustomBgpIpAddress }
class PSVirtualNetworkGatewayConnection {
    [string] $Name; [string] $ResourceGroupName; [string] $Location; [string] $Id; [string] $ConnectionType; [bool] $EnableBgp
    [PSVirtualNetworkGateway] $VirtualNetworkGateway1; [PSVirtualNetworkGateway] $VirtualNetworkGateway2; [PSLocalNetworkGateway] $LocalNetworkGateway2
    [System.Collections.Generic.List[PSGatewayCustomBgpIpConfiguration]] $GatewayCustomBgpIpAddresses
    [System.Collections.Generic.List[PSIpsecPolicy]] $IpsecPolicies
}

$global:AzStandInCalls = [System.Collections.Generic.List[object]]::new()
$global:AzStandInStore = @{}
$script:Subscription = '00000000-0000-0000-0000-000000000000'

function Reset-AzStandIn {
    $global:AzStandInCalls.Clear()
    $global:AzStandInStore.Clear()
}

function Add-StandInCall([System.Management.Automation.PSCmdlet] $Cmdlet, [System.Collections.IDictionary] $Bound, [string[]] $CommandLine) {
    $global:AzStandInCalls.Add([pscustomobject]@{
        Command      = $Cmdlet.MyInvocation.MyCommand.Name
        ParameterSet = $Cmdlet.ParameterSetName
        Bound        = [hashtable]::new($Bound, [System.StringComparer]::OrdinalIgnoreCase)
    })
    # A script function keeps keys bound from an earlier pipeline object in $PSBoundParameters (a compiled cmdlet resets
    # them): drop them now so the next record shows only what binds for it.
    if ($null -ne $CommandLine) {
        foreach ($key in @($Bound.Keys)) { if ($key -notin $CommandLine) { [void] $Bound.Remove($key) } }
    }
}

function Get-StandInId([string] $ResourceGroupName, [string] $Type, [string] $Name) {
    "/subscriptions/$script:Subscription/resourceGroups/$ResourceGroupName/providers/Microsoft.Network/$Type/$Name"
}

function Find-StandIn([System.Management.Automation.PSCmdlet] $Cmdlet, [string] $Type, [string] $ResourceGroupName, [string] $Name) {
    $key = "$Type/$ResourceGroupName/$Name".ToLowerInvariant()
    if ($global:AzStandInStore.ContainsKey($key)) { return $global:AzStandInStore[$key] }
    # Az reports a missing resource as a non-terminating error (ResourceNotFound), which -ErrorAction SilentlyContinue hides.
    $Cmdlet.WriteError([System.Management.Automation.ErrorRecord]::new(
        [System.Exception]::new("The Resource 'Microsoft.Network/$Type/$Name' under resource group '$ResourceGroupName' was not found."),
        'ResourceNotFound', [System.Management.Automation.ErrorCategory]::ObjectNotFound, $Name))
}

function Save-StandIn([string] $Type, $Resource) {
    $global:AzStandInStore["$Type/$($Resource.ResourceGroupName)/$($Resource.Name)".ToLowerInvariant()] = $Resource
    $Resource
}

function New-AzPublicIpAddress {
    [CmdletBinding(SupportsShouldProcess = $true)]
    [OutputType([PSPublicIpAddress])]
    param(
        [Alias('ResourceName')]
        [Parameter(Mandatory = $false, ValueFromPipelineByPropertyName = $true)]
        [ValidateNotNullOrEmpty()]
        [string] $Name,
        [Parameter(Mandatory = $true, ValueFromPipelineByPropertyName = $true)]
        [ValidateNotNullOrEmpty()]
        [string] $ResourceGroupName,
        [Parameter(Mandatory = $false, ValueFromPipelineByPropertyName = $true)]
        [ValidateNotNullOrEmpty()]
        [string] $Location,
        [Parameter(Mandatory = $false, ValueFromPipelineByPropertyName = $true)]
        [ValidateNotNullOrEmpty()]
        [ValidateSet('Basic', 'Standard', IgnoreCase = $true)]
        [string] $Sku,
        [Parameter(Mandatory = $false, ValueFromPipelineByPropertyName = $true)]
        [ValidateNotNullOrEmpty()]
        [ValidateSet('Regional', 'Global', IgnoreCase = $true)]
        [string] $Tier,
        [Parameter(Mandatory = $true, ValueFromPipelineByPropertyName = $true)]
        [ValidateNotNullOrEmpty()]
        [ValidateSet('Dynamic', 'Static', IgnoreCase = $true)]
        [string] $AllocationMethod,
        [Parameter(Mandatory = $false, ValueFromPipelineByPropertyName = $true)]
        [ValidateNotNullOrEmpty()]
        [ValidateSet('IPv4', 'IPv6', IgnoreCase = $true)]
        [string] $IpAddressVersion,
        [Parameter(Mandatory = $false, ValueFromPipelineByPropertyName = $true)]
        [string] $DomainNameLabel,
        [Parameter(Mandatory = $false, ValueFromPipelineByPropertyName = $true)]
        [PSPublicIpTag[]] $IpTag,
        [Parameter(Mandatory = $false, ValueFromPipelineByPropertyName = $true)]
        [PSPublicIpPrefix] $PublicIpPrefix,
        [Parameter(Mandatory = $false, ValueFromPipelineByPropertyName = $true)]
        [string] $ReverseFqdn,
        [Parameter(Mandatory = $false, ValueFromPipelineByPropertyName = $true)]
        [int] $IdleTimeoutInMinutes,
        [Parameter(Mandatory = $false, ValueFromPipelineByPropertyName = $true)]
        [string[]] $Zone,
        [Parameter(Mandatory = $false, ValueFromPipelineByPropertyName = $true)]
        [hashtable] $Tag,
        [Parameter(Mandatory = $false)]
        [switch] $Force,
        [Parameter(Mandatory = $false)]
        [switch] $AsJob
    )
    begin { $commandLine = @($PSBoundParameters.Keys) }
    process {
        Add-StandInCall $PSCmdlet $PSBoundParameters $commandLine
        Save-StandIn 'publicIPAddresses' ([PSPublicIpAddress]@{
            Name = $Name; ResourceGroupName = $ResourceGroupName; Location = $Location
            Id = Get-StandInId $ResourceGroupName 'publicIPAddresses' $Name
            Sku = [PSPublicIpAddressSku]@{ Name = $Sku; Tier = $Tier }; PublicIpAllocationMethod = $AllocationMethod; Zones = $Zone
            IpAddress = '198.51.100.' + ($global:AzStandInStore.Count + 10)
        })
    }
}

function Get-AzPublicIpAddress {
    [CmdletBinding(DefaultParameterSetName = 'NoExpandStandAloneIp')]
    [OutputType([PSPublicIpAddress])]
    param(
        [Alias('ResourceName')]
        [Parameter(Mandatory = $false, ValueFromPipelineByPropertyName = $true, ParameterSetName = 'NoExpandStandAloneIp')]
        [Parameter(Mandatory = $true, ValueFromPipelineByPropertyName = $true, ParameterSetName = 'ExpandStandAloneIp')]
        [ValidateNotNullOrEmpty()]
        [SupportsWildcards()]
        [string] $Name,
        [Parameter(Mandatory = $false, ValueFromPipelineByPropertyName = $true, ParameterSetName = 'NoExpandStandAloneIp')]
        [Parameter(Mandatory = $true, ValueFromPipelineByPropertyName = $true, ParameterSetName = 'ExpandStandAloneIp')]
        [ValidateNotNullOrEmpty()]
        [SupportsWildcards()]
        [string] $ResourceGroupName,
        [Parameter(Mandatory = $true, ValueFromPipelineByPropertyName = $true, ParameterSetName = 'ExpandStandAloneIp')]
        [ValidateNotNullOrEmpty()]
        [string] $ExpandResource
    )
    begin { $commandLine = @($PSBoundParameters.Keys) }
    process {
        Add-StandInCall $PSCmdlet $PSBoundParameters $commandLine
        Find-StandIn $PSCmdlet 'publicIPAddresses' $ResourceGroupName $Name
    }
}

function New-AzVirtualNetworkGatewayIpConfig {
    [CmdletBinding()]
    [OutputType([PSVirtualNetworkGatewayIpConfiguration])]
    param(
        [Parameter(Mandatory = $true)]
        [ValidateNotNullOrEmpty()]
        [string] $Name,
        [Parameter(Mandatory = $false)]
        [string] $PrivateIpAddress,
        [Parameter(ParameterSetName = 'SetByResourceId')]
        [ValidateNotNullOrEmpty()]
        [string] $SubnetId,
        [Parameter(ParameterSetName = 'SetByResource')]
        [PSSubnet] $Subnet,
        [Parameter(ParameterSetName = 'SetByResourceId')]
        [string] $PublicIpAddressId,
        [Parameter(ParameterSetName = 'SetByResource')]
        [PSPublicIpAddress] $PublicIpAddress
    )
    Add-StandInCall $PSCmdlet $PSBoundParameters
    if ($Subnet) { $SubnetId = $Subnet.Id }
    if ($PublicIpAddress) { $PublicIpAddressId = $PublicIpAddress.Id }
    [PSVirtualNetworkGatewayIpConfiguration]@{
        Name = $Name; PrivateIpAllocationMethod = 'Dynamic'
        Subnet = [PSResourceId]@{ Id = $SubnetId }; PublicIpAddress = [PSResourceId]@{ Id = $PublicIpAddressId }
        # Az sets a placeholder id ("not set") until the gateway exists.
        Id = "/subscriptions/$script:Subscription/resourceGroups/ResourceGroupNotSet/providers/Microsoft.Network/virtualNetworkGateways/VirtualNetworkGatewayNameNotSet/virtualNetworkGatewayIpConfiguration/$Name"
    }
}

function New-AzIpConfigurationBgpPeeringAddressObject {
    [CmdletBinding(DefaultParameterSetName = 'ByName', SupportsShouldProcess = $true)]
    [OutputType([PSIpConfigurationBgpPeeringAddress])]
    param(
        [Parameter(ParameterSetName = 'ByName', Mandatory = $true)]
        [ValidateNotNullOrEmpty()]
        [string] $IpConfigurationId,
        [Parameter(ParameterSetName = 'ByName', Mandatory = $true)]
        [AllowEmptyCollection()]
        [System.Collections.Generic.List[string]] $CustomAddress
    )
    Add-StandInCall $PSCmdlet $PSBoundParameters
    [PSIpConfigurationBgpPeeringAddress]@{ IpconfigurationId = $IpConfigurationId; CustomBgpIpAddresses = $CustomAddress }
}

function New-AzGatewayCustomBgpIpConfigurationObject {
    [CmdletBinding(DefaultParameterSetName = 'ByName', SupportsShouldProcess = $true)]
    [OutputType([PSGatewayCustomBgpIpConfiguration])]
    param(
        [Parameter(ParameterSetName = 'ByName', Mandatory = $true)]
        [ValidateNotNullOrEmpty()]
        [string] $IpConfigurationId,
        [Parameter(ParameterSetName = 'ByName', Mandatory = $true)]
        [ValidateNotNullOrEmpty()]
        [string] $CustomBgpIpAddress
    )
    Add-StandInCall $PSCmdlet $PSBoundParameters
    [PSGatewayCustomBgpIpConfiguration]@{ IpconfigurationId = $IpConfigurationId; CustomBgpIpAddress = $CustomBgpIpAddress }
}

function New-AzVirtualNetworkGateway {
    [CmdletBinding(SupportsShouldProcess = $true, DefaultParameterSetName = 'Default')]
    [OutputType([PSVirtualNetworkGateway])]
    param(
        [Alias('ResourceName')]
        [Parameter(Mandatory = $true, ValueFromPipelineByPropertyName = $true, ParameterSetName = 'Default')]
        [ValidateNotNullOrEmpty()]
        [string] $Name,
        [Parameter(Mandatory = $true, ValueFromPipelineByPropertyName = $true, ParameterSetName = 'Default')]
        [ValidateNotNullOrEmpty()]
        [string] $ResourceGroupName,
        [Parameter(Mandatory = $true, ValueFromPipelineByPropertyName = $true, ParameterSetName = 'Default')]
        [ValidateNotNullOrEmpty()]
        [string] $Location,
        [Parameter(Mandatory = $false, ValueFromPipelineByPropertyName = $true)]
        [ValidateNotNullOrEmpty()]
        [PSVirtualNetworkGatewayIpConfiguration[]] $IpConfigurations,
        [Parameter(Mandatory = $false, ValueFromPipelineByPropertyName = $true)]
        [ValidateSet('Vpn', 'ExpressRoute', 'LocalGateway', IgnoreCase = $true)]
        [string] $GatewayType,
        [Parameter(Mandatory = $false, ValueFromPipelineByPropertyName = $true)]
        [ValidateSet('PolicyBased', 'RouteBased', IgnoreCase = $true)]
        [string] $VpnType,
        [Parameter(Mandatory = $false, ValueFromPipelineByPropertyName = $true)]
        [bool] $EnableBgp,
        [Parameter(Mandatory = $false)]
        [switch] $EnableActiveActiveFeature,
        [Parameter(Mandatory = $false)]
        [switch] $EnablePrivateIpAddress,
        [Parameter(Mandatory = $false, ValueFromPipelineByPropertyName = $true)]
        [ValidateSet('Basic', 'Standard', 'HighPerformance', 'UltraPerformance', 'VpnGw1', 'VpnGw2', 'VpnGw3', 'VpnGw4', 'VpnGw5',
            'VpnGw1AZ', 'VpnGw2AZ', 'VpnGw3AZ', 'VpnGw4AZ', 'VpnGw5AZ', 'ErGw1AZ', 'ErGw2AZ', 'ErGw3AZ', 'ErGwScale', IgnoreCase = $true)]
        [string] $GatewaySku,
        [Parameter(Mandatory = $false, ValueFromPipelineByPropertyName = $true)]
        [PSLocalNetworkGateway] $GatewayDefaultSite,
        [Parameter(Mandatory = $false, ValueFromPipelineByPropertyName = $true)]
        [uint32] $Asn,
        [Parameter(Mandatory = $false, ValueFromPipelineByPropertyName = $true)]
        [int] $PeerWeight,
        [Parameter(Mandatory = $false, ValueFromPipelineByPropertyName = $true)]
        [ValidateNotNullOrEmpty()]
        [PSIpConfigurationBgpPeeringAddress[]] $IpConfigurationBgpPeeringAddresses,
        [Parameter(Mandatory = $false, ValueFromPipelineByPropertyName = $true)]
        [hashtable] $Tag,
        [Parameter(Mandatory = $false)]
        [switch] $Force,
        [Parameter(Mandatory = $false)]
        [string] $VpnGatewayGeneration,
        [Parameter(Mandatory = $false)]
        [switch] $AsJob
    )
    begin { $commandLine = @($PSBoundParameters.Keys) }
    process {
        Add-StandInCall $PSCmdlet $PSBoundParameters $commandLine
        $id = Get-StandInId $ResourceGroupName 'virtualNetworkGateways' $Name
        $configs = [System.Collections.Generic.List[PSVirtualNetworkGatewayIpConfiguration]]::new()
        foreach ($c in $IpConfigurations) {
            $configs.Add([PSVirtualNetworkGatewayIpConfiguration]@{ Name = $c.Name; Id = "$id/ipConfigurations/$($c.Name)"; Subnet = $c.Subnet; PublicIpAddress = $c.PublicIpAddress; PrivateIpAllocationMethod = 'Dynamic' })
        }
        $bgp = [PSBgpSettings]@{ Asn = $(if ($Asn) { $Asn } else { 65515 }); BgpPeeringAddresses = [System.Collections.Generic.List[PSIpConfigurationBgpPeeringAddress]]::new() }
        foreach ($b in $IpConfigurationBgpPeeringAddresses) { $bgp.BgpPeeringAddresses.Add($b) }
        Save-StandIn 'virtualNetworkGateways' ([PSVirtualNetworkGateway]@{
            Name = $Name; ResourceGroupName = $ResourceGroupName; Location = $Location; Id = $id
            GatewayType = $GatewayType; VpnType = $VpnType; VpnGatewayGeneration = $VpnGatewayGeneration; EnableBgp = $EnableBgp
            ActiveActive = $EnableActiveActiveFeature.IsPresent; Sku = [PSVirtualNetworkGatewaySku]@{ Name = $GatewaySku; Tier = $GatewaySku }
            BgpSettings = $bgp; IpConfigurations = $configs
        })
    }
}

function Get-AzVirtualNetworkGateway {
    [CmdletBinding()]
    [OutputType([PSVirtualNetworkGateway])]
    param(
        [Alias('ResourceName')]
        [Parameter(Mandatory = $false, ValueFromPipelineByPropertyName = $true)]
        [ValidateNotNullOrEmpty()]
        [string] $Name,
        [Parameter(Mandatory = $true, ValueFromPipelineByPropertyName = $true)]
        [ValidateNotNullOrEmpty()]
        [string] $ResourceGroupName
    )
    begin { $commandLine = @($PSBoundParameters.Keys) }
    process {
        Add-StandInCall $PSCmdlet $PSBoundParameters $commandLine
        Find-StandIn $PSCmdlet 'virtualNetworkGateways' $ResourceGroupName $Name
    }
}

function Add-AzVirtualNetworkGatewayIpConfig {
    [CmdletBinding(SupportsShouldProcess = $true)]
    [OutputType([PSVirtualNetworkGateway])]
    param(
        [Parameter(Mandatory = $true, ValueFromPipeline = $true)]
        [PSVirtualNetworkGateway] $VirtualNetworkGateway,
        [Parameter(Mandatory = $true)]
        [ValidateNotNullOrEmpty()]
        [string] $Name,
        [Parameter(Mandatory = $false)]
        [string] $PrivateIpAddress,
        [Parameter(ParameterSetName = 'SetByResourceId')]
        [ValidateNotNullOrEmpty()]
        [string] $SubnetId,
        [Parameter(ParameterSetName = 'SetByResource')]
        [PSSubnet] $Subnet,
        [Parameter(ParameterSetName = 'SetByResourceId')]
        [string] $PublicIpAddressId,
        [Parameter(ParameterSetName = 'SetByResource')]
        [PSPublicIpAddress] $PublicIpAddress
    )
    begin { $commandLine = @($PSBoundParameters.Keys) }
    process {
        Add-StandInCall $PSCmdlet $PSBoundParameters $commandLine
        if ($Subnet) { $SubnetId = $Subnet.Id }
        if ($PublicIpAddress) { $PublicIpAddressId = $PublicIpAddress.Id }
        if (-not $VirtualNetworkGateway.IpConfigurations) { $VirtualNetworkGateway.IpConfigurations = [System.Collections.Generic.List[PSVirtualNetworkGatewayIpConfiguration]]::new() }
        $VirtualNetworkGateway.IpConfigurations.Add([PSVirtualNetworkGatewayIpConfiguration]@{
            Name = $Name; Id = "$($VirtualNetworkGateway.Id)/ipConfigurations/$Name"; PrivateIpAllocationMethod = 'Dynamic'
            Subnet = [PSResourceId]@{ Id = $SubnetId }; PublicIpAddress = [PSResourceId]@{ Id = $PublicIpAddressId }
        })
        $VirtualNetworkGateway
    }
}

function Set-AzVirtualNetworkGateway {
    [CmdletBinding(DefaultParameterSetName = 'Default', SupportsShouldProcess = $true)]
    [OutputType([PSVirtualNetworkGateway])]
    param(
        [Parameter(Mandatory = $true, ValueFromPipeline = $true)]
        [PSVirtualNetworkGateway] $VirtualNetworkGateway,
        [Parameter(Mandatory = $false, ValueFromPipelineByPropertyName = $true)]
        [ValidateSet('Basic', 'Standard', 'HighPerformance', 'UltraPerformance', 'VpnGw1', 'VpnGw2', 'VpnGw3', 'VpnGw4', 'VpnGw5',
            'VpnGw1AZ', 'VpnGw2AZ', 'VpnGw3AZ', 'VpnGw4AZ', 'VpnGw5AZ', 'ErGw1AZ', 'ErGw2AZ', 'ErGw3AZ', 'ErGwScale', IgnoreCase = $true)]
        [string] $GatewaySku,
        [Parameter(Mandatory = $false, ValueFromPipelineByPropertyName = $true)]
        [uint32] $Asn,
        [Parameter(Mandatory = $false, ValueFromPipelineByPropertyName = $true)]
        [int] $PeerWeight,
        [Parameter(Mandatory = $false, ValueFromPipelineByPropertyName = $true)]
        [ValidateNotNullOrEmpty()]
        [PSIpConfigurationBgpPeeringAddress[]] $IpConfigurationBgpPeeringAddresses,
        [Parameter(Mandatory = $false)]
        [switch] $EnableActiveActiveFeature,
        [Parameter(Mandatory = $false)]
        [switch] $DisableActiveActiveFeature,
        [Parameter(Mandatory = $true, ParameterSetName = 'UpdateResourceWithTags')]
        [hashtable] $Tag,
        [Parameter(Mandatory = $false)]
        [switch] $AsJob
    )
    begin { $commandLine = @($PSBoundParameters.Keys) }
    process {
        Add-StandInCall $PSCmdlet $PSBoundParameters $commandLine
        $key = "virtualNetworkGateways/$($VirtualNetworkGateway.ResourceGroupName)/$($VirtualNetworkGateway.Name)".ToLowerInvariant()
        if (-not $global:AzStandInStore.ContainsKey($key)) { throw "ResourceNotFound: $($VirtualNetworkGateway.Name)" }
        if ($EnableActiveActiveFeature -and $DisableActiveActiveFeature) { throw 'Both EnableActiveActiveFeature and DisableActiveActiveFeature Parameters can not be passed.' }
        if ($EnableActiveActiveFeature) { $VirtualNetworkGateway.ActiveActive = $true }
        if ($DisableActiveActiveFeature) { $VirtualNetworkGateway.ActiveActive = $false }
        if ($VirtualNetworkGateway.ActiveActive -and $VirtualNetworkGateway.VpnType -ne 'RouteBased') {
            throw 'Virtual Network Gateway VpnType should be RouteBased when Active-Active feature flag is set to True.'
        }
        if ($IpConfigurationBgpPeeringAddresses) {
            $VirtualNetworkGateway.BgpSettings.BgpPeeringAddresses = [System.Collections.Generic.List[PSIpConfigurationBgpPeeringAddress]]::new()
            foreach ($b in $IpConfigurationBgpPeeringAddresses) { $VirtualNetworkGateway.BgpSettings.BgpPeeringAddresses.Add($b) }
        }
        Save-StandIn 'virtualNetworkGateways' $VirtualNetworkGateway
    }
}

function New-AzLocalNetworkGateway {
    # No DefaultParameterSetName in Az: with neither GatewayIpAddress nor Fqdn bound the parameter set cannot be resolved.
    [CmdletBinding(SupportsShouldProcess = $true)]
    [OutputType([PSLocalNetworkGateway])]
    param(
        [Alias('ResourceName')]
        [Parameter(Mandatory = $true, ValueFromPipelineByPropertyName = $true)]
        [ValidateNotNullOrEmpty()]
        [string] $Name,
        [Parameter(Mandatory = $true, ValueFromPipelineByPropertyName = $true)]
        [ValidateNotNullOrEmpty()]
        [string] $ResourceGroupName,
        [Parameter(Mandatory = $true, ValueFromPipelineByPropertyName = $true)]
        [ValidateNotNullOrEmpty()]
        [string] $Location,
        [Parameter(Mandatory = $false, ValueFromPipelineByPropertyName = $true, ParameterSetName = 'ByLocalNetworkGatewayIpAddress')]
        [string] $GatewayIpAddress,
        [Parameter(Mandatory = $false, ValueFromPipelineByPropertyName = $true, ParameterSetName = 'ByLocalNetworkGatewayFqdn')]
        [string] $Fqdn,
        [Parameter(Mandatory = $false, ValueFromPipelineByPropertyName = $true)]
        [ValidateNotNullOrEmpty()]
        [string[]] $AddressPrefix,
        [Parameter(Mandatory = $false, ValueFromPipelineByPropertyName = $true)]
        [uint32] $Asn,
        [Parameter(Mandatory = $false, ValueFromPipelineByPropertyName = $true)]
        [string] $BgpPeeringAddress,
        [Parameter(Mandatory = $false, ValueFromPipelineByPropertyName = $true)]
        [int] $PeerWeight,
        [Parameter(Mandatory = $false, ValueFromPipelineByPropertyName = $true)]
        [hashtable] $Tag,
        [Parameter(Mandatory = $false)]
        [switch] $Force,
        [Parameter(Mandatory = $false)]
        [switch] $AsJob
    )
    begin { $commandLine = @($PSBoundParameters.Keys) }
    process {
        Add-StandInCall $PSCmdlet $PSBoundParameters $commandLine
        # The cmdlet body's own checks (CreateLocalNetworkGateway).
        if ($PeerWeight -lt 0) { throw 'PeerWeight cannot be negative' }
        if (($BgpPeeringAddress -and $Asn -eq 0) -or (-not $BgpPeeringAddress -and $Asn -gt 0)) {
            throw "For a BGP session to be established over IPsec, the local network gateway's ASN and BgpPeeringAddress must both be specified."
        }
        $lng = [PSLocalNetworkGateway]@{
            Name = $Name; ResourceGroupName = $ResourceGroupName; Location = $Location
            Id = Get-StandInId $ResourceGroupName 'localNetworkGateways' $Name
            GatewayIpAddress = $(if ($PSCmdlet.ParameterSetName -eq 'ByLocalNetworkGatewayIpAddress') { $GatewayIpAddress } else { '' })
            Fqdn = $(if ($PSCmdlet.ParameterSetName -eq 'ByLocalNetworkGatewayFqdn') { $Fqdn } else { '' })
            LocalNetworkAddressSpace = [PSAddressSpace]@{ AddressPrefixes = $AddressPrefix }
        }
        if ($Asn -gt 0) { $lng.BgpSettings = [PSBgpSettings]@{ Asn = $Asn; BgpPeeringAddress = $BgpPeeringAddress; PeerWeight = $PeerWeight } }
        Save-StandIn 'localNetworkGateways' $lng
    }
}

function Get-AzLocalNetworkGateway {
    [CmdletBinding()]
    [OutputType([PSLocalNetworkGateway])]
    param(
        [Alias('ResourceName')]
        [Parameter(Mandatory = $false, ValueFromPipelineByPropertyName = $true)]
        [ValidateNotNullOrEmpty()]
        [SupportsWildcards()]
        [string] $Name,
        [Parameter(Mandatory = $true, ValueFromPipelineByPropertyName = $true)]
        [ValidateNotNullOrEmpty()]
        [SupportsWildcards()]
        [string] $ResourceGroupName
    )
    begin { $commandLine = @($PSBoundParameters.Keys) }
    process {
        Add-StandInCall $PSCmdlet $PSBoundParameters $commandLine
        Find-StandIn $PSCmdlet 'localNetworkGateways' $ResourceGroupName $Name
    }
}

function New-AzVirtualNetworkGatewayConnection {
    [CmdletBinding(SupportsShouldProcess = $true, DefaultParameterSetName = 'SetByResource')]
    [OutputType([PSVirtualNetworkGatewayConnection])]
    param(
        [Alias('ResourceName')]
        [Parameter(Mandatory = $true, ValueFromPipelineByPropertyName = $true)]
        [ValidateNotNullOrEmpty()]
        [string] $Name,
        [Parameter(Mandatory = $true, ValueFromPipelineByPropertyName = $true)]
        [ValidateNotNullOrEmpty()]
        [string] $ResourceGroupName,
        [Parameter(Mandatory = $true, ValueFromPipelineByPropertyName = $true)]
        [ValidateNotNullOrEmpty()]
        [string] $Location,
        [Parameter(Mandatory = $false, ValueFromPipelineByPropertyName = $true)]
        [ValidateNotNullOrEmpty()]
        [string] $AuthorizationKey,
        [Parameter(Mandatory = $true, ValueFromPipelineByPropertyName = $true)]
        [PSVirtualNetworkGateway] $VirtualNetworkGateway1,
        [Parameter(Mandatory = $false, ValueFromPipelineByPropertyName = $true)]
        [PSVirtualNetworkGateway] $VirtualNetworkGateway2,
        [Parameter(Mandatory = $false, ValueFromPipelineByPropertyName = $true)]
        [PSLocalNetworkGateway] $LocalNetworkGateway2,
        [Parameter(Mandatory = $true, ValueFromPipelineByPropertyName = $true)]
        [ValidateNotNullOrEmpty()]
        [ValidateSet('IPsec', 'Vnet2Vnet', 'ExpressRoute', 'VPNClient', IgnoreCase = $true)]
        [string] $ConnectionType,
        [Parameter(Mandatory = $false, ValueFromPipelineByPropertyName = $true)]
        [int] $RoutingWeight,
        [Parameter(Mandatory = $false, ValueFromPipelineByPropertyName = $true)]
        [int] $DpdTimeoutInSeconds,
        [Parameter(Mandatory = $false)]
        [string] $ConnectionMode,
        [Parameter(Mandatory = $false, ValueFromPipelineByPropertyName = $true)]
        [string] $SharedKey,
        [Parameter(Mandatory = $false, ValueFromPipelineByPropertyName = $true, ParameterSetName = 'SetByResourceId')]
        [string] $PeerId,
        [Parameter(Mandatory = $false, ValueFromPipelineByPropertyName = $true, ParameterSetName = 'SetByResource')]
        [PSPeering] $Peer,
        [Parameter(Mandatory = $false, ValueFromPipelineByPropertyName = $true)]
        [bool] $EnableBgp,
        [Parameter(Mandatory = $false, ValueFromPipelineByPropertyName = $true)]
        [switch] $UseLocalAzureIpAddress,
        [Parameter(Mandatory = $false, ValueFromPipelineByPropertyName = $true)]
        [hashtable] $Tag,
        [Parameter(Mandatory = $false)]
        [switch] $Force,
        [Parameter(Mandatory = $false)]
        [bool] $UsePolicyBasedTrafficSelectors,
        [Parameter(Mandatory = $false, ValueFromPipelineByPropertyName = $true)]
        [PSIpsecPolicy[]] $IpsecPolicies,
        [Parameter(Mandatory = $false, ValueFromPipelineByPropertyName = $true)]
        [PSTrafficSelectorPolicy[]] $TrafficSelectorPolicy,
        [Parameter(Mandatory = $false)]
        [ValidateSet('IKEv1', 'IKEv2', IgnoreCase = $true)]
        [string] $ConnectionProtocol,
        [Parameter(Mandatory = $false)]
        [PSResourceId[]] $IngressNatRule,
        [Parameter(Mandatory = $false)]
        [PSResourceId[]] $EgressNatRule,
        [Parameter(Mandatory = $false, ValueFromPipelineByPropertyName = $true)]
        [ValidateNotNullOrEmpty()]
        [PSGatewayCustomBgpIpConfiguration[]] $GatewayCustomBgpIpAddress,
        [Parameter(Mandatory = $false)]
        [switch] $AsJob,
        [Parameter(Mandatory = $false, ValueFromPipelineByPropertyName = $true)]
        [switch] $ExpressRouteGatewayBypass,
        [Parameter(Mandatory = $false, ValueFromPipelineByPropertyName = $true)]
        [switch] $EnablePrivateLinkFastPath
    )
    begin { $commandLine = @($PSBoundParameters.Keys) }
    process {
        Add-StandInCall $PSCmdlet $PSBoundParameters $commandLine
        $custom = [System.Collections.Generic.List[PSGatewayCustomBgpIpConfiguration]]::new()
        foreach ($c in $GatewayCustomBgpIpAddress) { $custom.Add($c) }
        $policies = [System.Collections.Generic.List[PSIpsecPolicy]]::new()
        foreach ($p in $IpsecPolicies) { $policies.Add($p) }
        Save-StandIn 'connections' ([PSVirtualNetworkGatewayConnection]@{
            Name = $Name; ResourceGroupName = $ResourceGroupName; Location = $Location
            Id = Get-StandInId $ResourceGroupName 'connections' $Name; ConnectionType = $ConnectionType; EnableBgp = $EnableBgp
            VirtualNetworkGateway1 = $VirtualNetworkGateway1; VirtualNetworkGateway2 = $VirtualNetworkGateway2; LocalNetworkGateway2 = $LocalNetworkGateway2
            GatewayCustomBgpIpAddresses = $custom; IpsecPolicies = $policies
        })
    }
}

function Get-AzVirtualNetworkGatewayConnection {
    [CmdletBinding()]
    [OutputType([PSVirtualNetworkGatewayConnection])]
    param(
        [Alias('ResourceName')]
        [Parameter(Mandatory = $false, ValueFromPipelineByPropertyName = $true)]
        [ValidateNotNullOrEmpty()]
        [SupportsWildcards()]
        [string] $Name,
        [Parameter(Mandatory = $true, ValueFromPipelineByPropertyName = $true)]
        [ValidateNotNullOrEmpty()]
        [SupportsWildcards()]
        [string] $ResourceGroupName
    )
    begin { $commandLine = @($PSBoundParameters.Keys) }
    process {
        Add-StandInCall $PSCmdlet $PSBoundParameters $commandLine
        Find-StandIn $PSCmdlet 'connections' $ResourceGroupName $Name
    }
}

Export-ModuleMember -Function New-AzPublicIpAddress, Get-AzPublicIpAddress, New-AzVirtualNetworkGatewayIpConfig,
    New-AzIpConfigurationBgpPeeringAddressObject, New-AzGatewayCustomBgpIpConfigurationObject, New-AzVirtualNetworkGateway,
    Get-AzVirtualNetworkGateway, Add-AzVirtualNetworkGatewayIpConfig, Set-AzVirtualNetworkGateway, New-AzLocalNetworkGateway,
    Get-AzLocalNetworkGateway, New-AzVirtualNetworkGatewayConnection, Get-AzVirtualNetworkGatewayConnection, Reset-AzStandIn
