using System.Collections.Generic;
using System.Linq;
using AzVpnHa.Readers;
using AzVpnHa.Tree;
using Xunit;

namespace AzVpnHa.Tests
{
    public class EstateReaderTests
    {
        [Fact]
        public void MergingASecondReadOfAResourceLeavesTheCallersTreesUntouched()
        {
            const string id = "/subscriptions/s/resourceGroups/rg/providers/Microsoft.Network/localNetworkGateways/lgw-a";
            var first = (IDictionary<string, object>)JsonTree.Parse("{ \"id\": \"" + id + "\", \"name\": \"lgw-a\", \"properties\": { \"gatewayIpAddress\": \"203.0.113.1\", \"provisioningState\": \"Succeeded\" } }");
            var second = (IDictionary<string, object>)JsonTree.Parse("{ \"id\": \"" + id + "\", \"properties\": { \"bgpSettings\": { \"asn\": 65010, \"bgpPeeringAddress\": \"10.10.255.1\" } } }");
            var reader = new EstateReader();
            reader.Add(first, "first");
            reader.Add(second, "second");
            var lng = Assert.Single(reader.Read().LocalNetworkGateways);
            Assert.Equal(65010, lng.Asn);                       // the merge happened
            Assert.Equal("203.0.113.1", lng.GatewayIpAddress);
            var properties = (IDictionary<string, object>)first["properties"];
            Assert.False(properties.ContainsKey("bgpSettings"));  // but not into the caller's tree
        }

        [Fact]
        public void ActiveActiveGatewayReadsTwoInstancesFromIpConfigurationsAndBgpPeeringAddresses()
        {
            var t = Estate.Read(Estate.Hub());
            Assert.Equal(TopologyOrigin.Deployed, t.Origin);
            var g = Assert.Single(t.Gateways);
            Assert.Equal("vgw-aa", g.Name);
            Assert.Equal("rg-hub", g.ResourceGroupName);
            Assert.Equal("VpnGw2AZ", g.Sku);
            Assert.Equal("Generation2", g.Generation);
            Assert.True(g.ActiveActive);
            Assert.Equal(65515, g.Asn);
            Assert.Equal(new[] { "default", "activeActive" }, g.Instances.Select(i => i.IpConfigurationName));
            Assert.Equal(new[] { "20.1.1.1", "20.1.1.2" }, g.Instances.Select(i => i.PublicIpAddress));
            Assert.Equal(new[] { "10.1.255.4", "10.1.255.5" }, g.Instances.Select(i => i.BgpPeeringAddress));
            Assert.Equal(new[] { "pip-vgw-aa-1", "pip-vgw-aa-2" }, g.Instances.Select(i => i.PublicIpName));
            Assert.Equal(2, t.PublicIpAddresses.Count);
            Assert.All(t.PublicIpAddresses, p => Assert.Equal(new[] { "1", "2", "3" }, p.Zone));
        }

        [Fact]
        public void BgpPeeringAddressesWinOverTheCommaStringThatLagsDuringAModeChange()
        {
            var gw = Estate.Load("VirtualNetworkGatewayGet-ActiveActive");
            Estate.Set(gw, "properties.bgpSettings.bgpPeeringAddress", "10.9.9.9,10.9.9.8");
            var g = Estate.Read(new[] { gw }).Gateways[0];
            Assert.Equal("10.1.255.4", g.Instances[0].BgpPeeringAddress);

            // Without bgpPeeringAddresses the comma string is all there is.
            Estate.Set(gw, "properties.bgpSettings.bgpPeeringAddresses", new List<object>());
            g = Estate.Read(new[] { gw }).Gateways[0];
            Assert.Equal(new[] { "10.9.9.9", "10.9.9.8" }, g.Instances.Select(i => i.BgpPeeringAddress));
        }

        [Fact]
        public void TwoDevicesSharingAnAsnFormOneSiteAndAnotherAsnAnother()
        {
            var t = Estate.Read(Estate.Hub());
            Assert.Equal(2, t.Sites.Count);
            var hq = t.Sites.Single(s => s.LocalNetworkGateways.Count == 2);
            Assert.Equal("lgw-hq-fw", hq.Name);
            Assert.Equal(TopologyKind.DualRedundancy, hq.Kind);
            Assert.Equal(4, hq.TunnelCount);
            var branch = t.Sites.Single(s => s.LocalNetworkGateways.Count == 1);
            Assert.Equal("lgw-branch", branch.Name);
            Assert.Equal(TopologyKind.ActiveActive, branch.Kind);
            Assert.Equal(6, t.TunnelCount);
        }

