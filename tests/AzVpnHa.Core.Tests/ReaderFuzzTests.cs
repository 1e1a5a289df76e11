using System;
using System.Collections;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading.Tasks;
using AzVpnHa.Readers;
using AzVpnHa.Spec;
using AzVpnHa.Tree;
using Xunit;
using Xunit.Abstractions;

namespace AzVpnHa.Tests
{
    /// <summary>
    /// Deterministic fuzzing of the readers (issue 10 item 6): the spec reader and planner get 10,000 mutated specs and
    /// the ARM estate reader 2,000 mutated estates, built from the shipped examples and the ARM fixtures by seeded
    /// mutations of the text (most end as JSON syntax errors) and of the parsed tree (wrong types, odd strings, extreme
    /// numbers, removed and duplicated members, which reach deep into the readers). Every input must either read or fail
    /// with a documented error: a FormatException from JsonTree (reported as SpecInvalidJson / EstateInvalidJson) or a
    /// SpecException whose ids are all in <see cref="ErrorIds"/>. Anything else (NullReference, IndexOutOfRange,
    /// InvalidCast, Format, Overflow...) or an input that takes longer than its time limit fails the test, with the
    /// seed that reproduces it.
    /// </summary>
    public class ReaderFuzzTests
    {
        const int SpecInputs = 10_000;
        const int ArmInputs = 2_000;
        static readonly TimeSpan PerInput = TimeSpan.FromSeconds(5);

        static readonly HashSet<string> Documented = new HashSet<string>(
            typeof(ErrorIds).GetFields().Select(f => (string)f.GetValue(null)), StringComparer.Ordinal);

        readonly ITestOutputHelper _out;
        public ReaderFuzzTests(ITestOutputHelper output) { _out = output; }

