using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using AzVpnHa.Catalog;
using AzVpnHa.Tree;

namespace AzVpnHa.Spec
{
    /// <summary>
    /// Reads a topology spec from the neutral tree (JSON file, .psd1, hashtable or PSObject, all converted
    /// by the caller). Only malformed input is an error here; what is well-formed but unwise is left to the rules.
    /// </summary>
    internal static class SpecReader
    {
        // Azure resource names for network resources: 1-80 chars of letters, digits, '_', '.', '-'; start alphanumeric,
        // end alphanumeric or '_'. Checked by hand: a regex per name was a measurable part of reading a large spec.
        static readonly Func<string, bool> ResourceName = IsResourceName;
        static readonly Regex ResourceGroupPattern = new Regex(@"^[-\w._()]{0,89}[-\w_()]$", RegexOptions.CultureInvariant);
        static readonly Func<string, bool> ResourceGroupName = ResourceGroupPattern.IsMatch;
        static readonly HashSet<string> TopologyFields = TreeReader.Fields("name", "resourceGroup", "location", "gateways", "sites", "vnetConnections");
        static readonly HashSet<string> GatewayFields = TreeReader.Fields("name", "sku", "vpnType", "generation", "activeActive", "asn", "vnetAddressPrefixes", "instances");
        static readonly HashSet<string> InstanceFields = TreeReader.Fields("publicIp", "bgpPeeringAddress", "customBgpIpAddresses", "ipConfigurationName", "publicIpName");
        static readonly HashSet<string> SiteFields = TreeReader.Fields("name", "gateway", "addressPrefixes", "devices");
        static readonly HashSet<string> DeviceFields = TreeReader.Fields("name", "publicIp", "fqdn", "asn", "bgpPeeringAddress", "addressPrefixes", "advertisedPrefixes", "enableBgp", "statefulFirewall",
            "localNetworkGatewayName", "connectionName", "gatewayCustomBgpIpAddresses", "ipsecPolicy");
        static readonly HashSet<string> IpsecPolicyFields = TreeReader.Fields("ikeEncryption", "ikeIntegrity", "dhGroup", "ipsecEncryption", "ipsecIntegrity", "pfsGroup", "saLifeTimeSeconds", "saDataSizeKilobytes");
        static readonly HashSet<string> VNetConnectionFields = TreeReader.Fields("gateways", "enableBgp", "transit", "connectionNames");
        static readonly Regex Fqdn = new Regex(@"^(?=.{1,253}$)([A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)+[A-Za-z]{2,63}$", RegexOptions.CultureInvariant);

        public static TopologySpec Read(object tree)
        {
            var r = new TreeReader();
            var spec = new TopologySpec();
            var root = r.Object(tree, "(spec)");
            if (root != null) ReadTopology(r, root, spec);
            if (r.Errors.Count > 0) throw new SpecException(r.Errors.ToArray());
            return spec;
        }

        static void ReadTopology(TreeReader r, IDictionary<string, object> root, TopologySpec spec)
        {
            r.OnlyKnown(root, "", TopologyFields);
            spec.Name = Name(r, root, "", "name", ResourceName, "a topology name");
            spec.ResourceGroup = Name(r, root, "", "resourceGroup", ResourceGroupName, "a resource group name");
            var location = r.String(root, "", "location", required: true);
            // ARM location names are lower case without spaces ("West Europe" is the display name of "westeurope").
            spec.Location = location?.Replace(" ", "").ToLowerInvariant();

            foreach (var (obj, path) in r.Objects(root, "", "gateways")) spec.Gateways.Add(ReadGateway(r, obj, path));
            if (spec.Gateways.Count == 0) r.Error(SpecErrorCodes.MissingField, "gateways", "is empty.", "Describe at least one Azure VPN gateway.");
            Unique(r, spec.Gateways.Select((g, i) => (g.Name, TreeReader.Child(TreeReader.Item("gateways", i), "name"))), "gateway");
            var gatewayNames = new HashSet<string>(spec.Gateways.Select(g => g.Name).Where(n => n != null), StringComparer.OrdinalIgnoreCase);

            foreach (var (obj, path) in r.Objects(root, "", "sites")) spec.Sites.Add(ReadSite(r, obj, path, spec.Gateways, gatewayNames));
            Unique(r, spec.Sites.Select((s, i) => (s.Name, TreeReader.Child(TreeReader.Item("sites", i), "name"))), "site");

            var links = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            foreach (var (obj, path) in r.Objects(root, "", "vnetConnections"))
            {
                var link = ReadVNetConnection(r, obj, path, gatewayNames);
                if (link == null) continue;
                var key = string.CompareOrdinal(link.GatewayA.ToLowerInvariant(), link.GatewayB.ToLowerInvariant()) < 0
                    ? link.GatewayA + "|" + link.GatewayB : link.GatewayB + "|" + link.GatewayA;
                if (!links.Add(key))
                    r.Error(SpecErrorCodes.DuplicateName, TreeReader.Child(path, "gateways"), $"connects {link.GatewayA} and {link.GatewayB} a second time.",
                        "List each pair of gateways once: one entry already makes the connection on both gateways.");
                else spec.VNetConnections.Add(link);
            }
        }