        [Fact]
        public void OverlappingAddressSpacesGroupDevicesWithoutBgpAndTheSiteTagOverrides()
        {
            object Lng(string name, string ip, string prefix, string tag = null)
            {
                var n = JsonTree.Parse($"{{ \"name\": \"{name}\", \"id\": \"/subscriptions/s/resourceGroups/rg/providers/Microsoft.Network/localNetworkGateways/{name}\", \"properties\": {{ \"gatewayIpAddress\": \"{ip}\", \"localNetworkAddressSpace\": {{ \"addressPrefixes\": [\"{prefix}\"] }} }} }}");
                if (tag != null) Estate.Set(n, "tags", JsonTree.Parse($"{{ \"azvpnha-site\": \"{tag}\" }}"));
                return n;
            }
            object Conn(string name, string lng) => JsonTree.Parse($"{{ \"name\": \"{name}\", \"id\": \"/subscriptions/s/resourceGroups/rg/providers/Microsoft.Network/connections/{name}\", \"properties\": {{ \"connectionType\": \"IPsec\", \"virtualNetworkGateway1\": {{ \"id\": \"/subscriptions/s/resourceGroups/rg/providers/Microsoft.Network/virtualNetworkGateways/gw\" }}, \"localNetworkGateway2\": {{ \"id\": \"/subscriptions/s/resourceGroups/rg/providers/Microsoft.Network/localNetworkGateways/{lng}\" }} }} }}");
            var gw = JsonTree.Parse("{ \"name\": \"gw\", \"id\": \"/subscriptions/s/resourceGroups/rg/providers/Microsoft.Network/virtualNetworkGateways/gw\", \"properties\": { \"gatewayType\": \"Vpn\", \"sku\": { \"name\": \"VpnGw1AZ\" }, \"ipConfigurations\": [ { \"name\": \"a\" } ] } }");

            var t = Estate.Read(new[] { gw, Lng("a1", "192.0.2.1", "10.1.0.0/16"), Lng("a2", "192.0.2.2", "10.1.128.0/17"), Lng("b", "192.0.2.3", "10.2.0.0/16"),
                                        Conn("c1", "a1"), Conn("c2", "a2"), Conn("c3", "b") });
            Assert.Equal(2, t.Sites.Count);
            Assert.Equal(new[] { "a1", "a2" }, t.Sites[0].LocalNetworkGateways);

            t = Estate.Read(new[] { gw, Lng("a1", "192.0.2.1", "10.1.0.0/16", "east"), Lng("a2", "192.0.2.2", "10.1.128.0/17", "west"), Lng("b", "192.0.2.3", "10.2.0.0/16", "east"),
                                    Conn("c1", "a1"), Conn("c2", "a2"), Conn("c3", "b") });
            Assert.Equal(new[] { "east", "west" }, t.Sites.Select(s => s.Name).OrderBy(x => x));
            Assert.Equal(new[] { "a1", "b" }, t.Sites.Single(s => s.Name == "east").LocalNetworkGateways);
        }

        [Fact]
        public void TunnelStatusComesFromTunnelConnectionStatusMappedByInstancePublicIp()
        {
            var t = Estate.Read(Estate.Hub());
            string Status(string connection, int instance) => t.Tunnels.Single(x => x.Connection == connection && x.AzureInstance == instance).Status;
            Assert.Equal("Connected", Status("cn-hq-fw1", 0));
            Assert.Equal("Connected", Status("cn-hq-fw1", 1));
            Assert.Equal("Connected", Status("cn-hq-fw2", 0));
            Assert.Equal("NotConnected", Status("cn-hq-fw2", 1));
            // Both rows of cn-branch name instance 0's IP: instance 1 has no row, so it is unknown, not down.
            Assert.Equal("Connected", Status("cn-branch", 0));
            Assert.Equal("Unknown", Status("cn-branch", 1));
            var branch = t.Connections.Single(c => c.Name == "cn-branch");
            Assert.Equal(45, branch.DpdTimeoutSeconds);
            Assert.All(branch.TunnelConnectionStatus, r => Assert.Equal(0, r.Instance));
        }

