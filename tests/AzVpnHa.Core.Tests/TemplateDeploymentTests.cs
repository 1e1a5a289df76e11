using System;
using System.Collections;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using AzVpnHa.Readers;
using AzVpnHa.Templates;
using AzVpnHa.Tree;
using Xunit;

namespace AzVpnHa.Tests
{
    /// <summary>Templates in the shapes people write (copy loops, Bicep output, nested deployments), read into topologies.</summary>
    public class TemplateDeploymentTests
    {
        internal static string FixturePath(string name) => Path.Combine(AppContext.BaseDirectory, "Fixtures", "Templates", name);

        static IDictionary<string, object> Load(string name) => (IDictionary<string, object>)JsonTree.Parse(File.ReadAllText(FixturePath(name)));

        static (Topology Topology, EstateReader Reader) Read(string name, IDictionary<string, object> parameters = null)
        {
            var reader = new EstateReader();
            reader.AddTemplate(Load(name), new TemplateSource { Name = name, Directory = Path.GetDirectoryName(FixturePath(name)), Parameters = parameters });
            return (reader.Read(), reader);
        }

        static List<IDictionary<string, object>> Deploy(string name, IDictionary<string, object> parameters = null) =>
            TemplateDeployment.Deploy(Load(name), parameters, Path.GetDirectoryName(FixturePath(name)), name).Resources;

        static IDictionary<string, object> Props(IDictionary<string, object> resource) => (IDictionary<string, object>)resource["properties"];

        [Fact]
        public void ResourceAndPropertyCopyLoopsExpandWithLoopNamesAndOffsets()
        {
            var (t, _) = Read("copy-loops.json");
            Assert.Equal(new[] { "vnet1-vng", "vnet2-vng", "vnet3-vng" }, t.Gateways.Select(g => g.Name));
            Assert.Equal(new long?[] { 65010, 65020, 65030 }, t.Gateways.Select(g => g.Asn));
            Assert.All(t.Gateways, g => Assert.True(g.ActiveActive));
            // The property loop made two ipConfigurations per gateway, each on its own public IP (pip1, pip2).
            Assert.All(t.Gateways, g => Assert.Equal(new[] { "ipconfig1", "ipconfig2" }, g.Instances.Select(i => i.IpConfigurationName)));
            Assert.Equal(new[] { "vnet2-pip1", "vnet2-pip2" }, t.Gateways[1].Instances.Select(i => i.PublicIpName));
            // copyIndex(1) pairs each VNet with the next: vnet1<->vnet2, vnet2<->vnet3, both directions.
            Assert.Equal(4, t.Connections.Count());
            Assert.Equal(2, t.VNetLinks.Count());
            Assert.Equal(TopologyKind.VNetToVNet, t.Kind);
            Assert.Equal(8, t.TunnelCount); // active-active on both sides: 4 tunnels per link
        }

        [Fact]
        public void ACopyLoopWithAParameterValueFollowsIt()
        {
            var parameters = new Dictionary<string, object>(StringComparer.OrdinalIgnoreCase) { ["activeActive"] = false };
            var (t, _) = Read("copy-loops.json", parameters);
            Assert.All(t.Gateways, g => Assert.Single(g.Instances));
            Assert.Equal(2, t.TunnelCount);
        }

        [Fact]
        public void PropertyAccessAndIndexingOnObjectVariablesGiveNamesAndAsns()
        {
            var (t, _) = Read("object-variables.json");
            Assert.Equal(new[] { "hub-Gateway", "spoke-Gateway" }, t.Gateways.Select(g => g.Name));
            Assert.Equal(new long?[] { 65010, 65050 }, t.Gateways.Select(g => g.Asn));
            var lng = Assert.Single(t.LocalNetworkGateways);
            Assert.Equal("branch-a", lng.Name);
            Assert.Equal("203.0.113.10", lng.GatewayIpAddress);
            Assert.Equal(65101, lng.Asn);
            Assert.Contains(t.Connections, c => c.Name == "hub-to-branch-a" && c.LocalNetworkGateway2 == "branch-a");
            Assert.Equal(TopologyKind.Mixed, t.Kind);
        }