        static GatewaySpec ReadGateway(TreeReader r, IDictionary<string, object> obj, string path)
        {
            r.OnlyKnown(obj, path, GatewayFields);
            var g = new GatewaySpec { Name = Name(r, obj, path, "name", ResourceName, "a gateway name") };

            var sku = r.String(obj, path, "sku", required: true);
            if (sku != null)
            {
                if (SkuCatalog.TryGet(sku, out var known)) g.Sku = known.Name;
                else r.Error(SpecErrorCodes.UnknownSku, TreeReader.Child(path, "sku"), $"'{sku}' is not a VPN gateway SKU.",
                    "Use one of: " + string.Join(", ", SkuCatalog.Names) + " (VpnGw1AZ-VpnGw5AZ for new gateways).");
            }

            var vpnType = r.String(obj, path, "vpnType", required: false);
            if (vpnType != null)
            {
                if (string.Equals(vpnType, "RouteBased", StringComparison.OrdinalIgnoreCase)) g.VpnType = "RouteBased";
                else if (string.Equals(vpnType, "PolicyBased", StringComparison.OrdinalIgnoreCase)) g.VpnType = "PolicyBased";
                else r.Error(SpecErrorCodes.InvalidValue, TreeReader.Child(path, "vpnType"), $"'{vpnType}' is not a VPN type.", "Use RouteBased or PolicyBased.");
            }

            var generation = r.String(obj, path, "generation", required: false);
            if (generation != null)
            {
                switch (generation.ToLowerInvariant())
                {
                    case "1": case "generation1": case "gen1": g.Generation = "Generation1"; break;
                    case "2": case "generation2": case "gen2": g.Generation = "Generation2"; break;
                    case "none": g.Generation = null; break;
                    default: r.Error(SpecErrorCodes.InvalidValue, TreeReader.Child(path, "generation"), $"'{generation}' is not a gateway generation.", "Use Generation1 or Generation2, or leave it out."); break;
                }
            }

            g.ActiveActive = r.Bool(obj, path, "activeActive") ?? false;
            g.Asn = Asn(r, obj, path);
            g.VnetAddressPrefixes = r.Prefixes(obj, path, "vnetAddressPrefixes") ?? new string[0];

            var instances = r.Objects(obj, path, "instances");
            if (instances.Count > 2)
                r.Error(SpecErrorCodes.InvalidInstances, TreeReader.Child(path, "instances"), $"has {instances.Count} entries.",
                    "A VPN gateway has two instances: give one entry (active-standby) or two (active-active), or leave it out.");
            foreach (var (io, ipath) in instances.Take(2))
            {
                r.OnlyKnown(io, ipath, InstanceFields);
                g.Instances.Add(new InstanceSpec
                {
                    PublicIp = r.IpAddress(io, ipath, "publicIp", required: false),
                    BgpPeeringAddress = r.IpAddress(io, ipath, "bgpPeeringAddress", required: false),
                    CustomBgpIpAddresses = r.IpAddresses(io, ipath, "customBgpIpAddresses"),
                    IpConfigurationName = OptionalName(r, io, ipath, "ipConfigurationName"),
                    PublicIpName = OptionalName(r, io, ipath, "publicIpName"),
                });
            }
            return g;
        }

