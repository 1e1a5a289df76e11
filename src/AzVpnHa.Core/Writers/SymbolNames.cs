using System;
using System.Collections.Generic;
using System.Text;

namespace AzVpnHa.Writers
{
    /// <summary>
    /// Turns Azure resource names ("pip-vgw-1") into unique template identifiers ("pipVgw1"): letters, digits and
    /// underscores, starting with a letter, never a Bicep keyword or a name already taken.
    /// </summary>
    internal sealed class SymbolNames
    {
        static readonly string[] Reserved =
        {
            "resource", "param", "var", "output", "module", "existing", "if", "for", "in", "true", "false", "null",
            "import", "metadata", "targetScope", "type", "func", "extension", "using", "with", "as", "assert", "az", "sys",
        };

        readonly HashSet<string> _taken = new HashSet<string>(StringComparer.OrdinalIgnoreCase);

        public SymbolNames()
        {
            foreach (var word in Reserved) _taken.Add(word);
        }

        /// <summary>Marks a name as used (e.g. a parameter) so no resource gets it.</summary>
        public void Reserve(string name) => _taken.Add(name);

        public string Make(string resourceName, string suffix = "")
        {
            var baseName = CamelCase(resourceName) + suffix;
            var candidate = baseName;
            for (int n = 2; !_taken.Add(candidate); n++) candidate = baseName + n;
            return candidate;
        }

        public static string CamelCase(string text)
        {
            var sb = new StringBuilder(text.Length);
            bool upperNext = false;
            foreach (char c in text)
            {
                if (c < 128 && char.IsLetterOrDigit(c))
                {
                    sb.Append(sb.Length == 0 ? char.ToLowerInvariant(c) : upperNext ? char.ToUpperInvariant(c) : c);
                    upperNext = false;
                }
                else upperNext = true;
            }
            if (sb.Length == 0 || char.IsDigit(sb[0])) sb.Insert(0, "r");
            return sb.ToString();
        }
    }
}