        [Fact]
        public void LanguageVersion2SymbolicResourcesExistingOnesLambdasAndModulesInALoop()
        {
            var (t, reader) = Read("language-v2.json");
            var g = Assert.Single(t.Gateways);
            Assert.Equal("vgw-hub", g.Name);
            Assert.True(g.ActiveActive);
            Assert.Equal(new[] { "vgw-hub-pip1", "vgw-hub-pip2" }, g.Instances.Select(i => i.PublicIpName));
            // The existing VNet is not deployed; the disabled device is filtered out by the lambda.
            Assert.DoesNotContain(Deploy("language-v2.json"), r => (string)r["type"] == "Microsoft.Network/virtualNetworks");
            Assert.Equal(new[] { "lng-ams-fw1", "lng-ams-fw2" }, t.LocalNetworkGateways.Select(l => l.Name));
            Assert.All(t.LocalNetworkGateways, l => Assert.Equal(65100, l.Asn));
            var site = Assert.Single(t.Sites);
            Assert.Equal("amsterdam", site.Name);
            Assert.Equal(TopologyKind.DualRedundancy, t.Kind);
            Assert.Equal(4, t.TunnelCount);
            Assert.DoesNotContain(reader.Notes, n => n.Code.StartsWith("Template", StringComparison.Ordinal) && n.Code != TemplateNoteCodes.UnsupportedFunction);
            // The module's shared key is newGuid(): unknown, never a value.
            var connection = Deploy("language-v2.json").First(r => (string)r["type"] == "Microsoft.Network/connections");
            Assert.IsType<UnknownValue>(Props(connection)["sharedKey"]);
        }

        [Fact]
        public void NestedDeploymentsOuterScopeUsesTheParentsValuesInnerScopeItsOwnAndOutputsFlowBack()
        {
            var (t, _) = Read("nested-scopes.json");
            // Outer scope: parameters('gatewayName') is the parent's (vgw-outer), not the nested default.
            var g = Assert.Single(t.Gateways);
            Assert.Equal("vgw-outer", g.Name);
            // Inner scope: parameters passed in, and the gateway id from the outer deployment's output.
            var lng = Assert.Single(t.LocalNetworkGateways);
            Assert.Equal("lng-branch", lng.Name);
            Assert.Equal("203.0.113.50", lng.GatewayIpAddress);
            Assert.Equal(65200, lng.Asn);
            var c = Assert.Single(t.Connections);
            Assert.Equal("vgw-outer", c.VirtualNetworkGateway1);
            Assert.Equal(TopologyKind.ActiveStandby, t.Kind);
            Assert.Equal(1, t.TunnelCount);
        }

        [Fact]
        public void ALinkedTemplateBesideTheFileIsFollowedAndOneThatNeedsADownloadIsNoted()
        {
            var (t, reader) = Read("linked.json");
            Assert.Equal("vgw-linked", Assert.Single(t.Gateways).Name);
            var note = Assert.Single(reader.Notes, n => n.Code == TemplateNoteCodes.LinkNotFollowed);
            Assert.Contains("https://example.invalid/templates/lng.json", note.Problem);
        }

        [Fact]
        public void RequiredParametersAreUnknownNotExpressionTextAndAParameterFileFillsThem()
        {
            var resources = Deploy("site-to-site.json");
            var lng = resources.Single(r => (string)r["type"] == "Microsoft.Network/localNetworkGateways");
            Assert.Equal("<localGatewayName>", lng["name"]);
            var props = Props(lng);
            Assert.Equal("set at deploy time by parameter 'localGatewayIpAddress'", Assert.IsType<UnknownValue>(props["gatewayIpAddress"]).Reason);
            Assert.IsType<UnknownValue>(((IDictionary<string, object>)props["localNetworkAddressSpace"])["addressPrefixes"]);
            Assert.IsType<UnknownValue>(lng["location"]);
            // No expression text anywhere in names or ids.
            foreach (var r in resources) { Assert.DoesNotContain("(", (string)r["name"]); Assert.DoesNotContain("[", (string)r["id"]); }
            var connection = resources.Single(r => (string)r["type"] == "Microsoft.Network/connections");
            Assert.Equal("azureGateway-to-<localGatewayName>", connection["name"]);
            Assert.IsType<UnknownValue>(Props(connection)["sharedKey"]);

            var (t, _) = Read("site-to-site.json");
            Assert.Equal(TopologyKind.ActiveStandby, t.Kind);
            Assert.Equal(1, t.TunnelCount);

            var values = TemplateInput.ReadParameterFile(FixturePath("site-to-site.parameters.json"));
            var (filled, _) = Read("site-to-site.json", values);
            var known = Assert.Single(filled.LocalNetworkGateways);
            Assert.Equal("branch-fw", known.Name);
            Assert.Equal("198.51.100.77", known.GatewayIpAddress);
            Assert.Equal(new[] { "192.168.50.0/24" }, known.AddressPrefix);
            Assert.Equal("VpnGw2AZ", Assert.Single(filled.Gateways).Sku);
            Assert.Equal("branch-fw", Assert.Single(filled.Connections).LocalNetworkGateway2);
        }

