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

        /// <summary>The id of the top-level resource this id is in (itself for a top-level resource).</summary>
        public string TopLevelKey
        {
            get
            {
                if (Names.Count == 1) return Key;
                var parts = Type.Split('/');
                var prefix = (Subscription != null ? "/subscriptions/" + Subscription : "") + (ResourceGroup != null ? "/resourcegroups/" + ResourceGroup : "");
                return (prefix + "/providers/" + parts[0] + "/" + parts[1] + "/" + Names[0]).ToLowerInvariant();
            }
        }

        public static string TypeKey(string type, string name) => (type + "|" + name).ToLowerInvariant();

        [MethodImpl(Jit.Hot)]
        public static bool TryParse(string text, out ArmId id)
        {
            id = null;
            if (string.IsNullOrWhiteSpace(text)) return false;
            var trimmed = "/" + text.Trim().Trim('/');
            var seg = trimmed.Substring(1).Split('/');
            string subscription = null, group = null, ns = null;
            var types = new List<string>();
            var names = new List<string>();
            int i = 0;
            while (i < seg.Length)
            {
                if (ns == null && Eq(seg[i], "subscriptions") && i + 1 < seg.Length) { subscription = seg[i + 1]; i += 2; }
                else if (ns == null && Eq(seg[i], "resourceGroups") && i + 1 < seg.Length) { group = seg[i + 1]; i += 2; }
                else if (ns == null && Eq(seg[i], "providers") && i + 1 < seg.Length) { ns = seg[i + 1]; i += 2; }
                else if (ns != null && i + 1 < seg.Length) { types.Add(seg[i]); names.Add(seg[i + 1]); i += 2; }
                else return false;
            }
            if (ns == null || names.Count == 0) return false;
            id = new ArmId(trimmed, subscription, group, ns + "/" + string.Join("/", types), names);
            return true;
        }

        /// <summary>The last segment of an id-like text, or the text itself; for display when the resource was not read.</summary>
        public static string LastSegment(string text)
        {
            if (text == null) return null;
            var t = text.TrimEnd('/');
            var slash = t.LastIndexOf('/');
            return slash >= 0 ? t.Substring(slash + 1) : t;
        }

        static bool Eq(string a, string b) => string.Equals(a, b, StringComparison.OrdinalIgnoreCase);

        public override string ToString() => Text;
    }
}
