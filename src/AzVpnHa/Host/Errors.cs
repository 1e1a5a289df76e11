using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Management.Automation;
using AzVpnHa.Spec;

namespace AzVpnHa.Host
{
    /// <summary>
    /// ErrorRecords with the stable ids of <see cref="ErrorIds"/>, so scripts and tests can match on FullyQualifiedErrorId.
    /// Every message says what was read (the file, the parameter) and the fix.
    /// </summary>
    internal static class Errors
    {
        /// <summary>A spec that cannot be planned (the exception's message names the file when it came from one).</summary>
        public static ErrorRecord FromSpec(SpecException e, object target) => Record(e, e.Code, target ?? e.Errors[0].Path, e.Errors[0].Fix);

        /// <summary>
        /// A spec built from cmdlet parameters: each error's field path (gateways[0].sku) becomes the parameter the user
        /// typed (-GatewaySku), so the message points at what to change on the command line.
        /// </summary>
        public static ErrorRecord FromParameters(SpecException e, Func<string, string> parameterOf)
        {
            var errors = e.Errors.Select(x => new SpecError(x.Code, parameterOf(x.Path) ?? x.Path, x.Problem, x.Fix)).ToList();
            var translated = new SpecException(errors, "The parameters");
            return Record(translated, translated.Code, errors[0].Path, errors[0].Fix);
        }

        public static ErrorRecord FileNotFound(string path) =>
            Record(new ItemNotFoundException($"The file '{path}' does not exist."), ErrorIds.FileNotFound, path,
                "Check the path; relative paths are resolved from the current location.");

        /// <summary>An ARM JSON file (REST payload, list, template or export) that is not JSON.</summary>
        public static ErrorRecord EstateInvalidJson(string file, string problem) =>
            Record(new FormatException($"The ARM JSON file '{file}' cannot be read. {problem}"), ErrorIds.EstateInvalidJson, file,
                "Give ARM JSON: a REST payload, a list ({\"value\": [...]}), or a template / resource group export.");

        public static ErrorRecord SignInFailed(Exception e) =>
            Record(new InvalidOperationException("Sign-in to Azure failed: " + e.Message, e), ErrorIds.LiveReadSignInFailed, null,
                "Sign in first (Connect-AzAccount, az login, or environment variables for a service principal), or pass -AccessToken (Get-AzAccessToken -AsSecureString).Token, or run with -UseManagedIdentity where a managed identity exists.");

        /// <summary>True for the credential's own failure (Azure.Identity.AuthenticationFailedException and CredentialUnavailableException), wherever the task wrapped it.</summary>
        public static bool IsSignInFailure(Exception e, out Exception signIn)
        {
            for (signIn = e; signIn != null; signIn = signIn is AggregateException a && a.InnerExceptions.Count == 1 ? a.InnerExceptions[0] : signIn.InnerException)
            {
                for (var type = signIn.GetType(); type != null; type = type.BaseType)
                    if (type.FullName == "Azure.Identity.AuthenticationFailedException") return true;
            }
            return false;
        }

        public static ErrorRecord OneSubscription(string[] subscriptions) =>
            Record(new ArgumentException("-SubscriptionId takes one subscription with -ResourceGroupName and -Name; " + subscriptions.Length + " were given."), ErrorIds.LiveReadOneSubscription, subscriptions,
                "Give the gateway's subscription, or use -SubscriptionId alone to read every gateway of several subscriptions through Resource Graph.");

        public static ErrorRecord LiveReaderNotInstalled(string directory) =>
            Record(new DirectoryNotFoundException($"The live reader is not installed: the module folder has no '{directory}'."), ErrorIds.LiveReaderNotInstalled, directory,
                "Reinstall the module (the dependencies folder ships with it), or audit exported ARM JSON with Get-HaVpnTopology -Path.");

        public static ErrorRecord OutFileFolderNotFound(string path) =>
            Record(new ItemNotFoundException($"Cannot write '{path}': the folder '{Path.GetDirectoryName(path)}' does not exist."), ErrorIds.OutFileFolderNotFound, path,
                "Create the folder first (New-Item -ItemType Directory), or give -OutFile a path in an existing folder.");

        public static ErrorRecord OutFileExists(string path) =>
            Record(new IOException($"The file '{path}' already exists and -NoClobber was given."), ErrorIds.OutFileExists, path,
                "Give another -OutFile, or leave out -NoClobber to overwrite it.");

        static ErrorRecord Record(Exception e, string id, object target, string fix) =>
            new ErrorRecord(e, id, CategoryOf(id), target) { ErrorDetails = new ErrorDetails(e.Message) { RecommendedAction = fix } };

        static readonly Dictionary<string, ErrorCategory> Categories = new Dictionary<string, ErrorCategory>
        {
            [ErrorIds.SpecInvalidJson] = ErrorCategory.ParserError,
            [ErrorIds.SpecInvalidPsd1] = ErrorCategory.ParserError,
            [ErrorIds.EstateInvalidJson] = ErrorCategory.ParserError,
            [ErrorIds.FileNotFound] = ErrorCategory.ObjectNotFound,
            [ErrorIds.OutFileFolderNotFound] = ErrorCategory.ObjectNotFound,
            [ErrorIds.LiveReaderNotInstalled] = ErrorCategory.NotInstalled,
            [ErrorIds.OutFileExists] = ErrorCategory.ResourceExists,
            [ErrorIds.LiveReadSignInFailed] = ErrorCategory.AuthenticationError,
            [ErrorIds.LiveReadOneSubscription] = ErrorCategory.InvalidArgument,
            [ErrorIds.BicepCliNotFound] = ErrorCategory.NotInstalled,
            [ErrorIds.BicepCompileFailed] = ErrorCategory.ParserError,
        };

        static ErrorCategory CategoryOf(string id) => Categories.TryGetValue(id, out var c) ? c : ErrorCategory.InvalidData;
    }
}