        [Fact]
        public void MissingTunnelConnectionStatusIsUnknownNotDown()
        {
            var cn = Estate.Load("ConnectionGet-hq-fw1");
            Estate.Set(cn, "properties.tunnelConnectionStatus", new List<object>());
            var trees = Estate.Hub();
            trees[3] = cn;
            var t = Estate.Read(trees);
            Assert.All(t.Tunnels.Where(x => x.Connection == "cn-hq-fw1"), x => Assert.Equal("Unknown", x.Status));

            Estate.Set(cn, "properties.connectionStatus", "NotConnected");
            t = Estate.Read(trees);
            Assert.All(t.Tunnels.Where(x => x.Connection == "cn-hq-fw1"), x => Assert.Equal("NotConnected", x.Status));
        }

        [Fact]
        public void PlannedTopologiesKeepThePlannedStatus()
        {
            var t = Specs.Plan(Specs.OneSite(Specs.AaGateway, Specs.Device("fw1", "203.0.113.1", 65010, "10.10.255.1")));
            Assert.All(t.Tunnels, x => Assert.Equal("Planned", x.Status));
        }

        [Fact]
        public void SlimListEntriesMergeWithTheFullGetByIdWithoutCase()
        {
            var slim = JsonTree.Parse("{ \"value\": [ { \"id\": \"/SUBSCRIPTIONS/00000000-0000-0000-0000-000000000000/resourcegroups/RG-HUB/providers/microsoft.network/connections/CN-HQ-FW1\", \"name\": \"cn-hq-fw1\", \"properties\": { \"connectionType\": \"IPsec\", \"virtualNetworkGateway1\": { \"id\": \"" + Estate.HubId + "\" } } } ] }");
            var trees = Estate.Hub();
            trees.Insert(0, slim);
            var t = Estate.Read(trees);
            var c = Assert.Single(t.Connections, x => x.Name == "cn-hq-fw1");
            Assert.Equal(2, c.TunnelConnectionStatus.Count);
            Assert.Equal("lgw-hq-fw1", c.LocalNetworkGateway2);
        }

        [Fact]
        public void NotSucceededResourcesAreReportedAndLeftOut()
        {
            var t = Estate.Read(new[] { Estate.Load("VirtualNetworkGatewayGet-ActiveStandby"), Estate.Load("ConnectionList-Spoke"), Estate.Load("LocalNetworkGatewayGet-Shop") });
            var u = Assert.Single(t.UnjudgedResources);
            Assert.Equal("cn-lab", u.Name);
            Assert.Equal("Updating", u.ProvisioningState);
            Assert.DoesNotContain(t.Connections, c => c.Name == "cn-lab");
            Assert.Contains(t.Connections, c => c.Name == "cn-shop");

            var gw = Estate.Load("VirtualNetworkGatewayGet-ActiveStandby");
            Estate.Set(gw, "properties.provisioningState", "Failed");
            t = Estate.Read(new[] { gw, Estate.Load("ConnectionList-Spoke"), Estate.Load("LocalNetworkGatewayGet-Shop") });
            Assert.Empty(t.Gateways);
            Assert.Empty(t.Connections);
            Assert.Contains(t.UnjudgedResources, r => r.Name == "vgw-as" && r.Kind == "VirtualNetworkGateway");
        }

        [Fact]
        public void ActiveStandbyGatewayReadsItsVNetAndZonalPublicIpAndConnectionStatusDecidesTheOneTunnel()
        {
            var t = Estate.Read(new[] { Estate.Load("VirtualNetworkGatewayGet-ActiveStandby"), Estate.Load("PublicIpAddressGet-Zonal"), Estate.Load("VirtualNetworkGet-Spoke"),
                                        Estate.Load("ConnectionList-Spoke"), Estate.Load("LocalNetworkGatewayGet-Shop") });
            var g = t.Gateways[0];
            Assert.False(g.EnableBgp);
            Assert.Null(g.Asn);
            Assert.Equal("Generation1", g.Generation);
            Assert.Equal(new[] { "10.2.0.0/16" }, g.VNetAddressPrefixes);
            Assert.Equal(new[] { "169.254.21.10" }, g.Instances[0].CustomBgpIpAddresses);
            Assert.Equal(new[] { "1" }, t.PublicIpAddresses[0].Zone);
            var tunnel = Assert.Single(t.Tunnels);
            Assert.Equal("NotConnected", tunnel.Status);
            Assert.Equal(TopologyKind.ActiveStandby, t.Kind);
        }

