using System.Collections.Generic;
using System.Linq;
using AzVpnHa.Tree;
using Xunit;

namespace AzVpnHa.Tests.RuleTests
{
    /// <summary>
    /// The contract behind issue 10 item 3, checked value by value: replacing a known value of a deployed design by a
    /// value set at deploy time may take findings away, never add an Error or Warning (on the same rule and target).
    /// </summary>
    public class UnknownNeverErrsTests
    {
        public static IEnumerable<object[]> Values() => new[]
        {
            new object[] { 0, "properties.sku" },
            new object[] { 0, "properties.activeActive" },
            new object[] { 0, "properties.enableBgp" },
            new object[] { 0, "properties.vpnType" },
            new object[] { 0, "properties.vpnGatewayGeneration" },
            new object[] { 0, "properties.bgpSettings.asn" },
            new object[] { 0, "properties.bgpSettings.bgpPeeringAddresses" },
            new object[] { 1, "value[0].sku" },
            new object[] { 1, "value[0].zones" },
            new object[] { 2, "value[0].properties.gatewayIpAddress" },
            new object[] { 2, "value[0].properties.localNetworkAddressSpace.addressPrefixes" },
            new object[] { 2, "value[0].properties.bgpSettings.asn" },
            new object[] { 2, "value[0].properties.bgpSettings.bgpPeeringAddress" },
            new object[] { 2, "value[2].properties.bgpSettings.bgpPeeringAddress" },
            new object[] { 3, "properties.enableBgp" },
            new object[] { 3, "properties.dpdTimeoutSeconds" },
            new object[] { 3, "properties.gatewayCustomBgpIpAddresses" },
        };

        static HashSet<(string, string, Severity)> Serious(Topology t) =>
            new HashSet<(string, string, Severity)>(Specs.Test(t).Where(f => f.Severity != Severity.Information).Select(f => (f.RuleId, f.Target, f.Severity)));

        [Theory]
        [MemberData(nameof(Values))]
        public void AValueSetAtDeployTimeAddsNoErrorOrWarning(int tree, string path)
        {
            var known = Serious(Estate.Read(Estate.Hub()));
            var trees = Estate.Hub();
            Estate.Set(trees[tree], path, new UnknownValue("set at deploy time by parameter 'p'"));
            var read = Estate.Read(trees);
            var resources = read.Gateways.Cast<AzureResource>().Concat(read.PublicIpAddresses).Concat(read.LocalNetworkGateways).Concat(read.Connections);
            Assert.Contains(resources, r => r.UnknownValues.Count > 0);   // the reader did mark it: the check below is not vacuous
            var unknown = Serious(read);
            var added = unknown.Except(known).ToList();
            Assert.True(added.Count == 0, path + " set at deploy time added: " + string.Join("; ", added));
        }
    }
}
