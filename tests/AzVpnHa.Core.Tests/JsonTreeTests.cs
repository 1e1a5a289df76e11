using System;
using System.Linq;
using System.Collections.Generic;
using AzVpnHa.Tree;
using Xunit;

namespace AzVpnHa.Tests
{
    /// <summary>JsonTree: JSON text to dictionaries, lists and scalars, with errors that point at line and column.</summary>
    public class JsonTreeTests
    {
        static IDictionary<string, object> ParseObject(string json) => Assert.IsAssignableFrom<IDictionary<string, object>>(JsonTree.Parse(json));

        static string ErrorOf(string json) => Assert.Throws<FormatException>(() => JsonTree.Parse(json)).Message;

        [Fact]
        public void ParsesNestedObjectsAndArrays()
        {
            var root = ParseObject("{ \"gateways\": [ { \"name\": \"vgw\", \"instances\": [ {}, { \"customBgpIpAddresses\": [\"169.254.22.1\"] } ] } ], \"sites\": [] }");
            var gateway = Assert.IsAssignableFrom<IDictionary<string, object>>(Assert.Single(Assert.IsType<List<object>>(root["gateways"])));
            Assert.Equal("vgw", gateway["name"]);
            var instances = Assert.IsType<List<object>>(gateway["instances"]);
            Assert.Empty(Assert.IsAssignableFrom<IDictionary<string, object>>(instances[0]));
            var second = Assert.IsAssignableFrom<IDictionary<string, object>>(instances[1]);
            Assert.Equal(new object[] { "169.254.22.1" }, Assert.IsType<List<object>>(second["customBgpIpAddresses"]));
            Assert.Empty(Assert.IsType<List<object>>(root["sites"]));
        }

        [Fact]
        public void LooksUpMembersIgnoringCase()
        {
            var root = ParseObject("{ \"ResourceGroup\": \"rg\" }");
            Assert.Equal("rg", root["resourceGroup"]);
        }

        [Fact]
        public void ParsesScalars()
        {
            var root = ParseObject("{ \"t\": true, \"f\": false, \"n\": null, \"s\": \"x\" }");
            Assert.Equal(true, root["t"]);
            Assert.Equal(false, root["f"]);
            Assert.Null(root["n"]);
            Assert.True(root.ContainsKey("n"));
            Assert.Equal("x", root["s"]);
        }

        [Theory]
        [InlineData("65515", 65515L)]
        [InlineData("-7", -7L)]
        [InlineData("4294967295", 4294967295L)]
        [InlineData("0", 0L)]
        public void ParsesIntegersAsLong(string json, long expected)
        {
            Assert.Equal(expected, Assert.IsType<long>(JsonTree.Parse(json)));
        }

        [Theory]
        [InlineData("1.5", 1.5)]
        [InlineData("-2.25", -2.25)]
        [InlineData("1e3", 1000.0)]
        [InlineData("2.5E-1", 0.25)]
        [InlineData("99999999999999999999", 1e20)]
        public void ParsesOtherNumbersAsDouble(string json, double expected)
        {
            Assert.Equal(expected, Assert.IsType<double>(JsonTree.Parse(json)));
        }

        [Theory]
        [InlineData(@"""a\""b""", "a\"b")]
        [InlineData(@"""a\\b""", "a\\b")]
        [InlineData(@"""a\/b""", "a/b")]
        [InlineData(@"""line\nnext\ttab\r""", "line\nnext\ttab\r")]
        [InlineData(@"""\b\f""", "\b\f")]
        [InlineData(@"""caf\u00e9 \u00C9""", "café É")]
        [InlineData(@"""no escapes""", "no escapes")]
        public void DecodesEscapes(string json, string expected)
        {
            Assert.Equal(expected, JsonTree.Parse(json));
        }

        [Fact]
        public void SkipsLineCommentsAndAByteOrderMark()
        {
            var root = ParseObject("\uFEFF// a spec\n{\n  // the name\n  \"name\": \"t\" // trailing\n}\n");
            Assert.Equal("t", root["name"]);
        }

