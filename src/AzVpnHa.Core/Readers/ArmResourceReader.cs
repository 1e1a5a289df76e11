using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;
using AzVpnHa.Mesh;
using AzVpnHa.Net;
using AzVpnHa.Spec;
using AzVpnHa.Tree;

namespace AzVpnHa.Readers
{
    /// <summary>
    /// Reads the ARM shapes of one estate's resources into the graph's records: gateways with their instances and public
    /// IPs, local network gateways, connections with their tunnel health. Values set at deploy time become unknown.
    /// </summary>
    internal sealed class ArmResourceReader
    {
        readonly EstateIndex _index;
        readonly ReadNotes _notes;

        public ArmResourceReader(EstateIndex index, ReadNotes notes) { _index = index; _notes = notes; }

        public Gateway ReadGateway(IndexedResource r, List<PublicIpAddress> pips)
        {
            var n = r.Node;
            bool bgp = ArmNode.Bool(ArmNode.Prop(n, "enableBgp")) ?? false;
            var bgpSettings = ArmNode.Dict(ArmNode.Prop(n, "bgpSettings"));
            var generation = ArmNode.Text(ArmNode.Prop(n, "vpnGatewayGeneration"));
            var g = new Gateway
            {
                Name = r.DisplayName,
                ResourceGroupName = EstateIndex.GroupOf(r),
                Location = ArmNode.Text(ArmNode.Member(n, "location")),
                Sku = ArmNode.Text(ArmNode.Member(ArmNode.Dict(ArmNode.Prop(n, "sku")), "name")),
                VpnType = ArmNode.Text(ArmNode.Prop(n, "vpnType")) ?? "RouteBased",
                Generation = generation == null || generation.Equals("None", StringComparison.OrdinalIgnoreCase) ? null : generation,
                ActiveActive = ArmNode.Bool(ArmNode.Prop(n, "activeActive")) ?? false,
                EnableBgp = bgp,
                // Like a plan, the ASN counts only with BGP on; a deployed gateway always reports one (65515 by default).
                Asn = bgp ? ArmNode.Long(ArmNode.Member(bgpSettings, "asn")) : null,
                ProvisioningState = ArmNode.Text(ArmNode.Prop(n, "provisioningState")),
                ResourceId = r.Id.Text,
            };

            var bgpRaw = ArmNode.Prop(n, "bgpSettings");
            MarkUnknown(g, nameof(Gateway.Sku), ArmNode.Prop(n, "sku"), ArmNode.Member(ArmNode.Dict(ArmNode.Prop(n, "sku")), "name"));
            MarkUnknown(g, nameof(Gateway.VpnType), ArmNode.Prop(n, "vpnType"));
            MarkUnknown(g, nameof(Gateway.Generation), ArmNode.Prop(n, "vpnGatewayGeneration"));
            MarkUnknown(g, nameof(Gateway.ActiveActive), ArmNode.Prop(n, "activeActive"));
            MarkUnknown(g, nameof(Gateway.EnableBgp), ArmNode.Prop(n, "enableBgp"));
            if (bgp) MarkUnknown(g, nameof(Gateway.Asn), bgpRaw, ArmNode.Member(bgpSettings, "asn"));

            var configs = ArmNode.Objects(ArmNode.Prop(n, "ipConfigurations"));
            var peering = ArmNode.Objects(ArmNode.Member(bgpSettings, "bgpPeeringAddresses"));
            var comma = (ArmNode.Text(ArmNode.Member(bgpSettings, "bgpPeeringAddress")) ?? "").Split(',').Select(s => s.Trim()).Where(s => s.Length > 0).ToArray();
            // Active-active with point-to-site has a third ipConfiguration (AVM vNetGatewayConfig3) that carries no tunnels.
            if (g.ActiveActive && configs.Count > 2) configs = configs.Take(2).ToList();

            var instances = new GatewayInstance[configs.Count];
            string vnetPrefixesFrom = null;
            for (int i = 0; i < configs.Count; i++)
            {
                var cfg = configs[i];
                var cfgId = ArmNode.Text(ArmNode.Member(cfg, "id"));
                var cfgName = ArmNode.Text(ArmNode.Member(cfg, "name")) ?? ArmId.LastSegment(cfgId);
                var entry = peering.FirstOrDefault(p => SameConfig(ArmNode.Text(ArmNode.Member(p, "ipconfigurationId")), cfgId, cfgName))
                            ?? (peering.Count == configs.Count ? peering[i] : null);
                var pipId = ArmNode.IdOf(ArmNode.Prop(cfg, "publicIPAddress"));
                var pip = _index.Find(pipId, ArmShapes.PipType);
                vnetPrefixesFrom = vnetPrefixesFrom ?? ArmNode.IdOf(ArmNode.Prop(cfg, "subnet"));
                var defaults = ArmNode.Texts(ArmNode.Member(entry, "defaultBgpIpAddresses"));
                var tunnelIps = ArmNode.Texts(ArmNode.Member(entry, "tunnelIpAddresses"));
                var address = pip != null ? Ip(ArmNode.Prop(pip.Node, "ipAddress")) : null;
                instances[i] = new GatewayInstance
                {
                    Gateway = g.Name,
                    Index = i,
                    IpConfigurationName = cfgName,
                    PublicIpName = pipId != null ? _index.NameOf(pipId, ArmShapes.PipType) : null,
                    PublicIpAddress = address ?? (tunnelIps.Count > 0 ? Ip(tunnelIps[0]) : null),
                    // Trust bgpPeeringAddresses over the comma string: the string lags during a mode change (arm-schema §2).
                    BgpPeeringAddress = defaults.Count > 0 ? Ip(defaults[0]) : (i < comma.Length ? Ip(comma[i]) : null),
                    CustomBgpIpAddresses = ArmNode.Texts(ArmNode.Member(entry, "customBgpIpAddresses")).Select(Ip).Where(x => x != null).ToArray(),
                };
                if (pip != null)
                {
                    var ip = new PublicIpAddress
                    {
                        Name = pip.DisplayName,
                        ResourceGroupName = EstateIndex.GroupOf(pip),
                        Location = ArmNode.Text(ArmNode.Member(pip.Node, "location")),
                        Sku = ArmNode.Text(ArmNode.Member(ArmNode.Dict(ArmNode.Member(pip.Node, "sku")), "name")),
                        AllocationMethod = ArmNode.Text(ArmNode.Prop(pip.Node, "publicIPAllocationMethod")),
                        Zone = ArmNode.Texts(ArmNode.Member(pip.Node, "zones")).ToArray(),
                        IpAddress = address,
                        Gateway = g.Name,
                        Instance = i,
                    };
                    MarkUnknown(ip, nameof(PublicIpAddress.Sku), ArmNode.Member(pip.Node, "sku"), ArmNode.Member(ArmNode.Dict(ArmNode.Member(pip.Node, "sku")), "name"));
                    MarkUnknown(ip, nameof(PublicIpAddress.Zone), ArmNode.Member(pip.Node, "zones"));
                    pips.Add(ip);
                }
            }
            g.Instances = instances;
            MarkUnknown(g, nameof(GatewayInstance.CustomBgpIpAddresses), bgpRaw, ArmNode.Member(bgpSettings, "bgpPeeringAddresses"),
                peering.Select(p => ArmNode.Member(p, "customBgpIpAddresses")).ToArray());

            // The VNet's address space, when its resource was read (an export or a live read of the GatewaySubnet's VNet).
            var subnetsAt = vnetPrefixesFrom?.IndexOf("/subnets/", StringComparison.OrdinalIgnoreCase) ?? -1;
            if (subnetsAt > 0 && _index.Find(vnetPrefixesFrom.Substring(0, subnetsAt), ArmShapes.VnetType) is IndexedResource vnet)
                g.VNetAddressPrefixes = ArmNode.Texts(ArmNode.Member(ArmNode.Dict(ArmNode.Prop(vnet.Node, "addressSpace")), "addressPrefixes")).ToArray();
            return g;
        }

