@{
    Synopsis    = 'Reads a deployed VPN gateway estate (live from Azure, from Az objects, or from ARM JSON) into a topology to audit.'
    Description = @'
Get-HaVpnTopology reads what is deployed into the same topology New-HaVpnTopology plans, with Origin Deployed, so Test-HaVpnTopology applies every rule unchanged and adds the rules only a deployed estate can show: tunnels not connected (from tunnelConnectionStatus; a missing status is unknown, not down), a device with tunnels to one instance of an active-active gateway only, dual redundancy with fewer than 4 connected tunnels, BGP peers not Connected, a site whose prefixes are learned from fewer devices than it has (ECMP not in effect), mismatched, zonal or Basic public IPs, and resources not in provisioningState Succeeded (reported, not judged). Get-HaTunnelMesh shows each tunnel's live Status (Connected, NotConnected, Unknown).

Fleet (parameter sets Subscription, ManagementGroup, Tenant): -SubscriptionId <id[]>, -ManagementGroup <id> or -Tenant read every VPN gateway of the scope through Azure Resource Graph: a few paged queries (1,000 rows a page, subscriptions in batches of 200, within Resource Graph's per-user quota of 15 queries per 5 seconds, read from its x-ms-user-quota-remaining and x-ms-user-quota-resets-after headers) return the gateways, connections, local network gateways, gateway public IPs and gateway VNet address spaces, which are joined into one topology per gateway (gateways joined by VNet-to-VNet connections, across subscriptions too, share one). Resource Graph holds resource properties, not a connection's live status: tunnel status is Unknown in a fleet read (never read as down), so the tunnel-status rules stay silent; read single gateways with -ResourceId for them. ARM is then asked only for BGP status (long-running POSTs), per -BgpStatus: Needed (default) reads BGP peer status for BGP gateways that are active-active or serve a site of two or more devices, where HA034 and HA035 judge it; All reads peer status and learned routes for every BGP gateway; None reads nothing from ARM. Those calls are paced within each subscription's ARM token bucket (reads 250 + 25/s, writes 200 + 10/s; x-ms-ratelimit-remaining-subscription-reads/-writes lower the count; subscriptions are served in turn), so a default run provokes no 429; a 429 stops that subscription for its Retry-After. Write-Progress shows the pages, then the BGP operations; -Verbose says how many queries and ARM calls went where.

Live (parameter sets Name, ResourceId): per gateway it reads the gateway, its connections (each one with its own GET, since the list is slim), their local network gateways, the peer gateways of VNet-to-VNet connections, the public IPs and the VNet, and the BGP peer status and learned routes (long-running POSTs). Gateways are read in parallel up to -ThrottleLimit; throttling (429) waits for Retry-After. A read that fails (401, 403, 404, 429, 5xx, timeout) is a non-terminating error whose id names the failure (LiveReadUnauthorized, LiveReadForbidden, LiveReadNotFound, LiveReadThrottled, LiveReadServerError, LiveReadTimeout, LiveReadFailed) and whose target is the resource id; the rest of the audit completes. When sign-in itself fails the error is LiveReadSignInFailed, with the credential chain's message (which credentials were tried and why each failed). A module installed without its dependencies folder gives LiveReaderNotInstalled. Sign-in: the default Azure credential chain without interactive prompts, -UseManagedIdentity (Azure Automation), or -AccessToken to reuse an Az login. The Azure SDK is loaded on first live use only, from the module's dependencies folder, in its own load context on PowerShell 7, so the module works beside Az.Accounts whatever the import order.

Offline: -InputObject takes the objects Az cmdlets emit (Get-AzVirtualNetworkGateway, Get-AzVirtualNetworkGatewayConnection, Get-AzLocalNetworkGateway, Get-AzPublicIpAddress, Get-AzVirtualNetworkGatewayBGPPeerStatus); -Path takes ARM JSON files: REST GET payloads, list payloads ({ value: [...] }), ARM templates or resource-group exports. Everything given is merged by resource id. As in every cmdlet, a -Path that names no file is a non-terminating FileNotFound error, and a file that is not JSON an EstateInvalidJson error naming it; the other files are read. The topology's FilePath lists the files read.

Templates: -Path reads a template before it is deployed, as ARM would deploy it: parameters (from -TemplateParameterFile and -TemplateParameterObject, else their defaults), variables, conditions, copy loops (copyIndex with offsets and loop names), property access and indexing, the built-in functions Bicep and hand-written templates use (uniqueString and guid computed as Azure does), languageVersion 2.0 (symbolic resources, existing resources) and nested deployments (inline templates with inner or outer scope, templateLink.relativePath files beside the template, outputs used by the parent). .bicep and .bicepparam files are compiled with the Bicep CLI (on PATH, in ~/.azure/bin, or named by the AZVPNHA_BICEP environment variable). What is only known at deploy time (a parameter without a value, reference(), list*(), utcNow(), newGuid(), the resource group's location) is unknown: it is never judged as absent or wrong, and a name that depends on it shows the parameter as a placeholder (<gatewayName>), never expression text. A function the evaluator does not know is named once in the information stream; a linked template that needs a download is named in a warning. A spec file, a parameters file or JSON without Azure resources given to -Path is an error that says what to do instead.

Sites: Azure has no site resource, so local network gateways connected to one gateway form one site when they share a BGP ASN or their address spaces (or learned prefixes) overlap. Tag a local network gateway with azvpnha-site=<name> to set its site explicitly.
'@
    Parameters  = @{
        ResourceGroupName       = 'The resource group of the gateway to read live. Binds by property name, so Get-AzVirtualNetworkGateway output can be piped in.'
        Name                    = 'The gateway''s name (alias GatewayName); binds by property name with ResourceGroupName.'
        ResourceId              = 'Full ARM resource ids of virtual network gateways to read live.'
        Id                      = 'The gateway''s resource id, bound by property name from Get-AzVirtualNetworkGateway objects together with ResourceGroupName and Name: the subscription in it is used (unless -SubscriptionId is given), so gateways piped from another subscription are read where they are.'
        SubscriptionId          = 'With -ResourceGroupName/-Name: the gateway''s one subscription (default: the first one the credential sees). Alone: a fleet read of every VPN gateway in these subscriptions, through Resource Graph.'
        ManagementGroup         = 'A fleet read, through Resource Graph, of every VPN gateway in the subscriptions under this management group (its id: the last segment of its resource id).'
        Tenant                  = 'A fleet read, through Resource Graph, of every VPN gateway in every subscription the credential can see (Resource Graph answers for the first 10,000; a warning says when it stopped there).'
        BgpStatus               = 'Fleet reads: which gateways ARM is asked for BGP status. Needed (default): peer status for BGP gateways that are active-active or serve a site of two or more devices (HA034, HA035 judge it). All: peer status and learned routes for every BGP gateway. None: no ARM call.'
        InputObject             = 'Objects from the Az cmdlets (gateways, connections, local network gateways, public IPs, BGP peer status rows), read offline and merged by resource id.'
        Path                    = 'ARM JSON files, merged: REST payloads, list payloads, ARM templates or resource-group exports; Get-ChildItem output binds by FullName. Templates (.json, .bicep, .bicepparam) are deployed offline with their parameter values; what is set at deploy time stays unknown.'
        TemplateParameterFile   = 'With -Path: an ARM parameters file ({"parameters": {"name": {"value": ...}}}) or a .bicepparam, for the templates read, as New-AzResourceGroupDeployment -TemplateParameterFile takes it. A Key Vault reference is unknown offline.'
        TemplateParameterObject = 'With -Path: parameter values by name for the templates read (a hashtable, as New-AzResourceGroupDeployment -TemplateParameterObject takes it); they win over -TemplateParameterFile.'
        UseManagedIdentity      = 'Sign in with the managed identity (Azure Automation, Azure VMs) instead of the default credential chain.'
        ManagedIdentityClientId = 'The client id of a user-assigned managed identity.'
        AccessToken             = 'An ARM access token as a SecureString, e.g. (Get-AzAccessToken -AsSecureString).Token, to reuse an Az login.'
        Environment             = 'The Azure cloud: AzureCloud (default), AzureChinaCloud or AzureUSGovernment.'
        ThrottleLimit           = 'How many gateways are read at once (default 8); each gateway''s own reads also run in parallel. Fleet reads keep up to 4 times this many ARM calls in flight, within the subscriptions'' buckets.'
        SkipBgpStatus           = 'With -ResourceGroupName/-Name or -ResourceId: skip the BGP peer status and learned routes (long-running POSTs that need more than read access); the BGP rules then stay silent. Fleet reads use -BgpStatus None.'
    }
    Inputs      = @(
        @{ Type = 'System.String'; Description = 'ResourceGroupName and Name (or ResourceId) by property name, e.g. from Get-AzVirtualNetworkGateway; or Path (FullName) from Get-ChildItem.' }
    )
    Outputs     = @(@{ Type = 'AzVpnHa.Topology'; Description = 'One topology with Origin Deployed for everything read, with BgpPeers, LearnedRoutes and UnjudgedResources filled.' })
    Examples    = @(
        @{
            Title   = 'Audit one gateway live'
            Code    = 'Get-HaVpnTopology -ResourceGroupName rg-hub -Name vgw-hub | Test-HaVpnTopology'
            Remarks = 'Signs in with the default credential chain (environment, workload or managed identity, Azure CLI, Azure PowerShell), without prompts.'
        }
        @{
            Title   = 'Every VPN gateway of a subscription, reusing an Az login'
            Code    = '$token = (Get-AzAccessToken -AsSecureString).Token; Get-HaVpnTopology -SubscriptionId (Get-AzContext).Subscription.Id -AccessToken $token | Test-HaVpnTopology | Where-Object Severity -ne Information'
            Remarks = 'Read through Resource Graph, one topology per gateway; BGP status only where a finding depends on it.'
        }
        @{
            Title   = 'A whole management group, unattended'
            Code    = 'Get-HaVpnTopology -ManagementGroup mg-network -UseManagedIdentity -Verbose | Test-HaVpnTopology | Where-Object Severity -eq Error'
            Remarks = '-Verbose lists the Resource Graph queries and the ARM calls per subscription. Tunnel status is Unknown in a fleet read; BGP sessions show where status was read.'
        }
        @{
            Title   = 'Every gateway the credential can see, without any ARM call'
            Code    = 'Get-HaVpnTopology -Tenant -BgpStatus None | Test-HaVpnTopology | Group-Object RuleId'
            Remarks = 'Resource Graph only: configuration findings for the whole tenant in a few queries.'
        }
        @{
            Title   = 'Pipe Az gateways in, then look at the live tunnels'
            Code    = 'Get-AzVirtualNetworkGateway -ResourceGroupName rg-hub | Get-HaVpnTopology | Get-HaTunnelMesh | Format-Table Connection, AzureInstance, RemoteName, Status'
            Remarks = 'Status is Connected, NotConnected or Unknown (Azure did not report it).'
        }
        @{
            Title   = 'Offline, from Az objects'
            Code    = 'Get-HaVpnTopology -InputObject (Get-AzVirtualNetworkGateway -ResourceGroupName rg-hub), (Get-AzVirtualNetworkGatewayConnection -ResourceGroupName rg-hub), (Get-AzLocalNetworkGateway -ResourceGroupName rg-hub), (Get-AzPublicIpAddress -ResourceGroupName rg-hub) | Test-HaVpnTopology'
            Remarks = 'Nothing is read from Azure by the module: only what the objects carry is judged.'
        }
        @{
            Title   = 'Offline, from a resource group export'
            Code    = 'Export-AzResourceGroup -ResourceGroupName rg-hub -Path ./rg-hub.json; Get-HaVpnTopology -Path ./rg-hub.json | Test-HaVpnTopology'
            Remarks = 'An export has no live state: tunnel status is Unknown and the runtime rules stay silent.'
        }
        @{
            Title   = 'Check a template before deploying it, with its parameters file'
            Code    = 'Get-HaVpnTopology -Path ./azuredeploy.json -TemplateParameterFile ./azuredeploy.parameters.json | Test-HaVpnTopology'
            Remarks = 'Copy loops, conditions and nested deployments are evaluated offline; values set at deploy time (reference(), parameters without a value) are unknown and never reported as wrong.'
        }
        @{
            Title   = 'Check a Bicep file with a value given inline'
            Code    = 'Get-HaVpnTopology -Path ./main.bicep -TemplateParameterObject @{ gatewayName = ''vgw-hub''; activeActive = $true } | Test-HaVpnTopology'
            Remarks = 'Needs the Bicep CLI (az bicep install); a .bicepparam file can be given as -Path or -TemplateParameterFile.'
        }
    )
    Links       = @('Test-HaVpnTopology', 'Get-HaTunnelMesh', 'about_AzVpnHa')
}
