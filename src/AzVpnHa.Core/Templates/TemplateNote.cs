namespace AzVpnHa.Templates
{
    /// <summary>Something the evaluator could not do offline, for the reader's notes (one per distinct problem).</summary>
    internal sealed class TemplateNote
    {
        public TemplateNote(string code, string path, string problem, string fix) { Code = code; Path = path; Problem = problem; Fix = fix; }
        public string Code { get; }
        public string Path { get; }
        public string Problem { get; }
        public string Fix { get; }
    }

    /// <summary>Stable codes of template notes.</summary>
    internal static class TemplateNoteCodes
    {
        /// <summary>A function the evaluator does not implement: what depends on it is unknown (Information).</summary>
        public const string UnsupportedFunction = ErrorIds.TemplateUnsupportedFunction;
        /// <summary>A nested deployment whose template must be downloaded (templateLink uri or template spec id).</summary>
        public const string LinkNotFollowed = ErrorIds.TemplateLinkNotFollowed;
        /// <summary>An expression ARM would reject, or that failed offline: the value is unknown.</summary>
        public const string ExpressionFailed = ErrorIds.TemplateExpressionFailed;
    }
}
