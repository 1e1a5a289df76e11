using System.Collections.Generic;
using System.Linq;
using AzVpnHa.Catalog;
using Xunit;
using static AzVpnHa.Tests.SpecTree;

namespace AzVpnHa.Tests.RuleTests
{
    /// <summary>HA004 judges what is routed (site prefixes, advertised prefixes, LNG address spaces, learned routes), graded by the VPN FAQ.</summary>
    public class HA004Tests
    {
        [Fact]
        public void FiresWhenASiteOfBgpDevicesRoutesTheVNetsOwnRange()
        {
            // The repro: -VNetAddressPrefix 10.50.0.0/16 -SiteAddressPrefix 10.50.0.0/16 with two BGP devices.
            // The LNG address spaces are empty (BGP), so only the routed prefixes show it.
            var tree = OneGateway(Gateway(activeActive: true, vnet: "10.50.0.0/16"), Site(Devices(2)).With("addressPrefixes", List("10.50.0.0/16")));
            var t = tree.Plan();
            Assert.All(t.LocalNetworkGateways, l => Assert.Empty(l.AddressPrefix));
            var finding = RuleAssert.Single(t.Findings("HA004"), "HA004", Severity.Error, "hq");
            Assert.Contains("10.50.0.0/16", finding.Message);
            Assert.Contains("VNet of gateway 'vgw'", finding.Message);
            Assert.Equal(Sources.FaqOverlap, finding.Source);
        }

        [Fact]
        public void FiresWhenADevicePrefixLiesInsideTheVNet()
        {
            var tree = OneGateway(AsGateway(asn: null), Site(StaticDevice("fw1", "203.0.113.1").With("addressPrefixes", List("10.1.5.0/24"))));
            var finding = RuleAssert.Single(tree.Findings("HA004"), "HA004", Severity.Error, "hq");
            Assert.Contains("lies inside 10.1.0.0/16", finding.Message);
            Assert.Contains("lgw-hq-fw1", finding.Message);
        }

        [Fact]
        public void FiresWhenAnAdvertisedPrefixLiesInsideTheVNet()
        {
            var tree = OneGateway(AaGateway(), Site(Device(1).With("advertisedPrefixes", List("10.10.0.0/16", "10.1.7.0/24")), Device(2)));
            var finding = RuleAssert.Single(tree.Findings("HA004"), "HA004", Severity.Error, "hq");
            Assert.Contains("advertised by device 'fw1'", finding.Message);
        }

        [Fact]
        public void SilentWhenASiteRoutesASupersetOfTheVNet()
        {
            // FAQ (advertise exact prefixes): a superset of the VNet's address space may be advertised; the 2016-style check erred here.
            var tree = OneGateway(AsGateway(asn: null), Site(StaticDevice("fw1", "203.0.113.1").With("addressPrefixes", List("10.0.0.0/8"))));
            Assert.Empty(tree.Findings("HA004"));
            Assert.Empty(OneGateway(AaGateway(), Site(Device(1).With("advertisedPrefixes", List("0.0.0.0/0")))).Findings("HA004"));
        }

        [Fact]
        public void SilentWhenDevicesOfOneSiteOverlap()
        {
            // The current HA article dropped the 2016 "LNG prefixes must not overlap": devices of one site carry one network.
            var tree = OneGateway(AsGateway(), Site(
                Device(1).With("addressPrefixes", List("10.10.0.0/16")),
                Device(2).With("addressPrefixes", List("10.10.1.0/24"))));
            Assert.Empty(tree.Findings("HA004"));
        }

        [Fact]
        public void FiresWhenTwoSitesRouteTheSamePrefix()
        {
            var tree = OneGateway(AaGateway(), Site("hq", Device(1)), Site("branch", BgpDevice("fw", "198.51.100.7", "10.20.255.1", 65020)).With("addressPrefixes", List("10.10.0.0/16")));
            var finding = RuleAssert.Single(tree.Findings("HA004"), "HA004", Severity.Error, "branch");
            Assert.Contains("Sites 'hq' and 'branch' both route 10.10.0.0/16", finding.Message.Replace("'branch' and 'hq'", "'hq' and 'branch'"));
        }

        [Fact]
        public void WarnsWhenOneSiteIsNestedInAnother()
        {
            var tree = OneGateway(AaGateway(), Site("hq", Device(1)).With("addressPrefixes", List("10.0.0.0/12")),
                Site("branch", BgpDevice("fw", "198.51.100.7", "10.20.255.1", 65020)).With("addressPrefixes", List("10.10.0.0/16")));
            RuleAssert.Single(tree.Findings("HA004"), "HA004", Severity.Warning, "branch");
        }

        [Fact]
        public void FiresWhenASiteOverlapsAVNetToVNetPeer()
        {
            var tree = VNetToVNet();
            tree["sites"] = List(Site("hq", BgpDevice("fw1", "203.0.113.1", "10.10.255.1")).With("gateway", "vgw-a").With("addressPrefixes", List("10.2.0.0/16")));
            var finding = tree.Findings("HA004").Single(f => f.Severity == Severity.Error);
            Assert.Equal("hq", finding.Target);
            Assert.Contains("peer gateway 'vgw-b'", finding.Message);
        }

        [Fact]
        public void SilentWhenPrefixesAreDisjoint()
        {
            Assert.Empty(OneGateway(AaGateway(), Site(Devices(2))).Findings("HA004"));
            var tree = OneGateway(AsGateway(), Site(
                Device(1).With("addressPrefixes", List("10.10.0.0/24")),
                Device(2).With("addressPrefixes", List("10.10.1.0/24"))));
            Assert.Empty(tree.Findings("HA004"));
        }

        [Fact]
        public void ALearnedRouteInsideTheVNetIsAWarning()
        {
            var trees = Estate.Hub();
            trees.Add(Estate.Load("VirtualNetworkGet-Hub"));
            var t = Estate.Read(trees);
            var lng = t.FindLocalNetworkGateway("lgw-branch");
            lng.AdvertisedPrefixes = new[] { "10.1.4.0/24" };   // what getLearnedRoutes would have shown
            var finding = RuleAssert.Single(Specs.Test(t).Where(f => f.RuleId == "HA004").ToList(), "HA004", Severity.Warning, lng.Site ?? lng.Name);
            Assert.Contains("learned from device", finding.Message);
        }
    }
}
