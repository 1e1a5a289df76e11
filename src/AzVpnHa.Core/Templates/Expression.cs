using System.Collections.Generic;

namespace AzVpnHa.Templates
{
    /// <summary>A parsed template expression: the tree of one "[...]" string.</summary>
    internal abstract class Expression
    {
    }

    /// <summary>A string or integer literal.</summary>
    internal sealed class LiteralExpression : Expression
    {
        public LiteralExpression(object value) { Value = value; }
        public object Value { get; }
    }

    /// <summary>A function call: name(arg, ...); names may carry a namespace (user-defined functions: ns.name).</summary>
    internal sealed class CallExpression : Expression
    {
        public CallExpression(string name, IReadOnlyList<Expression> arguments) { Name = name; Arguments = arguments; }
        public string Name { get; }
        public IReadOnlyList<Expression> Arguments { get; }
    }

    /// <summary>Property access: target.name.</summary>
    internal sealed class MemberExpression : Expression
    {
        public MemberExpression(Expression target, string name) { Target = target; Name = name; }
        public Expression Target { get; }
        public string Name { get; }
    }

    /// <summary>Indexing: target[index], on arrays (by number) and objects (by name).</summary>
    internal sealed class IndexExpression : Expression
    {
        public IndexExpression(Expression target, Expression index) { Target = target; Index = index; }
        public Expression Target { get; }
        public Expression Index { get; }
    }
}