        [Fact]
        public void ArmTemplateExportResolvesParametersVariablesAndResourceIds()
        {
            var t = Estate.Read(new[] { Estate.Load("ResourceGroupExport-Template") });
            var g = Assert.Single(t.Gateways);
            Assert.Equal("vgw-tpl", g.Name);
            Assert.True(g.EnableBgp);
            Assert.Equal(65515, g.Asn);
            Assert.Equal(new[] { "20.5.5.1", "20.5.5.2" }, g.Instances.Select(i => i.PublicIpAddress));
            Assert.Equal(new[] { "10.5.255.4", "10.5.255.5" }, g.Instances.Select(i => i.BgpPeeringAddress));
            var c = Assert.Single(t.Connections);
            Assert.Equal("cn-dc", c.Name);
            Assert.True(c.EnableBgp); // spelled enableBGP in the template, an expression
            Assert.Equal("lgw-dc", c.LocalNetworkGateway2);
            Assert.Null(c.Location); // resourceGroup().location cannot be known: tolerated
            Assert.Equal(2, t.TunnelCount);
            Assert.All(t.Tunnels, x => Assert.Equal("Unknown", x.Status));
        }

        [Fact]
        public void UnresolvableTemplateNamesStillMeetTheirReferences()
        {
            var template = JsonTree.Parse(@"{ ""$schema"": ""x"", ""parameters"": { ""lng"": { ""type"": ""string"" } }, ""resources"": [
              { ""type"": ""Microsoft.Network/localNetworkGateways"", ""name"": ""[parameters('lng')]"", ""properties"": { ""gatewayIpAddress"": ""192.0.2.9"" } },
              { ""type"": ""Microsoft.Network/virtualNetworkGateways"", ""name"": ""gw"", ""properties"": { ""gatewayType"": ""Vpn"", ""ipConfigurations"": [ { ""name"": ""a"" } ] } },
              { ""type"": ""Microsoft.Network/connections"", ""name"": ""cn"", ""condition"": ""[true()]"", ""properties"": { ""virtualNetworkGateway1"": { ""id"": ""[resourceId('Microsoft.Network/virtualNetworkGateways', 'gw')]"" },
                  ""localNetworkGateway2"": { ""id"": ""[resourceId('Microsoft.Network/localNetworkGateways', parameters('lng'))]"" } } },
              { ""type"": ""Microsoft.Network/connections"", ""name"": ""skipped"", ""condition"": ""[false()]"", ""properties"": { } } ] }");
            var t = Estate.Read(new[] { template });
            // A name set at deploy time shows the parameter as a placeholder, never expression text.
            Assert.Equal("<lng>", Assert.Single(t.LocalNetworkGateways).Name);
            Assert.Equal("<lng>", Assert.Single(t.Connections).LocalNetworkGateway2);
            Assert.Equal(1, t.TunnelCount);
        }

