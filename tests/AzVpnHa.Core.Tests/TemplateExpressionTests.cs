using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;
using AzVpnHa.Templates;
using AzVpnHa.Tree;
using Xunit;

namespace AzVpnHa.Tests
{
    /// <summary>The template language's expressions and functions, evaluated as ARM evaluates them.</summary>
    public class TemplateExpressionTests
    {
        /// <summary>Evaluates one expression in a template with these parameters (JSON) and variables (JSON).</summary>
        static object Eval(string expression, string parameters = "{}", string variables = "{}", string supplied = null)
        {
            var template = (IDictionary<string, object>)JsonTree.Parse("{ \"$schema\": \"x\", \"contentVersion\": \"1.0.0.0\", \"parameters\": " + parameters + ", \"variables\": " + variables + ", \"resources\": [] }");
            var scope = TemplateDeployment.Scope(template, supplied == null ? null : (IDictionary<string, object>)JsonTree.Parse(supplied), null, "test");
            return ExpressionEvaluator.EvaluateTree(expression, new Frame(scope));
        }

        [Theory]
        [InlineData("[concat('a', 'b', string(1))]", "ab1")]
        [InlineData("[format('{0}-vng-{1:D2}', 'vnet1', 7)]", "vnet1-vng-07")]
        [InlineData("[toLower('ABC')]", "abc")]
        [InlineData("[replace('a-b-c', '-', '')]", "abc")]
        [InlineData("[substring('gateway', 0, 4)]", "gate")]
        [InlineData("[padLeft(7, 3, '0')]", "007")]
        [InlineData("[join(split('a,b,c', ','), '|')]", "a|b|c")]
        [InlineData("[trim('  x ')]", "x")]
        [InlineData("[string(createObject('a', 1))]", "{\"a\":1}")]
        [InlineData("[if(equals(1, 1), 'yes', 'no')]", "yes")]
        [InlineData("[first(createArray('x', 'y'))]", "x")]
        [InlineData("[last('abc')]", "c")]
        [InlineData("[createObject('gw', createObject('name', 'vgw')).gw.name]", "vgw")]
        [InlineData("[createArray('a', 'b')[1]]", "b")]
        [InlineData("[createObject('k', 'v')['k']]", "v")]
        [InlineData("[coalesce(null(), json('null'), 'z')]", "z")]
        [InlineData("[[not an expression]", "[not an expression]")]
        [InlineData("plain", "plain")]
        [InlineData("[cidrSubnet('10.144.0.0/20', 24, 2)]", "10.144.2.0/24")]
        [InlineData("[cidrHost('10.144.3.0/24', 0)]", "10.144.3.1")]
        [InlineData("[cidrSubnet('fdad:3236:5555::/48', 52, 1)]", "fdad:3236:5555:1000::/52")]
        [InlineData("[parseCidr('10.144.0.0/20').broadcast]", "10.144.15.255")]
        [InlineData("[parseCidr('10.144.0.0/20').netmask]", "255.255.240.0")]
        public void EvaluatesStrings(string expression, string expected) => Assert.Equal(expected, Eval(expression));

        [Theory]
        [InlineData("[add(mul(2, 3), sub(10, div(9, 3)))]", 13L)]
        [InlineData("[mod(7, 3)]", 1L)]
        [InlineData("[length(range(5, 3))]", 3L)]
        [InlineData("[max(createArray(3, 9, 4))]", 9L)]
        [InlineData("[min(3, 1, 2)]", 1L)]
        [InlineData("[int('42')]", 42L)]
        [InlineData("[indexOf('Gateway', 'WAY')]", 4L)]
        [InlineData("[length(union(createArray(1, 2), createArray(2, 3)))]", 3L)]
        [InlineData("[reduce(createArray(1, 2, 3), 10, lambda('acc', 'x', add(lambdaVariables('acc'), lambdaVariables('x'))))]", 16L)]
        [InlineData("[parseCidr('10.144.0.0/20').cidr]", 20L)]
        [InlineData("[copyIndex]", null)]
        public void EvaluatesNumbers(string expression, object expected)
        {
            if (expected == null) { Assert.IsType<DeployTimeValue>(Eval(expression)); return; }
            Assert.Equal(expected, Eval(expression));
        }

        [Theory]
        [InlineData("[and(true(), not(false()), greater(2, 1), lessOrEquals(1, 1))]", true)]
        [InlineData("[or(false(), equals(createArray(1, 'a'), createArray(1, 'a')))]", true)]
        [InlineData("[contains(createObject('Name', 1), 'name')]", true)]
        [InlineData("[contains('abc', 'B')]", false)]
        [InlineData("[startsWith('VpnGw2AZ', 'vpngw')]", true)]
        [InlineData("[empty(createArray())]", true)]
        [InlineData("[bool('true')]", true)]
        public void EvaluatesBooleans(string expression, bool expected) => Assert.Equal(expected, Eval(expression));

