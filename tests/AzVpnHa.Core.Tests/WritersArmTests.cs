using System.Linq;
using System.Text.Json;
using AzVpnHa.Writers;
using Xunit;

namespace AzVpnHa.Tests
{
    public class WritersArmTests
    {
        static JsonElement Arm(string spec) => JsonDocument.Parse(ArmTemplateWriter.Write(Specs.Plan(spec))).RootElement;

        static JsonElement[] Resources(JsonElement template, string type) =>
            template.GetProperty("resources").EnumerateArray().Where(r => r.GetProperty("type").GetString() == type).ToArray();

        static JsonElement Props(JsonElement resource) => resource.GetProperty("properties");

        [Theory]
        [MemberData(nameof(ArticleTopologies.All), MemberType = typeof(ArticleTopologies))]
        public void EveryTemplateParsesAndUsesOneStableApiVersion(string name, string spec)
        {
            var t = Arm(spec);
            Assert.StartsWith("https://schema.management.azure.com/schemas/", t.GetProperty("$schema").GetString());
            var resources = t.GetProperty("resources").EnumerateArray().ToArray();
            Assert.NotEmpty(resources);
            Assert.All(resources, r => Assert.Equal("2025-07-01", r.GetProperty("apiVersion").GetString()));
            Assert.True(name.Length > 0);
        }

        [Theory]
        [MemberData(nameof(ArticleTopologies.All), MemberType = typeof(ArticleTopologies))]
        public void ResourcesComeInDependencyOrder(string name, string spec)
        {
            var types = Arm(spec).GetProperty("resources").EnumerateArray().Select(r => r.GetProperty("type").GetString()).ToList();
            int Last(string type) => types.LastIndexOf(type);
            int First(string type) => types.IndexOf(type) < 0 ? int.MaxValue : types.IndexOf(type);
            Assert.True(Last("Microsoft.Network/publicIPAddresses") < First("Microsoft.Network/virtualNetworkGateways"), name);
            Assert.True(Last("Microsoft.Network/virtualNetworkGateways") < First("Microsoft.Network/connections"), name);
            Assert.True(Last("Microsoft.Network/localNetworkGateways") < First("Microsoft.Network/connections"), name);
        }

        [Fact]
        public void ActiveStandbyHasOneIpConfigurationAndStaticRoutes()
        {
            var t = Arm(ArticleTopologies.ActiveStandby);
            var gw = Props(Resources(t, "Microsoft.Network/virtualNetworkGateways").Single());
            Assert.False(gw.GetProperty("activeActive").GetBoolean());
            Assert.False(gw.GetProperty("enableBgp").GetBoolean());
            Assert.False(gw.TryGetProperty("bgpSettings", out _));
            var ipConfig = gw.GetProperty("ipConfigurations").EnumerateArray().Single();
            Assert.Equal("[resourceId('Microsoft.Network/virtualNetworks/subnets', parameters('virtualNetworkName'), 'GatewaySubnet')]",
                ipConfig.GetProperty("properties").GetProperty("subnet").GetProperty("id").GetString());
            Assert.Single(Resources(t, "Microsoft.Network/publicIPAddresses"));

            var lng = Props(Resources(t, "Microsoft.Network/localNetworkGateways").Single());
            Assert.Equal("10.10.0.0/16", lng.GetProperty("localNetworkAddressSpace").GetProperty("addressPrefixes")[0].GetString());
            Assert.False(lng.TryGetProperty("bgpSettings", out _));
            var cn = Props(Resources(t, "Microsoft.Network/connections").Single());
            Assert.False(cn.GetProperty("enableBgp").GetBoolean());
            Assert.False(cn.TryGetProperty("gatewayCustomBgpIpAddresses", out _));
        }

        [Fact]
        public void ActiveActiveWithApipaCarriesCustomAddressesOnGatewayAndConnection()
        {
            var t = Arm(ArticleTopologies.ActiveActive);
            var gw = Props(Resources(t, "Microsoft.Network/virtualNetworkGateways").Single());
            Assert.True(gw.GetProperty("activeActive").GetBoolean());
            Assert.True(gw.GetProperty("enableBgp").GetBoolean());
            Assert.Equal(new[] { "default", "activeActive" }, gw.GetProperty("ipConfigurations").EnumerateArray().Select(i => i.GetProperty("name").GetString()));
            var bgp = gw.GetProperty("bgpSettings");
            Assert.Equal(65515, bgp.GetProperty("asn").GetInt64());
            var peering = bgp.GetProperty("bgpPeeringAddresses").EnumerateArray().ToArray();
            Assert.Equal(2, peering.Length);
            Assert.Contains("'activeActive'", peering[1].GetProperty("ipconfigurationId").GetString());
            Assert.Equal("169.254.22.1", peering[1].GetProperty("customBgpIpAddresses")[0].GetString());

            var pips = Resources(t, "Microsoft.Network/publicIPAddresses");
            Assert.Equal(2, pips.Length);
            Assert.All(pips, p =>
            {
                Assert.Equal("Standard", p.GetProperty("sku").GetProperty("name").GetString());
                Assert.Equal("Static", Props(p).GetProperty("publicIPAllocationMethod").GetString());
                Assert.Equal(new[] { "1", "2", "3" }, p.GetProperty("zones").EnumerateArray().Select(z => z.GetString()));
            });

            var cn = Props(Resources(t, "Microsoft.Network/connections").Single());
            Assert.True(cn.GetProperty("enableBgp").GetBoolean());
            var custom = cn.GetProperty("gatewayCustomBgpIpAddresses").EnumerateArray().ToArray();
            Assert.Equal(new[] { "169.254.21.1", "169.254.22.1" }, custom.Select(c => c.GetProperty("customBgpIpAddress").GetString()));
            Assert.EndsWith("'/ipConfigurations/activeActive')]", custom[1].GetProperty("ipConfigurationId").GetString());
            Assert.Equal("169.254.21.2", Props(Resources(t, "Microsoft.Network/localNetworkGateways").Single()).GetProperty("bgpSettings").GetProperty("bgpPeeringAddress").GetString());
        }

