# Dot-sourced by build.ps1, the benchmark and the Pester helpers: run PowerShell in a fresh process, with the same
# pwsh that runs the caller (the pinned dotnet tool, where pwsh is a dll run by dotnet, or an installed pwsh).
function Invoke-ChildPwsh {
    param([string] $File, [string[]] $Arguments = @(), [string] $Command)
    $self = [Environment]::ProcessPath
    [string[]] $launcher = if ($self -match 'pwsh(\.exe)?$') { @() } else { Join-Path $PSHOME 'pwsh.dll' }
    if ($Command) { & $self @launcher -NoProfile -NonInteractive -Command $Command }
    else { & $self @launcher -NoProfile -NonInteractive -File $File @Arguments }
}