        [Fact]
        public void IfEvaluatesOnlyTheBranchItTakes()
        {
            // The other branch would fail (index out of range), as ARM's guarded templates rely on.
            Assert.Equal("safe", Eval("[if(empty(createArray()), 'safe', createArray()[0])]"));
        }

        [Fact]
        public void LambdasMapFilterAndItems()
        {
            var mapped = (IList)Eval("[map(filter(parameters('d'), lambda('x', lambdaVariables('x').on)), lambda('x', lambdaVariables('x').name))]",
                "{ \"d\": { \"type\": \"array\", \"defaultValue\": [ {\"name\": \"a\", \"on\": true}, {\"name\": \"b\", \"on\": false}, {\"name\": \"c\", \"on\": true} ] } }");
            Assert.Equal(new object[] { "a", "c" }, mapped.Cast<object>());
            var items = (IList)Eval("[items(createObject('b', 2, 'a', 1))]");
            Assert.Equal("a", ((IDictionary<string, object>)items[0])["key"]);
            Assert.Equal(2L, ((IDictionary<string, object>)items[1])["value"]);
        }

        [Fact]
        public void VariablesAndParametersResolveWithPropertyAccessAndDefaultsThatUseOtherParameters()
        {
            var value = Eval("[variables('cfg').gateways[1].name]",
                "{ \"prefix\": { \"type\": \"string\", \"defaultValue\": \"hub\" }, \"second\": { \"type\": \"string\", \"defaultValue\": \"[concat(parameters('prefix'), '-2')]\" } }",
                "{ \"cfg\": { \"gateways\": [ { \"name\": \"[parameters('prefix')]\" }, { \"name\": \"[parameters('second')]\" } ] } }");
            Assert.Equal("hub-2", value);
        }

        [Fact]
        public void SuppliedValuesWinOverDefaults()
        {
            Assert.Equal("given", Eval("[parameters('p')]", "{ \"p\": { \"type\": \"string\", \"defaultValue\": \"default\" } }", supplied: "{ \"p\": \"given\" }"));
        }

        [Fact]
        public void AParameterWithoutValueIsUnknownWithItsReasonAndNamesKeepAPlaceholder()
        {
            var parameters = "{ \"gw\": { \"type\": \"string\" }, \"ips\": { \"type\": \"array\" } }";
            var unknown = Assert.IsType<DeployTimeValue>(Eval("[parameters('gw')]", parameters));
            Assert.Equal("set at deploy time by parameter 'gw'", unknown.Reason);
            var name = Assert.IsType<DeployTimeValue>(Eval("[format('{0}-pip', toUpper(parameters('gw')))]", parameters));
            Assert.Equal("<GW>-pip", name.Placeholder);
            Assert.Equal(unknown.Reason, name.Reason);
            // Functions of an unknown are unknown, never guessed.
            Assert.IsType<DeployTimeValue>(Eval("[length(parameters('ips'))]", parameters));
            Assert.IsType<DeployTimeValue>(Eval("[first(parameters('ips'))]", parameters));
            // ...unless the unknown does not decide the result.
            Assert.Equal(false, Eval("[and(false(), parameters('gw'))]", parameters));
            Assert.Equal("/providers/Microsoft.Network/virtualNetworkGateways/<gw>", Eval("[resourceId('Microsoft.Network/virtualNetworkGateways', parameters('gw'))]", parameters));
        }

        [Theory]
        [InlineData("[reference(resourceId('Microsoft.Network/publicIPAddresses', 'pip')).ipAddress]", "reference() is evaluated at deploy time")]
        [InlineData("[listKeys('x', '2020-01-01').keys[0].value]", "listKeys() is evaluated at deploy time")]
        [InlineData("[utcNow()]", "utcNow() is evaluated at deploy time")]
        [InlineData("[newGuid()]", "newGuid() is evaluated at deploy time")]
        [InlineData("[pickZones('Microsoft.Network', 'publicIPAddresses', 'westeurope')]", "pickZones() is evaluated at deploy time")]
        [InlineData("[resourceGroup().location]", "the resource group's location is known at deploy time")]
        public void WhatNeedsAzureIsUnknown(string expression, string reason) =>
            Assert.Equal(reason, Assert.IsType<DeployTimeValue>(Eval(expression)).Reason);

