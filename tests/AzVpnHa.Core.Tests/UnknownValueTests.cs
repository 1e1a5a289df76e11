using System.Collections.Generic;
using System.Linq;
using AzVpnHa.Readers;
using AzVpnHa.Tree;
using Xunit;

namespace AzVpnHa.Tests
{
    /// <summary>A value set at deploy time reaches the graph as unknown: never as absent, never as its expression text.</summary>
    public class UnknownValueTests
    {
        const string LngId = "/subscriptions/s/resourceGroups/rg/providers/Microsoft.Network/localNetworkGateways/lgw-a";

        static LocalNetworkGateway ReadLng(object bgpSettings)
        {
            var node = (IDictionary<string, object>)JsonTree.Parse("{ \"id\": \"" + LngId + "\", \"name\": \"lgw-a\", \"properties\": { \"gatewayIpAddress\": \"203.0.113.1\" } }");
            ((IDictionary<string, object>)node["properties"])["bgpSettings"] = bgpSettings;
            return Assert.Single(EstateReader.Read(node).LocalNetworkGateways);
        }

        [Fact]
        public void APeerAddressSetAtDeployTimeIsUnknownWithItsReason()
        {
            var bgp = (IDictionary<string, object>)JsonTree.Parse("{ \"asn\": 65010 }");
            bgp["bgpPeeringAddress"] = new UnknownValue("reference() is evaluated at deploy time");
            var lng = ReadLng(bgp);
            Assert.Null(lng.BgpPeeringAddress);
            Assert.True(lng.IsUnknown(nameof(LocalNetworkGateway.BgpPeeringAddress)));
            Assert.Equal("reference() is evaluated at deploy time", lng.UnknownValues[nameof(LocalNetworkGateway.BgpPeeringAddress)]);
            Assert.False(lng.IsUnknown(nameof(LocalNetworkGateway.Asn)));
            Assert.Equal(65010, lng.Asn);
        }

        [Fact]
        public void AnUnknownObjectMakesEveryValueInsideItUnknown()
        {
            var lng = ReadLng(new UnknownValue("set at deploy time by parameter 'bgp'"));
            Assert.True(lng.IsUnknown(nameof(LocalNetworkGateway.Asn)));
            Assert.True(lng.IsUnknown(nameof(LocalNetworkGateway.BgpPeeringAddress)));
            Assert.False(lng.IsUnknown(nameof(LocalNetworkGateway.GatewayIpAddress)));
        }

        [Fact]
        public void AnAbsentValueIsNotUnknown()
        {
            var lng = ReadLng(null);
            Assert.Null(lng.BgpPeeringAddress);
            Assert.Empty(lng.UnknownValues);
        }

        [Fact]
        public void AnUnknownListElementMakesTheListUnknown()
        {
            var node = (IDictionary<string, object>)JsonTree.Parse("{ \"id\": \"" + LngId + "\", \"properties\": { \"gatewayIpAddress\": \"203.0.113.1\", \"localNetworkAddressSpace\": { } } }");
            var space = (IDictionary<string, object>)((IDictionary<string, object>)node["properties"])["localNetworkAddressSpace"];
            space["addressPrefixes"] = new List<object> { new UnknownValue("set at deploy time by parameter 'onPremPrefix'") };
            var lng = Assert.Single(EstateReader.Read(node).LocalNetworkGateways);
            Assert.True(lng.IsUnknown(nameof(LocalNetworkGateway.AddressPrefix)));
            Assert.Empty(lng.AddressPrefix);
            Assert.DoesNotContain(lng.AddressPrefix, p => p.Contains("unknown"));
        }

        [Fact]
        public void UnknownTextNeverBecomesAValue()
        {
            Assert.Null(ArmNode.Text(new UnknownValue("x")));
            Assert.Empty(ArmNode.Texts(new List<object> { new UnknownValue("x") }));
        }
    }
}
