using 'main.bicep'

param gatewayName = 'vgw-bicep'
param activeActive = true
