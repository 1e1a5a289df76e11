@{
    RootModule        = 'Minimal.dll'
    ModuleVersion     = '1.0.0'
    GUID              = '0b4f1f35-8d55-4bb8-9d0e-0f3e7c6a0c11'
    FormatsToProcess  = @('Minimal.format.ps1xml')
    CmdletsToExport   = @('Get-MinimalItem')
    FunctionsToExport = @()
    AliasesToExport   = @()
    VariablesToExport = @()
}
