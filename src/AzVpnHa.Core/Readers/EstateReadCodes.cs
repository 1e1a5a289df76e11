namespace AzVpnHa.Readers
{
    /// <summary>What the estate reader noticed but could not use (the cmdlets report them as warnings); the values live in <see cref="ErrorIds"/>.</summary>
    internal static class EstateReadCodes
    {
        public const string UnrecognisedObject = ErrorIds.EstateUnrecognisedObject;
        public const string MissingReference = ErrorIds.EstateMissingReference;
        public const string UnattributedRow = ErrorIds.EstateUnattributedRow;
        public const string OutOfScope = ErrorIds.EstateOutOfScope;
        public const string NoGateway = ErrorIds.EstateNoGateway;
    }
}
