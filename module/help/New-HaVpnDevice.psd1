@{
    Synopsis    = 'Describes an on-premises VPN device for New-HaVpnTopology.'
    Description = @'
New-HaVpnDevice creates a device description (AzVpnHa.DeviceSpec) to pass to New-HaVpnTopology -Device. Each device becomes one local network gateway and one connection, as the Azure HA guidance requires for several on-premises devices.

Give the device's public IP (-PublicIp) or its DNS name (-Fqdn). For BGP give both -Asn and -BgpPeeringAddress: the BGP peer address must be unique per device, must not be the device's public IP and must not lie in the VNet; it may be a loopback or an APIPA address (169.254.x.x).

The values are checked here, with the same rules New-HaVpnTopology applies to a spec, and a mistake is a terminating error naming the parameter, for example -PublicIp: '198.51.100.300' is not an IP address (SpecInvalidIpAddress), or -BgpPeeringAddress missing while the device has an -Asn (SpecIncompleteBgp). Checks that need the site or the gateway (unique names and addresses) are made by New-HaVpnTopology. The command changes nothing.

Pipe the devices into New-HaVpnTopology to make them one site's -Device: New-HaVpnDevice fw1 203.0.113.10 | New-HaVpnTopology -Name t ... -SiteName hq.
'@
    Parameters  = @{
        Name              = 'The device name. The planned LNG is named lgw-<site>-<device> and the connection cn-<site>-<device>.'
        PublicIp          = 'The public IPv4 address of the device''s VPN endpoint (the LNG''s GatewayIpAddress).'
        Fqdn              = 'The DNS name of the device''s VPN endpoint, for devices with a dynamic public IP (the LNG''s Fqdn).'
        Asn               = 'The device''s BGP AS number. It must not be reserved by Azure (8074, 8075, 12076, 65515, 65517-65520) or IANA, and must differ from the gateway''s.'
        BgpPeeringAddress = 'The device''s BGP peer IP address. -Asn and -BgpPeeringAddress come together: one without the other is an error.'
        AddressPrefix     = 'The LNG address space as you want it configured. Leave it out: without BGP the site''s prefixes are used; with BGP the address space stays empty (the current Azure docs call the peer /32 redundant).'
        AdvertisedPrefix  = 'The prefixes the device advertises over BGP, if they differ from the site''s. Every device of a site should advertise the same prefixes (ECMP).'
        EnableBgp         = 'Force BGP on or off for this device''s connection (-EnableBgp:$false). By default BGP is on when both the gateway and the device have an ASN.'
        StatefulFirewall  = 'The device is a stateful firewall that drops flows whose return traffic comes back on another tunnel. Azure does not guarantee symmetric routing across the two instances of an active-active gateway, so rule HA023 then warns and says how to keep flows on one tunnel.'
    }
    Inputs      = @(@{ Type = 'System.Management.Automation.PSObject'; Description = 'Objects with Name, PublicIp (or GatewayIpAddress) or Fqdn, Asn, BgpPeeringAddress ... properties, for example rows of Import-Csv.' })
    Outputs     = @(@{ Type = 'AzVpnHa.DeviceSpec'; Description = 'The device description.' })
    Examples    = @(
        @{
            Title   = 'A BGP device'
            Code    = 'New-HaVpnDevice -Name fw1 -PublicIp 203.0.113.10 -Asn 65010 -BgpPeeringAddress 10.10.255.1'
            Remarks = 'A device that peers with BGP from a private address.'
        }
        @{
            Title   = 'Devices from a CSV file'
            Code    = 'Import-Csv ./devices.csv | New-HaVpnDevice'
            Remarks = 'Columns Name, PublicIp, Asn, BgpPeeringAddress bind by property name.'
        }
        @{
            Title   = 'A device behind a dynamic IP'
            Code    = 'New-HaVpnDevice -Name branch-edge -Fqdn vpn.branch.contoso.com'
            Remarks = 'Without BGP the device''s LNG gets the site''s address prefixes.'
        }
    )
    Links       = @('New-HaVpnTopology', 'about_AzVpnHa')
}
