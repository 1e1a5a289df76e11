namespace AzVpnHa.Templates
{
    /// <summary>
    /// A value the evaluator cannot know offline (a parameter without a value, reference(), utcNow()...). It flows
    /// through expressions like any value: most functions of it are unknown too, with the same reason. String
    /// building (concat, format, toLower...) keeps a readable <see cref="Placeholder"/> ("&lt;gatewayName&gt;-pip") so that
    /// a resource named from a parameter and the resourceId() that points at it still meet, without expression text.
    /// In the evaluated resources it becomes an <see cref="AzVpnHa.Tree.UnknownValue"/> with <see cref="Reason"/>.
    /// </summary>
    internal sealed class DeployTimeValue
    {
        public DeployTimeValue(string reason, string placeholder)
        {
            Reason = reason;
            Placeholder = placeholder ?? "<deploy-time value>";
        }

        public string Reason { get; }

        /// <summary>What a name or resource id shows where this value would be.</summary>
        public string Placeholder { get; }

        public DeployTimeValue WithPlaceholder(string placeholder) => new DeployTimeValue(Reason, placeholder);

        public override string ToString() => Placeholder;

        public static DeployTimeValue Parameter(string name) => new DeployTimeValue("set at deploy time by parameter '" + name + "'", "<" + name + ">");

        public static DeployTimeValue Function(string name) => new DeployTimeValue(name + "() is evaluated at deploy time", "<" + name + ">");
    }
}
