using System;
using System.Collections;
using System.Collections.Generic;
using System.IO;
using AzVpnHa.Spec;
using AzVpnHa.Tree;

namespace AzVpnHa.Templates
{
    /// <summary>Error ids of files given to Get-HaVpnTopology -Path and its template parameters; the values live in <see cref="ErrorIds"/>.</summary>
    internal static class TemplateInputCodes
    {
        public const string IsSpec = ErrorIds.TemplateInputIsSpec;
        public const string IsParameterFile = ErrorIds.TemplateInputIsParameterFile;
        public const string NoResources = ErrorIds.TemplateInputNoResources;
        public const string BicepNotFound = ErrorIds.BicepCliNotFound;
        public const string BicepFailed = ErrorIds.BicepCompileFailed;
        public const string InvalidParameterFile = ErrorIds.TemplateParameterFileInvalid;
    }

    /// <summary>
    /// Turns one file given to Get-HaVpnTopology -Path into what the estate reader adds: a template with its parameter
    /// values and folder (.json, or .bicep/.bicepparam through the Bicep CLI) or an estate payload. Wrong kinds of input
    /// are a <see cref="SpecException"/> that says what the file is and what to do.
    /// </summary>
    internal static class TemplateInput
    {
        public static (object Tree, TemplateSource Source) Read(string file, IDictionary<string, object> parameters)
        {
            var name = Path.GetFileName(file);
            var directory = Path.GetDirectoryName(Path.GetFullPath(file));
            var extension = Path.GetExtension(file).ToLowerInvariant();
            switch (extension)
            {
                case ".psd1":
                    throw Error(TemplateInputCodes.IsSpec, file, "is a topology spec (PowerShell data file), not a template or a deployed estate.", "Plan it with New-HaVpnTopology -Path '" + file + "'.");
                case ".bicep":
                    return (ParseJson(Compile(() => BicepCli.Build(file), file), file), new TemplateSource { Name = name, Directory = directory, Parameters = parameters });
                case ".bicepparam":
                    var built = ParseJson(Compile(() => BicepCli.BuildParams(file), file), file) as IDictionary<string, object>;
                    var template = ParseJson(TemplateScope.Member(built, "templateJson") as string ?? "null", file);
                    var values = TemplateParameters.FromFile((IDictionary<string, object>)ParseJson(TemplateScope.Member(built, "parametersJson") as string ?? "{}", file));
                    return (template, new TemplateSource { Name = name, Directory = directory, Parameters = TemplateParameters.Merge(values, parameters) });
            }
            var tree = ParseJson(File.ReadAllText(file), file);
            if (tree is IDictionary<string, object> node)
            {
                if (TemplateDeployment.IsTemplate(node)) return (tree, new TemplateSource { Name = name, Directory = directory, Parameters = parameters });
                if (IsSpec(node))
                    throw Error(TemplateInputCodes.IsSpec, file, "is a topology spec, not a template or a deployed estate.", "Plan it with New-HaVpnTopology -Path '" + file + "'.");
                if (TemplateParameters.IsParameterFile(node))
                    throw Error(TemplateInputCodes.IsParameterFile, file, "is a template parameters file.", "Give it with -TemplateParameterFile, and the template itself with -Path.");
            }
            if (!HoldsAzureResources(tree, 0))
                throw Error(TemplateInputCodes.NoResources, file, "holds no Azure resources (no ARM template, REST payload, resource group export or Az object).",
                    "Give an ARM template or Bicep file, a resource group export, or the JSON of Get-AzVirtualNetworkGateway and friends.");
            return (tree, null);
        }

        /// <summary>-TemplateParameterFile: an ARM parameters file, or the JSON of a .bicepparam compiled by the CLI.</summary>
        public static IDictionary<string, object> ReadParameterFile(string file)
        {
            var extension = Path.GetExtension(file).ToLowerInvariant();
            object tree = extension == ".bicepparam"
                ? ParseJson(TemplateScope.Member(ParseJson(Compile(() => BicepCli.BuildParams(file), file), file) as IDictionary<string, object>, "parametersJson") as string ?? "{}", file)
                : ParseJson(File.ReadAllText(file), file);
            try { return TemplateParameters.FromFile(tree as IDictionary<string, object> ?? throw new FormatException("is not a JSON object.")); }
            catch (FormatException e) { throw Error(TemplateInputCodes.InvalidParameterFile, file, e.Message, "Give an ARM parameters file: {\"parameters\": {\"name\": {\"value\": ...}}}."); }
        }

        static string Compile(Func<string> compile, string file)
        {
            if (BicepCli.Find() == null)
                throw Error(TemplateInputCodes.BicepNotFound, file, "is Bicep, and the Bicep CLI was not found.", BicepCli.HowToGet);
            try { return compile(); }
            catch (InvalidOperationException e) { throw Error(TemplateInputCodes.BicepFailed, file, e.Message, "Fix the Bicep errors (bicep build shows them with line numbers)."); }
        }

        static object ParseJson(string text, string file)
        {
            try { return JsonTree.Parse(text); }
            catch (FormatException e) { throw Error(SpecErrorCodes.InvalidJson, file, e.Message, "Give ARM JSON: a template, a REST payload, a list, or a resource group export."); }
        }

        static bool IsSpec(IDictionary<string, object> node) =>
            TemplateScope.Member(node, "gateways") is IList && TemplateScope.Member(node, "resources") == null && TemplateScope.Member(node, "id") == null;

        /// <summary>Whether anything in the JSON looks like an Azure resource or a row of one (the reader sorts out the rest).</summary>
        static bool HoldsAzureResources(object tree, int depth)
        {
            if (depth > 6) return false;
            switch (tree)
            {
                case IDictionary<string, object> d:
                    if (TemplateScope.Member(d, "id") is string id && id.IndexOf("/providers/", StringComparison.OrdinalIgnoreCase) >= 0) return true;
                    if (TemplateScope.Member(d, "type") is string type && ResourceFunctions.IsType(type)) return true;
                    if (TemplateScope.Member(d, "responses") != null) return true;
                    if (TemplateScope.Member(d, "neighbor") != null && TemplateScope.Member(d, "state") != null) return true;
                    if (TemplateScope.Member(d, "network") != null && TemplateScope.Member(d, "origin") != null) return true;
                    foreach (var pair in d) if (HoldsAzureResources(pair.Value, depth + 1)) return true;
                    return false;
                case IList list when !(tree is string):
                    foreach (var item in list) if (HoldsAzureResources(item, depth + 1)) return true;
                    return false;
                default: return false;
            }
        }

        static SpecException Error(string code, string file, string problem, string fix) => new SpecException(new[] { new SpecError(code, file, problem, fix) });
    }
}
