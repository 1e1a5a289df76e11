using System.Collections.Generic;
using System.Linq;
using AzVpnHa.Spec;
using AzVpnHa.Tree;
using Xunit;
using static AzVpnHa.Tests.SpecTree;

namespace AzVpnHa.Tests
{
    /// <summary>SpecReader: every malformed field is reported with its path and a stable code; good input reads in its canonical form.</summary>
    public class SpecReaderTests
    {
        static Dictionary<string, object> Good() => OneGateway(AaGateway(), Site(Devices(2)));

        static SpecError SingleError(Dictionary<string, object> tree, string code, string path)
        {
            var errors = tree.ReadErrors();
            var error = Assert.Single(errors);
            Assert.Equal(code, error.Code);
            Assert.Equal(path, error.Path);
            Assert.False(string.IsNullOrEmpty(error.Problem));
            Assert.False(string.IsNullOrEmpty(error.Fix));
            return error;
        }

        static List<object> Connections(Dictionary<string, object> tree) => (List<object>)tree["vnetConnections"];

        [Fact]
        public void ReadsAGoodSpecWithoutErrors()
        {
            Assert.Empty(Good().ReadErrors());
        }

        [Fact]
        public void ReportsABadDeviceIpAtItsPath()
        {
            var tree = Good();
            tree.Device(0, 1)["publicIp"] = "203.0.113.256";
            var error = SingleError(tree, SpecErrorCodes.InvalidIpAddress, "sites[0].devices[1].publicIp");
            Assert.Contains("203.0.113.256", error.Problem);
        }

        [Theory]
        [InlineData("1")]
        [InlineData("203.0.113")]
        [InlineData("203.0.113.1/32")]
        [InlineData("vpn.contoso.com")]
        public void RejectsWhatIsNotASingleIpAddress(string text)
        {
            var tree = Good();
            tree.Device(0, 0)["bgpPeeringAddress"] = text;
            SingleError(tree, SpecErrorCodes.InvalidIpAddress, "sites[0].devices[0].bgpPeeringAddress");
        }

        [Fact]
        public void ReportsAnUnknownSku()
        {
            var tree = Good();
            tree.Gateway(0)["sku"] = "VpnGw9AZ";
            var error = SingleError(tree, SpecErrorCodes.UnknownSku, "gateways[0].sku");
            Assert.Contains("VpnGw2AZ", error.Fix);
        }

        [Theory]
        [InlineData("name")]
        [InlineData("resourceGroup")]
        [InlineData("location")]
        public void ReportsAMissingTopLevelField(string field)
        {
            SingleError(Good().Without(field), SpecErrorCodes.MissingField, field);
        }

        [Fact]
        public void AnEmptyNameIsMissing()
        {
            SingleError(Good().With("name", ""), SpecErrorCodes.MissingField, "name");
        }

        [Fact]
        public void ReportsAMissingGatewayName()
        {
            var tree = Good();
            tree.Gateway(0).Remove("name");
            Assert.Contains(tree.ReadErrors(), e => e.Code == SpecErrorCodes.MissingField && e.Path == "gateways[0].name");
        }

        [Fact]
        public void ReportsAMissingSku()
        {
            var tree = Good();
            tree.Gateway(0).Remove("sku");
            SingleError(tree, SpecErrorCodes.MissingField, "gateways[0].sku");
        }

        [Fact]
        public void ReportsMissingGatewaysOnceEvenWithSites()
        {
            // Used to throw InvalidOperationException: a site without "gateway" looked up a gateway that was not there.
            SingleError(Good().Without("gateways"), SpecErrorCodes.MissingField, "gateways");
            SingleError(Good().With("gateways", List()), SpecErrorCodes.MissingField, "gateways");
        }

        [Theory]
        [InlineData("-vgw")]
        [InlineData("vgw-")]
        [InlineData("vgw hub")]
        public void ReportsAnInvalidResourceName(string name)
        {
            var tree = Good();
            tree.Gateway(0)["name"] = name;
            Assert.Contains(tree.ReadErrors(), e => e.Code == SpecErrorCodes.InvalidName && e.Path == "gateways[0].name");
        }

        [Fact]
        public void ReportsDuplicateGatewayNamesIgnoringCase()
        {
            SingleError(Topology(Gateway("vgw"), Gateway("VGW", vnet: "10.2.0.0/16")), SpecErrorCodes.DuplicateName, "gateways[1].name");
        }

        [Fact]
        public void ReportsDuplicateSiteNames()
        {
            var tree = OneGateway(AaGateway(), Site("hq", Device(1)), Site("hq", Device(2)));
            SingleError(tree, SpecErrorCodes.DuplicateName, "sites[1].name");
        }