        static SiteSpec ReadSite(TreeReader r, IDictionary<string, object> obj, string path, List<GatewaySpec> gateways, HashSet<string> gatewayNames)
        {
            r.OnlyKnown(obj, path, SiteFields);
            var site = new SiteSpec
            {
                Name = Name(r, obj, path, "name", ResourceName, "a site name"),
                AddressPrefixes = r.Prefixes(obj, path, "addressPrefixes") ?? new string[0],
            };

            var gateway = r.String(obj, path, "gateway", required: false);
            if (gateway == null)
            {
                if (gateways.Count == 1) site.Gateway = gateways[0].Name;
                else if (gateways.Count > 1)
                    r.Error(SpecErrorCodes.MissingField, TreeReader.Child(path, "gateway"), "is missing and the topology has several gateways.",
                        "Name the gateway this site connects to: one of " + string.Join(", ", gatewayNames) + ".");
                // No gateway at all is reported once, on "gateways".
            }
            else if (!gatewayNames.Contains(gateway))
                r.Error(SpecErrorCodes.UnknownGateway, TreeReader.Child(path, "gateway"), $"'{gateway}' is not a gateway of this topology.",
                    "Use one of: " + string.Join(", ", gatewayNames) + ".");
            else site.Gateway = gatewayNames.First(n => string.Equals(n, gateway, StringComparison.OrdinalIgnoreCase));

            var devices = r.Objects(obj, path, "devices");
            if (devices.Count == 0)
                r.Error(SpecErrorCodes.SiteWithoutDevices, TreeReader.Child(path, "devices"), "is empty: a site needs at least one VPN device.",
                    "Add a device with a name and a publicIp (or fqdn); add two for on-premises redundancy.");
            foreach (var (dobj, dpath) in devices) site.Devices.Add(ReadDevice(r, dobj, dpath));
            Unique(r, site.Devices.Select((d, i) => (d.Name, TreeReader.Child(TreeReader.Item(TreeReader.Child(path, "devices"), i), "name"))), "device");
            return site;
        }

        static DeviceSpec ReadDevice(TreeReader r, IDictionary<string, object> obj, string path)
        {
            r.OnlyKnown(obj, path, DeviceFields);
            var d = new DeviceSpec
            {
                Name = Name(r, obj, path, "name", ResourceName, "a device name"),
                PublicIp = r.IpAddress(obj, path, "publicIp", required: false),
                Asn = Asn(r, obj, path),
                BgpPeeringAddress = r.IpAddress(obj, path, "bgpPeeringAddress", required: false),
                AddressPrefixes = r.Prefixes(obj, path, "addressPrefixes"),
                AdvertisedPrefixes = r.Prefixes(obj, path, "advertisedPrefixes"),
                EnableBgp = r.Bool(obj, path, "enableBgp"),
                LocalNetworkGatewayName = OptionalName(r, obj, path, "localNetworkGatewayName"),
                ConnectionName = OptionalName(r, obj, path, "connectionName"),
                StatefulFirewall = r.Bool(obj, path, "statefulFirewall") == true,
            };
            var chosen = r.IpAddresses(obj, path, "gatewayCustomBgpIpAddresses");
            if (chosen.Length > 0) d.GatewayCustomBgpIpAddresses = chosen;
            if (TreeReader.TryGet(obj, "ipsecPolicy", out var policy) && policy != null) d.IpsecPolicy = ReadIpsecPolicy(r, policy, TreeReader.Child(path, "ipsecPolicy"));
            var fqdn = r.String(obj, path, "fqdn", required: false);
            if (fqdn != null)
            {
                if (Fqdn.IsMatch(fqdn)) d.Fqdn = fqdn.ToLowerInvariant();
                else r.Error(SpecErrorCodes.InvalidValue, TreeReader.Child(path, "fqdn"), $"'{fqdn}' is not a DNS name.", "Write a fully qualified name such as vpn1.contoso.com.");
            }
            // An empty publicIp is as missing as an absent one (TreeReader.String reads "" as null).
            bool hasIp = TreeReader.TryGet(obj, "publicIp", out var ipValue) && ipValue != null && !(ipValue is string ipText && ipText.Length == 0);
            if (!hasIp && fqdn == null)
                r.Error(SpecErrorCodes.MissingField, TreeReader.Child(path, "publicIp"), "is missing.", "Give the device's public IP address (publicIp) or its DNS name (fqdn).");
            else if (hasIp && fqdn != null)
                r.Error(SpecErrorCodes.InvalidValue, TreeReader.Child(path, "fqdn"), "is given together with publicIp.", "Give either publicIp or fqdn: a local network gateway takes one endpoint.");
            if (d.Asn.HasValue != (d.BgpPeeringAddress != null) && !HasError(r, path))
            {
                var missing = d.Asn.HasValue ? "bgpPeeringAddress" : "asn";
                r.Error(SpecErrorCodes.IncompleteBgp, TreeReader.Child(path, missing), "is missing while the device has " + (d.Asn.HasValue ? "an asn." : "a bgpPeeringAddress."),
                    "Give both asn and bgpPeeringAddress for a BGP device, or neither for static routing.");
            }
            return d;
        }

