@{
    Synopsis    = 'Writes findings as SARIF, JUnit XML, CSV or JSON for pipelines, code scanning and dashboards.'
    Description = @'
Export-HaVpnFinding collects every finding of the pipeline (from Test-HaVpnTopology) into one report:

Sarif: a SARIF 2.1.0 log that code-scanning tools (GitHub code scanning, Azure DevOps, the SARIF viewers) show. Every rule is listed with its title, severity, a help link to the document it cites and the ids of the Azure Proactive Resiliency Library (APRL) and Azure Advisor recommendations that cover the same problem. Every finding is a result (level error, warning or note) with its message and recommendation, the resource as a logical location, and, when the finding has a FilePath, the file with the line that names the resource. Results carry a stable fingerprint per rule, topology and resource, so the next run updates the same alert. The module's tests check the output with Microsoft's SARIF Multitool.

JUnit: JUnit XML (the common Ant/Jenkins JUnit.xsd shape) that CI systems show as test results: one test suite per topology, one test case per rule and resource. A case with an Error or Warning finding fails (failure type = the severity); a case with only Information findings passes and lists them in system-out; a rule without findings is one passing case.

Csv: one row per finding with TopologyName, Path, RuleId, Severity, Target, Message, Recommendation, Source, AprlIds and AdvisorIds (RFC 4180 quoting).

Json: an array of findings with camelCase members and their azureRecommendations.

Without -OutFile the report is written to the pipeline as one string.

GitHub code scanning shows only results with a file location: export the findings of spec, template or ARM files (their FilePath). A file under the current location is written as a path relative to it, so run the export from the repository root. Findings of a live read carry the resource as a logical location, which other SARIF viewers show.
'@
    Parameters  = @{
        InputObject  = 'Findings from Test-HaVpnTopology, usually from the pipeline.'
        Format       = 'Sarif, JUnit, Csv or Json.'
        TopologyName = 'The topology the findings are about; bound from the finding''s TopologyName property. JUnit makes one test suite per topology name.'
        TopologyPath = 'The spec, template or ARM file the topology was read from; bound from the finding''s FilePath property. SARIF results name this file as their location.'
        OutFile      = 'Write the report to this file and return the file instead of the text.'
        NoClobber    = 'Do not overwrite an existing -OutFile: write error OutFileExists instead.'
    }
    Inputs      = @(
        @{ Type = 'AzVpnHa.Finding'; Description = 'Findings from Test-HaVpnTopology.' }
    )
    Outputs     = @(
        @{ Type = 'System.String'; Description = 'The report text, without -OutFile.' }
        @{ Type = 'System.IO.FileInfo'; Description = 'The written file, with -OutFile.' }
    )
    Examples    = @(
        @{
            Title   = 'SARIF for code scanning in a CI pipeline'
            Code    = 'Get-ChildItem ./specs/*.json | Test-HaVpnTopology | Export-HaVpnFinding -Format Sarif -OutFile ./azvpnha.sarif'
            Remarks = 'Upload azvpnha.sarif with your CI''s SARIF step; each finding points at the spec line that names its resource.'
        }
        @{
            Title   = 'JUnit test results'
            Code    = 'Get-HaVpnTopology -SubscriptionId $subId | Test-HaVpnTopology | Export-HaVpnFinding JUnit -OutFile ./azvpnha-junit.xml'
            Remarks = 'Each rule and resource is a test case; Error and Warning findings are failures.'
        }
        @{
            Title   = 'Join findings with an APRL or Advisor report'
            Code    = 'Test-HaVpnTopology -Path ./spec.json | Export-HaVpnFinding -Format Csv -OutFile ./findings.csv -NoClobber'
            Remarks = 'The AprlIds and AdvisorIds columns hold the recommendation ids Azure''s own reports use.'
        }
    )
    Links       = @('Test-HaVpnTopology', 'Get-HaVpnRule', 'https://docs.oasis-open.org/sarif/sarif/v2.1.0/sarif-v2.1.0.html')
}
