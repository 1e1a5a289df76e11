using System;
using System.Collections.Generic;
using System.Linq;
using AzVpnHa.Net;

namespace AzVpnHa.Spec
{
    /// <summary>
    /// Turns any topology, planned or deployed, into the spec that plans it again: the way to edit what is deployed
    /// (read it, convert it, change the spec, plan it, export it). Resource names the planner would not derive itself
    /// are written out (localNetworkGatewayName, connectionName, publicIpName...), so the plan keeps them. A spec holds
    /// the design, not the observed state: tunnel status, BGP sessions and provisioning states are not written, nor is
    /// a value set at deploy time (each one is reported through <see cref="Omitted"/> instead).
    /// </summary>
    internal sealed class SpecWriter
    {
        readonly Topology _topology;
        readonly List<string> _omitted = new List<string>();

        SpecWriter(Topology topology) { _topology = topology; }

        /// <summary>What could not be written, one line each ("lgw-a: BgpPeeringAddress is set at deploy time (...)").</summary>
        public IReadOnlyList<string> Omitted => _omitted;

        /// <summary>The spec as ordered members (a JSON object, or an ordered hashtable in PowerShell).</summary>
        public static SpecMembers Write(Topology topology, out IReadOnlyList<string> omitted)
        {
            var w = new SpecWriter(topology);
            var spec = w.Topology();
            omitted = w.Omitted;
            return spec;
        }

        SpecMembers Topology()
        {
            var t = _topology;
            var first = t.Gateways.FirstOrDefault();
            var group = t.ResourceGroupName ?? first?.ResourceGroupName;
            if (group == null)
            {
                // A template is deployed to a group chosen at deployment; the spec needs one to plan.
                group = "rg-" + SpecName(t.Name);
                _omitted.Add(t.Name + ": the resource group is chosen at deploy time; the spec names '" + group + "', change it to yours.");
            }
            var spec = new SpecMembers
            {
                { "name", SpecName(t.Name) },
                { "resourceGroup", group },
                { "location", t.Location ?? first?.Location },
                { "gateways", t.Gateways.Select(Gateway).ToList() },
            };
            var sites = t.Sites.Where(s => s.LocalNetworkGateways.Count > 0).Select(Site).ToList();
            if (sites.Count > 0) spec.Add("sites", sites);
            var links = t.VNetLinks.Where(l => l.ConnectionAToB != null && l.ConnectionBToA != null).Select(Link).ToList();
            if (links.Count > 0) spec.Add("vnetConnections", links);
            foreach (var l in t.VNetLinks.Where(l => l.ConnectionAToB == null || l.ConnectionBToA == null))
                _omitted.Add(l.Name + ": has a connection on one gateway only; a spec plans both sides, so it is left out.");
            return spec;
        }

        /// <summary>A topology read from several gateways is named "deployed"; names with other characters are not spec names.</summary>
        static string SpecName(string name) => string.IsNullOrEmpty(name) ? "topology" : new string(name.Select(c => char.IsLetterOrDigit(c) || c == '-' || c == '_' || c == '.' ? c : '-').ToArray());

        SpecMembers Gateway(Gateway g)
        {
            var m = new SpecMembers { { "name", g.Name }, { "sku", Known(g, nameof(g.Sku), g.Sku) } };
            if (g.VpnType != "RouteBased") m.Add("vpnType", g.VpnType);
            if (g.Generation != null) m.Add("generation", g.Generation);
            m.Add("activeActive", g.ActiveActive);
            if (g.Asn.HasValue) m.Add("asn", g.Asn.Value);
            else Known(g, nameof(g.Asn), (object)null);
            if (g.VNetAddressPrefixes.Count > 0) m.Add("vnetAddressPrefixes", g.VNetAddressPrefixes.ToList());
            var instances = g.Instances.Select(Instance).ToList();
            if (instances.Any(i => i.Count > 0)) m.Add("instances", instances);
            return m;
        }

        static SpecMembers Instance(GatewayInstance i)
        {
            var m = new SpecMembers();
            if (i.PublicIpAddress != null) m.Add("publicIp", i.PublicIpAddress);
            if (i.BgpPeeringAddress != null) m.Add("bgpPeeringAddress", i.BgpPeeringAddress);
            if (i.CustomBgpIpAddresses.Count > 0) m.Add("customBgpIpAddresses", i.CustomBgpIpAddresses.ToList());
            if (i.Index < Planner.IpConfigurationNames.Length && !Same(i.IpConfigurationName, Planner.IpConfigurationNames[i.Index])) m.Add("ipConfigurationName", i.IpConfigurationName);
            if (i.PublicIpName != null && !Same(i.PublicIpName, "pip-" + i.Gateway + "-" + (i.Index + 1))) m.Add("publicIpName", i.PublicIpName);
            return m;
        }

        SpecMembers Site(Site s)
        {
            var m = new SpecMembers { { "name", s.Name } };
            if (_topology.Gateways.Count > 1) m.Add("gateway", s.Gateway);
            m.Add("addressPrefixes", s.AddressPrefixes.ToList());
            var devices = new List<object>();
            foreach (var lngName in s.LocalNetworkGateways)
            {
                var lng = _topology.FindLocalNetworkGateway(lngName);
                var connection = _topology.Connections.FirstOrDefault(c => c.ConnectionType == ConnectionType.IPsec && Same(c.LocalNetworkGateway2, lngName) && Same(c.VirtualNetworkGateway1, s.Gateway));
                if (lng != null) devices.Add(Device(s, lng, connection));
            }
            m.Add("devices", devices);
            return m;
        }

