using System;

namespace AzVpnHa.Azure
{
    /// <summary>An ARM call that did not succeed after the pipeline's retries, or timed out.</summary>
    internal sealed class ArmCallException : Exception
    {
        public ArmCallException(string resourceId, int? status, string errorId, string message) : base(message)
        {
            ResourceId = resourceId;
            Status = status;
            ErrorId = errorId;
        }

        public string ResourceId { get; }
        public int? Status { get; }
        public string ErrorId { get; }
    }
}
