using System;
using System.Collections.Generic;
using System.Linq;

namespace AzVpnHa.Spec
{
    /// <summary>One malformed field: where it is, what is wrong, how to fix it. Code is a stable error id.</summary>
    internal sealed class SpecError
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

        /// <summary>"path: problem fix"; without the path for a problem of the whole input (a file that does not parse).</summary>
        public override string ToString() => string.IsNullOrEmpty(Path) ? $"{Problem} {Fix}" : $"{Path}: {Problem} {Fix}";
    }

    /// <summary>The spec cannot become a topology. Nothing was built.</summary>
    internal sealed class SpecException : Exception
    {
        /// <param name="errors">Every problem found.</param>
        /// <param name="subject">What was read, for the message: "The topology spec" by default, "The topology spec 'x.json'" for a file, "The parameters" for a cmdlet's parameters.</param>
        public SpecException(IReadOnlyList<SpecError> errors, string subject = null)
            : base(FormatMessage(errors, subject ?? "The topology spec"))
        {
            Errors = errors;
        }

        public IReadOnlyList<SpecError> Errors { get; }

        /// <summary>The first error's code: the error id a caller reports.</summary>
        public string Code => Errors[0].Code;

        static string FormatMessage(IReadOnlyList<SpecError> errors, string subject) =>
            errors.Count == 1
                ? subject + " " + (subject.EndsWith("s", StringComparison.Ordinal) ? "are" : "is") + " invalid. " + errors[0]
                : $"{subject} {(subject.EndsWith("s", StringComparison.Ordinal) ? "have" : "has")} {errors.Count} errors:" + string.Concat(errors.Select(e => Environment.NewLine + "  " + e));
    }

    /// <summary>The spec error ids under their short names (the values live in <see cref="ErrorIds"/>, with every other id).</summary>
    internal static class SpecErrorCodes
    {
        public const string MissingField = ErrorIds.SpecMissingField;
        public const string UnknownField = ErrorIds.SpecUnknownField;
        public const string InvalidValue = ErrorIds.SpecInvalidValue;
        public const string InvalidIpAddress = ErrorIds.SpecInvalidIpAddress;
        public const string InvalidPrefix = ErrorIds.SpecInvalidPrefix;
        public const string InvalidName = ErrorIds.SpecInvalidName;
        public const string UnknownSku = ErrorIds.SpecUnknownSku;
        public const string DuplicateName = ErrorIds.SpecDuplicateName;
        public const string SiteWithoutDevices = ErrorIds.SpecSiteWithoutDevices;
        public const string UnknownGateway = ErrorIds.SpecUnknownGateway;
        public const string InvalidAsn = ErrorIds.SpecInvalidAsn;
        public const string IncompleteBgp = ErrorIds.SpecIncompleteBgp;
        public const string InvalidInstances = ErrorIds.SpecInvalidInstances;
        public const string InvalidJson = ErrorIds.SpecInvalidJson;
    }
}
