@{
    Synopsis    = 'Lists the high-availability rules Test-HaVpnTopology applies.'
    Description = 'Get-HaVpnRule writes the rules with their id, title, usual severity and source document. Rule ids (HA001, HA002, ...) are stable: use them with Test-HaVpnTopology -ExcludeRule and to match findings in scripts.'
    Parameters  = @{
        Id = 'Rule ids to list; wildcards such as HA01* are allowed. All rules by default.'
    }
    Inputs      = @(@{ Type = 'None'; Description = 'This command takes no pipeline input.' })
    Outputs     = @(@{ Type = 'AzVpnHa.Rules.Rule'; Description = 'Id, Title, Severity and Source of each rule.' })
    Examples    = @(
        @{ Title = 'All rules'; Code = 'Get-HaVpnRule'; Remarks = 'The full list, in id order.' }
        @{ Title = 'Where a rule comes from'; Code = 'Get-HaVpnRule HA005 | Format-List *'; Remarks = 'HA005 cites the VPN FAQ, which reversed the 2016 article''s /32 advice.' }
    )
    Links       = @('Test-HaVpnTopology', 'about_AzVpnHa')
}