        /// <summary>A connection's custom IPsec/IKE policy: every field ARM requires, each algorithm one of ARM's values (IpsecPolicy.AllowedValues).</summary>
        static IpsecPolicy ReadIpsecPolicy(TreeReader r, object value, string path)
        {
            var obj = r.Object(value, path);
            if (obj == null) return null;
            r.OnlyKnown(obj, path, IpsecPolicyFields);
            string Algorithm(string field)
            {
                var text = r.String(obj, path, field, required: true);
                if (text == null) return null;
                var canonical = IpsecPolicy.Canonical(field, text);
                if (canonical == null)
                    r.Error(SpecErrorCodes.InvalidValue, TreeReader.Child(path, field), $"'{text}' is not an Azure {field} value.",
                        "Use one of: " + string.Join(", ", IpsecPolicy.AllowedValues[field]) + ".");
                return canonical;
            }
            // The ranges New-AzIpsecPolicy enforces (azure-powershell src/Network/Network/VirtualNetworkGatewayConnection/
            // NewAzureRmIpsecPolicyCommand.cs @ b7ee16ad): lifetime 300-172799 s; data size 0 or 1024-2147483647 KB.
            long WholeNumber(string field, long min, long max, bool zeroAllowed)
            {
                var n = r.Integer(obj, path, field);
                if (n == null && !TreeReader.TryGet(obj, field, out _))
                    r.Error(SpecErrorCodes.MissingField, TreeReader.Child(path, field), "is missing.", $"Set '{field}' (Azure requires it in a custom policy).");
                else if (n != null && !(zeroAllowed && n == 0) && (n < min || n > max))
                    r.Error(SpecErrorCodes.InvalidValue, TreeReader.Child(path, field), $"is {n}, out of range.",
                        $"Give '{field}' as a whole number from {min} to {max}{(zeroAllowed ? ", or 0" : "")}, as Azure accepts.");
                return n ?? 0;
            }
            var policy = new IpsecPolicy
            {
                IkeEncryption = Algorithm("ikeEncryption"),
                IkeIntegrity = Algorithm("ikeIntegrity"),
                DhGroup = Algorithm("dhGroup"),
                IpsecEncryption = Algorithm("ipsecEncryption"),
                IpsecIntegrity = Algorithm("ipsecIntegrity"),
                PfsGroup = Algorithm("pfsGroup"),
                SaLifeTimeSeconds = (int)WholeNumber("saLifeTimeSeconds", 300, 172799, zeroAllowed: false),
                SaDataSizeKilobytes = WholeNumber("saDataSizeKilobytes", 1024, int.MaxValue, zeroAllowed: true),
            };
            // GCM is both cipher and integrity: Azure takes it only as the same algorithm in both fields (ipsec-ike-policy-howto;
            // New-AzIpsecPolicy: "IpsecEncryption and IpsecIntegrity must use matching GCM algorithms").
            bool Gcm(string algorithm) => algorithm != null && algorithm.StartsWith("GCM", StringComparison.Ordinal);
            if ((Gcm(policy.IpsecEncryption) || Gcm(policy.IpsecIntegrity)) && policy.IpsecIntegrity != null && policy.IpsecEncryption != policy.IpsecIntegrity)
                r.Error(SpecErrorCodes.InvalidValue, TreeReader.Child(path, "ipsecIntegrity"), $"is {policy.IpsecIntegrity} with ipsecEncryption {policy.IpsecEncryption}.",
                    "With GCM, give the same GCMAES algorithm in both ipsecEncryption and ipsecIntegrity, as Azure requires.");
            return policy;
        }

