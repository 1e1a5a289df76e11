using System;
using System.Collections.Generic;
using System.Linq;

namespace AzVpnHa.Spec
{
    /// <summary>One malformed field: where it is, what is wrong, how to fix it. Code is a stable error id.</summary>
    public sealed class SpecError
    {
        public SpecError(string code, string path, string problem, string fix)
        {
            Code = code;
            Path = path;
            Problem = problem;
            Fix = fix;
        }

        public string Code { get; }
        public string Path { get; }
        public string Problem { get; }
        public string Fix { get; }

        public override string ToString() => $"{Path}: {Problem} {Fix}";
    }

    /// <summary>The spec cannot become a topology. Nothing was built.</summary>
    public sealed class SpecException : Exception
    {
        public SpecException(IReadOnlyList<SpecError> errors)
            : base(FormatMessage(errors))
        {
            Errors = errors;
        }

        public IReadOnlyList<SpecError> Errors { get; }

        /// <summary>The first error's code: the error id a caller reports.</summary>
        public string Code => Errors[0].Code;

        static string FormatMessage(IReadOnlyList<SpecError> errors) =>
            errors.Count == 1
                ? "The topology spec is invalid. " + errors[0]
                : $"The topology spec has {errors.Count} errors:" + string.Concat(errors.Select(e => Environment.NewLine + "  " + e));
    }

    /// <summary>Stable ids for malformed specs (the cmdlets report them as ErrorRecord ids).</summary>
    public static class SpecErrorCodes
    {
        public const string MissingField = "SpecMissingField";
        public const string UnknownField = "SpecUnknownField";
        public const string InvalidValue = "SpecInvalidValue";
        public const string InvalidIpAddress = "SpecInvalidIpAddress";
        public const string InvalidPrefix = "SpecInvalidPrefix";
        public const string InvalidName = "SpecInvalidName";
        public const string UnknownSku = "SpecUnknownSku";
        public const string DuplicateName = "SpecDuplicateName";
        public const string SiteWithoutDevices = "SpecSiteWithoutDevices";
        public const string UnknownGateway = "SpecUnknownGateway";
        public const string InvalidAsn = "SpecInvalidAsn";
        public const string IncompleteBgp = "SpecIncompleteBgp";
        public const string InvalidInstances = "SpecInvalidInstances";
        public const string InvalidJson = "SpecInvalidJson";
    }
}