        static bool SameConfig(string reference, string cfgId, string cfgName)
        {
            if (reference == null) return false;
            if (cfgId != null && string.Equals(reference.TrimEnd('/'), cfgId.TrimEnd('/'), StringComparison.OrdinalIgnoreCase)) return true;
            return cfgName != null && string.Equals(ArmId.LastSegment(reference), cfgName, StringComparison.OrdinalIgnoreCase);
        }

        internal static string Ip(object value) => IpAddressValue.Normalize(ArmNode.Text(value));

        public LocalNetworkGateway ReadLng(IndexedResource r)
        {
            var n = r.Node;
            var bgpRaw = ArmNode.Prop(n, "bgpSettings");
            var bgp = ArmNode.Dict(bgpRaw);
            var spaceRaw = ArmNode.Prop(n, "localNetworkAddressSpace");
            var space = ArmNode.Dict(spaceRaw);
            var lng = new LocalNetworkGateway
            {
                Name = r.DisplayName,
                ResourceGroupName = EstateIndex.GroupOf(r),
                Location = ArmNode.Text(ArmNode.Member(n, "location")),
                GatewayIpAddress = ArmNode.Text(ArmNode.Prop(n, "gatewayIpAddress")),
                Fqdn = ArmNode.Text(ArmNode.Prop(n, "fqdn")),
                AddressPrefix = ArmNode.Texts(ArmNode.Member(space, "addressPrefixes")).ToArray(),
                Asn = ArmNode.Long(ArmNode.Member(bgp, "asn")) is long asn && asn > 0 ? asn : (long?)null,
                BgpPeeringAddress = Ip(ArmNode.Member(bgp, "bgpPeeringAddress")),
                Device = r.DisplayName,
                ProvisioningState = ArmNode.Text(ArmNode.Prop(n, "provisioningState")),
                ResourceId = r.Id.Text,
            };
            MarkUnknown(lng, nameof(LocalNetworkGateway.GatewayIpAddress), ArmNode.Prop(n, "gatewayIpAddress"));
            MarkUnknown(lng, nameof(LocalNetworkGateway.Fqdn), ArmNode.Prop(n, "fqdn"));
            MarkUnknown(lng, nameof(LocalNetworkGateway.AddressPrefix), spaceRaw, ArmNode.Member(space, "addressPrefixes"));
            MarkUnknown(lng, nameof(LocalNetworkGateway.Asn), bgpRaw, ArmNode.Member(bgp, "asn"));
            MarkUnknown(lng, nameof(LocalNetworkGateway.BgpPeeringAddress), bgpRaw, ArmNode.Member(bgp, "bgpPeeringAddress"));
            return lng;
        }

