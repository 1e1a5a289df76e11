using System;
using System.Collections.Generic;

namespace AzVpnHa
{
    /// <summary>
    /// A connection's custom IPsec/IKE policy (ARM connections.properties.ipsecPolicies[0]), in ARM's own names.
    /// A connection without one uses Azure's default policy. Field names and allowed values: azure-rest-api-specs
    /// specification/network/resource-manager/Microsoft.Network/stable/*/virtualNetworkGateway.json definitions
    /// IpsecPolicy, IkeEncryption, IkeIntegrity, DhGroup, IpsecEncryption, IpsecIntegrity, PfsGroup; and
    /// https://learn.microsoft.com/azure/vpn-gateway/ipsec-ike-policy-howto ("IPsec/IKE policy").
    /// </summary>
    public sealed class IpsecPolicy
    {
        public string IkeEncryption { get; internal set; }
        public string IkeIntegrity { get; internal set; }
        public string DhGroup { get; internal set; }
        public string IpsecEncryption { get; internal set; }
        public string IpsecIntegrity { get; internal set; }
        public string PfsGroup { get; internal set; }
        /// <summary>IPsec (quick mode) SA lifetime in seconds.</summary>
        public int SaLifeTimeSeconds { get; internal set; }
        /// <summary>IPsec (quick mode) SA payload size in KB; 0 means no byte limit.</summary>
        public long SaDataSizeKilobytes { get; internal set; }

        /// <summary>ARM's allowed values per field (camelCase ARM name), for validating a spec.</summary>
        public static readonly IReadOnlyDictionary<string, IReadOnlyList<string>> AllowedValues = new Dictionary<string, IReadOnlyList<string>>(StringComparer.OrdinalIgnoreCase)
        {
            ["ikeEncryption"] = new[] { "DES", "DES3", "AES128", "AES192", "AES256", "GCMAES128", "GCMAES256" },
            ["ikeIntegrity"] = new[] { "MD5", "SHA1", "SHA256", "SHA384", "GCMAES128", "GCMAES256" },
            ["dhGroup"] = new[] { "None", "DHGroup1", "DHGroup2", "DHGroup14", "DHGroup2048", "ECP256", "ECP384", "DHGroup24" },
            ["ipsecEncryption"] = new[] { "None", "DES", "DES3", "AES128", "AES192", "AES256", "GCMAES128", "GCMAES192", "GCMAES256" },
            ["ipsecIntegrity"] = new[] { "MD5", "SHA1", "SHA256", "GCMAES128", "GCMAES192", "GCMAES256" },
            ["pfsGroup"] = new[] { "None", "PFS1", "PFS2", "PFS2048", "ECP256", "ECP384", "PFS24", "PFS14", "PFSMM" },
        };

        /// <summary>ARM's spelling of <paramref name="value"/> for the field, matched ignoring case; null when ARM does not allow it.</summary>
        internal static string Canonical(string field, string value)
        {
            if (value == null || !AllowedValues.TryGetValue(field, out var allowed)) return null;
            foreach (var a in allowed) if (string.Equals(a, value.Trim(), StringComparison.OrdinalIgnoreCase)) return a;
            return null;
        }

        public override string ToString() =>
            IkeEncryption + "/" + IkeIntegrity + "/" + DhGroup + ", " + IpsecEncryption + "/" + IpsecIntegrity + "/" + PfsGroup;
    }
}
