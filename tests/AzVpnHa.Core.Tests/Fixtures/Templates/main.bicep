@description('Name of the VPN gateway.')
param gatewayName string
param activeActive bool = false
param devices array = [
  { name: 'fw1', ip: '198.51.100.11', peer: '10.50.0.1' }
  { name: 'fw2', ip: '198.51.100.12', peer: '10.50.0.2' }
]

var instances = activeActive ? 2 : 1

resource pips 'Microsoft.Network/publicIPAddresses@2024-05-01' = [for i in range(0, instances): {
  name: '${gatewayName}-pip${i + 1}'
  location: 'westeurope'
  sku: { name: 'Standard' }
  properties: { publicIPAllocationMethod: 'Static' }
}]

resource gateway 'Microsoft.Network/virtualNetworkGateways@2024-05-01' = {
  name: gatewayName
  location: 'westeurope'
  properties: {
    gatewayType: 'Vpn'
    vpnType: 'RouteBased'
    sku: { name: 'VpnGw2AZ', tier: 'VpnGw2AZ' }
    activeActive: activeActive
    enableBgp: true
    bgpSettings: { asn: 65515 }
    ipConfigurations: [for i in range(0, instances): {
      name: 'ipconfig${i}'
      properties: {
        publicIPAddress: { id: pips[i].id }
      }
    }]
  }
}

module site 'modules/site.bicep' = [for (d, i) in devices: {
  name: 'site-${d.name}'
  params: {
    name: 'lng-${d.name}'
    ip: d.ip
    peer: d.peer
    gatewayId: gateway.id
  }
}]

output sites array = [for i in range(0, length(devices)): site[i].outputs.lngName]