        static VNetConnectionSpec ReadVNetConnection(TreeReader r, IDictionary<string, object> obj, string path, HashSet<string> gatewayNames)
        {
            r.OnlyKnown(obj, path, VNetConnectionFields);
            var names = r.Strings(obj, path, "gateways");
            var gpath = TreeReader.Child(path, "gateways");
            var enableBgp = r.Bool(obj, path, "enableBgp");
            var transit = r.Bool(obj, path, "transit") ?? false;
            var connectionNames = r.Strings(obj, path, "connectionNames");
            if (connectionNames != null && (connectionNames.Count != 2 || connectionNames.Any(n => !IsResourceName(n.Value))))
            {
                r.Error(SpecErrorCodes.InvalidValue, TreeReader.Child(path, "connectionNames"), "must be two Azure resource names.",
                    "Name the connection on the first gateway, then the one on the second, or leave connectionNames out.");
                connectionNames = null;
            }
            if (names == null || names.Count != 2)
            {
                r.Error(SpecErrorCodes.InvalidValue, gpath, names == null ? "is missing." : $"has {names.Count} entries.", "Name exactly two gateways of this topology, e.g. [\"vgw-a\", \"vgw-b\"].");
                return null;
            }
            bool ok = true;
            foreach (var (name, p) in names)
            {
                if (!gatewayNames.Contains(name))
                {
                    r.Error(SpecErrorCodes.UnknownGateway, p, $"'{name}' is not a gateway of this topology.", "Use one of: " + string.Join(", ", gatewayNames) + ".");
                    ok = false;
                }
            }
            if (ok && string.Equals(names[0].Value, names[1].Value, StringComparison.OrdinalIgnoreCase))
            {
                r.Error(SpecErrorCodes.InvalidValue, gpath, "names the same gateway twice.", "A VNet-to-VNet connection joins two different gateways.");
                ok = false;
            }
            if (!ok) return null;
            string Canonical(string n) => gatewayNames.First(g => string.Equals(g, n, StringComparison.OrdinalIgnoreCase));
            return new VNetConnectionSpec
            {
                GatewayA = Canonical(names[0].Value), GatewayB = Canonical(names[1].Value), EnableBgp = enableBgp, Transit = transit,
                ConnectionNames = connectionNames?.Select(n => n.Value).ToArray(),
            };
        }

        static long? Asn(TreeReader r, IDictionary<string, object> obj, string path)
        {
            var asn = r.Integer(obj, path, "asn");
            if (asn.HasValue && !AsnCatalog.IsInRange(asn.Value))
            {
                r.Error(SpecErrorCodes.InvalidAsn, TreeReader.Child(path, "asn"), $"{asn} is outside 1-4294967295.",
                    "Use a private ASN such as 65010 (64512-65514, 65521-65534) or your public ASN.");
                return null;
            }
            return asn;
        }

        static bool IsResourceName(string name)
        {
            if (name.Length == 0 || name.Length > 80 || !char.IsLetterOrDigit(name[0]) || name[0] > 127) return false;
            var last = name[name.Length - 1];
            if (!(IsAsciiLetterOrDigit(last) || last == '_')) return false;
            foreach (var c in name)
            {
                if (!(IsAsciiLetterOrDigit(c) || c == '_' || c == '.' || c == '-')) return false;
            }
            return true;
        }

        static bool IsAsciiLetterOrDigit(char c) => (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');

        static string Name(TreeReader r, IDictionary<string, object> obj, string path, string key, Func<string, bool> isValid, string what)
        {
            var name = r.String(obj, path, key, required: true);
            if (name == null || isValid(name)) return name;
            r.Error(SpecErrorCodes.InvalidName, TreeReader.Child(path, key), $"'{name}' is not {what} Azure accepts.",
                "Use 1-80 letters, digits, '-', '.' or '_', starting with a letter or digit.");
            return null;
        }

        /// <summary>An optional Azure resource name (a deployed resource's own name, kept by ConvertTo-HaVpnSpec).</summary>
        static string OptionalName(TreeReader r, IDictionary<string, object> obj, string path, string key) =>
            TreeReader.TryGet(obj, key, out var v) && v != null ? Name(r, obj, path, key, ResourceName, "a resource name") : null;

        static void Unique(TreeReader r, IEnumerable<(string Name, string Path)> names, string what)
        {
            var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            foreach (var (name, path) in names)
            {
                if (name != null && !seen.Add(name))
                    r.Error(SpecErrorCodes.DuplicateName, path, $"'{name}' names a second {what}.", $"Give every {what} its own name (names are compared ignoring case).");
            }
        }

        static bool HasError(TreeReader r, string path) => r.Errors.Any(e => e.Path.StartsWith(path + ".", StringComparison.Ordinal));
    }
}
