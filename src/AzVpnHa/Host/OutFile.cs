using System.IO;
using System.Management.Automation;
using System.Text;

namespace AzVpnHa.Host
{
    /// <summary>
    /// -OutFile, the same for every cmdlet that writes a file: like Out-File, an existing file is overwritten unless
    /// -NoClobber; a missing folder is a clear error (OutFileFolderNotFound) rather than a DirectoryNotFoundException;
    /// -WhatIf and -Confirm are honoured. -Force is not involved: on the exporters it means "despite Error findings".
    /// </summary>
    internal static class OutFile
    {
        /// <summary>Writes UTF-8 text (no BOM) and returns the file, or null when nothing was written (error, -WhatIf).</summary>
        public static FileInfo Write(PSCmdlet cmdlet, string outFile, bool noClobber, string action, string text)
        {
            var path = cmdlet.GetUnresolvedProviderPathFromPSPath(outFile);
            var folder = Path.GetDirectoryName(path);
            if (!string.IsNullOrEmpty(folder) && !Directory.Exists(folder))
            {
                cmdlet.WriteError(Errors.OutFileFolderNotFound(path));
                return null;
            }
            if (noClobber && File.Exists(path))
            {
                cmdlet.WriteError(Errors.OutFileExists(path));
                return null;
            }
            if (!cmdlet.ShouldProcess(path, action)) return null;
            File.WriteAllText(path, text, new UTF8Encoding(false));
            cmdlet.WriteVerbose($"Wrote '{path}'.");
            return new FileInfo(path);
        }
    }
}
