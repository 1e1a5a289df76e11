namespace AzVpnHa.Readers
{
    /// <summary>Stable ids for what the estate reader noticed but could not use (the cmdlets report them as warnings).</summary>
    public static class EstateReadCodes
    {
        public const string UnrecognisedObject = "EstateUnrecognisedObject";
        public const string MissingReference = "EstateMissingReference";
        public const string UnattributedRow = "EstateUnattributedRow";
        public const string OutOfScope = "EstateOutOfScope";
        public const string NoGateway = "EstateNoGateway";
    }
}
