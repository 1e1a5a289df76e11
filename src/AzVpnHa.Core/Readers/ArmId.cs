using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;

namespace AzVpnHa.Readers
{
    /// <summary>
    /// An ARM resource id taken apart: /subscriptions/{s}/resourceGroups/{g}/providers/{namespace}/{type}/{name}[/{child}/{name}].
    /// Template resources get ids of the same form without subscription and group, so one lookup serves both.
    /// </summary>
    public sealed class ArmId
    {
        ArmId(string text, string subscription, string resourceGroup, string type, List<string> names)
        {
            Text = text;
            Subscription = subscription;
            ResourceGroup = resourceGroup;
            Type = type;
            Names = names;
            Key = text.ToLowerInvariant();
        }

        public string Text { get; }
        public string Subscription { get; }
        public string ResourceGroup { get; }
        /// <summary>Full type, e.g. Microsoft.Network/virtualNetworkGateways or Microsoft.Network/virtualNetworkGateways/ipConfigurations.</summary>
        public string Type { get; }
        /// <summary>Names from the top resource down to the one this id names.</summary>
        public IReadOnlyList<string> Names { get; }
        public string Name => Names[Names.Count - 1];
        /// <summary>Case-insensitive identity: ARM ids compare without case.</summary>
        public string Key { get; }

        public static string TypeKey(string type, string name) => (type + "|" + name).ToLowerInvariant();

        /// <summary>
        /// Parses an id. It walks the segments in place instead of splitting: an estate has thousands of ids, and only
        /// the parts kept (subscription, group, type, names, the lower-cased key) become strings. Text that is already
        /// canonical (leading '/', no trailing '/' or spaces) is kept as the same string.
        /// </summary>
        [MethodImpl(Jit.Hot)]
        public static bool TryParse(string text, out ArmId id)
        {
            id = null;
            if (string.IsNullOrWhiteSpace(text)) return false;
            var trimmed = text.Length > 1 && text[0] == '/' && text[1] != '/' && text[text.Length - 1] != '/' && !char.IsWhiteSpace(text[text.Length - 1])
                ? text : "/" + text.Trim().Trim('/');
            string subscription = null, group = null;
            int nsStart = -1, nsEnd = -1;
            List<string> types = null;
            var names = new List<string>(1);
            int typesStart = -1, typesEnd = -1;
            int at = 1;
            while (at <= trimmed.Length)
            {
                int keyEnd = SegmentEnd(trimmed, at);
                if (keyEnd >= trimmed.Length) return false;              // a key without its value
                int valueStart = keyEnd + 1, valueEnd = SegmentEnd(trimmed, valueStart);
                if (nsStart < 0 && Is(trimmed, at, keyEnd, "subscriptions")) subscription = trimmed.Substring(valueStart, valueEnd - valueStart);
                else if (nsStart < 0 && Is(trimmed, at, keyEnd, "resourceGroups")) group = trimmed.Substring(valueStart, valueEnd - valueStart);
                else if (nsStart < 0 && Is(trimmed, at, keyEnd, "providers")) { nsStart = valueStart; nsEnd = valueEnd; }
                else if (nsStart >= 0)
                {
                    if (typesStart < 0) typesStart = at;
                    typesEnd = keyEnd;
                    (types = types ?? new List<string>(1)).Add(trimmed.Substring(at, keyEnd - at));
                    names.Add(trimmed.Substring(valueStart, valueEnd - valueStart));
                }
                else return false;
                at = valueEnd + 1;
            }
            if (nsStart < 0 || names.Count == 0) return false;
            // A top-level type is one run of the text (Namespace/type); a child's types are joined past the names between them.
            var type = names.Count == 1 && typesStart == nsEnd + 1
                ? trimmed.Substring(nsStart, typesEnd - nsStart)
                : trimmed.Substring(nsStart, nsEnd - nsStart) + "/" + string.Join("/", types);
            id = new ArmId(trimmed, subscription, group, type, names);
            return true;
        }

        static int SegmentEnd(string text, int start)
        {
            var slash = start < text.Length ? text.IndexOf('/', start) : -1;
            return slash < 0 ? text.Length : slash;
        }

        static bool Is(string text, int start, int end, string word) =>
            end - start == word.Length && string.Compare(text, start, word, 0, word.Length, StringComparison.OrdinalIgnoreCase) == 0;

        /// <summary>The last segment of an id-like text, or the text itself; for display when the resource was not read.</summary>
        public static string LastSegment(string text)
        {
            if (text == null) return null;
            var t = text.TrimEnd('/');
            var slash = t.LastIndexOf('/');
            return slash >= 0 ? t.Substring(slash + 1) : t;
        }

        public override string ToString() => Text;
    }
}
