using System;
using System.Globalization;

namespace AzVpnHa.Templates
{
    /// <summary>Logical and comparison functions (learn.microsoft.com: template-functions-logical, -comparison).</summary>
    internal static class LogicalFunctions
    {
        public static void Register(Action<string, Func<FunctionCall, object>> strict, Action<string, Func<FunctionCall, object>> lazy)
        {
            // if() evaluates only the branch it takes (ARM does, so templates guard with it).
            lazy("if", c =>
            {
                c.Expect(3, 3);
                var condition = c[0];
                if (condition is DeployTimeValue unknown) return unknown;
                return Values.Bool(condition, "if") ? c[1] : c[2];
            });
            lazy("and", c =>
            {
                c.Expect(1);
                DeployTimeValue unknown = null;
                for (int i = 0; i < c.Count; i++)
                {
                    if (c[i] is DeployTimeValue u) { unknown = unknown ?? u; continue; }
                    if (!Values.Bool(c[i], "and")) return false;
                }
                return unknown ?? (object)true;
            });
            lazy("or", c =>
            {
                c.Expect(1);
                DeployTimeValue unknown = null;
                for (int i = 0; i < c.Count; i++)
                {
                    if (c[i] is DeployTimeValue u) { unknown = unknown ?? u; continue; }
                    if (Values.Bool(c[i], "or")) return true;
                }
                return unknown ?? (object)false;
            });
            lazy("coalesce", c =>
            {
                for (int i = 0; i < c.Count; i++)
                {
                    if (c[i] is DeployTimeValue u) return u;
                    if (c[i] != null) return c[i];
                }
                return null;
            });
            strict("not", c => { c.Expect(1, 1); return !c.Bool(0); });
            strict("true", c => true);
            strict("false", c => false);
            strict("bool", c =>
            {
                c.Expect(1, 1);
                switch (c[0])
                {
                    case bool b: return b;
                    case string s when bool.TryParse(s, out var parsed): return parsed;
                    case long n: return n != 0;
                    default: throw new TemplateException("bool() cannot convert " + Values.Describe(c[0]) + ".");
                }
            });
            strict("equals", c => { c.Expect(2, 2); return Values.DeepEquals(c[0], c[1]); });
            strict("less", c => Compare(c) < 0);
            strict("lessOrEquals", c => Compare(c) <= 0);
            strict("greater", c => Compare(c) > 0);
            strict("greaterOrEquals", c => Compare(c) >= 0);
        }

        static int Compare(FunctionCall c)
        {
            c.Expect(2, 2);
            if (Values.IsNumber(c[0]) && Values.IsNumber(c[1]))
                return Convert.ToDouble(c[0], CultureInfo.InvariantCulture).CompareTo(Convert.ToDouble(c[1], CultureInfo.InvariantCulture));
            if (c[0] is string a && c[1] is string b) return string.CompareOrdinal(a, b);
            throw new TemplateException(c.Name + "() compares two numbers or two strings, not " + Values.Describe(c[0]) + " and " + Values.Describe(c[1]) + ".");
        }
    }
}
