@{
    Synopsis    = 'Emits objects that pipe into New-AzPublicIpAddress or New-AzLocalNetworkGateway, one per planned resource.'
    Description = @'
ConvertTo-HaAzParameter turns a topology's public IPs or local network gateways into objects whose properties bind by name (ValueFromPipelineByPropertyName) to the Az.Network cmdlets, holding only what must bind:

New-AzLocalNetworkGateway: Name, ResourceGroupName, Location; exactly one of GatewayIpAddress or Fqdn (the cmdlet has two parameter sets and no default); AddressPrefix only when not empty (the parameter rejects an empty list, and a BGP device needs none); Asn and BgpPeeringAddress together or not at all (the cmdlet refuses one without the other). Works for BGP, static, FQDN and APIPA devices.

New-AzPublicIpAddress: Name, ResourceGroupName, Location, Sku, AllocationMethod and, for AZ gateway SKUs, Zone 1,2,3.

The topology's own LocalNetworkGateways objects carry an empty AddressPrefix for BGP devices, which New-AzLocalNetworkGateway rejects: pipe these objects instead.

A topology with Error findings is refused with the findings listed, unless -Force.
'@
    Parameters  = @{
        Topology     = 'A topology from New-HaVpnTopology, usually from the pipeline.'
        Path         = 'Spec files (.json or .psd1) to plan and convert; Get-ChildItem output binds by FullName.'
        ResourceType = 'PublicIpAddress or LocalNetworkGateway: which resources to emit.'
        Force        = 'Convert even when the topology has Error findings; they are listed as a warning.'
    }
    Inputs      = @(
        @{ Type = 'AzVpnHa.Topology'; Description = 'Topologies from New-HaVpnTopology.' }
        @{ Type = 'System.String'; Description = 'Spec file paths, by property name (Path or FullName).' }
    )
    Outputs     = @(
        @{ Type = 'AzVpnHa.AzParameter'; Description = 'One object per public IP or local network gateway, with exactly the properties to bind.' }
    )
    Examples    = @(
        @{
            Title   = 'Create every local network gateway'
            Code    = '$topology | ConvertTo-HaAzParameter -ResourceType LocalNetworkGateway | New-AzLocalNetworkGateway'
            Remarks = 'One New-AzLocalNetworkGateway call per device, each in the right parameter set.'
        }
        @{
            Title   = 'Create the gateway public IPs'
            Code    = '$pips = $topology | ConvertTo-HaAzParameter -ResourceType PublicIpAddress | New-AzPublicIpAddress'
            Remarks = 'One or two Standard, Static public IPs per gateway, zone-redundant for AZ SKUs.'
        }
    )
    Links       = @('ConvertTo-HaAzConnection', 'Export-HaVpnScript', 'New-HaVpnTopology')
}