        [Fact]
        public void ResourceIdsAreTemplateRelativeAndTakeChildNamesEitherWay()
        {
            Assert.Equal("/providers/Microsoft.Network/virtualNetworks/vnet/subnets/GatewaySubnet", Eval("[resourceId('Microsoft.Network/virtualNetworks/subnets', 'vnet', 'GatewaySubnet')]"));
            Assert.Equal("/providers/Microsoft.Network/virtualNetworks/vnet/subnets/GatewaySubnet", Eval("[resourceId('sub', 'rg', 'Microsoft.Network/virtualNetworks/subnets/', 'vnet/GatewaySubnet')]"));
            Assert.Equal("/providers/Microsoft.Network/connections/c", Eval("[concat(resourceGroup().id, '/providers/Microsoft.Network/connections/c')]") is DeployTimeValue d ? d.Placeholder : null);
        }

        // Known outputs: ARM's own engine run offline (bicep snapshot, Bicep CLI 0.49.2), and a public reimplementation's self-test.
        [Theory]
        [InlineData("rbgf3xv4ufgzg", "test")]
        [InlineData("a7wkljktk6wne", "hello", "world")]
        [InlineData("cgtzqvhu4i23s", "abc")]
        [InlineData("bmg7c6xu4tw46", "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/my-rg")]
        [InlineData("xzi4ioaxtmth4", "foo", "bar", "baz")]
        [InlineData("yvjxno3je5on2", "/subscriptions/31e9f9a0-9fd2-4294-a0a3-0101246d9700/resourceGroups/rg-modm201-20230913120256/providers/Microsoft.Compute/virtualMachines/bobjacmodm201")]
        public void UniqueStringIsAzures(string expected, params string[] parts)
        {
            Assert.Equal(expected, HashFunctions.UniqueString(parts));
            Assert.Equal(expected, Eval("[uniqueString(" + string.Join(", ", parts.Select(p => "'" + p + "'")) + ")]"));
        }

        [Fact]
        public void GuidIsAVersion5UuidInArmsNamespace()
        {
            // RFC 9562 appendix A.4 and Python's uuid5 documentation: the name-based mechanics.
            var dns = new Guid("6ba7b810-9dad-11d1-80b4-00c04fd430c8");
            Assert.Equal("2ed6657d-e927-568b-95e1-2665a8aea6a2", HashFunctions.NameBasedGuid(dns, "www.example.com").ToString());
            Assert.Equal("886313e1-3b8a-5372-9b90-0c9aee199e5d", HashFunctions.NameBasedGuid(dns, "python.org").ToString());
            // ARM's own engine (bicep snapshot): guid('a', 'b') and guid('ab').
            Assert.Equal("2d796349-8c7e-55ec-9624-54ece82ed031", Eval("[guid('a', 'b')]"));
            Assert.Equal("e80a57a3-68b3-544f-8e62-7ca290bb0a16", Eval("[guid('ab')]"));
            // guid(a, b) hashes "a-b" in ARM's namespace.
            Assert.Equal(HashFunctions.NameBasedGuid(HashFunctions.ArmNamespace, "a-b").ToString(), Eval("[guid('a', 'b')]"));
            Assert.NotEqual(Eval("[guid('ab')]"), Eval("[guid('a', 'b')]"));
        }

        [Fact]
        public void AnUnsupportedFunctionIsNotedOnceAndItsValueIsUnknown()
        {
            var template = (IDictionary<string, object>)JsonTree.Parse(@"{ ""$schema"": ""x"", ""contentVersion"": ""1.0.0.0"", ""resources"": [
                { ""type"": ""Microsoft.Network/localNetworkGateways"", ""name"": ""lng"", ""properties"": { ""fqdn"": ""[someFutureFunction('a')]"", ""gatewayIpAddress"": ""[someFutureFunction('b')]"" } } ] }");
            var (resources, notes) = TemplateDeployment.Deploy(template, null, null, "t.json");
            var note = Assert.Single(notes);
            Assert.Equal(TemplateNoteCodes.UnsupportedFunction, note.Code);
            Assert.Contains("someFutureFunction()", note.Problem);
            var properties = (IDictionary<string, object>)resources[0]["properties"];
            Assert.IsType<UnknownValue>(properties["fqdn"]);
        }

        [Theory]
        [InlineData("[concat('a'")]
        [InlineData("[format('{0}'))]")]
        [InlineData("['unclosed]")]
        public void BadSyntaxIsATemplateException(string text) =>
            Assert.Throws<TemplateException>(() => ExpressionParser.Parse(text.Substring(1, text.Length - 2)));
    }
}