        [Fact]
        public void AzObjectShapesReadLikeRestPayloads()
        {
            // What the cmdlet layer builds from Get-AzVirtualNetworkGateway / -Connection / Get-AzLocalNetworkGateway /
            // Get-AzPublicIpAddress / Get-AzVirtualNetworkGatewayBGPPeerStatus output: flat members, PascalCase.
            const string rg = "/subscriptions/s/resourceGroups/rg-az/providers/Microsoft.Network/";
            var gw = JsonTree.Parse(@"{ ""Name"": ""vgw-ps"", ""ResourceGroupName"": ""rg-az"", ""Location"": ""northeurope"", ""Id"": """ + rg + @"virtualNetworkGateways/vgw-ps"",
              ""GatewayType"": ""Vpn"", ""VpnType"": ""RouteBased"", ""EnableBgp"": true, ""ActiveActive"": true, ""VpnGatewayGeneration"": ""Generation2"", ""ProvisioningState"": ""Succeeded"",
              ""Sku"": { ""Name"": ""VpnGw2AZ"", ""Tier"": ""VpnGw2AZ"", ""Capacity"": 2 },
              ""IpConfigurations"": [
                { ""Name"": ""c1"", ""Id"": """ + rg + @"virtualNetworkGateways/vgw-ps/ipConfigurations/c1"", ""PublicIpAddress"": { ""Id"": """ + rg + @"publicIPAddresses/p1"" }, ""Subnet"": { ""Id"": """ + rg + @"virtualNetworks/v/subnets/GatewaySubnet"" } },
                { ""Name"": ""c2"", ""Id"": """ + rg + @"virtualNetworkGateways/vgw-ps/ipConfigurations/c2"", ""PublicIpAddress"": { ""Id"": """ + rg + @"publicIPAddresses/p2"" }, ""Subnet"": { ""Id"": """ + rg + @"virtualNetworks/v/subnets/GatewaySubnet"" } } ],
              ""BgpSettings"": { ""Asn"": 65515, ""BgpPeeringAddress"": ""10.8.255.4,10.8.255.5"", ""PeerWeight"": 0, ""BgpPeeringAddresses"": [
                { ""IpconfigurationId"": """ + rg + @"virtualNetworkGateways/vgw-ps/ipConfigurations/c1"", ""DefaultBgpIpAddresses"": [""10.8.255.4""], ""CustomBgpIpAddresses"": [], ""TunnelIpAddresses"": [""40.0.0.1""] },
                { ""IpconfigurationId"": """ + rg + @"virtualNetworkGateways/vgw-ps/ipConfigurations/c2"", ""DefaultBgpIpAddresses"": [""10.8.255.5""], ""CustomBgpIpAddresses"": [], ""TunnelIpAddresses"": [""40.0.0.2""] } ] } }");
            var pip = JsonTree.Parse(@"{ ""Name"": ""p1"", ""Id"": """ + rg + @"publicIPAddresses/p1"", ""Sku"": { ""Name"": ""Standard"" }, ""Zones"": [""1"",""2"",""3""], ""IpAddress"": ""40.0.0.1"", ""PublicIpAllocationMethod"": ""Static"", ""ProvisioningState"": ""Succeeded"" }");
            var lng = JsonTree.Parse(@"{ ""Name"": ""lgw-ps"", ""Id"": """ + rg + @"localNetworkGateways/lgw-ps"", ""GatewayIpAddress"": ""203.0.113.50"", ""Fqdn"": null,
              ""LocalNetworkAddressSpace"": { ""AddressPrefixes"": [""10.60.0.0/16""] }, ""BgpSettings"": { ""Asn"": 65060, ""BgpPeeringAddress"": ""10.60.255.1"", ""PeerWeight"": 0 }, ""ProvisioningState"": ""Succeeded"" }");
            var cn = JsonTree.Parse(@"{ ""Name"": ""cn-ps"", ""Id"": """ + rg + @"connections/cn-ps"", ""ConnectionType"": ""IPsec"", ""ConnectionStatus"": ""Connected"", ""EnableBgp"": true, ""ProvisioningState"": ""Succeeded"",
              ""VirtualNetworkGateway1"": { ""Id"": """ + rg + @"virtualNetworkGateways/vgw-ps"" }, ""LocalNetworkGateway2"": { ""Id"": """ + rg + @"localNetworkGateways/lgw-ps"" },
              ""GatewayCustomBgpIpAddresses"": [], ""TunnelConnectionStatus"": [ { ""Tunnel"": ""cn-ps_40.0.0.2"", ""ConnectionStatus"": ""Connected"" }, { ""Tunnel"": ""cn-ps_40.0.0.1"", ""ConnectionStatus"": ""NotConnected"" } ] }");
            var peer = JsonTree.Parse(@"{ ""LocalAddress"": ""10.8.255.5"", ""Neighbor"": ""10.60.255.1"", ""Asn"": 65060, ""State"": ""Connected"", ""RoutesReceived"": 1 }");

            var t = Estate.Read(new[] { gw, pip, lng, cn, peer });
            var g = t.Gateways.Single();
            Assert.Equal("rg-az", g.ResourceGroupName);
            Assert.Equal(new[] { "40.0.0.1", "40.0.0.2" }, g.Instances.Select(i => i.PublicIpAddress));
            Assert.Equal("Standard", Assert.Single(t.PublicIpAddresses).Sku);
            Assert.Equal(new[] { "10.60.0.0/16" }, t.Sites.Single().AddressPrefixes);
            Assert.Equal(new[] { "NotConnected", "Connected" }, t.Tunnels.OrderBy(x => x.AzureInstance).Select(x => x.Status));
            var p = Assert.Single(t.BgpPeers);
            Assert.Equal("vgw-ps", p.Gateway);
        }

        [Fact]
        public void BgpPeerRowsAreTiedToTheGatewayTheyWereReadForAndLearnedRoutesFillAdvertisedPrefixes()
        {
            var t = AddHubBgp(HubReader()).Read();
            Assert.Equal(6, t.BgpPeers.Count);
            Assert.All(t.BgpPeers, p => Assert.Equal("vgw-aa", p.Gateway));
            Assert.Equal(new[] { "10.10.0.0/16" }, t.LocalNetworkGateways.Single(l => l.Name == "lgw-hq-fw1").AdvertisedPrefixes);
            Assert.Empty(t.LocalNetworkGateways.Single(l => l.Name == "lgw-hq-fw2").AdvertisedPrefixes);
            Assert.Contains("10.10.0.0/16", t.Sites.Single(s => s.Name == "lgw-hq-fw").AddressPrefixes);
            Assert.DoesNotContain("10.10.255.1/32", t.Sites.Single(s => s.Name == "lgw-hq-fw").AddressPrefixes);
        }

        static EstateReader HubReader()
        {
            var reader = new EstateReader();
            foreach (var tree in Estate.Hub()) reader.Add(tree);
            return reader;
        }

        static EstateReader AddHubBgp(EstateReader reader)
        {
            reader.AddBgpPeerStatus(Estate.HubId, Estate.Load("BgpPeerStatus"));
            reader.AddLearnedRoutes(Estate.HubId, Estate.Load("LearnedRoutes"));
            return reader;
        }

        [Fact]
        public void EachReadStartsAfresh()
        {
            var reader = AddHubBgp(HubReader());
            var first = reader.Read();
            var second = reader.Read();
            Assert.NotSame(first.Gateways[0], second.Gateways[0]);   // no objects shared between two topologies
            Assert.Equal(first.Tunnels.Count, second.Tunnels.Count);
            Assert.Equal(first.Sites.Select(x => x.Name), second.Sites.Select(x => x.Name));
        }

        [Fact]
        public void UnknownShapesAndMissingReferencesBecomeNotesNotFailures()
        {
            var reader = new EstateReader();
            reader.Add(JsonTree.Parse("{ \"hello\": 1 }"), "odd.json");
            reader.Add(Estate.Load("ConnectionGet-hq-fw1"), "cn.json");
            var t = reader.Read();
            Assert.Contains(reader.Notes, n => n.Code == EstateReadCodes.UnrecognisedObject && n.Path == "odd.json");
            Assert.Contains(reader.Notes, n => n.Code == EstateReadCodes.MissingReference);
            Assert.Contains(reader.Notes, n => n.Code == EstateReadCodes.NoGateway);
            Assert.Empty(t.Tunnels);
        }

        [Fact]
        public void SameNamesInTwoResourceGroupsStayApart()
        {
            var a = Estate.Load("VirtualNetworkGatewayGet-ActiveStandby");
            var b = Estate.Load("VirtualNetworkGatewayGet-ActiveStandby");
            Estate.Set(b, "id", ((string)Estate.Get(b, "id")).Replace("rg-spoke", "rg-other"));
            var t = Estate.Read(new[] { a, b });
            Assert.Equal(new[] { "rg-other/vgw-as", "rg-spoke/vgw-as" }, t.Gateways.Select(g => g.Name).OrderBy(x => x));
        }

        [Fact]
        public void VnetToVnetConnectionsPairIntoALink()
        {
            object Gw(string name, string pip) => JsonTree.Parse($"{{ \"name\": \"{name}\", \"id\": \"/subscriptions/s/resourceGroups/rg/providers/Microsoft.Network/virtualNetworkGateways/{name}\", \"properties\": {{ \"gatewayType\": \"Vpn\", \"enableBgp\": true, \"bgpSettings\": {{ \"asn\": 65001 }}, \"ipConfigurations\": [ {{ \"name\": \"a\" }} ], \"sku\": {{ \"name\": \"VpnGw1AZ\" }} }} }}");
            object V2v(string name, string from, string to, string status) => JsonTree.Parse($"{{ \"name\": \"{name}\", \"id\": \"/subscriptions/s/resourceGroups/rg/providers/Microsoft.Network/connections/{name}\", \"properties\": {{ \"connectionType\": \"Vnet2Vnet\", \"connectionStatus\": \"{status}\", \"enableBgp\": true, \"virtualNetworkGateway1\": {{ \"id\": \"/subscriptions/s/resourceGroups/rg/providers/Microsoft.Network/virtualNetworkGateways/{from}\" }}, \"virtualNetworkGateway2\": {{ \"id\": \"/subscriptions/s/resourceGroups/rg/providers/Microsoft.Network/virtualNetworkGateways/{to}\" }} }} }}");
            var t = Estate.Read(new[] { Gw("g1", "p1"), Gw("g2", "p2"), V2v("c12", "g1", "g2", "Connected"), V2v("c21", "g2", "g1", "Connected") });
            var link = Assert.Single(t.VNetLinks);
            Assert.Equal("c12", link.ConnectionAToB);
            Assert.Equal("c21", link.ConnectionBToA);
            Assert.Equal("Connected", Assert.Single(t.Tunnels).Status);

            t = Estate.Read(new[] { Gw("g1", "p1"), Gw("g2", "p2"), V2v("c12", "g1", "g2", "Connected"), V2v("c21", "g2", "g1", "NotConnected") });
            Assert.Equal("NotConnected", Assert.Single(t.Tunnels).Status);
        }
            [Fact]
        public void TemplateFunctionsFormatSplitFirstLastAndEscapedBracketsEvaluate()
        {
            var template = JsonTree.Parse(@"{ ""contentVersion"": ""1.0.0.0"", ""parameters"": { ""prefix"": { ""type"": ""string"", ""defaultValue"": ""Contoso"" } },
              ""variables"": { ""peers"": ""10.9.255.4,10.9.255.5"" }, ""resources"": [
              { ""type"": ""Microsoft.Network/localNetworkGateways"", ""name"": ""[toLower(format('{0}-lgw-{1}', parameters('prefix'), 1))]"",
                ""properties"": { ""fqdn"": ""[[literal]"", ""gatewayIpAddress"": ""192.0.2.1"", ""bgpSettings"": { ""asn"": ""[int('65001')]"", ""bgpPeeringAddress"": ""[first(split(variables('peers'), ','))]"" } } },
              { ""type"": ""Microsoft.Network/localNetworkGateways"", ""name"": ""[concat(parameters('prefix'), '-lgw-2')]"",
                ""properties"": { ""gatewayIpAddress"": ""192.0.2.2"", ""bgpSettings"": { ""asn"": 65001, ""bgpPeeringAddress"": ""[last(split(variables('peers'), ','))]"" } } } ] }");
            var t = Estate.Read(new[] { template });
            var a = t.LocalNetworkGateways.Single(l => l.Name == "contoso-lgw-1");
            Assert.Equal("[literal]", a.Fqdn);
            Assert.Equal(65001, a.Asn);
            Assert.Equal("10.9.255.4", a.BgpPeeringAddress);
            Assert.Equal("10.9.255.5", t.LocalNetworkGateways.Single(l => l.Name == "Contoso-lgw-2").BgpPeeringAddress);
        }

        [Fact]
        public void RestExampleFilesAreReadThroughTheirResponseBody()
        {
            var example = JsonTree.Parse("{ \"parameters\": { \"api-version\": \"2025-07-01\" }, \"responses\": { \"200\": { \"body\": " +
                System.IO.File.ReadAllText(System.IO.Path.Combine(System.AppContext.BaseDirectory, "Fixtures", "Arm", "VirtualNetworkGatewayGet-ActiveStandby.json")) + " } } }");
            Assert.Equal("vgw-as", Assert.Single(Estate.Read(new[] { example }).Gateways).Name);
        }

        [Fact]
        public void ActiveActiveWithAPointToSiteThirdIpConfigurationHasTwoInstances()
        {
            var gw = Estate.Load("VirtualNetworkGatewayGet-ActiveActive");
            var configs = (System.Collections.IList)Estate.Get(gw, "properties.ipConfigurations");
            configs.Add(JsonTree.Parse("{ \"name\": \"vNetGatewayConfig3\", \"id\": \"" + Estate.HubId + "/ipConfigurations/vNetGatewayConfig3\", \"properties\": { } }"));
            var g = Estate.Read(new[] { gw }).Gateways[0];
            Assert.Equal(2, g.Instances.Count);
            Assert.Empty(Estate.Findings(Estate.Read(new[] { gw }), "HA011"));

            Estate.Set(gw, "properties.activeActive", false);
            Assert.Equal(3, Estate.Read(new[] { gw }).Gateways[0].Instances.Count); // active-standby with 3 is odd: HA011 says so
            Assert.NotEmpty(Estate.Findings(Estate.Read(new[] { gw }), "HA011"));
        }
    }
}
