namespace AzVpnHa
{
    /// <summary>
    /// Every error id the module reports, in one place (README "Error ids" lists them with the same words). They are
    /// stable: scripts match on them through ErrorRecord.FullyQualifiedErrorId ("SpecInvalidPrefix,AzVpnHa.Commands...").
    /// </summary>
    public static class ErrorIds
    {
        // A spec (file, hashtable or cmdlet parameters) that cannot become a topology. Each names the field, or the parameter.
        public const string SpecMissingField = "SpecMissingField";
        public const string SpecUnknownField = "SpecUnknownField";
        public const string SpecInvalidValue = "SpecInvalidValue";
        public const string SpecInvalidIpAddress = "SpecInvalidIpAddress";
        public const string SpecInvalidPrefix = "SpecInvalidPrefix";
        public const string SpecInvalidName = "SpecInvalidName";
        public const string SpecUnknownSku = "SpecUnknownSku";
        public const string SpecDuplicateName = "SpecDuplicateName";
        public const string SpecSiteWithoutDevices = "SpecSiteWithoutDevices";
        public const string SpecUnknownGateway = "SpecUnknownGateway";
        public const string SpecInvalidAsn = "SpecInvalidAsn";
        public const string SpecIncompleteBgp = "SpecIncompleteBgp";
        public const string SpecInvalidInstances = "SpecInvalidInstances";
        /// <summary>A .json spec file that is not JSON.</summary>
        public const string SpecInvalidJson = "SpecInvalidJson";
        /// <summary>A .psd1 spec file that does not parse, holds no hashtable, or holds more than literals.</summary>
        public const string SpecInvalidPsd1 = "SpecInvalidPsd1";
        /// <summary>A spec file that is neither .json nor .psd1.</summary>
        public const string SpecUnsupportedFile = "SpecUnsupportedFile";

        // Files given to -Path (any cmdlet) and -OutFile.
        public const string FileNotFound = "FileNotFound";
        /// <summary>-OutFile names a folder that does not exist.</summary>
        public const string OutFileFolderNotFound = "OutFileFolderNotFound";
        /// <summary>-OutFile names an existing file and -NoClobber was given.</summary>
        public const string OutFileExists = "OutFileExists";
        /// <summary>ConvertTo-HaVpnSpec -OutFile names neither a .json nor a .psd1 file.</summary>
        public const string SpecOutFileExtension = "SpecOutFileExtension";
        /// <summary>Export-HaVpnReport: two topologies of one pipeline would write the same -OutFile file.</summary>
        public const string OutFileUsedTwice = "OutFileUsedTwice";

        // Reading deployed resources offline (Get-HaVpnTopology -Path / -InputObject): errors, then notes written as warnings.
        /// <summary>An ARM JSON file (payload, list, template or export) that is not JSON.</summary>
        public const string EstateInvalidJson = "EstateInvalidJson";
        public const string EstateUnrecognisedObject = "EstateUnrecognisedObject";
        public const string EstateMissingReference = "EstateMissingReference";
        public const string EstateUnattributedRow = "EstateUnattributedRow";
        /// <summary>Written as verbose output, not a warning: a resource the audit does not read.</summary>
        public const string EstateOutOfScope = "EstateOutOfScope";
        public const string EstateNoGateway = "EstateNoGateway";

        // Templates given to Get-HaVpnTopology -Path (with -TemplateParameterFile / -TemplateParameterObject).
        /// <summary>A topology spec given where a template or estate is read (use New-HaVpnTopology -Path).</summary>
        public const string TemplateInputIsSpec = "TemplateInputIsSpec";
        /// <summary>A template parameters file given as the template.</summary>
        public const string TemplateInputIsParameterFile = "TemplateInputIsParameterFile";
        /// <summary>JSON without any Azure resource (no template, payload, export or Az object).</summary>
        public const string TemplateInputNoResources = "TemplateInputNoResources";
        /// <summary>-TemplateParameterFile is not an ARM parameters file.</summary>
        public const string TemplateParameterFileInvalid = "TemplateParameterFileInvalid";
        /// <summary>A .bicep or .bicepparam file and no Bicep CLI.</summary>
        public const string BicepCliNotFound = "BicepCliNotFound";
        /// <summary>The Bicep CLI reported errors compiling the file.</summary>
        public const string BicepCompileFailed = "BicepCompileFailed";
        /// <summary>Written to the information and verbose streams: a template function not evaluated offline (its values are unknown).</summary>
        public const string TemplateUnsupportedFunction = "TemplateUnsupportedFunction";
        /// <summary>(warning) A nested deployment whose template needs a download (templateLink uri or template spec).</summary>
        public const string TemplateLinkNotFollowed = "TemplateLinkNotFollowed";
        /// <summary>(warning) A template expression ARM would reject (the value is unknown), or a copy count or condition set at deploy time.</summary>
        public const string TemplateExpressionFailed = "TemplateExpressionFailed";

        // Reading live from Azure Resource Manager and Resource Graph (Get-HaVpnTopology -ResourceGroupName / -ResourceId / -SubscriptionId / -ManagementGroup / -Tenant).
        public const string LiveReadUnauthorized = "LiveReadUnauthorized";
        public const string LiveReadForbidden = "LiveReadForbidden";
        public const string LiveReadNotFound = "LiveReadNotFound";
        public const string LiveReadThrottled = "LiveReadThrottled";
        public const string LiveReadServerError = "LiveReadServerError";
        public const string LiveReadTimeout = "LiveReadTimeout";
        public const string LiveReadFailed = "LiveReadFailed";
        public const string LiveReadNoSubscription = "LiveReadNoSubscription";
        /// <summary>-ResourceGroupName/-Name with more than one -SubscriptionId.</summary>
        public const string LiveReadOneSubscription = "LiveReadOneSubscription";
        /// <summary>The credential (default chain, managed identity) could not get a token; the message is the chain's own.</summary>
        public const string LiveReadSignInFailed = "LiveReadSignInFailed";
        /// <summary>The module's dependencies/ folder (live reader and Azure SDK) is missing.</summary>
        public const string LiveReaderNotInstalled = "LiveReaderNotInstalled";

        // Cmdlets.
        /// <summary>An exporter refused a topology with Error findings (use -Force to export anyway).</summary>
        public const string TopologyHasErrors = "TopologyHasErrors";
        public const string ApipaRangeExhausted = "ApipaRangeExhausted";
        public const string ConnectionEndMissing = "ConnectionEndMissing";
        public const string ScenarioNotFound = "ScenarioNotFound";
        /// <summary>Test-HaVpnFailover -Target matches no site or VNet link of the topology.</summary>
        public const string TargetNotFound = "TargetNotFound";
    }
}
