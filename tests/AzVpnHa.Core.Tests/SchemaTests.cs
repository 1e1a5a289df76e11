using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Nodes;
using AzVpnHa.Catalog;
using AzVpnHa.Spec;
using AzVpnHa.Tree;
using Json.Schema;
using Xunit;

namespace AzVpnHa.Tests
{
    /// <summary>
    /// module/AzVpnHa.spec.schema.json, as shipped: it accepts every example and rejects the malformed specs that
    /// SpecReader rejects, so an editor flags what the cmdlets would refuse.
    /// </summary>
    public class SchemaTests
    {
        static readonly string SchemaPath = Path.Combine(AppContext.BaseDirectory, "AzVpnHa.spec.schema.json");
        static readonly Lazy<JsonSchema> Schema = new Lazy<JsonSchema>(() => JsonSchema.FromText(File.ReadAllText(SchemaPath)));
        static readonly EvaluationOptions Options = new EvaluationOptions { RequireFormatValidation = true, OutputFormat = OutputFormat.List };

        public static IEnumerable<object[]> Examples() => ExampleTests.Names.Select(n => new object[] { n });

        static bool SchemaAccepts(string json, out string details)
        {
            using var document = JsonDocument.Parse(json);
            var result = Schema.Value.Evaluate(document.RootElement, Options);
            details = string.Join("; ", (result.Details ?? new List<EvaluationResults>())
                .Where(d => d.Errors != null)
                .SelectMany(d => d.Errors.Select(e => d.InstanceLocation + ": " + e.Value)));
            return result.IsValid;
        }

        static IReadOnlyList<SpecError> ReaderErrors(string json)
        {
            try
            {
                SpecReader.Read(JsonTree.Parse(json));
                return new SpecError[0];
            }
            catch (SpecException e)
            {
                return e.Errors;
            }
        }

        /// <summary>A spec that uses every field the reader takes, at least once.</summary>
        const string EveryField = @"{
  ""$schema"": ""../module/AzVpnHa.spec.schema.json"",
  ""$comment"": ""every field"",
  ""name"": ""contoso"", ""resourceGroup"": ""rg-vpn"", ""location"": ""westeurope"",
  ""gateways"": [
    { ""name"": ""vgw-hub"", ""sku"": ""VpnGw2AZ"", ""vpnType"": ""RouteBased"", ""generation"": ""Generation2"", ""activeActive"": true, ""asn"": 65010,
      ""vnetAddressPrefixes"": [""10.1.0.0/16""],
      ""instances"": [
        { ""publicIp"": ""198.51.100.1"", ""bgpPeeringAddress"": ""10.1.255.4"", ""customBgpIpAddresses"": [""169.254.21.1""] },
        { ""publicIp"": ""198.51.100.2"", ""bgpPeeringAddress"": ""10.1.255.5"", ""customBgpIpAddresses"": [""169.254.22.1""] } ] },
    { ""name"": ""vgw-spoke"", ""sku"": ""VpnGw2AZ"", ""activeActive"": true, ""asn"": 65020, ""vnetAddressPrefixes"": [""10.2.0.0/16"", ""2001:db8:2::/48""] }
  ],
  ""sites"": [
    { ""name"": ""hq"", ""gateway"": ""vgw-hub"", ""addressPrefixes"": [""192.168.0.0/20""],
      ""devices"": [
        { ""name"": ""fw1"", ""publicIp"": ""203.0.113.10"", ""asn"": 65030, ""bgpPeeringAddress"": ""192.168.15.1"",
          ""addressPrefixes"": [], ""advertisedPrefixes"": [""192.168.0.0/20""], ""enableBgp"": true, ""$comment"": ""primary"" },
        { ""name"": ""fw2"", ""fqdn"": ""vpn2.contoso.com"", ""asn"": 65030, ""bgpPeeringAddress"": ""169.254.21.2"" } ] }
  ],
  ""vnetConnections"": [ { ""gateways"": [""vgw-hub"", ""vgw-spoke""], ""enableBgp"": true, ""transit"": true } ]
}";

        [Fact]
        public void TheSchemaIsShippedNextToTheTests()
        {
            Assert.True(File.Exists(SchemaPath), SchemaPath + " is missing: check the test project's copy of module/AzVpnHa.spec.schema.json.");
        }

        [Fact]
        public void TheSchemaIsDraft202012()
        {
            var root = JsonNode.Parse(File.ReadAllText(SchemaPath));
            Assert.Equal("https://json-schema.org/draft/2020-12/schema", (string)root["$schema"]);
        }

