using System;
using System.Collections;
using System.Globalization;
using System.Linq;

namespace AzVpnHa.Templates
{
    /// <summary>Numeric functions (learn.microsoft.com: template-functions-numeric): integers are 64-bit.</summary>
    internal static class NumericFunctions
    {
        public static void Register(Action<string, Func<FunctionCall, object>> strict, Action<string, Func<FunctionCall, object>> lazy)
        {
            strict("add", c => { c.Expect(2, 2); return c.Long(0) + c.Long(1); });
            strict("sub", c => { c.Expect(2, 2); return c.Long(0) - c.Long(1); });
            strict("mul", c => { c.Expect(2, 2); return c.Long(0) * c.Long(1); });
            strict("div", c =>
            {
                c.Expect(2, 2);
                var d = c.Long(1);
                if (d == 0) throw new TemplateException("div() by zero.");
                return c.Long(0) / d;
            });
            strict("mod", c =>
            {
                c.Expect(2, 2);
                var d = c.Long(1);
                if (d == 0) throw new TemplateException("mod() by zero.");
                return c.Long(0) % d;
            });
            strict("int", c =>
            {
                c.Expect(1, 1);
                switch (c[0])
                {
                    case string s when long.TryParse(s.Trim(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var n): return n;
                    case double d: return (long)d;
                    case bool b: return b ? 1L : 0L;
                    default: return c.Long(0);
                }
            });
            strict("float", c =>
            {
                c.Expect(1, 1);
                if (c[0] is string s && double.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out var d)) return d;
                if (Values.IsNumber(c[0])) return Convert.ToDouble(c[0], CultureInfo.InvariantCulture);
                throw new TemplateException("float() cannot convert " + Values.Describe(c[0]) + ".");
            });
            strict("min", c => Extreme(c, -1));
            strict("max", c => Extreme(c, 1));
        }

        /// <summary>min()/max() of integers given one by one or as one array.</summary>
        static object Extreme(FunctionCall c, int sign)
        {
            c.Expect(1);
            var items = c.Count == 1 && Values.IsArray(c[0]) ? ((IList)c[0]).Cast<object>().ToList() : c.All().ToList();
            if (items.Count == 0) throw new TemplateException(c.Name + "() of an empty array.");
            if (Values.FirstUnknown(items) is DeployTimeValue u) return u;
            long best = Values.Long(items[0], c.Name);
            foreach (var item in items.Skip(1))
            {
                var n = Values.Long(item, c.Name);
                if (sign < 0 ? n < best : n > best) best = n;
            }
            return best;
        }
    }
}
