using System;
using System.IO;
using System.Management.Automation;
using System.Text;

namespace AzVpnHa.Host
{
    /// <summary>
    /// Writes an export to -OutFile the way Out-File does: the path resolved from the current location, -WhatIf and
    /// -Confirm honoured, an existing file kept with -NoClobber (error id OutFileExists), UTF-8 without a byte order mark.
    /// </summary>
    internal static class OutputFile
    {
        public const string ExistsErrorId = "OutFileExists";

        /// <summary>The written file, or null when -WhatIf, a declined -Confirm or -NoClobber stopped it.</summary>
        public static FileInfo Write(PSCmdlet cmdlet, string outFile, string text, bool noClobber, string what)
        {
            var path = cmdlet.GetUnresolvedProviderPathFromPSPath(outFile);
            if (noClobber && File.Exists(path))
            {
                var message = $"'{path}' already exists and -NoClobber was given; nothing was written.";
                cmdlet.WriteError(new ErrorRecord(new IOException(message), ExistsErrorId, ErrorCategory.ResourceExists, path)
                {
                    ErrorDetails = new ErrorDetails(message) { RecommendedAction = "Choose another -OutFile, or leave out -NoClobber to overwrite." },
                });
                return null;
            }
            if (!cmdlet.ShouldProcess(path, what)) return null;
            File.WriteAllText(path, text, new UTF8Encoding(false));
            cmdlet.WriteVerbose($"Wrote '{path}'.");
            return new FileInfo(path);
        }
    }
}
