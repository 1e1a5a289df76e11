using System.Linq;
using AzVpnHa.Writers;
using Xunit;

namespace AzVpnHa.Tests
{
    public class WritersBicepTextTests
    {
        [Fact]
        public void SharedKeyIsASecureParameterWithoutDefault()
        {
            var text = BicepWriter.Write(Specs.Plan(ArticleTopologies.DualRedundancy));
            Assert.Contains("@secure()\nparam sharedKey string\n", text);
            Assert.Equal(2, text.Split('\n').Count(l => l.Trim() == "sharedKey: sharedKey"));
        }

        [Fact]
        public void GatewaySubnetIsAnExistingResourceFoundThroughAParameter()
        {
            var text = BicepWriter.Write(Specs.Plan(ArticleTopologies.VNetToVNet));
            Assert.Contains("param vgwHubVirtualNetworkName string\n", text);
            Assert.Contains("resource vgwHubVnet 'Microsoft.Network/virtualNetworks@2025-07-01' existing = {\n  name: vgwHubVirtualNetworkName\n}", text);
            Assert.Contains("resource vgwSpokeGatewaySubnet 'Microsoft.Network/virtualNetworks/subnets@2025-07-01' existing = {\n  parent: vgwSpokeVnet\n  name: 'GatewaySubnet'\n}", text);
            Assert.Contains("id: vgwSpokeGatewaySubnet.id", text);
        }

        [Fact]
        public void QuoteEscapesQuotesBackslashesAndInterpolation()
        {
            Assert.Equal(@"'it\'s \\ \${x} $y'", BicepWriter.Quote("it's \\ ${x} $y"));
        }

        [Fact]
        public void SymbolNamesAreUniqueIdentifiersAndAvoidKeywords()
        {
            var names = new SymbolNames();
            Assert.Equal("pipVgw1", names.Make("pip-vgw-1"));
            Assert.Equal("pipVgw12", names.Make("pip_vgw.1"));
            Assert.Equal("resource2", names.Make("resource"));
            Assert.Equal("r1gw", names.Make("1gw"));
        }
    }
}
