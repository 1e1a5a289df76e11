namespace AzVpnHa.Planning
{
    /// <summary>One value APIPA/ASN planning filled in, so the user can see (and keep) what was chosen.</summary>
    internal sealed class PlanningAssignment
    {
        public PlanningAssignment(string target, string field, string value)
        {
            Target = target;
            Field = field;
            Value = value;
        }

        /// <summary>"site/device" for a device, "gateway[index]" for a gateway instance.</summary>
        public string Target { get; }
        /// <summary>asn, bgpPeeringAddress, customBgpIpAddresses or gatewayCustomBgpIpAddresses.</summary>
        public string Field { get; }
        public string Value { get; }

        public override string ToString() => Target + " " + Field + " = " + Value;
    }
}
