@{
    Synopsis    = 'Writes a planned topology as one ARM JSON template or one Bicep file.'
    Description = @'
Export-HaVpnTemplate turns a topology into a single deployable template: the gateway public IPs (Standard, Static, zones 1,2,3 for AZ SKUs), each VPN gateway (one or two ipConfigurations, activeActive, enableBgp, bgpSettings with the ASN and, per instance, the custom APIPA addresses), one local network gateway per on-premises device, and the connections: IPsec with enableBgp and gatewayCustomBgpIpAddresses, and both Vnet2Vnet halves of every VNet-to-VNet link. Resources are in dependency order; ARM templates carry dependsOn, Bicep infers it from symbol references.

Every resource uses Microsoft.Network API version 2025-07-01. The GatewaySubnet of each gateway is referenced as an existing resource through a parameter naming its virtual network (virtualNetworkName, or <gateway>VirtualNetworkName with several gateways). The shared key is a secure parameter (securestring / @secure()) with no value: no key is ever written into the template. The location is a parameter that defaults to the plan's region.

The output is type-checked offline by the Bicep compiler in the module's tests: every example topology's Bicep builds with no error or warning, and every ARM template decompiles and builds without type warnings.

A topology with Error findings (see Test-HaVpnTopology) is refused with the findings listed, unless -Force.

Monitoring. -IncludeMonitoring adds Azure Monitor metric alert rules (Microsoft.Insights/metricAlerts, API 2018-03-01) that notify the action group named by the actionGroupId parameter; -Format MonitoringBicep or MonitoringArm writes the alerts alone, for a topology that is already deployed (from Get-HaVpnTopology, whose gateways are watched by resource id) or deployed by another template (gateways found by name in the deployment's resource group). Alerts deploy no network resource, so the monitoring formats are written even when the topology has Error findings. Every rule evaluates every 5 minutes over a 15-minute window, fires below a threshold of 1 and resolves itself:

alert-<gateway>-tunnel-<connection> (severity 2): TunnelIngressBytes, Total, for that ConnectionName, split by Instance and RemoteIP, so each tunnel of an active-active connection is its own time series. BGP keepalives keep an up tunnel above zero; without BGP an idle tunnel also reads zero, which the alert's description says.

alert-<gateway>-bgp-<peer address> (severity 2): BgpPeerStatus, Average (1 = connected), for that BgpPeerAddress, split by Instance: one per device BGP address, and per peer gateway instance of a VNet-to-VNet link when its address is known.

alert-<gateway>-health (severity 1): AverageBandwidth (Gateway S2S Bandwidth), Average, for the whole gateway: no site-to-site traffic on any tunnel. Azure publishes no availability or tunnel-count metric for VPN gateways.

Metric names and dimensions are those of Microsoft's "Supported metrics for microsoft.network/virtualnetworkgateways" reference (included in the VPN Gateway monitoring data reference); the below-1 thresholds follow Azure Monitor Baseline Alerts.
'@
    Parameters  = @{
        Topology = 'A topology from New-HaVpnTopology, usually from the pipeline.'
        Path     = 'Spec files (.json or .psd1) to plan and export; Get-ChildItem output binds by FullName.'
        Format   = 'Bicep (the default) or Arm (a JSON deployment template); MonitoringBicep or MonitoringArm for the alert rules alone.'
        IncludeMonitoring = 'Add the Azure Monitor alert rules (tunnel down per connection and instance, BGP peer down per peer, gateway without traffic) and the actionGroupId parameter to the template.'
        OutFile  = 'Write the template to this file and return the file instead of the text.'
        NoClobber = 'With -OutFile: refuse to overwrite an existing file (error OutFileExists). Without it an existing file is overwritten, as Out-File does. A folder that does not exist is an OutFileFolderNotFound error.'
        Force    = 'Export even when the topology has Error findings; they are listed as a warning. -Force does not concern overwriting files (see -NoClobber).'
    }
    Inputs      = @(
        @{ Type = 'AzVpnHa.Topology'; Description = 'Topologies from New-HaVpnTopology.' }
        @{ Type = 'System.String'; Description = 'Spec file paths, by property name (Path or FullName).' }
    )
    Outputs     = @(
        @{ Type = 'System.String'; Description = 'The template text, without -OutFile.' }
        @{ Type = 'System.IO.FileInfo'; Description = 'The written file, with -OutFile.' }
    )
    Examples    = @(
        @{
            Title   = 'Bicep for a dual-redundancy plan, deployed with Az'
            Code    = @'
New-HaVpnTopology -Path ./examples/dual-redundancy.json | Export-HaVpnTemplate -Format Bicep -OutFile ./vpn.bicep
New-AzResourceGroupDeployment -ResourceGroupName rg-vpn -TemplateFile ./vpn.bicep `
    -virtualNetworkName vnet-hub -sharedKey (Read-Host -AsSecureString 'Shared key')
'@
            Remarks = 'The template parameters become parameters of New-AzResourceGroupDeployment; the key is asked for, never stored.'
        }
        @{
            Title   = 'An ARM template for a VNet-to-VNet pair'
            Code    = 'New-HaVpnTopology -Path ./examples/vnet-to-vnet.json | Export-HaVpnTemplate -Format Arm -OutFile ./vnet2vnet.json'
            Remarks = 'Both gateways, their public IPs and the two Vnet2Vnet connections; one virtual network name parameter per gateway.'
        }
        @{
            Title   = 'Alerts for every tunnel of a deployed gateway'
            Code    = @'
Get-HaVpnTopology -ResourceGroupName rg-hub -Name vgw-hub | Export-HaVpnTemplate -Format MonitoringBicep -OutFile ./vpn-alerts.bicep
New-AzResourceGroupDeployment -ResourceGroupName rg-hub -TemplateFile ./vpn-alerts.bicep -actionGroupId $actionGroup.Id
'@
            Remarks = 'One alert per connection, per BGP peer and per gateway, each notifying the action group.'
        }
        @{
            Title   = 'A plan and its alerts in one template'
            Code    = 'New-HaVpnTopology -Path ./examples/dual-redundancy.json | Export-HaVpnTemplate -IncludeMonitoring -OutFile ./vpn.bicep'
            Remarks = 'The alerts reference the gateway by symbol and deploy after it.'
        }
        @{
            Title   = 'A plan with errors is refused'
            Code    = 'New-HaVpnTopology -Path ./spec.json | Export-HaVpnTemplate -ErrorAction Stop'
            Remarks = 'Fails with error id TopologyHasErrors and the Error findings in the message; add -Force to export anyway.'
        }
    )
    Links       = @('Export-HaVpnScript', 'New-HaVpnTopology', 'Test-HaVpnTopology', 'https://learn.microsoft.com/azure/templates/microsoft.network/virtualnetworkgateways')
}
