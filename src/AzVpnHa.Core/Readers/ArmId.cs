using System;
using System.Collections.Generic;

namespace AzVpnHa.Readers
{
    /// <summary>
    /// An ARM resource id taken apart: /subscriptions/{s}/resourceGroups/{g}/providers/{namespace}/{type}/{name}[/{child}/{name}].
    /// Template resources get ids of the same form without subscription and group, so one lookup serves both.
    /// </summary>
    internal sealed class ArmId
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

        /// <summary>The id with one leading '/', no trailing '/' and no surrounding spaces.</summary>
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

        /// <summary>Parses an id; false (and null) for anything that is not one: segments come in key/value pairs, and a provider, a type and a name are required.</summary>
        public static bool TryParse(string text, out ArmId id)
        {
            id = null;
            if (string.IsNullOrWhiteSpace(text)) return false;
            var canonical = "/" + text.Trim().Trim('/');
            var segments = canonical.Substring(1).Split('/');
            if (segments.Length % 2 != 0) return false;                  // a key without its value
            string subscription = null, group = null, provider = null;
            var types = new List<string>();
            var names = new List<string>();
            for (int i = 0; i < segments.Length; i += 2)
            {
                string key = segments[i], value = segments[i + 1];
                if (key.Length == 0 || value.Length == 0) return false;
                if (provider != null) { types.Add(key); names.Add(value); }
                else if (Is(key, "subscriptions")) subscription = value;
                else if (Is(key, "resourceGroups")) group = value;
                else if (Is(key, "providers")) provider = value;
                else return false;
            }
            if (provider == null || names.Count == 0) return false;
            id = new ArmId(canonical, subscription, group, provider + "/" + string.Join("/", types), names);
            return true;
        }

        static bool Is(string segment, string keyword) => string.Equals(segment, keyword, StringComparison.OrdinalIgnoreCase);

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