        [Theory]
        [InlineData("{\n  \"name\": \"t\",\n  \"sku\" \"VpnGw2AZ\"\n}", 3, 9, "expected ':'")]
        [InlineData("{ \"a\": 1 \"b\": 2 }", 1, 10, "expected ',' or '}'")]
        [InlineData("[1, 2\n 3]", 2, 2, "expected ',' or ']'")]
        [InlineData("{ \"a\": tru }", 1, 8, "unexpected token")]
        [InlineData("{ a: 1 }", 1, 3, "property name in double quotes")]
        [InlineData("{ \"a\": 1, }", 1, 11, "property name in double quotes")]
        [InlineData("[1,]", 1, 4, "unexpected character ']'")]
        [InlineData("\"abc", 1, 5, "unterminated string")]
        [InlineData("\"a\\qb\"", 1, 3, "invalid escape")]
        [InlineData("\"\\u12G4\"", 1, 2, "invalid \\u escape")]
        [InlineData("\"tab\there\"", 1, 5, "control character")]
        [InlineData("\"\\u 12a\"", 1, 2, "invalid \\u escape")]
        [InlineData("[ 1.2.3 ]", 1, 3, "'1.2.3' is not a number")]
        [InlineData("{} x", 1, 4, "unexpected text after the JSON value")]
        [InlineData("", 1, 1, "unexpected end of input")]
        [InlineData("{ \"a\": ", 1, 8, "unexpected end of input")]
        [InlineData("{ \"a\": 1, \"A\": 2 }", 1, 11, "appears twice")]
        public void ReportsErrorsWithLineAndColumn(string json, int line, int column, string problem)
        {
            var message = ErrorOf(json);
            Assert.Contains($"line {line}, column {column}:", message);
            Assert.Contains(problem, message);
        }

        [Fact]
        public void RefusesNestingDeeperThanTheLimit()
        {
            // A hostile file must not overflow the stack (that would kill the PowerShell host).
            var tooDeep = new string('[', 100_000) + new string(']', 100_000);
            Assert.Contains("nesting deeper than 64 levels", ErrorOf(tooDeep));
            var deepest = new string('[', JsonTree.MaxDepth) + new string(']', JsonTree.MaxDepth);
            Assert.IsType<List<object>>(JsonTree.Parse(deepest));
        }

        [Fact]
        public void SiblingsDoNotAddToTheDepth()
        {
            var wide = "[" + string.Join(",", System.Linq.Enumerable.Repeat("[[]]", 200)) + "]";
            Assert.Equal(200, Assert.IsType<List<object>>(JsonTree.Parse(wide)).Count);
        }

        [Theory]
        [InlineData("{ \"a\\\"b\": 1 }", "a\"b")]
        [InlineData("{ \"\\u0041x\": 1 }", "Ax")]
        [InlineData("{ \"\": 1 }", "")]
        public void NamesWithEscapesOrNoCharactersReadExactly(string json, string name)
        {
            var d = Assert.IsAssignableFrom<IDictionary<string, object>>(JsonTree.Parse(json));
            Assert.Equal(name, d.Keys.Single());
        }

        [Fact]
        public void ObjectsOfEverySizeKeepAllMembersInOrder()
        {
            // Each nested object gets exactly its own members, in document order.
            var json = "{ \"a\": { \"b\": 1, \"c\": { \"d\": [ { \"e\": 2 }, {} ] } }, \"f\": 3, \"g\": { } }";
            var d = Assert.IsAssignableFrom<IDictionary<string, object>>(JsonTree.Parse(json));
            Assert.Equal(new[] { "a", "f", "g" }, d.Keys);
            var a = Assert.IsAssignableFrom<IDictionary<string, object>>(d["a"]);
            Assert.Equal(new[] { "b", "c" }, a.Keys);
            var list = Assert.IsType<List<object>>(Assert.IsAssignableFrom<IDictionary<string, object>>(a["c"])["d"]);
            Assert.Equal(new[] { "e" }, Assert.IsAssignableFrom<IDictionary<string, object>>(list[0]).Keys);
            Assert.Empty(Assert.IsAssignableFrom<IDictionary<string, object>>(list[1]));
            Assert.Empty(Assert.IsAssignableFrom<IDictionary<string, object>>(d["g"]));
        }

        [Fact]
        public void AFailedParseLeavesNothingBehindForTheNext()
        {
            // An error in the middle of an object leaves nothing behind for the next parse.
            Assert.Throws<FormatException>(() => JsonTree.Parse("{ \"a\": { \"b\": 1, \"c\": "));
            var d = Assert.IsAssignableFrom<IDictionary<string, object>>(JsonTree.Parse("{ \"x\": 1 }"));
            Assert.Equal(new[] { "x" }, d.Keys);
        }

        [Fact]
        public void RejectsNull()
        {
            Assert.Throws<ArgumentNullException>(() => JsonTree.Parse(null));
        }
    }
}
