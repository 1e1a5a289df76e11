# Pester 5: Export-HaVpnReport and Compare-HaVpnTopology on the BUILT module, for every example and a deployed estate.
BeforeDiscovery {
    $script:Cases = @(Get-ChildItem (Join-Path $PSScriptRoot '../examples') -Filter *.json | ForEach-Object { @{ Name = $_.BaseName; File = $_.FullName } })
    $script:Cases += @{ Name = 'deployed'; File = $null }
    $script:AaExamples = @('active-active', 'dual-redundancy', 'vnet-to-vnet' | ForEach-Object { @{ Name = $_ } })
}

BeforeAll {
    $ErrorActionPreference = 'Stop'
    $script:ModulePath = if ($env:AZVPNHA_MODULE) { $env:AZVPNHA_MODULE } else { Join-Path $PSScriptRoot '../out/AzVpnHa/AzVpnHa.psd1' }
    Import-Module $script:ModulePath -Force
    $script:Examples = Join-Path $PSScriptRoot '../examples'
    $script:Fixtures = Join-Path $PSScriptRoot 'AzVpnHa.Core.Tests/Fixtures/Arm'
    $script:Chromium = Get-Command chromium, chromium-browser -CommandType Application -ErrorAction SilentlyContinue | Select-Object -First 1

    function Get-Deployed {
        $files = 'VirtualNetworkGatewayGet-ActiveActive', 'PublicIpAddressList-Standard', 'LocalNetworkGatewayList', 'ConnectionGet-hq-fw1', 'ConnectionGet-hq-fw2', 'ConnectionGet-branch' |
            ForEach-Object { Join-Path $script:Fixtures "$_.json" }
        Get-HaVpnTopology -Path $files
    }
    function Get-CaseTopology([string] $file) { if ($file) { New-HaVpnTopology -Path $file } else { Get-Deployed } }

    # The example with every gateway active-standby.
    function Get-ActiveStandbyVariant([string] $name) {
        $spec = Get-Content (Join-Path $script:Examples "$name.json") -Raw | ConvertFrom-Json -AsHashtable
        $spec.Remove('$schema'); $spec.Remove('$comment')
        foreach ($g in $spec.gateways) { $g.activeActive = $false; $g.Remove('instances') }
        New-HaVpnTopology -InputObject $spec
    }

    function Save-Screenshot([string] $html, [string] $png) {
        $profileDir = Join-Path ([System.IO.Path]::GetTempPath()) ('azvpnha-chromium-' + [guid]::NewGuid())
        New-Item -ItemType Directory $profileDir | Out-Null
        try {
            $path = (Resolve-Path $html).Path -replace '\\', '/' -replace ' ', '%20'
            $uri = if ($path.StartsWith('/')) { "file://$path" } else { "file:///$path" }
            & $script:Chromium.Source --headless --no-sandbox --disable-gpu --disable-quic --no-first-run --disable-background-networking `
                --disable-component-update --disable-sync "--user-data-dir=$profileDir" "--screenshot=$png" --window-size=1200,1600 $uri 2>&1 | Out-Null
        }
        finally { Remove-Item $profileDir -Recurse -Force -ErrorAction SilentlyContinue }
        Get-Item $png
    }
}

Describe 'Export-HaVpnReport: <Name>' -ForEach $Cases {
    BeforeAll {
        $script:t = Get-CaseTopology $File
        $script:html = $t | Export-HaVpnReport
        $script:doc = [xml]$html
    }

    It 'is well-formed XHTML with one SVG holding one edge per tunnel' {
        $doc.DocumentElement.LocalName | Should -Be 'html'
        $svg = @($doc.GetElementsByTagName('svg'))
        $svg.Count | Should -Be 1
        $edges = @($svg[0].GetElementsByTagName('line') | Where-Object { $_.GetAttribute('class') -eq 'tunnel' })
        $edges.Count | Should -Be $t.TunnelCount
        # Every tunnel's state is on its edge.
        ($edges | ForEach-Object { ($_.title -split ': ')[1] -replace ',.*' }) | Should -Be @($t | Get-HaTunnelMesh | ForEach-Object Status)
    }

    It 'draws both instances of every gateway and every device' {
        $labels = @($doc.GetElementsByTagName('text') | Where-Object { $_.GetAttribute('class') -eq 'node-label' } | ForEach-Object InnerText)
        ($labels | Where-Object { $_ -like 'instance *' }).Count | Should -Be (2 * @($t.Gateways).Count)
        foreach ($lng in $t.LocalNetworkGateways) { $labels | Should -Contain $(if ($lng.Device) { $lng.Device } else { $lng.Name }) }
    }

    It 'is self-contained: no script, no external stylesheet, image or font' {
        $html | Should -Not -Match '<script|<link|<img|<iframe|@import|url\('
        @($doc.SelectNodes('//*[@src]')).Count | Should -Be 0
    }

    It 'has the header, every finding by severity with its source, the failover tables and the resources' {
        $text = $doc.DocumentElement.InnerText
        foreach ($value in $t.Name, $t.ResourceGroupName, $t.Location, $t.Origin, $t.Gateways[0].Sku, (Get-Module AzVpnHa).Version) { $text | Should -Match ([regex]::Escape("$value")) }
        $findings = @($t | Test-HaVpnTopology)
        $rows = @($doc.SelectNodes('//*[local-name()="h2" and .="Findings"]/following-sibling::*[local-name()="table"][1]/..//*[local-name()="td"][1]'))
        foreach ($f in $findings) { $html | Should -Match ([regex]::Escape([System.Security.SecurityElement]::Escape($f.Message).Replace('&apos;', '&#39;'))) }
        foreach ($s in ($findings.Source | Select-Object -Unique)) { $html | Should -Match ([regex]::Escape("href=`"$s`"")) }
        foreach ($r in $t | Test-HaVpnFailover) { $text | Should -Match ([regex]::Escape($r.Description)) }
        foreach ($c in $t.Connections) { $text | Should -Match ([regex]::Escape($c.Name)) }
    }

    It 'as Markdown: the same sections with a Mermaid mesh, one link per tunnel' {
        $md = $t | Export-HaVpnReport -Format Markdown
        $mermaid = [regex]::Match($md, '(?s)```mermaid\n(.*?)```').Groups[1].Value
        @($mermaid -split "`n" | Where-Object { $_ -match ' ---\|' }).Count | Should -Be $t.TunnelCount
        $md | Should -Match "(?m)^# HA VPN report: $([regex]::Escape($t.Name))"
        $md | Should -Match '(?m)^## Findings'
        $md | Should -Match '(?m)^## Failover'
        $md | Should -Match '(?m)^## Resources'
    }

    It 'renders in headless Chromium as a page that is not blank' {
        if (-not $script:Chromium) { Set-ItResult -Skipped -Because 'chromium is not installed (Debian: apt-get install -y chromium); .ci/run installs it where it can' ; return }
        $file = $t | Export-HaVpnReport -OutFile (Join-Path $TestDrive "$Name.html")
        $blankHtml = Join-Path $TestDrive 'blank.html'
        Set-Content $blankHtml '<html><body></body></html>'
        $blank = Save-Screenshot $blankHtml (Join-Path $TestDrive 'blank.png')
        $shot = Save-Screenshot $file.FullName (Join-Path $TestDrive "$Name.png")
        # A white page compresses to almost nothing; a drawn report (text, tables, the mesh) to many times more.
        $shot.Length | Should -BeGreaterThan (20 * $blank.Length)
        [System.IO.File]::ReadAllBytes($shot.FullName)[1..3] | Should -Be ([byte[]][char[]]'PNG')
    }
}

Describe 'Export-HaVpnReport -OutFile' {
    It 'writes one file per topology into a folder, honours -NoClobber and -WhatIf' {
        $dir = New-Item -ItemType Directory (Join-Path $TestDrive 'reports')
        $files = Get-ChildItem $script:Examples -Filter *.json | Export-HaVpnReport -OutFile $dir.FullName
        $files.Name | Sort-Object | Should -Be @('contoso-aa.html', 'contoso-as.html', 'contoso-dual.html', 'contoso-md.html', 'contoso-v2v.html')
        $again = New-HaVpnTopology -Path (Join-Path $script:Examples 'active-active.json') | Export-HaVpnReport -OutFile $dir.FullName -NoClobber -ErrorVariable err -ErrorAction SilentlyContinue
        $again | Should -BeNullOrEmpty
        $err[0].FullyQualifiedErrorId | Should -BeLike 'OutFileExists,*'
        $md = Join-Path $TestDrive 'r.md'
        New-HaVpnTopology -Path (Join-Path $script:Examples 'active-active.json') | Export-HaVpnReport -Format Markdown -OutFile $md -WhatIf
        Test-Path $md | Should -BeFalse
    }

    It 'refuses to write two topologies into one file' {
        $one = Join-Path $TestDrive 'one.html'
        $files = Get-ChildItem $script:Examples -Filter active-*.json | Export-HaVpnReport -OutFile $one -ErrorVariable err -ErrorAction SilentlyContinue
        @($files).Count | Should -Be 1
        $err[0].FullyQualifiedErrorId | Should -BeLike 'OutFileUsedTwice,*'
        $err[0].ErrorDetails.RecommendedAction | Should -Match 'folder'
    }

    It 'reports a missing folder clearly' {
        $null = New-HaVpnTopology -Path (Join-Path $script:Examples 'active-active.json') | Export-HaVpnReport -OutFile (Join-Path $TestDrive 'missing/r.html') -ErrorVariable err -ErrorAction SilentlyContinue
        $err[0].FullyQualifiedErrorId | Should -BeLike 'OutFileFolderNotFound,*'
    }

    It 'documents a topology with Error findings (no -Force needed)' {
        $bad = New-HaVpnTopology -Name bad -ResourceGroupName rg -Location westeurope -GatewayName vgw -GatewaySku VpnGw2AZ -ActiveActive `
            -SiteName hq -SiteAddressPrefix 10.10.0.0/16 -Device (New-HaVpnDevice -Name a -PublicIp 203.0.113.1), (New-HaVpnDevice -Name b -PublicIp 203.0.113.2)
        $html = $bad | Export-HaVpnReport
        $html | Should -Match 'HA002'
        ([xml]$html).DocumentElement.InnerText | Should -Match 'Error \(\d+\)'
    }
}

Describe 'Compare-HaVpnTopology' {
    It '<Name> against its active-standby variant: the mode change, its cost and the tunnels it adds' -ForEach $AaExamples {
        $plan = New-HaVpnTopology -Path (Join-Path $script:Examples "$Name.json")
        $variant = Get-ActiveStandbyVariant $Name
        $differences = @($variant | Compare-HaVpnTopology -ReferenceTopology $plan)
        $mode = @($differences | Where-Object Property -eq 'ActiveActive')
        $mode.Count | Should -Be @($plan.Gateways).Count
        $mode[0].PSObject.TypeNames[0] | Should -Be 'AzVpnHa.TopologyDifference'
        $mode[0].Cost | Should -Match 'about 45 minutes'
        $mode[0].Cost | Should -Match 'new BGP addresses'
        $mode[0].Disruptive | Should -BeTrue
        $mode[0].Sources | Should -Contain 'https://learn.microsoft.com/azure/vpn-gateway/gateway-change-active-active'
        @($differences | Where-Object { $_.ResourceType -eq 'Tunnel' -and $_.Change -eq 'Add' }).Count | Should -Be ($plan.TunnelCount - $variant.TunnelCount)
    }

    It 'an active-standby example against its variant: no differences' {
        $plan = New-HaVpnTopology -Path (Join-Path $script:Examples 'multiple-devices.json')
        Compare-HaVpnTopology $plan (Get-ActiveStandbyVariant multiple-devices) | Should -BeNullOrEmpty
    }

    It 'a plan against a deployed estate read offline' {
        $plan = New-HaVpnTopology -Name hub-plan -ResourceGroupName rg-hub -Location westeurope -GatewayName vgw-aa -GatewaySku VpnGw3AZ -Generation Generation2 -ActiveActive -Asn 65515 `
            -SiteName hq -SiteAddressPrefix 10.10.0.0/16 -Device (New-HaVpnDevice -Name fw1 -PublicIp 203.0.113.1 -Asn 65010 -BgpPeeringAddress 10.10.255.1),
                (New-HaVpnDevice -Name fw2 -PublicIp 203.0.113.2 -Asn 65010 -BgpPeeringAddress 10.10.255.2)
        $differences = @(Get-Deployed | Compare-HaVpnTopology -ReferenceTopology $plan)
        ($differences | Where-Object Property -eq Sku).Cost | Should -Match 'Resize within the SKU family: about 45 minutes'
        ($differences | Where-Object Property -eq Status).Resource | Should -Be 'cn-hq-fw2: vgw-aa[1] <-> lgw-hq-fw2'
        ($differences | Where-Object { $_.ResourceType -eq 'LocalNetworkGateway' -and $_.Change -eq 'Remove' }).Resource | Should -Be 'lgw-branch'
        $differences | Where-Object ResourceType -eq GatewayInstance | Should -BeNullOrEmpty -Because 'the plan leaves the instance addresses to Azure'
        # The view: a list within 120 columns.
        ($differences | Out-String -Width 120) -split "`n" | Where-Object { $_.TrimEnd().Length -gt 120 } | Should -BeNullOrEmpty
    }

    It 'writes a Markdown change list with -OutFile, honouring -NoClobber' {
        $plan = New-HaVpnTopology -Path (Join-Path $script:Examples 'dual-redundancy.json')
        $out = Join-Path $TestDrive 'changes.md'
        $file = Get-ActiveStandbyVariant dual-redundancy | Compare-HaVpnTopology $plan -OutFile $out
        $file.FullName | Should -Be $out
        Get-Content $out -Raw | Should -Match '\| Modify \| Gateway vgw-hub \| ActiveActive \| True \| False \|'
        $null = Get-ActiveStandbyVariant dual-redundancy | Compare-HaVpnTopology $plan -OutFile $out -NoClobber -ErrorVariable err -ErrorAction SilentlyContinue
        $err[0].FullyQualifiedErrorId | Should -BeLike 'OutFileExists,*'
    }
}