        [Theory]
        [MemberData(nameof(Examples))]
        public void AcceptsEveryExample(string example)
        {
            Assert.True(SchemaAccepts(ExampleTests.Read(example), out var details), details);
        }

        [Fact]
        public void AcceptsASpecUsingEveryField()
        {
            Assert.True(SchemaAccepts(EveryField, out var details), details);
            Assert.Empty(ReaderErrors(EveryField));
        }

        /// <summary>Malformed specs, each one edit away from the dual-redundancy example, with the reader's error code.</summary>
        static readonly Dictionary<string, (Action<JsonObject> Edit, string Code)> Malformed = new Dictionary<string, (Action<JsonObject>, string)>
        {
            ["bad CIDR length"] = (s => Gateway(s)["vnetAddressPrefixes"] = new JsonArray("10.1.0.0/33"), SpecErrorCodes.InvalidPrefix),
            ["CIDR without length"] = (s => Site(s)["addressPrefixes"] = new JsonArray("192.168.0.0"), SpecErrorCodes.InvalidPrefix),
            ["bad IP"] = (s => Device(s, 1)["publicIp"] = "203.0.113.256", SpecErrorCodes.InvalidIpAddress),
            ["short IP"] = (s => Device(s, 0)["bgpPeeringAddress"] = "192.168.15", SpecErrorCodes.InvalidIpAddress),
            ["IP with prefix"] = (s => Device(s, 0)["publicIp"] = "203.0.113.10/32", SpecErrorCodes.InvalidIpAddress),
            ["bad custom APIPA"] = (s => ((JsonObject)Gateway(s)["instances"][0])["customBgpIpAddresses"] = new JsonArray("169.254.21"), SpecErrorCodes.InvalidIpAddress),
            ["unknown SKU"] = (s => Gateway(s)["sku"] = "VpnGw9AZ", SpecErrorCodes.UnknownSku),
            ["missing name"] = (s => s.Remove("name"), SpecErrorCodes.MissingField),
            ["missing location"] = (s => s.Remove("location"), SpecErrorCodes.MissingField),
            ["missing gateway name"] = (s => Gateway(s).Remove("name"), SpecErrorCodes.MissingField),
            ["missing SKU"] = (s => Gateway(s).Remove("sku"), SpecErrorCodes.MissingField),
            ["missing gateways"] = (s => s.Remove("gateways"), SpecErrorCodes.MissingField),
            ["empty gateways"] = (s => { s["gateways"] = new JsonArray(); s.Remove("sites"); }, SpecErrorCodes.MissingField),
            ["bad resource name"] = (s => Device(s, 0)["name"] = "-fw1", SpecErrorCodes.InvalidName),
            ["device with publicIp and fqdn"] = (s => Device(s, 0)["fqdn"] = "vpn1.contoso.com", SpecErrorCodes.InvalidValue),
            ["empty publicIp"] = (s => Device(s, 0)["publicIp"] = "", SpecErrorCodes.MissingField),
            ["device without publicIp or fqdn"] = (s => Device(s, 0).Remove("publicIp"), SpecErrorCodes.MissingField),
            ["bad fqdn"] = (s => { Device(s, 0).Remove("publicIp"); Device(s, 0)["fqdn"] = "vpn_1"; }, SpecErrorCodes.InvalidValue),
            ["site with empty devices"] = (s => Site(s)["devices"] = new JsonArray(), SpecErrorCodes.SiteWithoutDevices),
            ["site without devices"] = (s => Site(s).Remove("devices"), SpecErrorCodes.SiteWithoutDevices),
            ["asn without bgpPeeringAddress"] = (s => Device(s, 1).Remove("bgpPeeringAddress"), SpecErrorCodes.IncompleteBgp),
            ["bgpPeeringAddress without asn"] = (s => Device(s, 0).Remove("asn"), SpecErrorCodes.IncompleteBgp),
            ["unknown top-level field"] = (s => s["region"] = "westeurope", SpecErrorCodes.UnknownField),
            ["unknown gateway field"] = (s => Gateway(s)["activeActiv"] = true, SpecErrorCodes.UnknownField),
            ["unknown device field"] = (s => Device(s, 0)["psk"] = "secret", SpecErrorCodes.UnknownField),
            ["unknown instance field"] = (s => ((JsonObject)Gateway(s)["instances"][0])["zone"] = "1", SpecErrorCodes.UnknownField),
            ["ASN zero"] = (s => Gateway(s)["asn"] = 0, SpecErrorCodes.InvalidAsn),
            ["ASN above 32 bits"] = (s => Device(s, 0)["asn"] = 4294967296L, SpecErrorCodes.InvalidAsn),
            ["ASN as text"] = (s => Gateway(s)["asn"] = "sixty-five", SpecErrorCodes.InvalidValue),
            ["three instances"] = (s => ((JsonArray)Gateway(s)["instances"]).Add(new JsonObject()), SpecErrorCodes.InvalidInstances),
            ["bad vpnType"] = (s => Gateway(s)["vpnType"] = "Dynamic", SpecErrorCodes.InvalidValue),
            ["bad generation"] = (s => Gateway(s)["generation"] = "Generation3", SpecErrorCodes.InvalidValue),
            ["activeActive as text"] = (s => Gateway(s)["activeActive"] = "maybe", SpecErrorCodes.InvalidValue),
            ["site without gateway among several"] = (s => ((JsonArray)s["gateways"]).Add(new JsonObject { ["name"] = "vgw-dr", ["sku"] = "VpnGw2AZ" }), SpecErrorCodes.MissingField),
            ["VNet connection with one gateway"] = (s => s["vnetConnections"] = new JsonArray(new JsonObject { ["gateways"] = new JsonArray("vgw-hub") }), SpecErrorCodes.InvalidValue),
            ["VNet connection without gateways"] = (s => s["vnetConnections"] = new JsonArray(new JsonObject { ["transit"] = true }), SpecErrorCodes.InvalidValue),
        };

