using System.IO;
using System.Management.Automation;
using System.Text;

namespace AzVpnHa.Host
{
    /// <summary>
    /// -OutFile for Export-HaVpnReport and Compare-HaVpnTopology, as the exporters do it: -WhatIf/-Confirm through
    /// ShouldProcess, -NoClobber refuses an existing file, a missing folder is a clear error rather than an exception.
    /// </summary>
    internal static class OutFileWriter
    {
        /// <summary>Writes text (UTF-8, no BOM) and returns the file; null when refused, skipped by -WhatIf or failed (the error is written).</summary>
        public static FileInfo Write(PSCmdlet cmdlet, string outFile, bool noClobber, string text, string what)
        {
            var path = cmdlet.GetUnresolvedProviderPathFromPSPath(outFile);
            var folder = Path.GetDirectoryName(path);
            if (!string.IsNullOrEmpty(folder) && !Directory.Exists(folder))
            {
                cmdlet.WriteError(Record(new DirectoryNotFoundException($"Cannot write '{path}': the folder '{folder}' does not exist."), "OutFileFolderNotFound",
                    ErrorCategory.ObjectNotFound, path, "Create the folder first (New-Item -ItemType Directory), or give -OutFile a path in an existing folder."));
                return null;
            }
            if (noClobber && File.Exists(path))
            {
                cmdlet.WriteError(Record(new IOException($"The file '{path}' already exists and -NoClobber was given."), "OutFileExists",
                    ErrorCategory.ResourceExists, path, "Give another -OutFile, or leave out -NoClobber to overwrite it."));
                return null;
            }
            if (!cmdlet.ShouldProcess(path, $"{cmdlet.MyInvocation.MyCommand.Name}: write {what}")) return null;
            File.WriteAllText(path, text, new UTF8Encoding(false));
            cmdlet.WriteVerbose($"Wrote '{path}'.");
            return new FileInfo(path);
        }

        static ErrorRecord Record(System.Exception e, string id, ErrorCategory category, string target, string fix) =>
            new ErrorRecord(e, id, category, target) { ErrorDetails = new ErrorDetails(e.Message) { RecommendedAction = fix } };
    }
}