        /// <summary>Marks a property set at deploy time (it, or the object or list holding it, is a Tree.UnknownValue).</summary>
        static void MarkUnknown(AzureResource resource, string property, params object[] raw)
        {
            var unknown = ArmNode.FirstUnknown(raw);
            if (unknown != null) resource.MarkUnknown(property, unknown.Reason);
        }

        public Connection ReadConnection(IndexedResource r, Dictionary<string, Gateway> gateways, Dictionary<string, LocalNetworkGateway> lngs, HashSet<string> unjudged)
        {
            var n = r.Node;
            var typeText = ArmNode.Text(ArmNode.Prop(n, "connectionType"));
            ConnectionType type;
            if (typeText == null || typeText.Equals("IPsec", StringComparison.OrdinalIgnoreCase)) type = ConnectionType.IPsec;
            else if (typeText.Equals("Vnet2Vnet", StringComparison.OrdinalIgnoreCase)) type = ConnectionType.Vnet2Vnet;
            else { _notes.Note(EstateReadCodes.OutOfScope, r.Id.Text, $"is a {typeText} connection; only IPsec and Vnet2Vnet are audited.", "Nothing to do: it is ignored."); return null; }

            var gw1Id = ArmNode.IdOf(ArmNode.Prop(n, "virtualNetworkGateway1"));
            var remoteId = ArmNode.IdOf(ArmNode.Prop(n, type == ConnectionType.IPsec ? "localNetworkGateway2" : "virtualNetworkGateway2"));
            // A connection whose gateway or LNG is not Succeeded is not judged either: that resource is already reported.
            if (Unjudged(gw1Id, ArmShapes.GatewayType, unjudged) || Unjudged(remoteId, type == ConnectionType.IPsec ? ArmShapes.LngType : ArmShapes.GatewayType, unjudged)) return null;
            var gw1 = _index.Find(gw1Id, ArmShapes.GatewayType);
            Gateway gateway = gw1 != null && gateways.TryGetValue(gw1.Id.Key, out var gg) ? gg : null;
            if (gw1 == null) _notes.Note(EstateReadCodes.MissingReference, r.Id.Text, $"uses gateway '{gw1Id}', which was not read.", "Include that gateway (Get-AzVirtualNetworkGateway, or its JSON).");
            var remote = _index.Find(remoteId, type == ConnectionType.IPsec ? ArmShapes.LngType : ArmShapes.GatewayType);
            if (remote == null && remoteId != null)
                _notes.Note(EstateReadCodes.MissingReference, r.Id.Text, $"uses '{remoteId}', which was not read.", "Include that resource so its tunnels can be drawn.");

            var c = new Connection
            {
                Name = r.DisplayName,
                ResourceGroupName = EstateIndex.GroupOf(r),
                Location = ArmNode.Text(ArmNode.Member(n, "location")),
                ConnectionType = type,
                VirtualNetworkGateway1 = _index.NameOf(gw1Id, ArmShapes.GatewayType),
                LocalNetworkGateway2 = type == ConnectionType.IPsec ? _index.NameOf(remoteId, ArmShapes.LngType) : null,
                VirtualNetworkGateway2 = type == ConnectionType.Vnet2Vnet ? _index.NameOf(remoteId, ArmShapes.GatewayType) : null,
                EnableBgp = ArmNode.Bool(ArmNode.Prop(n, "enableBgp")) ?? false,
                ProvisioningState = ArmNode.Text(ArmNode.Prop(n, "provisioningState")),
                ResourceId = r.Id.Text,
                ConnectionStatus = ArmNode.Text(ArmNode.Prop(n, "connectionStatus")),
                // ARM reports 0 for "Azure's default" (45 s); the failover analysis reads null or 0 as that default.
                DpdTimeoutSeconds = ArmNode.Long(ArmNode.Prop(n, "dpdTimeoutSeconds")) is long dpd ? (int)Math.Min(dpd, int.MaxValue) : (int?)null,
            };

            var custom = new List<CustomBgpIpAddress>();
            foreach (var e in ArmNode.Objects(ArmNode.Prop(n, "gatewayCustomBgpIpAddresses")))
            {
                var cfgId = ArmNode.Text(ArmNode.Member(e, "ipConfigurationId"));
                var address = Ip(ArmNode.Member(e, "customBgpIpAddress"));
                var cfgName = ArmId.LastSegment(cfgId);
                var instance = gateway?.Instances.FirstOrDefault(i => string.Equals(i.IpConfigurationName, cfgName, StringComparison.OrdinalIgnoreCase));
                if (address != null) custom.Add(new CustomBgpIpAddress(instance?.Index ?? custom.Count, cfgName, address));
            }
            c.GatewayCustomBgpIpAddresses = custom.ToArray();
            MarkUnknown(c, nameof(Connection.EnableBgp), ArmNode.Prop(n, "enableBgp"));
            MarkUnknown(c, nameof(Connection.GatewayCustomBgpIpAddresses), ArmNode.Prop(n, "gatewayCustomBgpIpAddresses"));
            MarkUnknown(c, nameof(Connection.DpdTimeoutSeconds), ArmNode.Prop(n, "dpdTimeoutSeconds"));
            ReadIpsecPolicy(c, ArmNode.Prop(n, "ipsecPolicies"));
            c.TunnelConnectionStatus = ReadTunnelHealth(n, gateway);
            return c;
        }