        [Fact]
        public void SpecReaderFailsOnlyWithDocumentedErrors()
        {
            var seeds = Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "examples"), "*.json").OrderBy(f => f, StringComparer.Ordinal)
                .Select(File.ReadAllText).ToList();
            Assert.NotEmpty(seeds);
            var outcome = Run(SpecInputs, seeds, text =>
            {
                var spec = SpecReader.Read(JsonTree.Parse(text));
                return Planner.Plan(spec);
            });
            _out.WriteLine($"Specs: {outcome}");
            Assert.True(outcome.Undocumented.Count == 0, "Undocumented failures:" + Environment.NewLine + string.Join(Environment.NewLine, outcome.Undocumented.Take(20)));
            Assert.True(outcome.Read > SpecInputs / 20, "Too few mutated specs were still readable to reach the planner: " + outcome);
        }

        [Fact]
        public void EstateReaderFailsOnlyWithDocumentedErrors()
        {
            var fixtures = Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "Fixtures", "Arm"), "*.json").OrderBy(f => f, StringComparer.Ordinal)
                .Select(File.ReadAllText).ToList();
            Assert.NotEmpty(fixtures);
            // One input is the whole fixture estate with one payload mutated, so references resolve and the reader goes deep.
            var outcome = Run(ArmInputs, fixtures, mutated =>
            {
                var reader = new EstateReader();
                reader.Add(JsonTree.Parse(mutated), "mutated.json");
                foreach (var text in fixtures) reader.Add(JsonTree.Parse(text), "fixture.json");
                return reader.Read();
            });
            _out.WriteLine($"ARM estates: {outcome}");
            Assert.True(outcome.Undocumented.Count == 0, "Undocumented failures:" + Environment.NewLine + string.Join(Environment.NewLine, outcome.Undocumented.Take(20)));
        }

        [Fact]
        public void TemplateValuesThatNestAreEvaluatedOnceAndCyclesEnd()
        {
            // p0 uses p1 four times, p1 uses p2 four times... (each is "x"): evaluated at every use that is 4^15 evaluations (a hang).
            var parameters = new StringBuilder();
            for (int i = 0; i < 15; i++)
            {
                var next = $"parameters('p{i + 1}')";
                parameters.Append($"\"p{i}\": {{ \"type\": \"string\", \"defaultValue\": \"[first(split(concat({next}, ',', {next}, ',', {next}, ',', {next}), ','))]\" }}, ");
            }
            parameters.Append("\"p15\": { \"type\": \"string\", \"defaultValue\": \"x\" }, \"self\": { \"type\": \"string\", \"defaultValue\": \"[parameters('self')]\" }");
            var template = "{ \"$schema\": \"https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#\", \"parameters\": { " + parameters + " }, \"resources\": [ " +
                "{ \"type\": \"Microsoft.Network/localNetworkGateways\", \"apiVersion\": \"2024-05-01\", \"name\": \"[parameters('self')]\", \"properties\": { \"fqdn\": \"[parameters('p0')]\" } } ] }";
            var clock = System.Diagnostics.Stopwatch.StartNew();
            var reader = new EstateReader();
            reader.Add(JsonTree.Parse(template), "nested.json");
            var lng = Assert.Single(reader.Read().LocalNetworkGateways);
            Assert.Equal("x", lng.Fqdn);
            Assert.True(clock.Elapsed < TimeSpan.FromSeconds(5), $"took {clock.Elapsed.TotalSeconds:F1} s");
        }

        sealed class Outcome
        {
            public int Read, JsonErrors, SpecErrors;
            public readonly List<string> Undocumented = new List<string>();
            public override string ToString() => $"{Read} read, {JsonErrors} JSON syntax errors, {SpecErrors} spec errors, {Undocumented.Count} undocumented failures";
        }

        static Outcome Run(int count, IReadOnlyList<string> seeds, Func<string, object> read)
        {
            var outcome = new Outcome();
            for (int i = 0; i < count; i++)
            {
                var random = new Random(i);   // input i is the same on every run: its number reproduces it
                var input = Mutate(seeds[random.Next(seeds.Count)], random);
                var task = Task.Run(() => Classify(() => read(input)));
                if (!task.Wait(PerInput)) { outcome.Undocumented.Add($"input {i}: no answer within {PerInput.TotalSeconds} s (a hang?)"); continue; }
                var (kind, detail) = task.Result;
                switch (kind)
                {
                    case 0: outcome.Read++; break;
                    case 1: outcome.JsonErrors++; break;
                    case 2: outcome.SpecErrors++; break;
                    default: outcome.Undocumented.Add($"input {i}: {detail}"); break;
                }
            }
            return outcome;
        }

        /// <summary>0 read, 1 JSON syntax error, 2 documented spec error, 3 anything else (with what and where).</summary>
        static (int Kind, string Detail) Classify(Func<object> read)
        {
            try { read(); return (0, null); }
            catch (FormatException e) when (e.Message.StartsWith("Invalid JSON at line ", StringComparison.Ordinal)) { return (1, null); }
            catch (SpecException e) when (e.Errors.Count > 0 && e.Errors.All(x => Documented.Contains(x.Code))) { return (2, null); }
            catch (Exception e)
            {
                // Where in the module it happened: the first frame of ours, not the BCL's.
                var frame = (e.StackTrace ?? "").Split('\n').Select(l => l.Trim()).FirstOrDefault(l => l.Contains("AzVpnHa.")) ?? "";
                return (3, e.GetType().Name + ": " + e.Message + " " + frame);
            }
        }

        // ---- Mutations -------------------------------------------------------------------------------------------------

        static string Mutate(string seed, Random random)
        {
            if (random.Next(4) == 0) return MutateText(seed, random);
            var tree = JsonTree.Parse(seed);
            int steps = 1 + random.Next(4);
            for (int s = 0; s < steps; s++) tree = MutateTree(tree, random);
            return System.Text.Json.JsonSerializer.Serialize(tree);
        }

        const string Junk = "{}[]\",:0123456789-+.eE\\/ntfu \n'[]()";

        static string MutateText(string text, Random random)
        {
            var sb = new StringBuilder(text);
            int edits = 1 + random.Next(3);
            for (int e = 0; e < edits && sb.Length > 0; e++)
            {
                int at = random.Next(sb.Length), length = Math.Min(sb.Length - at, 1 + random.Next(8));
                switch (random.Next(5))
                {
                    case 0: sb.Remove(at, length); break;
                    case 1: sb.Insert(at, Junk[random.Next(Junk.Length)]); break;
                    case 2: sb.Insert(at, sb.ToString(at, length)); break;
                    case 3: sb[at] = Junk[random.Next(Junk.Length)]; break;
                    default: sb.Length = at; break;
                }
            }
            return sb.ToString();
        }

        static readonly object[] OddValues =
        {
            null, true, false, 0L, -1L, 1L, 2L, 3L, long.MaxValue, long.MinValue, 4294967296L, 65515L, 1.5, 1e300, -1e300, 0.0,
            "", " ", "x", "null", "true", "65515", "-1", "99999999999999999999", "1e400",
            "10.0.0.0/33", "10.0.0.1/16", "999.1.1.1", "1.2.3", "::1", "10.0.0.0/", "/16", "169.254.21.1", "169.254.22.5", "0.0.0.0/0", "255.255.255.255",
            "10.1.0.0/16", "203.0.113.10", "a,b,,", ",", "VpnGw2AZ", "Basic", "Standard", "RouteBased", "PolicyBased", "Generation1", "IPsec", "Vnet2Vnet", "ExpressRoute",
            "Succeeded", "Failed", "Updating", "Connected", "NotConnected",
            "/", "//", "/subscriptions", "/subscriptions/s/resourceGroups/g/providers/Microsoft.Network/virtualNetworkGateways/",
            "/subscriptions/s/resourceGroups/g/providers/Microsoft.Network/virtualNetworkGateways/v/ipConfigurations/",
            "/providers/Microsoft.Network/localNetworkGateways/x", "subscriptions/s/resourceGroups/g/providers/Microsoft.Network/connections/c/",
            "[parameters('x')]", "[reference('a').b]", "[concat(", "[concat('a', parameters('n'))]", "[[escaped]", "[variables('v')]", "[variables('nope')]",
            "[resourceId('Microsoft.Network/connections', 'a')]", "[resourceId()]", "[format('{0}-{1}', 'a')]", "[split('a,b', ',')[5]]", "[length(1)]",
            "[if(true(), 1)]", "[99999999999999999999]", "[-]", "[parameters(parameters('a'))]", "[parameters()]", "[')]", "[]", "[ ]", "[add(9223372036854775807, 1)]", "[int('x')]", "[createArray(1,2)[-1]]",
        };

        static object OddValue(Random random, List<object> nodes)
        {
            switch (random.Next(8))
            {
                case 0: return new List<object>();
                case 1: return JsonTree.NewObject();
                case 2: return new List<object> { null, OddValues[random.Next(OddValues.Length)] };
                case 3: { var o = JsonTree.NewObject(); o["properties"] = OddValues[random.Next(OddValues.Length)]; return o; }
                case 4: return Copy(nodes[random.Next(nodes.Count)]);   // a piece of the document elsewhere: types confused
                default: return OddValues[random.Next(OddValues.Length)];
            }
        }

        static object MutateTree(object root, Random random)
        {
            var nodes = new List<object>();
            Collect(root, nodes, 0);
            var containers = nodes.Where(n => n is IDictionary<string, object> || n is IList).ToList();
            if (containers.Count == 0) return OddValue(random, nodes);
            var target = containers[random.Next(containers.Count)];
            if (target is IDictionary<string, object> obj)
            {
                var keys = obj.Keys.ToList();
                if (keys.Count == 0) { obj["name"] = OddValue(random, nodes); return root; }
                var key = keys[random.Next(keys.Count)];
                switch (random.Next(6))
                {
                    case 0: obj.Remove(key); break;
                    case 1: // the member under another name seen in the document (or a case variant)
                        var names = nodes.OfType<IDictionary<string, object>>().SelectMany(d => d.Keys).Distinct().ToList();
                        var value = obj[key];
                        obj.Remove(key);
                        obj[random.Next(2) == 0 ? key.ToUpperInvariant() : names[random.Next(names.Count)]] = value;
                        break;
                    case 2: // another string value of the document (ids, names, addresses) in this place
                        var strings = nodes.OfType<string>().ToList();
                        obj[key] = strings.Count > 0 ? strings[random.Next(strings.Count)] : "x";
                        break;
                    default: obj[key] = OddValue(random, nodes); break;
                }
            }
            else
            {
                var list = (IList)target;
                if (list.Count == 0) { list.Add(OddValue(random, nodes)); return root; }
                int at = random.Next(list.Count);
                switch (random.Next(4))
                {
                    case 0: list.RemoveAt(at); break;
                    case 1: list.Insert(at, Copy(list[at])); break;
                    case 2: list.Insert(at, null); break;
                    default: list[at] = OddValue(random, nodes); break;
                }
            }
            return root;
        }

        static void Collect(object node, List<object> into, int depth)
        {
            into.Add(node);
            if (depth > 40) return;
            if (node is IDictionary<string, object> obj) foreach (var v in obj.Values) Collect(v, into, depth + 1);
            else if (node is IList list) foreach (var v in list) Collect(v, into, depth + 1);
        }

        static object Copy(object node)
        {
            switch (node)
            {
                case IDictionary<string, object> obj:
                    var o = JsonTree.NewObject();
                    foreach (var kv in obj) o[kv.Key] = Copy(kv.Value);
                    return o;
                case IList list: return list.Cast<object>().Select(Copy).ToList();
                default: return node;
            }
        }
    }
}
