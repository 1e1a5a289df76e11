# Shared by the Pester suites: run a snippet in a fresh PowerShell process (the same pwsh that runs the tests).
. (Join-Path $PSScriptRoot '../tools/ChildPwsh.ps1')
function global:pwshChild([string] $command) { Invoke-ChildPwsh -Command $command }
