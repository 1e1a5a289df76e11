using System.Linq;
using AzVpnHa.Planning;
using AzVpnHa.Spec;
using AzVpnHa.Tree;
using AzVpnHa.Writers;
using Xunit;

namespace AzVpnHa.Tests
{
    public class WritersScriptTests
    {
        static string Script(string spec) => AzScriptWriter.Write(Specs.Plan(spec));

        [Theory]
        [MemberData(nameof(ArticleTopologies.All), MemberType = typeof(ArticleTopologies))]
        public void SharedKeyIsASecureStringParameterAndNeverALiteral(string name, string spec)
        {
            var text = Script(spec);
            Assert.Contains("[System.Security.SecureString] $SharedKey", text);
            Assert.Contains("[CmdletBinding(SupportsShouldProcess = $true)]", text);
            // The only value SharedKey ever gets is the in-memory conversion of the parameter.
            Assert.All(text.Split('\n').Where(l => l.Contains("-SharedKey ") && !l.TrimStart().StartsWith("./")),
                l => Assert.Contains("-SharedKey $sharedKeyText", l));
            Assert.True(name.Length > 0);
        }

        [Fact]
        public void CreatesInDependencyOrderWithGetBeforeEveryNew()
        {
            var lines = Script(ArticleTopologies.ActiveActive).Split('\n');
            int First(string s) => System.Array.FindIndex(lines, l => l.Contains(s));
            Assert.True(First("= New-AzPublicIpAddress") < First("New-AzVirtualNetworkGatewayIpConfig -Name"));
            Assert.True(First("New-AzVirtualNetworkGatewayIpConfig -Name") < First("= New-AzVirtualNetworkGateway "));
            Assert.True(First("= New-AzVirtualNetworkGateway ") < First("= New-AzLocalNetworkGateway"));
            Assert.True(First("= New-AzLocalNetworkGateway") < First("= New-AzVirtualNetworkGatewayConnection"));
            foreach (var (get, create) in new[] { ("Get-AzPublicIpAddress", "New-AzPublicIpAddress"), ("Get-AzVirtualNetworkGateway ", "New-AzVirtualNetworkGateway "),
                ("Get-AzLocalNetworkGateway", "New-AzLocalNetworkGateway"), ("Get-AzVirtualNetworkGatewayConnection", "New-AzVirtualNetworkGatewayConnection") })
                Assert.Equal(lines.Count(l => l.Contains(get)), lines.Count(l => l.Contains(create) && !l.Contains("Get-")));
        }

        [Fact]
        public void ActiveActiveBgpGatewayUsesTheAzSwitchesAndApipaObjects()
        {
            var text = Script(ArticleTopologies.ActiveActive);
            Assert.Contains("-EnableActiveActiveFeature -EnableBgp $true -Asn 65515 -IpConfigurationBgpPeeringAddresses $bgpPeeringAddresses", text);
            Assert.Contains("-VpnType 'RouteBased'", text);
            Assert.Contains("New-AzIpConfigurationBgpPeeringAddressObject -IpConfigurationId ((Get-ResourceId 'virtualNetworkGateways' 'vgw') + '/ipConfigurations/activeActive') -CustomAddress @('169.254.22.1')", text);
            Assert.Contains("New-AzGatewayCustomBgpIpConfigurationObject -IpConfigurationId $gw1.IpConfigurations[1].Id -CustomBgpIpAddress '169.254.22.1'", text);
            Assert.Contains("-GatewayCustomBgpIpAddress $customBgp", text);
            // Conversion path for an existing active-standby gateway, with the warning.
            Assert.Contains("elseif (-not $gw1.ActiveActive)", text);
            Assert.Contains("Add-AzVirtualNetworkGatewayIpConfig -VirtualNetworkGateway $gw1 -Name 'activeActive'", text);
            Assert.Contains("Set-AzVirtualNetworkGateway -VirtualNetworkGateway $gw1 -EnableActiveActiveFeature", text);
            Assert.Contains("about 45 minutes", text);
            Assert.Contains("incurs downtime", text);
        }

        [Fact]
        public void ActiveStandbyWithoutBgpHasNoActiveActiveOrBgpSwitchesAndNoConversion()
        {
            var text = Script(ArticleTopologies.ActiveStandby);
            Assert.DoesNotContain("-EnableActiveActiveFeature", text);
            Assert.DoesNotContain("-EnableBgp $true", text);
            Assert.DoesNotContain("Set-AzVirtualNetworkGateway", text);
            Assert.Contains("-AddressPrefix @('10.10.0.0/16')", text);
            Assert.DoesNotContain("-Zone", Script(ArticleTopologies.ActiveStandby.Replace("VpnGw1AZ", "VpnGw1")));
        }

        [Fact]
        public void VNetToVNetNeedsASubnetPerGatewayAndConnectsBothWays()
        {
            var text = Script(ArticleTopologies.VNetToVNet);
            Assert.Contains("-GatewaySubnetId as a hashtable", text);
            Assert.Contains("-VirtualNetworkGateway1 $gw1 -VirtualNetworkGateway2 $gw2 -ConnectionType Vnet2Vnet", text);
            Assert.Contains("-VirtualNetworkGateway1 $gw2 -VirtualNetworkGateway2 $gw1 -ConnectionType Vnet2Vnet", text);
        }

        [Fact]
        public void FqdnDeviceBindsFqdnAndBgpDeviceBindsAsnWithPeer()
        {
            var text = Script(ArticleTopologies.MultipleDevices);
            Assert.Contains("-Fqdn 'vpn2.contoso.com' -Asn 65010 -BgpPeeringAddress '10.10.255.2'", text);
            Assert.Contains("-GatewayIpAddress '203.0.113.1' -Asn 65010 -BgpPeeringAddress '10.10.255.1'", text);
        }

        [Fact]
        public void QuotesEveryPowerShellQuoteCharacter()
        {
            Assert.Equal("'it''s ‘‘q’’'", AzScriptWriter.Quote("it's ‘q’"));
        }

        [Fact]
        public void ApipaPlanningFlowsIntoTheScript()
        {
            var spec = SpecReader.Read(JsonTree.Parse(Specs.OneSite(Specs.AaGateway, "{ \"name\": \"fw1\", \"publicIp\": \"203.0.113.1\" }")));
            ApipaPlanner.Assign(spec);
            var text = AzScriptWriter.Write(Planner.Plan(spec));
            Assert.Contains("-Asn 65001 -BgpPeeringAddress '169.254.21.2'", text);
            Assert.Contains("-CustomBgpIpAddress '169.254.22.1'", text);
        }
    }
}
