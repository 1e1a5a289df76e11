using System;
using System.Collections.Generic;

namespace AzVpnHa.Templates
{
    /// <summary>
    /// Where an expression is evaluated: the template (its parameters, variables, functions, nested deployments) plus
    /// the loop indexes (copyIndex), lambda variables and user-function arguments in force. Immutable: a loop or a
    /// lambda makes a new frame.
    /// </summary>
    internal sealed class Frame
    {
        Frame(TemplateScope template, Dictionary<string, int> loops, string currentLoop, Dictionary<string, object> lambda, IDictionary<string, object> functionArguments)
        {
            Template = template;
            _loops = loops;
            _currentLoop = currentLoop;
            _lambda = lambda;
            FunctionArguments = functionArguments;
        }

        public Frame(TemplateScope template) : this(template, null, null, null, null) { }

        readonly Dictionary<string, int> _loops;
        readonly string _currentLoop;
        readonly Dictionary<string, object> _lambda;

        public TemplateScope Template { get; }

        /// <summary>Inside a user-defined function, parameters() reads these instead of the template's.</summary>
        public IDictionary<string, object> FunctionArguments { get; }

        /// <summary>Inside a copy loop: copyIndex() is this loop's index, copyIndex('name') any enclosing loop's.</summary>
        public Frame InLoop(string name, int index)
        {
            var loops = _loops == null ? new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase) : new Dictionary<string, int>(_loops, StringComparer.OrdinalIgnoreCase);
            loops[name ?? ""] = index;
            return new Frame(Template, loops, name ?? "", _lambda, FunctionArguments);
        }

        public Frame WithLambda(string name, object value)
        {
            var lambda = _lambda == null ? new Dictionary<string, object>(StringComparer.OrdinalIgnoreCase) : new Dictionary<string, object>(_lambda, StringComparer.OrdinalIgnoreCase);
            lambda[name] = value;
            return new Frame(Template, _loops, _currentLoop, lambda, FunctionArguments);
        }

        public Frame ForFunction(IDictionary<string, object> arguments) => new Frame(Template, null, null, null, arguments);

        /// <summary>The same loops and lambdas over another template (an outer-scope nested template uses its parent's).</summary>
        public Frame Over(TemplateScope template) => new Frame(template, _loops, _currentLoop, _lambda, FunctionArguments);

        public bool TryLoopIndex(string name, out int index)
        {
            index = 0;
            if (_loops == null) return false;
            return _loops.TryGetValue(name ?? _currentLoop ?? "", out index);
        }

        public bool TryLambda(string name, out object value)
        {
            value = null;
            return _lambda != null && _lambda.TryGetValue(name, out value);
        }
    }
}
