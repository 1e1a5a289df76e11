namespace AzVpnHa.Azure
{
    /// <summary>
    /// One read that failed. The audit goes on without it; the cmdlet reports it as a non-terminating error whose id is
    /// <see cref="ErrorId"/> and whose target is <see cref="ResourceId"/>.
    /// </summary>
    public sealed class LiveReadFailure
    {
        public LiveReadFailure(string errorId, string resourceId, string gatewayId, int? status, string message)
        {
            ErrorId = errorId;
            ResourceId = resourceId;
            GatewayId = gatewayId;
            Status = status;
            Message = message;
        }

        /// <summary>Stable: LiveReadForbidden, LiveReadNotFound, LiveReadThrottled, LiveReadServerError, LiveReadTimeout, LiveReadUnauthorized, LiveReadFailed.</summary>
        public string ErrorId { get; }
        /// <summary>The resource whose read failed (the gateway, or one of its connections, LNGs, IPs, or its BGP status).</summary>
        public string ResourceId { get; }
        /// <summary>The gateway being audited when it failed.</summary>
        public string GatewayId { get; }
        public int? Status { get; }
        public string Message { get; }
        /// <summary>True when the gateway itself could not be read (nothing of it was audited).</summary>
        public bool GatewayLost => string.Equals(ResourceId, GatewayId, System.StringComparison.OrdinalIgnoreCase);

        public override string ToString() => ErrorId + " " + ResourceId + ": " + Message;

        internal static string IdFor(int? status) =>
            status == 401 ? ErrorIds.LiveReadUnauthorized
            : status == 403 ? ErrorIds.LiveReadForbidden
            : status == 404 ? ErrorIds.LiveReadNotFound
            : status == 429 ? ErrorIds.LiveReadThrottled
            : status >= 500 ? ErrorIds.LiveReadServerError
            : ErrorIds.LiveReadFailed;
    }
}
