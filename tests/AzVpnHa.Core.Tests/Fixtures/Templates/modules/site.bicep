param name string
param ip string
param peer string
param gatewayId string

resource lng 'Microsoft.Network/localNetworkGateways@2024-05-01' = {
  name: name
  location: 'westeurope'
  properties: {
    gatewayIpAddress: ip
    bgpSettings: { asn: 65200, bgpPeeringAddress: peer }
  }
}

resource connection 'Microsoft.Network/connections@2024-05-01' = {
  name: '${name}-cn'
  location: 'westeurope'
  properties: {
    connectionType: 'IPsec'
    enableBgp: true
    virtualNetworkGateway1: { id: gatewayId, properties: {} }
    localNetworkGateway2: { id: lng.id, properties: {} }
  }
}

output lngName string = lng.name
