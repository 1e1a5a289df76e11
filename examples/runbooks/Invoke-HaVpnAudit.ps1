<#
.SYNOPSIS
    Azure Automation runbook (PowerShell 7.4 runtime): audits VPN gateways for high availability and writes a report.
.DESCRIPTION
    Reads the gateways with the Automation account's managed identity (Reader on the subscriptions is enough), runs every
    AzVpnHa rule, writes the findings as SARIF and JSON (or the formats given) to -ReportPath, and outputs one
    AzVpnHa.AuditRun object: the findings, how many gateways were read, the read errors and the report files.
    It never prompts: no host UI, no confirmation, progress off. A gateway that cannot be read is counted and reported,
    the rest are audited; the runbook fails only when nothing could be read.
    Import the module from build.ps1 package's AzVpnHa.zip (Automation > Modules > Add a module, runtime 7.4).
.PARAMETER SubscriptionId
    Audit every VPN gateway of this subscription.
.PARAMETER ResourceId
    Audit these gateways (full resource ids) instead.
.PARAMETER ReportPath
    The folder the reports go to: a local or mounted path (an Azure Files share on a Hybrid Runbook Worker, or the
    sandbox's temporary folder for a later upload step). Created when missing.
.PARAMETER ReportFormat
    Sarif, Json, JUnit or Csv; Sarif and Json by default.
.PARAMETER ManagedIdentityClientId
    Client id of a user-assigned managed identity; the system-assigned identity by default.
.EXAMPLE
    ./Invoke-HaVpnAudit.ps1 -SubscriptionId $subId -ReportPath $env:TEMP
#>
[CmdletBinding(DefaultParameterSetName = 'Subscription')]
[OutputType('AzVpnHa.AuditRun')]
param(
    [Parameter(Mandatory, ParameterSetName = 'Subscription')]
    [string] $SubscriptionId,
    [Parameter(Mandatory, ParameterSetName = 'ResourceId')]
    [string[]] $ResourceId,
    [Parameter(Mandatory)]
    [string] $ReportPath,
    [ValidateSet('Sarif', 'Json', 'JUnit', 'Csv')]
    [string[]] $ReportFormat = @('Sarif', 'Json'),
    [string] $ManagedIdentityClientId
)
$ErrorActionPreference = 'Stop'
$ProgressPreference = 'SilentlyContinue'
Import-Module AzVpnHa

$read = @{ UseManagedIdentity = $true; ErrorAction = 'SilentlyContinue'; ErrorVariable = 'readErrors' }
if ($ManagedIdentityClientId) { $read.ManagedIdentityClientId = $ManagedIdentityClientId }
if ($PSCmdlet.ParameterSetName -eq 'ResourceId') { $read.ResourceId = $ResourceId } else { $read.SubscriptionId = $SubscriptionId }

$readErrors = @()
$topologies = @(Get-HaVpnTopology @read)
foreach ($e in $readErrors) { Write-Warning "Not read: $($e.TargetObject): $($e.Exception.Message) ($($e.FullyQualifiedErrorId))" }
$gateways = @($topologies | ForEach-Object { $_.Gateways }).Count
if ($gateways -eq 0) { throw "No VPN gateway could be read ($(@($readErrors).Count) error(s)); no report written." }

$findings = @($topologies | Test-HaVpnTopology)
if (-not (Test-Path $ReportPath)) { $null = New-Item -ItemType Directory -Path $ReportPath -Force }
$stamp = [DateTime]::UtcNow.ToString('yyyyMMdd-HHmmss')
$extension = @{ Sarif = 'sarif'; Json = 'json'; JUnit = 'junit.xml'; Csv = 'csv' }
$reports = foreach ($format in $ReportFormat) {
    $findings | Export-HaVpnFinding -Format $format -OutFile (Join-Path $ReportPath "azvpnha-$stamp.$($extension[$format])")
}
Write-Verbose "Audited $gateways gateway(s): $($findings.Count) finding(s), $(@($readErrors).Count) read error(s)."

[pscustomobject]@{
    PSTypeName = 'AzVpnHa.AuditRun'
    Gateways   = $gateways
    Findings   = $findings
    Errors     = @($readErrors | ForEach-Object { "$($_.FullyQualifiedErrorId): $($_.TargetObject)" })
    Reports    = @($reports | ForEach-Object FullName)
}
