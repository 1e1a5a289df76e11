using System.Management.Automation;
using AzVpnHa.Spec;

namespace AzVpnHa.Host
{
    /// <summary>ErrorRecords with stable ids, so scripts and tests can match on FullyQualifiedErrorId.</summary>
    internal static class Errors
    {
        public static ErrorRecord FromSpec(SpecException e, object target)
        {
            var first = e.Errors[0];
            var category = first.Code == SpecErrorCodes.InvalidJson ? ErrorCategory.ParserError
                         : first.Code == "SpecFileNotFound" ? ErrorCategory.ObjectNotFound
                         : ErrorCategory.InvalidData;
            return new ErrorRecord(e, e.Code, category, target ?? first.Path)
            {
                ErrorDetails = new ErrorDetails(e.Message) { RecommendedAction = first.Fix },
            };
        }

        public static ErrorRecord FileNotFound(string path) => FromSpec(
            new SpecException(new[] { new SpecError("SpecFileNotFound", path, "does not exist.", "Check the path; relative paths are resolved from the current location.") }), path);
    }
}