        SpecMembers Device(Site site, LocalNetworkGateway lng, Connection connection)
        {
            var gateway = _topology.FindGateway(site.Gateway);
            var name = lng.Device ?? lng.Name;
            var m = new SpecMembers { { "name", name } };
            if (lng.GatewayIpAddress != null) m.Add("publicIp", lng.GatewayIpAddress);
            else if (lng.Fqdn != null) m.Add("fqdn", lng.Fqdn);
            else Known(lng, nameof(lng.GatewayIpAddress), (object)null);
            if (lng.Asn.HasValue && lng.BgpPeeringAddress != null)
            {
                m.Add("asn", lng.Asn.Value);
                m.Add("bgpPeeringAddress", lng.BgpPeeringAddress);
            }
            else
            {
                Known(lng, nameof(lng.Asn), (object)null);
                Known(lng, nameof(lng.BgpPeeringAddress), (object)null);
            }
            // The planner's defaults: BGP when both ends have an ASN; a BGP device's LNG has no address space and
            // advertises the site's prefixes; a static device's address space is the site's prefixes.
            bool bgp = connection?.EnableBgp ?? false;
            bool defaultBgp = gateway?.Asn != null && lng.Asn.HasValue;
            if (bgp != defaultBgp) m.Add("enableBgp", bgp);
            var defaultSpace = bgp ? new string[0] : site.AddressPrefixes;
            if (!SamePrefixes(lng.AddressPrefix, defaultSpace)) m.Add("addressPrefixes", lng.AddressPrefix.ToList());
            if (bgp && !SamePrefixes(lng.AdvertisedPrefixes, site.AddressPrefixes)) m.Add("advertisedPrefixes", lng.AdvertisedPrefixes.ToList());
            if (connection != null && connection.GatewayCustomBgpIpAddresses.Count > 0)
                m.Add("gatewayCustomBgpIpAddresses", connection.GatewayCustomBgpIpAddresses.OrderBy(c => c.Instance).Select(c => c.Address).ToList());
            if (lng.StatefulFirewall) m.Add("statefulFirewall", true);
            if (connection != null) m.Add("ipsecPolicy", IpsecPolicy(Known(connection, nameof(connection.IpsecPolicy), connection.IpsecPolicy)));
            if (!Same(lng.Name, "lgw-" + site.Name + "-" + name)) m.Add("localNetworkGatewayName", lng.Name);
            if (connection != null && !Same(connection.Name, "cn-" + site.Name + "-" + name)) m.Add("connectionName", connection.Name);
            return m;
        }

        SpecMembers Link(VNetLink l)
        {
            var m = new SpecMembers { { "gateways", new List<object> { l.GatewayA, l.GatewayB } } };
            var a = _topology.FindGateway(l.GatewayA);
            var b = _topology.FindGateway(l.GatewayB);
            bool defaultBgp = a?.Asn != null && b?.Asn != null;
            if (l.EnableBgp != defaultBgp) m.Add("enableBgp", l.EnableBgp);
            if (l.Transit) m.Add("transit", true);
            if (!Same(l.ConnectionAToB, "cn-" + l.GatewayA + "-to-" + l.GatewayB) || !Same(l.ConnectionBToA, "cn-" + l.GatewayB + "-to-" + l.GatewayA))
                m.Add("connectionNames", new List<object> { l.ConnectionAToB, l.ConnectionBToA });
            return m;
        }

        /// <summary>The value, or null with a line in <see cref="Omitted"/> when it is set at deploy time.</summary>
        static SpecMembers IpsecPolicy(IpsecPolicy p) => p == null ? null : new SpecMembers
        {
            { "ikeEncryption", p.IkeEncryption },
            { "ikeIntegrity", p.IkeIntegrity },
            { "dhGroup", p.DhGroup },
            { "ipsecEncryption", p.IpsecEncryption },
            { "ipsecIntegrity", p.IpsecIntegrity },
            { "pfsGroup", p.PfsGroup },
            { "saLifeTimeSeconds", p.SaLifeTimeSeconds },
            { "saDataSizeKilobytes", p.SaDataSizeKilobytes },
        };

        T Known<T>(AzureResource resource, string property, T value)
        {
            if (resource.UnknownValues.TryGetValue(property, out var reason))
                _omitted.Add(resource.Name + ": " + property + " is " + reason + "; it is left out of the spec.");
            return value;
        }

        static bool Same(string a, string b) => string.Equals(a, b, StringComparison.OrdinalIgnoreCase);

        static bool SamePrefixes(IReadOnlyList<string> a, IReadOnlyList<string> b) =>
            new HashSet<string>(a.Select(Normalize), StringComparer.OrdinalIgnoreCase).SetEquals(b.Select(Normalize));

        static string Normalize(string prefix) => Cidr.TryParse(prefix, out var c, out _) ? c.ToString() : prefix;
    }

    /// <summary>A spec object's members in the order they are written (JSON, .psd1, or an ordered hashtable).</summary>
    internal sealed class SpecMembers : List<KeyValuePair<string, object>>
    {
        /// <summary>Adds a member; a null value is left out (the spec reader reads a missing member as "not given").</summary>
        public void Add(string key, object value) { if (value != null) Add(new KeyValuePair<string, object>(key, value)); }
    }
}