        [Fact]
        public void FqdnDeviceGetsFqdnAndNoIpAndBgpDevicesNeedNoAddressSpace()
        {
            var lngs = Resources(Arm(ArticleTopologies.MultipleDevices), "Microsoft.Network/localNetworkGateways").Select(Props).ToArray();
            Assert.Equal("203.0.113.1", lngs[0].GetProperty("gatewayIpAddress").GetString());
            Assert.False(lngs[0].TryGetProperty("fqdn", out _));
            Assert.Equal("vpn2.contoso.com", lngs[1].GetProperty("fqdn").GetString());
            Assert.False(lngs[1].TryGetProperty("gatewayIpAddress", out _));
            Assert.All(lngs, l => Assert.False(l.TryGetProperty("localNetworkAddressSpace", out _)));
            Assert.All(lngs, l => Assert.Equal(65010, l.GetProperty("bgpSettings").GetProperty("asn").GetInt64()));
        }

        [Fact]
        public void VNetToVNetWritesBothHalvesAndOneSubnetParameterPerGateway()
        {
            var t = Arm(ArticleTopologies.VNetToVNet);
            var cns = Resources(t, "Microsoft.Network/connections");
            Assert.Equal(2, cns.Length);
            Assert.All(cns, c => Assert.Equal("Vnet2Vnet", Props(c).GetProperty("connectionType").GetString()));
            Assert.Equal("[resourceId('Microsoft.Network/virtualNetworkGateways', 'vgw-spoke')]", Props(cns[0]).GetProperty("virtualNetworkGateway2").GetProperty("id").GetString());
            Assert.Equal("[resourceId('Microsoft.Network/virtualNetworkGateways', 'vgw-hub')]", Props(cns[1]).GetProperty("virtualNetworkGateway2").GetProperty("id").GetString());
            Assert.Equal(2, cns[0].GetProperty("dependsOn").GetArrayLength());
            var parameters = t.GetProperty("parameters");
            Assert.True(parameters.TryGetProperty("vgwHubVirtualNetworkName", out _));
            Assert.True(parameters.TryGetProperty("vgwSpokeVirtualNetworkName", out _));
            Assert.Empty(Resources(t, "Microsoft.Network/localNetworkGateways"));
        }

        [Theory]
        [MemberData(nameof(ArticleTopologies.All), MemberType = typeof(ArticleTopologies))]
        public void SharedKeyIsASecureParameterWithoutValue(string name, string spec)
        {
            var t = Arm(spec);
            var key = t.GetProperty("parameters").GetProperty("sharedKey");
            Assert.Equal("securestring", key.GetProperty("type").GetString());
            Assert.False(key.TryGetProperty("defaultValue", out _), name);
            Assert.All(Resources(t, "Microsoft.Network/connections"),
                c => Assert.Equal("[parameters('sharedKey')]", Props(c).GetProperty("sharedKey").GetString()));
        }

        [Fact]
        public void NoConnectionsMeansNoSharedKeyParameter()
        {
            var topology = Specs.Plan(ArticleTopologies.ActiveStandby);
            topology.Connections = new Connection[0];
            var t = JsonDocument.Parse(ArmTemplateWriter.Write(topology)).RootElement;
            Assert.False(t.GetProperty("parameters").TryGetProperty("sharedKey", out _));
        }

        [Fact]
        public void JsonWriterEscapesLiteralsThatLookLikeExpressions()
        {
            var text = JsonTextWriter.Write(new TemplateObject().Add("a", "[not an expression]").Add("b", "quote\" back\\ \n").Add("c", new TemplateExpression("parameters('x')", null)));
            var root = JsonDocument.Parse(text).RootElement;
            Assert.Equal("[[not an expression]", root.GetProperty("a").GetString());
            Assert.Equal("quote\" back\\ \n", root.GetProperty("b").GetString());
            Assert.Equal("[parameters('x')]", root.GetProperty("c").GetString());
        }

        [Fact]
        public void ArmStringLiteralsDoubleSingleQuotes()
        {
            Assert.Equal("'it''s'", TemplateBuilder.ArmString("it's"));
        }
    }
}