        [Fact]
        public void ReportsDuplicateDeviceNamesWithinASite()
        {
            var tree = OneGateway(AaGateway(), Site(Device(1), Device(2).With("name", "fw1")));
            SingleError(tree, SpecErrorCodes.DuplicateName, "sites[0].devices[1].name");
        }

        [Fact]
        public void AllowsTheSameDeviceNameInTwoSites()
        {
            var tree = OneGateway(AaGateway(), Site("hq", Device(1)), Site("branch", Device(2).With("name", "fw1")));
            Assert.Empty(tree.ReadErrors());
        }

        [Fact]
        public void ReportsTheSameVNetPairTwice()
        {
            var tree = VNetToVNet();
            Connections(tree).Add(VNetConnection("vgw-b", "vgw-a"));
            SingleError(tree, SpecErrorCodes.DuplicateName, "vnetConnections[1].gateways");
        }

        [Fact]
        public void ReportsASiteWithAnEmptyDeviceList()
        {
            var error = SingleError(OneGateway(AaGateway(), Site()), SpecErrorCodes.SiteWithoutDevices, "sites[0].devices");
            Assert.Contains("at least one", error.Problem);
        }

        [Fact]
        public void ReportsASiteWithoutDevices()
        {
            var tree = OneGateway(AaGateway(), Site().Without("devices"));
            SingleError(tree, SpecErrorCodes.SiteWithoutDevices, "sites[0].devices");
        }

        [Fact]
        public void ReportsAnUnknownField()
        {
            var tree = Good();
            tree.Gateway(0)["activeActiv"] = true;
            var error = SingleError(tree, SpecErrorCodes.UnknownField, "gateways[0].activeActiv");
            Assert.Contains("activeActive", error.Fix);
        }

        [Fact]
        public void ReportsAnUnknownTopLevelField()
        {
            SingleError(Good().With("region", "westeurope"), SpecErrorCodes.UnknownField, "region");
        }

        [Fact]
        public void IgnoresDollarMembers()
        {
            var tree = Good().With("$schema", "../module/AzVpnHa.spec.schema.json");
            tree.Device(0, 0)["$comment"] = "primary firewall";
            Assert.Empty(tree.ReadErrors());
        }

        [Fact]
        public void ReportsAnAsnWithoutAPeerAddress()
        {
            var tree = Good();
            tree.Device(0, 1).Remove("bgpPeeringAddress");
            SingleError(tree, SpecErrorCodes.IncompleteBgp, "sites[0].devices[1].bgpPeeringAddress");
        }

        [Fact]
        public void ReportsAPeerAddressWithoutAnAsn()
        {
            var tree = Good();
            tree.Device(0, 0).Remove("asn");
            SingleError(tree, SpecErrorCodes.IncompleteBgp, "sites[0].devices[0].asn");
        }

        [Fact]
        public void ReportsOnlyTheBadPeerAddressNotIncompleteBgp()
        {
            var tree = Good();
            tree.Device(0, 0)["bgpPeeringAddress"] = "10.10.255";
            SingleError(tree, SpecErrorCodes.InvalidIpAddress, "sites[0].devices[0].bgpPeeringAddress");
        }

        [Fact]
        public void ReportsADeviceWithBothPublicIpAndFqdn()
        {
            var tree = Good();
            tree.Device(0, 0)["fqdn"] = "vpn1.contoso.com";
            SingleError(tree, SpecErrorCodes.InvalidValue, "sites[0].devices[0].fqdn");
        }

        [Fact]
        public void ReportsADeviceWithNeitherPublicIpNorFqdn()
        {
            var tree = Good();
            tree.Device(0, 0).Remove("publicIp");
            SingleError(tree, SpecErrorCodes.MissingField, "sites[0].devices[0].publicIp");
        }

        [Fact]
        public void ReportsAnEmptyPublicIpAsMissing()
        {
            // Used to read as a device without any endpoint.
            var tree = Good();
            tree.Device(0, 0)["publicIp"] = "";
            SingleError(tree, SpecErrorCodes.MissingField, "sites[0].devices[0].publicIp");
        }

        [Fact]
        public void ReportsABadFqdn()
        {
            var tree = Good();
            tree.Device(0, 0).Remove("publicIp");
            tree.Device(0, 0)["fqdn"] = "not a name";
            SingleError(tree, SpecErrorCodes.InvalidValue, "sites[0].devices[0].fqdn");
        }

