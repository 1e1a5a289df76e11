@{
    Synopsis    = 'Joins a plan with the Az gateway and local network gateway objects into objects that pipe into New-AzVirtualNetworkGatewayConnection.'
    Description = @'
New-AzVirtualNetworkGatewayConnection needs the real PSVirtualNetworkGateway and PSLocalNetworkGateway objects, which only Az can make. ConvertTo-HaAzConnection takes those objects (matched to the plan by Name) and emits one object per planned connection with the properties that bind by name: Name, ResourceGroupName, Location, VirtualNetworkGateway1, LocalNetworkGateway2 (IPsec) or VirtualNetworkGateway2 (Vnet2Vnet), ConnectionType, EnableBgp as a real Boolean, SharedKey, and for APIPA peers GatewayCustomBgpIpAddress: one hashtable per gateway instance (IpconfigurationId, CustomBgpIpAddress) that PowerShell converts to PSGatewayCustomBgpIpConfiguration. The ipConfiguration IDs are read from the gateway object.

A connection with a custom IPsec/IKE policy (the spec device's ipsecPolicy, or ARM ipsecPolicies of a deployed connection) also carries IpsecPolicies: an array of one hashtable with exactly the properties of Az.Network's PSIpsecPolicy (SALifeTimeSeconds, SADataSizeKilobytes, IpsecEncryption, IpsecIntegrity, IkeEncryption, IkeIntegrity, DhGroup, PfsGroup, with ARM's values), which PowerShell converts to PSIpsecPolicy when it binds to -IpsecPolicies, by property name from the pipeline or by splatting: the same object New-AzIpsecPolicy would make. A connection without a policy has no IpsecPolicies property, so Azure applies its default policy. A policy that is unknown (set at deploy time in a template) is left out with a warning.

Do not pipe a gateway object straight into New-AzVirtualNetworkGatewayConnection: its Name and Location bind as the connection's. The objects from this command carry the connection's own names.

The shared key is taken as a SecureString; the emitted objects hold it in memory only, for the SharedKey parameter, as a hidden property: it binds to -SharedKey by property name (a [string] in Az.Network, so it must be text), but no view shows it (the default view, Format-List *, Select-Object * and Export-Csv leave hidden properties out) and the object's ToString(), used by "$object", verbose and error messages, is the connection name. Read it deliberately with $object.SharedKey. Connections whose gateway or local network gateway object was not given are skipped with a ConnectionEndMissing error. A topology with Error findings is refused with the findings listed, unless -Force.
'@
    Parameters  = @{
        Topology              = 'A topology from New-HaVpnTopology, usually from the pipeline.'
        Path                  = 'Spec files (.json or .psd1) to plan; Get-ChildItem output binds by FullName.'
        VirtualNetworkGateway = 'The gateway objects from Get-AzVirtualNetworkGateway or New-AzVirtualNetworkGateway; matched to the plan by Name.'
        LocalNetworkGateway   = 'The local network gateway objects from Get-AzLocalNetworkGateway or New-AzLocalNetworkGateway; matched by Name.'
        SharedKey             = 'The IPsec pre-shared key of the connections, as a SecureString.'
        Force                 = 'Convert even when the topology has Error findings; they are listed as a warning.'
    }
    Inputs      = @(
        @{ Type = 'AzVpnHa.Topology'; Description = 'Topologies from New-HaVpnTopology.' }
        @{ Type = 'System.String'; Description = 'Spec file paths, by property name (Path or FullName).' }
    )
    Outputs     = @(
        @{ Type = 'AzVpnHa.AzConnectionParameter'; Description = 'One object per planned connection, with exactly the properties to bind (SharedKey hidden; IpsecPolicies only for a connection with a custom IPsec/IKE policy).' }
    )
    Examples    = @(
        @{
            Title   = 'Create the connections of a plan'
            Code    = @'
$gw   = Get-AzVirtualNetworkGateway -Name vgw -ResourceGroupName rg-vpn
$lngs = $topology | ConvertTo-HaAzParameter -ResourceType LocalNetworkGateway | New-AzLocalNetworkGateway
$topology | ConvertTo-HaAzConnection -VirtualNetworkGateway $gw -LocalNetworkGateway $lngs -SharedKey (Read-Host -AsSecureString 'Shared key') |
    New-AzVirtualNetworkGatewayConnection
'@
            Remarks = 'One connection per device, with BGP and the custom APIPA choice of each instance where the plan has them.'
        }
        @{
            Title   = 'VNet-to-VNet'
            Code    = '$topology | ConvertTo-HaAzConnection -VirtualNetworkGateway $hubGw, $spokeGw -SharedKey $key | New-AzVirtualNetworkGatewayConnection'
            Remarks = 'Both Vnet2Vnet halves, each with its own name.'
        }
        @{
            Title   = 'A connection with a custom IPsec/IKE policy, splatted'
            Code    = @'
$c = $topology | ConvertTo-HaAzConnection -VirtualNetworkGateway $gw -LocalNetworkGateway $lngs -SharedKey $key | Select-Object -First 1
$c.IpsecPolicies            # SALifeTimeSeconds, SADataSizeKilobytes, IpsecEncryption ... as in the spec's ipsecPolicy
$parameters = @{ SharedKey = $c.SharedKey }
$c.PSObject.Properties | ForEach-Object { $parameters[$_.Name] = $_.Value }
New-AzVirtualNetworkGatewayConnection @parameters
'@
            Remarks = 'IpsecPolicies binds to -IpsecPolicies whether the object is piped or splatted. SharedKey is hidden, so it is read deliberately.'
        }
    )
    Links       = @('ConvertTo-HaAzParameter', 'Export-HaVpnScript', 'New-HaVpnTopology')
}
