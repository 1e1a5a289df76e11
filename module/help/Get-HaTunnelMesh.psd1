@{
    Synopsis    = 'Lists every IPsec tunnel of a topology: which Azure instance talks to which device or peer instance.'
    Description = @'
Get-HaTunnelMesh writes one AzVpnHa.Tunnel per tunnel of a topology. An active-standby gateway builds one tunnel per connection (from its active instance 0); an active-active gateway builds two, one from each instance, inside the same connection. A VNet-to-VNet link has one tunnel per pair of active instances: 1, 2 or 4.

So: active-standby with one device = 1 tunnel; with N devices = N; active-active with one device = 2; with N devices = 2N (dual redundancy = 4); VNet-to-VNet between two active-active gateways = 4.

Addresses Azure assigns at deployment (public IPs, default BGP addresses) show as "(at deploy)" in a plan. For an APIPA device the Azure BGP address is the instance's custom APIPA address.
'@
    Parameters  = @{
        Topology = 'A topology from New-HaVpnTopology, usually from the pipeline.'
        Path     = 'Spec files (.json or .psd1) to plan and list; Get-ChildItem output binds by FullName. A bad file is reported as a non-terminating error and the others are processed.'
    }
    Inputs      = @(
        @{ Type = 'AzVpnHa.Topology'; Description = 'Topologies from New-HaVpnTopology.' }
        @{ Type = 'System.String'; Description = 'Spec file paths, by property name (Path or FullName).' }
    )
    Outputs     = @(@{ Type = 'AzVpnHa.Tunnel'; Description = 'Connection, LocalNetworkGateway, AzureGateway, AzureInstance, AzurePublicIp, AzureBgpAddress, RemoteName, RemotePublicIp, RemoteBgpAddress, RemoteAsn, Bgp, Target and Status.' })
    Examples    = @(
        @{
            Title   = 'The 4-tunnel mesh of dual redundancy'
            Code    = 'New-HaVpnTopology -Path ./examples/dual-redundancy.json | Get-HaTunnelMesh'
            Remarks = 'Each of the two devices has a tunnel to each of the two gateway instances.'
        }
        @{
            Title   = 'Count tunnels per gateway against the SKU limit'
            Code    = 'Get-HaTunnelMesh -Path ./examples/*.json | Group-Object AzureGateway | Select-Object Name, Count'
            Remarks = 'Every tunnel counts against the gateway SKU''s limit (30 for VpnGw1-3AZ, 100 for VpnGw4-5AZ).'
        }
        @{
            Title   = 'The on-premises side: what each device must be configured with'
            Code    = 'New-HaVpnTopology -Path ./examples/active-active.json | Get-HaTunnelMesh | Select-Object RemoteName, AzurePublicIp, AzureBgpAddress'
            Remarks = 'The device needs a tunnel to each Azure public IP and a BGP session (with a /32 host route) to each Azure BGP address.'
        }
    )
    Links       = @('New-HaVpnTopology', 'Test-HaVpnTopology', 'about_AzVpnHa')
}
