<# Runs the Pester suites in a clean process and writes the counts where build.ps1 sums them. #>
param([string] $PesterPath, [string] $TestPath, [string] $ResultFile)
$ErrorActionPreference = 'Stop'
Import-Module $PesterPath -MinimumVersion 5.0
$config = New-PesterConfiguration
$config.Run.Path = $TestPath
$config.Run.PassThru = $true
$config.Output.Verbosity = 'Normal'
$result = Invoke-Pester -Configuration $config
@{ Passed = $result.PassedCount; Failed = $result.FailedCount + $result.FailedBlocksCount + $result.FailedContainersCount; Skipped = $result.SkippedCount } |
    ConvertTo-Json | Set-Content -Path $ResultFile