        [Fact]
        public void AConditionFalseDeploysNothingAndAnUnknownCopyCountReadsOneCopyWithANote()
        {
            var template = (IDictionary<string, object>)JsonTree.Parse(@"{ ""$schema"": ""x"", ""contentVersion"": ""1.0.0.0"",
                ""parameters"": { ""deploy"": { ""type"": ""bool"", ""defaultValue"": false }, ""count"": { ""type"": ""int"" } },
                ""resources"": [
                  { ""condition"": ""[parameters('deploy')]"", ""type"": ""Microsoft.Network/virtualNetworkGateways"", ""name"": ""never"", ""properties"": {} },
                  { ""copy"": { ""name"": ""l"", ""count"": ""[parameters('count')]"" }, ""type"": ""Microsoft.Network/localNetworkGateways"", ""name"": ""[format('lng{0}', copyIndex())]"", ""properties"": {} } ] }");
            var (resources, notes) = TemplateDeployment.Deploy(template, null, null, "t.json");
            Assert.Equal(new[] { "lng0" }, resources.Select(r => (string)r["name"]));
            Assert.Contains(notes, n => n.Problem.Contains("set at deploy time by parameter 'count'"));
            var (two, _) = TemplateDeployment.Deploy(template, new Dictionary<string, object> { ["count"] = 2L, ["deploy"] = true }, null, "t.json");
            Assert.Equal(new[] { "never", "lng0", "lng1" }, two.Select(r => (string)r["name"]));
        }

        [Fact]
        public void AConditionSetAtDeployTimeReadsTheResourceWithANoteAndAKeyVaultReferenceIsUnknown()
        {
            var template = (IDictionary<string, object>)JsonTree.Parse(@"{ ""$schema"": ""x"", ""contentVersion"": ""1.0.0.0"",
                ""parameters"": { ""deployLng"": { ""type"": ""bool"" }, ""ip"": { ""type"": ""string"" } },
                ""resources"": [ { ""condition"": ""[parameters('deployLng')]"", ""type"": ""Microsoft.Network/localNetworkGateways"", ""name"": ""lng"", ""properties"": { ""gatewayIpAddress"": ""[parameters('ip')]"" } } ] }");
            var file = (IDictionary<string, object>)JsonTree.Parse(@"{ ""$schema"": ""https://schema.management.azure.com/schemas/2019-04-01/deploymentParameters.json#"", ""contentVersion"": ""1.0.0.0"",
                ""parameters"": { ""ip"": { ""reference"": { ""keyVault"": { ""id"": ""/subscriptions/s/resourceGroups/rg/providers/Microsoft.KeyVault/vaults/kv"" }, ""secretName"": ""ip"" } } } }");
            var (resources, notes) = TemplateDeployment.Deploy(template, TemplateParameters.FromFile(file), null, "t.json");
            var lng = Assert.Single(resources);
            Assert.Contains(notes, n => n.Problem.Contains("set at deploy time by parameter 'deployLng'"));
            Assert.Equal("read from Key Vault at deploy time (parameter 'ip')", Assert.IsType<UnknownValue>(Props(lng)["gatewayIpAddress"]).Reason);
        }

        [Theory]
        [InlineData("{ \"name\": \"t\", \"resourceGroup\": \"rg\", \"location\": \"westeurope\", \"gateways\": [] }", TemplateInputCodes.IsSpec)]
        [InlineData("{ \"$schema\": \"https://schema.management.azure.com/schemas/2019-04-01/deploymentParameters.json#\", \"contentVersion\": \"1.0.0.0\", \"parameters\": { } }", TemplateInputCodes.IsParameterFile)]
        [InlineData("{ \"hello\": [ 1, 2 ] }", TemplateInputCodes.NoResources)]
        [InlineData("[]", TemplateInputCodes.NoResources)]
        public void WrongKindsOfInputSaySo(string json, string code)
        {
            var file = Path.Combine(Path.GetTempPath(), "azvpnha-input-" + Guid.NewGuid().ToString("N") + ".json");
            File.WriteAllText(file, json);
            try
            {
                var e = Assert.Throws<Spec.SpecException>(() => TemplateInput.Read(file, null));
                Assert.Equal(code, e.Code);
            }
            finally { File.Delete(file); }
        }
    }
}
