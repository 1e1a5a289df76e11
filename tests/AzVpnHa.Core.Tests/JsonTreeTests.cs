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
        [InlineData("{ \"a\": 1, \"A\": 2 }", 1, 15, "appears twice")]
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

        [Fact]
        public void RepeatedPropertyNamesShareOneString()
        {
            // The name cache is what keeps thousands of ARM payloads from holding a copy of "properties" each.
            var a = Assert.IsAssignableFrom<IDictionary<string, object>>(JsonTree.Parse("{ \"provisioningState\": 1 }"));
            var b = Assert.IsAssignableFrom<IDictionary<string, object>>(JsonTree.Parse("{ \"x\": { \"provisioningState\": 2 } }"));
            var inner = Assert.IsAssignableFrom<IDictionary<string, object>>(b["x"]);
            Assert.Same(a.Keys.Single(), inner.Keys.Single());
            Assert.Equal(2L, inner["PROVISIONINGSTATE"]);
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
            // Members of nested objects share one stack while parsing; each object must get exactly its own.
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
        public void SmallObjectsAreCompactAndLargeOnesHashed()
        {
            var small = JsonTree.Parse("{ " + string.Join(", ", Enumerable.Range(0, TreeObject.MaxMembers).Select(i => $"\"m{i}\": {i}")) + " }");
            var large = JsonTree.Parse("{ " + string.Join(", ", Enumerable.Range(0, TreeObject.MaxMembers + 1).Select(i => $"\"m{i}\": {i}")) + " }");
            Assert.IsType<TreeObject>(small);
            Assert.IsType<Dictionary<string, object>>(large);
            Assert.Equal(15L, ((IDictionary<string, object>)small)["M15"]);
            Assert.Equal(16L, ((IDictionary<string, object>)large)["M16"]);
            Assert.IsType<TreeObject>(JsonTree.Parse("{}"));
        }

        [Fact]
        public void ATreeObjectBehavesAsADictionaryWithoutCase()
        {
            IDictionary<string, object> o = new TreeObject(0);
            o["Name"] = "a";
            o.Add("id", 1L);
            o["NAME"] = "b"; // replaces, keeps the first spelling and position
            Assert.Equal(new[] { "Name", "id" }, o.Keys);
            Assert.Equal(new object[] { "b", 1L }, o.Values);
            Assert.Throws<ArgumentException>(() => o.Add("ID", 2L));
            Assert.Throws<KeyNotFoundException>(() => o["missing"]);
            for (int i = 0; i < 20; i++) o["k" + i] = i; // grows past its first size
            Assert.Equal(22, o.Count);
            Assert.True(o.Remove("NAME"));
            Assert.False(o.ContainsKey("name"));
            Assert.Equal("id", o.Keys.First());
            Assert.Equal(19, o["K19"]);
            Assert.Equal(21, o.ToList().Count);
            o.Clear();
            Assert.Empty(o);
        }

        [Fact]
        public void AFailedParseLeavesNothingBehindForTheNext()
        {
            // The member stack is reused per thread: an error in the middle of an object must not leak into the next parse.
            Assert.Throws<FormatException>(() => JsonTree.Parse("{ \"a\": { \"b\": 1, \"c\": "));
            var d = Assert.IsAssignableFrom<IDictionary<string, object>>(JsonTree.Parse("{ \"x\": 1 }"));
            Assert.Equal(new[] { "x" }, d.Keys);
        }

        [Fact]
        public void ParsesOnlyTheGivenLengthOfABuffer()
        {
            // A pooled buffer holds the decoded body and, after it, whatever an earlier use left there.
            var buffer = "{ \"a\": [1, true] }garbage, \"b\": 2 }".ToCharArray();
            var d = Assert.IsAssignableFrom<IDictionary<string, object>>(JsonTree.Parse(buffer, 18));
            Assert.Equal(new[] { "a" }, d.Keys);
            Assert.Contains("unexpected end of input", ErrorOf2(() => JsonTree.Parse(buffer, 10)));   // ends after "[1,"
            Assert.Contains("unexpected token", ErrorOf2(() => JsonTree.Parse("[tru]".ToCharArray(), 4)));
            Assert.Throws<ArgumentOutOfRangeException>(() => JsonTree.Parse(buffer, buffer.Length + 1));
        }

        static string ErrorOf2(Func<object> parse) => Assert.Throws<FormatException>(parse).Message;

        [Fact]
        public void RejectsNull()
        {
            Assert.Throws<ArgumentNullException>(() => JsonTree.Parse(null));
        }
    }
}