        public static IEnumerable<object[]> MalformedNames() => Malformed.Keys.Select(k => new object[] { k });

        static string MalformedSpec(string name)
        {
            var spec = JsonNode.Parse(ExampleTests.Read("dual-redundancy")).AsObject();
            Malformed[name].Edit(spec);
            return spec.ToJsonString();
        }

        [Theory]
        [MemberData(nameof(MalformedNames))]
        public void RejectsAMalformedSpec(string name)
        {
            Assert.False(SchemaAccepts(MalformedSpec(name), out _), $"The schema accepts a spec with {name}.");
        }

        [Theory]
        [MemberData(nameof(MalformedNames))]
        public void TheReaderRejectsTheSameSpec(string name)
        {
            var errors = ReaderErrors(MalformedSpec(name));
            Assert.Contains(errors, e => e.Code == Malformed[name].Code);
        }

        [Fact]
        public void SkuEnumIsTheCatalogue()
        {
            var skus = Def("gateway")["properties"]["sku"]["enum"].AsArray().Select(n => (string)n);
            Assert.Equal(SkuCatalog.Names.OrderBy(n => n), skus.OrderBy(n => n));
        }

        [Fact]
        public void EveryFieldHasADescription()
        {
            var root = JsonNode.Parse(File.ReadAllText(SchemaPath)).AsObject();
            var objects = new[] { root }.Concat(root["$defs"].AsObject().Select(d => d.Value.AsObject()));
            var undocumented = new List<string>();
            foreach (var obj in objects)
            {
                if (obj["properties"] is JsonObject properties)
                    undocumented.AddRange(properties.Where(p => p.Value["description"] == null).Select(p => p.Key));
                if (obj["description"] == null) undocumented.Add(obj.GetPath());
            }
            Assert.Empty(undocumented);
        }

        [Fact]
        public void ObjectsRejectUnknownMembersButAllowDollarOnes()
        {
            var root = JsonNode.Parse(File.ReadAllText(SchemaPath)).AsObject();
            var objects = new[] { root }.Concat(root["$defs"].AsObject().Select(d => d.Value.AsObject())).Where(o => (string)o["type"] == "object").ToList();
            Assert.Equal(6, objects.Count); // the spec, gateway, instance, site, device, vnetConnection
            Assert.All(objects, o => Assert.False((bool)o["additionalProperties"]));
            Assert.All(objects, o => Assert.NotNull(o["patternProperties"]?["^\\$"]));
        }

        [Fact]
        public void InstancesHoldAtMostTwo()
        {
            Assert.Equal(2, (int)Def("gateway")["properties"]["instances"]["maxItems"]);
        }

        static JsonNode Def(string name) => JsonNode.Parse(File.ReadAllText(SchemaPath))["$defs"][name];
        static JsonObject Gateway(JsonObject spec) => spec["gateways"][0].AsObject();
        static JsonObject Site(JsonObject spec) => spec["sites"][0].AsObject();
        static JsonObject Device(JsonObject spec, int index) => spec["sites"][0]["devices"][index].AsObject();
    }
}