        [Theory]
        [InlineData("10.1.0.1/16", "host bits")]
        [InlineData("10.1.0.0", "no prefix length")]
        [InlineData("10.1.0.0/33", "prefix length")]
        [InlineData("10.1.0/16", "valid IP address")]
        public void ReportsABadPrefix(string prefix, string problem)
        {
            var tree = Good();
            tree.Gateway(0)["vnetAddressPrefixes"] = List("10.2.0.0/16", prefix);
            var error = SingleError(tree, SpecErrorCodes.InvalidPrefix, "gateways[0].vnetAddressPrefixes[1]");
            Assert.Contains(problem, error.Problem);
        }

        [Fact]
        public void ReportsABadSitePrefix()
        {
            var tree = Good();
            tree.Site(0)["addressPrefixes"] = List("10.10.0.0/8");
            SingleError(tree, SpecErrorCodes.InvalidPrefix, "sites[0].addressPrefixes[0]");
        }

        [Theory]
        [InlineData(0L)]
        [InlineData(4294967296L)]
        [InlineData(-65010L)]
        public void ReportsAnAsnOutOfRange(long asn)
        {
            var tree = Good();
            tree.Gateway(0)["asn"] = asn;
            SingleError(tree, SpecErrorCodes.InvalidAsn, "gateways[0].asn");
        }

        [Fact]
        public void ReportsAnAsnThatIsNotANumber()
        {
            var tree = Good();
            tree.Gateway(0)["asn"] = "sixty-five thousand";
            SingleError(tree, SpecErrorCodes.InvalidValue, "gateways[0].asn");
        }

        [Fact]
        public void ReportsAnUnknownSiteGateway()
        {
            var tree = Good();
            tree.Site(0)["gateway"] = "vgw-nope";
            SingleError(tree, SpecErrorCodes.UnknownGateway, "sites[0].gateway");
        }

        [Fact]
        public void RequiresTheSiteGatewayWhenThereAreSeveral()
        {
            var tree = VNetToVNet().With("sites", List(Site(Device(1))));
            SingleError(tree, SpecErrorCodes.MissingField, "sites[0].gateway");
        }

        [Fact]
        public void ReportsAnUnknownVNetConnectionGateway()
        {
            var tree = VNetToVNet();
            Connections(tree)[0] = VNetConnection("vgw-a", "vgw-c");
            SingleError(tree, SpecErrorCodes.UnknownGateway, "vnetConnections[0].gateways[1]");
        }

        [Fact]
        public void ReportsAVNetConnectionToItself()
        {
            var tree = VNetToVNet();
            Connections(tree)[0] = VNetConnection("vgw-a", "VGW-A");
            SingleError(tree, SpecErrorCodes.InvalidValue, "vnetConnections[0].gateways");
        }

        [Fact]
        public void ReportsAVNetConnectionWithOneGateway()
        {
            var tree = VNetToVNet();
            Connections(tree)[0] = Obj(("gateways", List("vgw-a")));
            SingleError(tree, SpecErrorCodes.InvalidValue, "vnetConnections[0].gateways");
        }

        [Fact]
        public void ReportsThreeInstances()
        {
            var tree = Good();
            tree.Gateway(0)["instances"] = List(Obj(), Obj(), Obj());
            SingleError(tree, SpecErrorCodes.InvalidInstances, "gateways[0].instances");
        }

        [Fact]
        public void ReportsABadCustomApipaAddress()
        {
            var tree = Good();
            tree.Gateway(0)["instances"] = List(Obj(("customBgpIpAddresses", List("169.254.21.1"))), Obj(("customBgpIpAddresses", List("169.254.22"))));
            SingleError(tree, SpecErrorCodes.InvalidIpAddress, "gateways[0].instances[1].customBgpIpAddresses[0]");
        }

        [Theory]
        [InlineData("vpnType", "Bogus")]
        [InlineData("generation", "Generation3")]
        [InlineData("activeActive", "maybe")]
        public void ReportsAnInvalidGatewayValue(string field, string value)
        {
            var tree = Good();
            tree.Gateway(0)[field] = value;
            SingleError(tree, SpecErrorCodes.InvalidValue, "gateways[0]." + field);
        }

        [Fact]
        public void ReportsANonObjectWhereAnObjectBelongs()
        {
            SingleError(Good().With("sites", List("hq")), SpecErrorCodes.InvalidValue, "sites[0]");
            Assert.Equal("(spec)", Assert.Single(((Dictionary<string, object>)null).ReadErrors()).Path);
        }

