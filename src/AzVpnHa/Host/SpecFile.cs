using System;
using System.IO;
using System.Management.Automation;
using System.Management.Automation.Language;
using AzVpnHa.Spec;
using AzVpnHa.Tree;

namespace AzVpnHa.Host
{
    /// <summary>Reads a spec file (.json or .psd1) into the neutral tree, with errors that name the file.</summary>
    internal static class SpecFile
    {
        public static object Read(string path)
        {
            var extension = Path.GetExtension(path).ToLowerInvariant();
            if (extension == ".json") return ReadJson(path);
            if (extension == ".psd1") return ReadPsd1(path);
            throw Fail(ErrorIds.SpecUnsupportedFile, path, $"Its extension is '{extension}'.", "Give a .json or .psd1 spec file.");
        }

        static object ReadJson(string path)
        {
            try { return JsonTree.Parse(File.ReadAllText(path)); }
            catch (FormatException e) { throw Fail(ErrorIds.SpecInvalidJson, path, e.Message, "Fix the JSON syntax (a validating editor can use AzVpnHa.spec.schema.json from the module folder)."); }
        }

        /// <summary>Reads .psd1 data without running it: SafeGetValue accepts only literals, like Import-PowerShellDataFile.</summary>
        static object ReadPsd1(string path)
        {
            var ast = Parser.ParseFile(path, out _, out var errors);
            if (errors.Length > 0)
                throw Fail(ErrorIds.SpecInvalidPsd1, path, $"Invalid PowerShell data at line {errors[0].Extent.StartLineNumber}: {errors[0].Message}", "Fix the PowerShell data file syntax.");
            if (!(ast.Find(a => a is HashtableAst, false) is HashtableAst table))
                throw Fail(ErrorIds.SpecInvalidPsd1, path, "It holds no hashtable.", "Write the spec as one @{ ... } hashtable.");
            try { return PSObjectTree.Convert(table.SafeGetValue()); }
            catch (InvalidOperationException e)
            {
                throw Fail(ErrorIds.SpecInvalidPsd1, path, "It holds more than data: " + e.Message, "Use only literal values (strings, numbers, $true/$false, @() and @{}) in a spec data file.");
            }
        }

        static SpecException Fail(string id, string path, string problem, string fix) => new SpecException(new[] { new SpecError(id, "", problem, fix) }); // the file is named by the caller's message
    }
}
