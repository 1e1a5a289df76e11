using System.Linq;
using AzVpnHa.Readers;
using Xunit;

namespace AzVpnHa.Tests
{
    public class ArmIdTests
    {
        const string Gateway = "/subscriptions/0000-1/resourceGroups/rg-Hub/providers/Microsoft.Network/virtualNetworkGateways/vgw-aa";

        [Fact]
        public void TakesATopLevelIdApart()
        {
            Assert.True(ArmId.TryParse(Gateway, out var id));
            Assert.Equal("0000-1", id.Subscription);
            Assert.Equal("rg-Hub", id.ResourceGroup);
            Assert.Equal("Microsoft.Network/virtualNetworkGateways", id.Type);
            Assert.Equal(new[] { "vgw-aa" }, id.Names);
            Assert.Equal("vgw-aa", id.Name);
            Assert.Equal(Gateway.ToLowerInvariant(), id.Key);
            Assert.Equal(Gateway, id.Text);
        }

        [Fact]
        public void JoinsAChildResourcesTypes()
        {
            Assert.True(ArmId.TryParse(Gateway + "/ipConfigurations/default", out var id));
            Assert.Equal("Microsoft.Network/virtualNetworkGateways/ipConfigurations", id.Type);
            Assert.Equal(new[] { "vgw-aa", "default" }, id.Names);
            Assert.Equal("default", id.Name);
        }

        [Theory]
        [InlineData("  " + Gateway + "/ ")]
        [InlineData(Gateway + "/")]
        [InlineData("//" + "subscriptions/0000-1/resourceGroups/rg-Hub/providers/Microsoft.Network/virtualNetworkGateways/vgw-aa")]
        [InlineData("subscriptions/0000-1/resourceGroups/rg-Hub/providers/Microsoft.Network/virtualNetworkGateways/vgw-aa")]
        public void TrimsSpacesAndSlashesToOneCanonicalText(string text)
        {
            Assert.True(ArmId.TryParse(text, out var id));
            Assert.Equal(Gateway, id.Text);
            Assert.Equal("Microsoft.Network/virtualNetworkGateways", id.Type);
        }

        [Fact]
        public void ReadsKeywordsWithoutCaseAndTemplateIdsWithoutSubscriptionOrGroup()
        {
            Assert.True(ArmId.TryParse("/SUBSCRIPTIONS/s/RESOURCEGROUPS/g/PROVIDERS/Microsoft.Network/connections/cn-1", out var upper));
            Assert.Equal("s", upper.Subscription);
            Assert.Equal("g", upper.ResourceGroup);
            Assert.True(ArmId.TryParse("/providers/Microsoft.Network/localNetworkGateways/lgw-1", out var template));
            Assert.Null(template.Subscription);
            Assert.Null(template.ResourceGroup);
            Assert.Equal("Microsoft.Network/localNetworkGateways", template.Type);
            Assert.Equal("lgw-1", template.Name);
        }

        [Theory]
        [InlineData(null)]
        [InlineData("")]
        [InlineData("///")]
        [InlineData("vgw-aa")]
        [InlineData("/subscriptions/s/resourceGroups/g")]                                       // no provider
        [InlineData("/subscriptions/s/resourceGroups/g/providers/Microsoft.Network")]           // no type
        [InlineData("/subscriptions/s/resourceGroups/g/providers/Microsoft.Network/connections")] // a type without a name
        [InlineData("/subscriptions/s/something/g/providers/Microsoft.Network/connections/cn")]  // unknown segment before providers
        public void RefusesWhatIsNotAResourceId(string text)
        {
            Assert.False(ArmId.TryParse(text, out var id));
            Assert.Null(id);
        }

        [Fact]
        public void TheLastSegmentNamesWhatWasNotRead()
        {
            Assert.Equal("vgw-aa", ArmId.LastSegment(Gateway + "/"));
            Assert.Equal("plain", ArmId.LastSegment("plain"));
            Assert.Null(ArmId.LastSegment(null));
        }
    }
}