        /// <summary>
        /// The connection's custom IPsec/IKE policy: ARM allows one, ipsecPolicies[0] (virtualNetworkGateway.json,
        /// IpsecPolicy). A policy with any value set at deploy time is unknown, never read as Azure's default.
        /// </summary>
        static void ReadIpsecPolicy(Connection c, object raw)
        {
            var first = ArmNode.Objects(raw).FirstOrDefault();
            var fields = IpsecPolicy.AllowedValues.Keys.Concat(new[] { "saLifeTimeSeconds", "saDataSizeKilobytes" }).ToList();
            var values = new List<object> { raw };
            if (first != null) values.AddRange(fields.Select(f => ArmNode.Member(first, f)));
            MarkUnknown(c, nameof(Connection.IpsecPolicy), values.ToArray());
            if (first == null || c.IsUnknown(nameof(Connection.IpsecPolicy))) return;
            string Field(string name) { var text = ArmNode.Text(ArmNode.Member(first, name)); return IpsecPolicy.Canonical(name, text) ?? text; }
            c.IpsecPolicy = new IpsecPolicy
            {
                IkeEncryption = Field("ikeEncryption"),
                IkeIntegrity = Field("ikeIntegrity"),
                DhGroup = Field("dhGroup"),
                IpsecEncryption = Field("ipsecEncryption"),
                IpsecIntegrity = Field("ipsecIntegrity"),
                PfsGroup = Field("pfsGroup"),
                SaLifeTimeSeconds = (int)Math.Min(ArmNode.Long(ArmNode.Member(first, "saLifeTimeSeconds")) ?? 0, int.MaxValue),
                SaDataSizeKilobytes = ArmNode.Long(ArmNode.Member(first, "saDataSizeKilobytes")) ?? 0,
            };
        }

