// Expressions whose values ARM's own engine computes offline (bicep snapshot): the evaluator must agree with it.
param prefix string = 'Hub'
param devices array = [
  { name: 'fw1', ip: '198.51.100.1', on: true }
  { name: 'fw2', ip: '198.51.100.2', on: false }
  { name: 'fw3', ip: '198.51.100.3', on: true }
]
param network string = '10.144.0.0/20'

var enabled = filter(devices, d => d.on)
var cfg = {
  gateway: { name: 'vgw-${toLower(prefix)}', asn: 65010 }
  sizes: [ 1, 2, 3 ]
}

resource pips 'Microsoft.Network/publicIPAddresses@2024-05-01' = [for i in range(1, 2): {
  name: format('{0}-pip{1:D2}', cfg.gateway.name, i)
  location: 'westeurope'
  sku: { name: 'Standard' }
  properties: { publicIPAllocationMethod: 'Static' }
}]

resource lngs 'Microsoft.Network/localNetworkGateways@2024-05-01' = [for (d, i) in enabled: {
  name: 'lng-${d.name}-${uniqueString(d.name, prefix)}'
  location: 'westeurope'
  tags: {
    guid: guid(d.name, 'site', prefix)
    guid1: guid(d.ip)
    index: string(i)
    joined: join(map(enabled, e => e.name), '+')
    reduced: string(reduce(cfg.sizes, 0, (acc, x) => acc + x))
    subnet: cidrSubnet(network, 24, i + 2)
    host: cidrHost(network, 10 + i)
    broadcast: parseCidr(network).broadcast
    padded: padLeft(i, 3, '0')
    upper: toUpper(substring(d.name, 0, 2))
    replaced: replace(d.ip, '.', '-')
    split: split(d.ip, '.')[3]
    last: last(split(d.ip, '.'))
    contains: string(contains(d.name, 'fw'))
    startsWith: string(startsWith(d.name, 'FW'))
    indexOf: string(indexOf(d.ip, '.1'))
    coalesced: d.?missing ?? d.name
    ternary: i == 0 ? 'first' : 'later'
    json: string({ a: i, b: [ d.name ] })
    items: join(map(items({ b: 2, a: 1, C: 3 }), x => x.key), ',')
    union: string(union({ a: { x: 1 } }, { a: { y: 2 } }))
    length: string(length(enabled))
    range: string(range(i, 3))
    take: string(take(cfg.sizes, 2))
    skip: string(skip(cfg.sizes, 2))
    minmax: '${min(3, 1, 2)}-${max(cfg.sizes)}'
    math: string((i + 7) * 3 / 2 % 5)
    uri: uri('https://example.com/a/', 'b.json')
    base64: base64(d.name)
    bool: string(bool('true'))
    int: string(int('42') + i)
    empty: string(empty([]))
    trimmed: trim('  x  ')
    endsWith: string(endsWith(d.ip, '.1'))
    first: first(d.name)
    equals: string(d == { name: 'fw1', ip: '198.51.100.1', on: true })
    toObject: string(toObject(enabled, e => e.name, e => e.ip))
    objectKeys: string(objectKeys({ z: 1, y: 2 }))
    flatten: string(flatten([ [ 1, 2 ], [ 3 ] ]))
    intersection: string(intersection([ 1, 2, 3 ], [ 2, 3, 4 ]))
    sort: string(sort([ 3, 1, 2 ], (a, b) => a < b))
    lastIndexOf: string(lastIndexOf('abcabc', 'b'))
  }
  properties: {
    gatewayIpAddress: d.ip
    bgpSettings: { asn: 65100 + i, bgpPeeringAddress: cidrHost('10.200.0.0/24', i) }
  }
}]

module site 'modules/site.bicep' = [for (d, i) in enabled: {
  name: 'site-${i}'
  params: {
    name: 'm-${d.name}'
    ip: d.ip
    peer: cidrHost('10.201.0.0/24', i)
    gatewayId: resourceId('Microsoft.Network/virtualNetworkGateways', cfg.gateway.name)
  }
}]