        [Fact]
        public void ReportsSeveralErrorsAtOnce()
        {
            var tree = Good().Without("name");
            tree.Gateway(0)["sku"] = "Gold";
            tree.Device(0, 1)["publicIp"] = "203.0.113.300";
            var e = Assert.Throws<SpecException>(() => SpecReader.Read(tree));
            Assert.Equal(new[] { "name", "gateways[0].sku", "sites[0].devices[1].publicIp" }, e.Errors.Select(x => x.Path));
            Assert.Equal(new[] { SpecErrorCodes.MissingField, SpecErrorCodes.UnknownSku, SpecErrorCodes.InvalidIpAddress }, e.Errors.Select(x => x.Code));
            Assert.Equal(SpecErrorCodes.MissingField, e.Code);
            Assert.Contains("3 errors", e.Message);
        }

        [Fact]
        public void OneErrorMakesAOneLineMessage()
        {
            var e = Assert.Throws<SpecException>(() => SpecReader.Read(Good().Without("location")));
            Assert.StartsWith("The topology spec is invalid. location:", e.Message);
        }

        [Fact]
        public void ThePlannerRejectsDerivedNamesLongerThanAzureAllows()
        {
            var longName = new string('s', 40);
            var tree = OneGateway(AaGateway(), Site(longName, Device(1).With("name", new string('d', 40))));
            var e = Assert.Throws<SpecException>(() => tree.Plan());
            Assert.All(e.Errors, x => Assert.Equal(SpecErrorCodes.InvalidName, x.Code));
            Assert.All(e.Errors, x => Assert.Equal("sites[0].devices[0].name", x.Path));
        }

        [Fact]
        public void ThePlannerRejectsSiteAndDeviceNamesThatMakeTheSameResources()
        {
            // "hq-1" + "fw" and "hq" + "1-fw" both make lgw-hq-1-fw and cn-hq-1-fw.
            var tree = OneGateway(AaGateway(), Site("hq-1", Device(1).With("name", "fw")),
                Site("hq", Device(2).With("name", "1-fw")).With("addressPrefixes", List("10.20.0.0/16")));
            var e = Assert.Throws<SpecException>(() => tree.Plan());
            var error = Assert.Single(e.Errors);
            Assert.Equal(SpecErrorCodes.DuplicateName, error.Code);
            Assert.Equal("sites[1].devices[0].name", error.Path);
            Assert.Contains("cn-hq-1-fw", error.Problem);
        }

        [Fact]
        public void NormalisesLenientInput()
        {
            var tree = Obj(("Name", "t"), ("ResourceGroup", "rg"), ("location", "West Europe"),
                ("gateways", Obj(("name", "vgw"), ("sku", "vpngw2az"), ("generation", "gen2"), ("activeActive", "true"), ("asn", "65515"))),
                ("sites", List(Obj(("name", "hq"), ("addressPrefixes", "10.10.0.0/16"),
                    ("devices", List(Obj(("name", "fw1"), ("fqdn", "VPN1.Contoso.com"), ("asn", 65010.0), ("bgpPeeringAddress", " 10.10.255.1 "))))))));
            var spec = SpecReader.Read(tree);
            Assert.Equal("westeurope", spec.Location);
            var gateway = Assert.Single(spec.Gateways);
            Assert.Equal("VpnGw2AZ", gateway.Sku);
            Assert.Equal("Generation2", gateway.Generation);
            Assert.True(gateway.ActiveActive);
            Assert.Equal(65515L, gateway.Asn);
            var site = Assert.Single(spec.Sites);
            Assert.Equal("vgw", site.Gateway);
            Assert.Equal(new[] { "10.10.0.0/16" }, site.AddressPrefixes);
            var device = Assert.Single(site.Devices);
            Assert.Equal("vpn1.contoso.com", device.Fqdn);
            Assert.Equal(65010L, device.Asn);
            Assert.Equal("10.10.255.1", device.BgpPeeringAddress);
        }

        [Fact]
        public void CanonicalisesGatewayNamesInReferences()
        {
            var tree = VNetToVNet();
            Connections(tree)[0] = VNetConnection("VGW-A", "Vgw-B");
            var link = Assert.Single(SpecReader.Read(tree).VNetConnections);
            Assert.Equal(("vgw-a", "vgw-b"), (link.GatewayA, link.GatewayB));
        }

        [Fact]
        public void ReadsAJsonSpec()
        {
            var spec = SpecReader.Read(JsonTree.Parse(Specs.OneSite(Specs.AaGateway, Specs.Device("fw1", "203.0.113.1", 65010, "10.10.255.1"))));
            Assert.Equal("fw1", spec.Sites[0].Devices[0].Name);
        }
    }
}
