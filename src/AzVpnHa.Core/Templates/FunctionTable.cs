using System;
using System.Collections.Generic;
using System.Linq;

namespace AzVpnHa.Templates
{
    /// <summary>One call being evaluated: its arguments (evaluated on first use) and the frame it runs in.</summary>
    internal sealed class FunctionCall
    {
        readonly object[] _values;
        readonly bool[] _done;

        public FunctionCall(string name, IReadOnlyList<Expression> arguments, Frame frame)
        {
            Name = name;
            Arguments = arguments;
            Frame = frame;
            _values = new object[arguments.Count];
            _done = new bool[arguments.Count];
        }

        public string Name { get; }
        public IReadOnlyList<Expression> Arguments { get; }
        public Frame Frame { get; }
        public int Count => Arguments.Count;

        public object this[int i]
        {
            get
            {
                if (!_done[i]) { _values[i] = ExpressionEvaluator.Evaluate(Arguments[i], Frame); _done[i] = true; }
                return _values[i];
            }
        }

        public IEnumerable<object> All() => Enumerable.Range(0, Count).Select(i => this[i]);

        public void Expect(int min, int max = -1)
        {
            if (Count < min || (max >= 0 && Count > max))
                throw new TemplateException(Name + "() takes " + (max == min ? min.ToString() : max < 0 ? "at least " + min : min + " to " + max) + " argument(s), not " + Count + ".");
        }

        public string String(int i) => Values.String(this[i], Name);
        public long Long(int i) => Values.Long(this[i], Name);
        public bool Bool(int i) => Values.Bool(this[i], Name);
        public System.Collections.IList Array(int i) => Values.Array(this[i], Name);
        public IDictionary<string, object> Object(int i) => Values.Object(this[i], Name);
    }

    /// <summary>
    /// The built-in functions by name (without case), registered by family. A function is "strict" unless it says
    /// otherwise: when any argument is unknown, the call is unknown with that argument's reason. Lazy functions
    /// (if, and, or, coalesce, lambda...) read their arguments themselves.
    /// </summary>
    internal static class FunctionTable
    {
        sealed class Entry
        {
            public Func<FunctionCall, object> Body;
            public bool Lazy;
        }

        static readonly Dictionary<string, Entry> Functions = Build();

        static Dictionary<string, Entry> Build()
        {
            var table = new Dictionary<string, Entry>(StringComparer.OrdinalIgnoreCase);
            void Strict(string name, Func<FunctionCall, object> body) => table[name] = new Entry { Body = body };
            void Lazy(string name, Func<FunctionCall, object> body) => table[name] = new Entry { Body = body, Lazy = true };
            LogicalFunctions.Register(Strict, Lazy);
            NumericFunctions.Register(Strict, Lazy);
            StringFunctions.Register(Strict, Lazy);
            ArrayFunctions.Register(Strict, Lazy);
            ObjectFunctions.Register(Strict, Lazy);
            LambdaFunctions.Register(Strict, Lazy);
            CidrFunctions.Register(Strict, Lazy);
            HashFunctions.Register(Strict, Lazy);
            DeploymentFunctions.Register(Strict, Lazy);
            ResourceFunctions.Register(Strict, Lazy);
            return table;
        }

        public static bool IsKnown(string name) => Functions.ContainsKey(name);

        public static object Call(CallExpression c, Frame frame)
        {
            var call = new FunctionCall(c.Name, c.Arguments, frame);
            if (c.Name.IndexOf('.') > 0) return frame.Template.CallUserFunction(call);
            if (!Functions.TryGetValue(c.Name, out var entry))
            {
                // list*() reads secrets and keys from Azure at deploy time.
                if (c.Name.StartsWith("list", StringComparison.OrdinalIgnoreCase)) return DeployTimeValue.Function(c.Name);
                return frame.Template.Unsupported(c.Name);
            }
            if (!entry.Lazy)
            {
                for (int i = 0; i < call.Count; i++)
                    if (call[i] is DeployTimeValue unknown) return unknown;
            }
            return entry.Body(call);
        }
    }
}
