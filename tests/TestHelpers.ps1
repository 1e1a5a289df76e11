# Shared by the Pester suites: run a snippet in a fresh PowerShell process (the same pwsh that runs the tests).
function global:pwshChild([string] $command) {
    $self = [Environment]::ProcessPath
    if ($self -match 'pwsh(\.exe)?$') { & $self -NoProfile -NonInteractive -Command $command }
    else { & $self (Join-Path $PSHOME 'pwsh.dll') -NoProfile -NonInteractive -Command $command }
}
