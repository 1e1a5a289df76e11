# Pester 5: the module installs like any other (the NuGet package from build.ps1 package, through PSResourceGet, into a
# clean module path) and runs unattended (the Azure Automation zip; the runbook example in a fresh non-interactive pwsh
# against the recorded ARM transport).
BeforeAll {
    $ErrorActionPreference = 'Stop'
    $script:ModulePath = if ($env:AZVPNHA_MODULE) { $env:AZVPNHA_MODULE } else { Join-Path $PSScriptRoot '../out/AzVpnHa/AzVpnHa.psd1' }
    $script:PackageDir = if ($env:AZVPNHA_PACKAGE) { $env:AZVPNHA_PACKAGE } else { Join-Path $PSScriptRoot '../out/package' }
    $script:Runbook = Join-Path $PSScriptRoot '../examples/runbooks/Invoke-HaVpnAudit.ps1'
    $script:Version = (Import-PowerShellDataFile $script:ModulePath).ModuleVersion
    . (Join-Path $PSScriptRoot 'TestHelpers.ps1')

    # A fresh pwsh whose HOME (user module path, PSResourceGet's repository store) is a new folder and whose module path
    # holds only PowerShell's own modules plus the given folders: nothing installed on this machine can answer.
    function script:Invoke-CleanPwsh([string] $Command, [string] $HomeDir, [string[]] $ModuleFolders = @()) {
        $saved = @{ HOME = $env:HOME; PSModulePath = $env:PSModulePath; XDG_DATA_HOME = $env:XDG_DATA_HOME; XDG_CONFIG_HOME = $env:XDG_CONFIG_HOME; XDG_CACHE_HOME = $env:XDG_CACHE_HOME }
        try {
            $env:HOME = $HomeDir
            $env:XDG_DATA_HOME = $null; $env:XDG_CONFIG_HOME = $null; $env:XDG_CACHE_HOME = $null
            $env:PSModulePath = (@($ModuleFolders) + (Join-Path $PSHOME 'Modules')) -join [IO.Path]::PathSeparator
            pwshChild $Command
        }
        finally { foreach ($k in $saved.Keys) { Set-Item "env:$k" $saved[$k] } }
    }
}

Describe 'build.ps1 package' {
    It 'makes a NuGet package that Install-PSResource installs from a local repository, imported by name, that plans' {
        $nupkg = Join-Path $PackageDir "AzVpnHa.$Version.nupkg"
        Test-Path $nupkg | Should -BeTrue -Because 'build.ps1 test (or package) makes it'
        $repo = New-Item -ItemType Directory (Join-Path $TestDrive 'repo')
        Copy-Item $nupkg $repo
        $homeDir = New-Item -ItemType Directory (Join-Path $TestDrive 'home')
        $out = Invoke-CleanPwsh -HomeDir $homeDir -Command @"
`$ErrorActionPreference = 'Stop'
Register-PSResourceRepository -Name AzVpnHaLocal -Uri '$repo' -Trusted
Install-PSResource -Name AzVpnHa -Repository AzVpnHaLocal -Scope CurrentUser -TrustRepository -Quiet
Import-Module AzVpnHa
`$t = New-HaVpnTopology -Path (Join-Path (Get-Module AzVpnHa).ModuleBase 'examples/dual-redundancy.json')
[pscustomobject]@{ Base = (Get-Module AzVpnHa).ModuleBase; Version = (Get-Module AzVpnHa).Version.ToString(); Kind = "`$(`$t.Kind)"; Tunnels = `$t.TunnelCount; Ok = (`$t | Test-HaVpnTopology -Quiet) } | ConvertTo-Json -Compress
"@
        $result = ($out | Select-Object -Last 1) | ConvertFrom-Json
        $result.Base | Should -BeLike "$homeDir*"
        $result.Version | Should -Be $Version
        $result.Kind | Should -Be 'DualRedundancy'
        $result.Tunnels | Should -Be 4
        $result.Ok | Should -BeTrue
    }

    It 'makes a zip Azure Automation imports: the module folder at its root, the manifest named like the folder' {
        $zip = Join-Path $PackageDir 'AzVpnHa.zip'
        Add-Type -AssemblyName System.IO.Compression.FileSystem
        $archive = [System.IO.Compression.ZipFile]::OpenRead($zip)
        try { $entries = @($archive.Entries.FullName) } finally { $archive.Dispose() }
        $entries | Should -Contain 'AzVpnHa/AzVpnHa.psd1'
        $entries | Should -Contain 'AzVpnHa/AzVpnHa.dll'
        @($entries | Where-Object { $_ -notlike 'AzVpnHa/*' }) | Should -BeNullOrEmpty
        # Unzipped into a module folder, it imports by name.
        $modules = New-Item -ItemType Directory (Join-Path $TestDrive 'automation-modules')
        [System.IO.Compression.ZipFile]::ExtractToDirectory($zip, $modules)
        $out = Invoke-CleanPwsh -HomeDir (New-Item -ItemType Directory (Join-Path $TestDrive 'home2')) -ModuleFolders $modules -Command "Import-Module AzVpnHa -ErrorAction Stop; (Get-Module AzVpnHa).ModuleBase"
        ($out | Select-Object -Last 1) | Should -Be (Join-Path $modules 'AzVpnHa')
    }
}

