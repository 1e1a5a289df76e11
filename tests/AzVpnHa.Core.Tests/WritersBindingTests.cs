using System.Collections;
using System.Collections.Generic;
using System.Linq;
using AzVpnHa.Writers;
using Xunit;

namespace AzVpnHa.Tests
{
    public class WritersBindingTests
    {
        [Fact]
        public void LocalNetworkGatewayBagsHoldOnlyWhatMustBind()
        {
            var t = Specs.Plan(ArticleTopologies.MultipleDevices);
            var bags = AzBinding.LocalNetworkGateways(t);
            var ip = bags[0];
            Assert.Equal(new[] { "Name", "ResourceGroupName", "Location", "GatewayIpAddress", "Asn", "BgpPeeringAddress" }, ip.Values.Select(v => v.Key));
            Assert.Equal(65010u, ip["Asn"]);
            var fqdn = bags[1];
            Assert.True(fqdn.Contains("Fqdn"));
            Assert.False(fqdn.Contains("GatewayIpAddress"));
            Assert.False(fqdn.Contains("AddressPrefix")); // empty with BGP: left out, never bound empty
        }

        [Fact]
        public void NonBgpDeviceBindsAddressPrefixAndNoBgp()
        {
            var bag = AzBinding.LocalNetworkGateways(Specs.Plan(ArticleTopologies.ActiveStandby)).Single();
            Assert.Equal(new[] { "10.10.0.0/16" }, (string[])bag["AddressPrefix"]);
            Assert.False(bag.Contains("Asn"));
            Assert.False(bag.Contains("BgpPeeringAddress"));
        }

        [Fact]
        public void DeviceWithoutEndpointIsRefused()
        {
            var t = Specs.Plan(ArticleTopologies.ActiveStandby);
            t.LocalNetworkGateways[0].GatewayIpAddress = null;
            Assert.Throws<System.InvalidOperationException>(() => AzBinding.LocalNetworkGateways(t));
        }

        [Fact]
        public void PublicIpBagsAreStandardStaticZoneRedundantForAzSkus()
        {
            var bags = AzBinding.PublicIpAddresses(Specs.Plan(ArticleTopologies.DualRedundancy));
            Assert.Equal(2, bags.Count);
            Assert.All(bags, b =>
            {
                Assert.Equal("Standard", b["Sku"]);
                Assert.Equal("Static", b["AllocationMethod"]);
                Assert.Equal(new[] { "1", "2", "3" }, (string[])b["Zone"]);
            });
            Assert.False(AzBinding.PublicIpAddresses(Specs.Plan(ArticleTopologies.ActiveStandby.Replace("VpnGw1AZ", "VpnGw1"))).Single().Contains("Zone"));
        }

        [Fact]
        public void ConnectionsJoinSuppliedObjectsAndCarryTheirOwnName()
        {
            var t = Specs.Plan(ArticleTopologies.ActiveActive);
            var gw = new object();
            var lng = new object();
            var bags = AzBinding.Connections(t, n => n == "vgw" ? gw : null, n => n == "lgw-hq-fw1" ? lng : null,
                (g, i, name) => "/gw/" + g + "/ipConfigurations/" + name, "secret");
            var bag = bags.Single();
            Assert.Equal("cn-hq-fw1", bag["Name"]);
            Assert.Same(gw, bag["VirtualNetworkGateway1"]);
            Assert.Same(lng, bag["LocalNetworkGateway2"]);
            Assert.Equal("IPsec", bag["ConnectionType"]);
            Assert.IsType<bool>(bag["EnableBgp"]);
            Assert.True((bool)bag["EnableBgp"]);
            var custom = (Hashtable[])bag["GatewayCustomBgpIpAddress"];
            Assert.Equal("/gw/vgw/ipConfigurations/activeActive", custom[1]["IpconfigurationId"]);
            Assert.Equal("169.254.22.1", custom[1]["CustomBgpIpAddress"]);
        }

        [Fact]
        public void ConnectionsWithAMissingEndAreReportedNotInvented()
        {
            var t = Specs.Plan(ArticleTopologies.VNetToVNet);
            var missing = new List<string>();
            var bags = AzBinding.Connections(t, n => n == "vgw-hub" ? new object() : null, n => null, (g, i, n) => "", null, missing);
            Assert.Empty(bags);
            Assert.Equal(new[] { "cn-vgw-hub-to-vgw-spoke", "cn-vgw-spoke-to-vgw-hub" }, missing);

            var both = AzBinding.Connections(t, n => new object(), n => null, (g, i, n) => "", null);
            Assert.Equal(2, both.Count);
            Assert.All(both, b => Assert.True(b.Contains("VirtualNetworkGateway2")));
            Assert.All(both, b => Assert.False(b.Contains("SharedKey")));
        }
    }
}