        bool Unjudged(string idText, string type, HashSet<string> unjudged)
        {
            var r = _index.Find(idText, type);
            return r != null && unjudged.Contains(r.Id.Key);
        }

        /// <summary>
        /// Maps each tunnelConnectionStatus row to a gateway instance: by the instance's public IP inside the tunnel name,
        /// else by position when there is one row per active instance; otherwise the row stays unmapped (unknown instance).
        /// </summary>
        static TunnelConnectionHealth[] ReadTunnelHealth(IDictionary<string, object> n, Gateway gateway)
        {
            var rows = ArmNode.Objects(ArmNode.Prop(n, "tunnelConnectionStatus"));
            var result = new TunnelConnectionHealth[rows.Count];
            bool anyByIp = false;
            for (int i = 0; i < rows.Count; i++)
            {
                var row = rows[i];
                var h = new TunnelConnectionHealth
                {
                    Tunnel = ArmNode.Text(ArmNode.Member(row, "tunnel")),
                    ConnectionStatus = ArmNode.Text(ArmNode.Member(row, "connectionStatus")),
                    IngressBytesTransferred = ArmNode.Long(ArmNode.Member(row, "ingressBytesTransferred")),
                    EgressBytesTransferred = ArmNode.Long(ArmNode.Member(row, "egressBytesTransferred")),
                    LastConnectionEstablishedUtcTime = ArmNode.Text(ArmNode.Member(row, "lastConnectionEstablishedUtcTime")),
                };
                if (gateway != null && h.Tunnel != null)
                {
                    foreach (var instance in gateway.Instances)
                    {
                        if (instance.PublicIpAddress != null && ContainsAddress(h.Tunnel, instance.PublicIpAddress)) { h.Instance = instance.Index; anyByIp = true; break; }
                    }
                }
                result[i] = h;
            }
            int active = gateway == null ? 0 : TunnelMesh.ActiveInstances(gateway).Count();
            if (!anyByIp && active > 0 && rows.Count == active)
                for (int i = 0; i < result.Length; i++) result[i].Instance = i;
            return result;
        }

        /// <summary>The address as a whole token (so 10.0.0.1 does not match inside 10.0.0.10).</summary>
        static bool ContainsAddress(string text, string address)
        {
            int at = 0;
            while ((at = text.IndexOf(address, at, StringComparison.Ordinal)) >= 0)
            {
                int end = at + address.Length;
                bool startOk = at == 0 || !(char.IsDigit(text[at - 1]) || text[at - 1] == '.');
                bool endOk = end == text.Length || !(char.IsDigit(text[end]) || text[end] == '.');
                if (startOk && endOk) return true;
                at = end;
            }
            return false;
        }
    }
}