Describe 'The runbook example' {
    It 'uses no host UI' {
        $ast = [System.Management.Automation.Language.Parser]::ParseFile($Runbook, [ref]$null, [ref]$null)
        $commands = $ast.FindAll({ $args[0] -is [System.Management.Automation.Language.CommandAst] }, $true) | ForEach-Object { $_.GetCommandName() }
        $commands | Should -Not -Contain 'Read-Host'
        $commands | Should -Not -Contain 'Write-Host'
        $commands | Should -Not -Contain 'Get-Credential'
        $commands | Should -Contain 'Get-HaVpnTopology'
        (Get-Content $Runbook -Raw) | Should -Match 'UseManagedIdentity = \$true'
    }

    It 'audits through the managed identity in a fresh non-interactive pwsh and writes SARIF and JSON reports' {
        $reports = Join-Path $TestDrive 'reports'
        $moduleFolder = Split-Path (Split-Path $ModulePath)
        # The recorded ARM transport stands in for Azure (and for the managed identity's token); gateway 1 answers 403.
        $out = Invoke-CleanPwsh -HomeDir (New-Item -ItemType Directory (Join-Path $TestDrive 'home3')) -ModuleFolders $moduleFolder -Command @"
`$ErrorActionPreference = 'Stop'
Import-Module AzVpnHa
[AzVpnHa.Host.InternalHooks]::SetTestHook('SyntheticGateways', 3)
[AzVpnHa.Host.InternalHooks]::SetTestHook('ForbiddenGateway', 1)
`$ids = 0..2 | ForEach-Object { [AzVpnHa.Host.InternalHooks]::SyntheticGatewayId(`$_) }
`$run = & '$Runbook' -ResourceId `$ids -ReportPath '$reports' 3>`$null
[pscustomobject]@{ Type = `$run.PSObject.TypeNames[0]; Gateways = `$run.Gateways; Findings = @(`$run.Findings).Count; Errors = `$run.Errors; Reports = `$run.Reports } | ConvertTo-Json -Compress
"@
        $run = ($out | Select-Object -Last 1) | ConvertFrom-Json
        $run.Type | Should -Be 'AzVpnHa.AuditRun'
        $run.Gateways | Should -Be 2
        @($run.Errors).Count | Should -Be 1
        $run.Errors[0] | Should -BeLike 'LiveReadForbidden*vgw-1'
        @($run.Reports).Count | Should -Be 2
        $sarif = Get-Content ($run.Reports | Where-Object { $_ -like '*.sarif' }) -Raw | ConvertFrom-Json
        $sarif.version | Should -Be '2.1.0'
        @($sarif.runs[0].results).Count | Should -Be $run.Findings
        $json = Get-Content ($run.Reports | Where-Object { $_ -like '*.json' }) -Raw | ConvertFrom-Json
        @($json).Count | Should -Be $run.Findings
    }
}
