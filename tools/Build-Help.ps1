<#
.SYNOPSIS
    Compiles module/help/<Cmdlet>.psd1 into MAML (en-US/AzVpnHa.dll-Help.xml) for the built module.
.DESCRIPTION
    Prose lives in one small data file per cmdlet; syntax, types, positions and pipeline flags come from the
    cmdlet metadata itself, so help can never drift from the code. Fails when a cmdlet or parameter has no text.
#>
param(
    [Parameter(Mandatory)] [string] $ModulePath,   # out/AzVpnHa/AzVpnHa.psd1
    [Parameter(Mandatory)] [string] $HelpSource,   # module/help
    [Parameter(Mandatory)] [string] $OutFile
)
$ErrorActionPreference = 'Stop'
Import-Module $ModulePath -Force
$module = Get-Module AzVpnHa
$common = [System.Management.Automation.Cmdlet]::CommonParameters + [System.Management.Automation.Cmdlet]::OptionalCommonParameters

function X([string] $text) { [System.Security.SecurityElement]::Escape($text) }
function Paras([string] $text) {
    ($text -split "\r?\n\s*\r?\n" | Where-Object { $_.Trim() } | ForEach-Object { "<maml:para>$(X $_.Trim())</maml:para>" }) -join ''
}
function TypeName([type] $type) { if ($type -eq [System.Management.Automation.SwitchParameter]) { 'SwitchParameter' } else { $type.Name } }
function ParameterXml($p, $set, $text) {
    $pipeline = @()
    if ($set.ValueFromPipeline) { $pipeline += 'ByValue' }
    if ($set.ValueFromPipelineByPropertyName) { $pipeline += 'ByPropertyName' }
    $pipelineText = if ($pipeline) { "True ($($pipeline -join ', '))" } else { 'False' }
    $position = if ($set.Position -ge 0) { $set.Position } else { 'named' }
    $aliases = if ($p.Aliases.Count) { $p.Aliases -join ', ' } else { 'none' }
    $isSwitch = $p.ParameterType -eq [System.Management.Automation.SwitchParameter]
    $value = if ($isSwitch) { '' } else { "<command:parameterValue required=`"true`" variableLength=`"false`">$(TypeName $p.ParameterType)</command:parameterValue>" }
    $globbing = [bool]($p.Attributes | Where-Object { $_ -is [System.Management.Automation.SupportsWildcardsAttribute] })
    "<command:parameter required=`"$($set.IsMandatory.ToString().ToLower())`" variableLength=`"true`" globbing=`"$($globbing.ToString().ToLower())`" pipelineInput=`"$pipelineText`" position=`"$position`" aliases=`"$aliases`"><maml:name>$($p.Name)</maml:name><maml:description>$(Paras $text)</maml:description>$value<dev:type><maml:name>$(X $p.ParameterType.FullName)</maml:name></dev:type></command:parameter>"
}

$problems = @()
$commands = foreach ($command in Get-Command -Module AzVpnHa -CommandType Cmdlet | Sort-Object Name) {
    $sourceFile = Join-Path $HelpSource "$($command.Name).psd1"
    if (-not (Test-Path $sourceFile)) { $problems += "$($command.Name): no help file $sourceFile"; continue }
    $h = Import-PowerShellDataFile $sourceFile
    foreach ($key in 'Synopsis', 'Description', 'Examples') { if (-not $h[$key]) { $problems += "$($command.Name): no $key" } }
    $parameters = $command.Parameters.Values | Where-Object { $_.Name -notin $common }
    foreach ($p in $parameters) { if (-not $h.Parameters[$p.Name]) { $problems += "$($command.Name) -$($p.Name): no description" } }
    foreach ($name in $h.Parameters.Keys) { if ($name -notin $parameters.Name) { $problems += "$($command.Name): help describes -$name, which does not exist" } }

    $syntax = foreach ($set in $command.ParameterSets) {
        $items = foreach ($sp in $set.Parameters | Where-Object { $_.Name -notin $common }) {
            ParameterXml $command.Parameters[$sp.Name] $sp $h.Parameters[$sp.Name]
        }
        "<command:syntaxItem><maml:name>$($command.Name)</maml:name>$($items -join '')</command:syntaxItem>"
    }
    $parameterXml = foreach ($p in $parameters | Sort-Object Name) {
        $first = $p.ParameterSets.Values | Sort-Object { -not $_.IsMandatory } | Select-Object -First 1
        ParameterXml $p $first $h.Parameters[$p.Name]
    }
    $inputs = foreach ($i in $h.Inputs) { "<command:inputType><dev:type><maml:name>$(X $i.Type)</maml:name></dev:type><maml:description>$(Paras $i.Description)</maml:description></command:inputType>" }
    $outputs = foreach ($o in $h.Outputs) { "<command:returnValue><dev:type><maml:name>$(X $o.Type)</maml:name></dev:type><maml:description>$(Paras $o.Description)</maml:description></command:returnValue>" }
    $n = 0
    $examples = foreach ($e in $h.Examples) {
        $n++
        "<command:example><maml:title>-------------------------- Example ${n}: $(X $e.Title) --------------------------</maml:title><dev:code>$(X $e.Code)</dev:code><dev:remarks>$(Paras $e.Remarks)</dev:remarks></command:example>"
    }
    $links = foreach ($l in $h.Links) {
        if ($l -match '^https?://') { "<maml:navigationLink><maml:linkText>Online documentation</maml:linkText><maml:uri>$(X $l)</maml:uri></maml:navigationLink>" }
        else { "<maml:navigationLink><maml:linkText>$(X $l)</maml:linkText><maml:uri /></maml:navigationLink>" }
    }
    $verb, $noun = $command.Name -split '-', 2
@"
<command:command xmlns:maml="http://schemas.microsoft.com/maml/2004/10" xmlns:command="http://schemas.microsoft.com/maml/dev/command/2004/10" xmlns:dev="http://schemas.microsoft.com/maml/dev/2004/10" xmlns:MSHelp="http://msdn.microsoft.com/mshelp">
<command:details><command:name>$($command.Name)</command:name><command:verb>$verb</command:verb><command:noun>$noun</command:noun><maml:description>$(Paras $h.Synopsis)</maml:description></command:details>
<maml:description>$(Paras $h.Description)</maml:description>
<command:syntax>$($syntax -join '')</command:syntax>
<command:parameters>$($parameterXml -join '')</command:parameters>
<command:inputTypes>$($inputs -join '')</command:inputTypes>
<command:returnValues>$($outputs -join '')</command:returnValues>
<command:examples>$($examples -join '')</command:examples>
<command:relatedLinks>$($links -join '')</command:relatedLinks>
</command:command>
"@
}
if ($problems) { throw "Help is incomplete:`n  " + ($problems -join "`n  ") }
$xml = "<?xml version=`"1.0`" encoding=`"utf-8`"?>`n<helpItems schema=`"maml`" xmlns=`"http://msh`">`n$($commands -join "`n")`n</helpItems>`n"
[xml] $xml | Out-Null   # well-formed or fail here, not at Get-Help time
New-Item -ItemType Directory -Force (Split-Path $OutFile) | Out-Null
[System.IO.File]::WriteAllText($OutFile, $xml, [System.Text.UTF8Encoding]::new($false))
