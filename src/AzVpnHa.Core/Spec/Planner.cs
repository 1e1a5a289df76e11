using System.Collections.Generic;
using System.Linq;
using AzVpnHa.Mesh;
using AzVpnHa.Net;
using AzVpnHa.Tree;

namespace AzVpnHa.Spec
{
    /// <summary>
    /// Expands an intent into the Azure resources it implies: per gateway one public IP and ipConfiguration per
    /// instance, per device one local network gateway and one connection (the article's "one LNG and one connection
    /// per device"), per VNet link one Vnet2Vnet connection on each gateway. Then completes the mesh.
    /// </summary>
    internal static class Planner
    {
        /// <summary>Azure's default ipConfiguration names: primary "default", secondary "activeActive" (VPN FAQ, NAT section).</summary>
        public static readonly string[] IpConfigurationNames = { "default", "activeActive" };

        public static Topology Plan(TopologySpec spec)
        {
            var errors = new List<SpecError>();
            // LNG names follow connection names ("lgw-"/"cn-" + site + "-" + device), so checking connections finds every clash once.
            var connectionNames = new HashSet<string>(System.StringComparer.OrdinalIgnoreCase);
            var gateways = spec.Gateways.Select(g => PlanGateway(spec, g)).ToArray();
            var byName = gateways.ToDictionary(g => g.Name, System.StringComparer.OrdinalIgnoreCase);

            var sites = new List<Site>(spec.Sites.Count);
            var lngs = new List<LocalNetworkGateway>();
            var connections = new List<Connection>();
            for (int s = 0; s < spec.Sites.Count; s++)
            {
                var siteSpec = spec.Sites[s];
                var gateway = byName[siteSpec.Gateway];
                var site = new Site { Name = siteSpec.Name, Gateway = gateway.Name, AddressPrefixes = siteSpec.AddressPrefixes };
                var siteLngs = new string[siteSpec.Devices.Count];
                for (int d = 0; d < siteSpec.Devices.Count; d++)
                {
                    var device = siteSpec.Devices[d];
                    var path = TreeReader.Child(TreeReader.Item(TreeReader.Child(TreeReader.Item("sites", s), "devices"), d), "name");
                    var lng = PlanLocalNetworkGateway(spec, siteSpec, device, gateway, out bool bgp);
                    var connection = new Connection
                    {
                        Name = device.ConnectionName ?? "cn-" + siteSpec.Name + "-" + device.Name,
                        ResourceGroupName = spec.ResourceGroup,
                        Location = spec.Location,
                        ConnectionType = ConnectionType.IPsec,
                        VirtualNetworkGateway1 = gateway.Name,
                        LocalNetworkGateway2 = lng.Name,
                        EnableBgp = bgp,
                        Site = siteSpec.Name,
                        GatewayCustomBgpIpAddresses = CustomApipaChoice(gateway, lng, device.GatewayCustomBgpIpAddresses),
                        IpsecPolicy = device.IpsecPolicy,
                    };
                    CheckLength(errors, path, lng.Name);
                    CheckLength(errors, path, connection.Name);
                    CheckUnique(errors, path, connection.Name, connectionNames);
                    siteLngs[d] = lng.Name;
                    lngs.Add(lng);
                    connections.Add(connection);
                }
                site.LocalNetworkGateways = siteLngs;
                sites.Add(site);
            }

            var links = new List<VNetLink>(spec.VNetConnections.Count);
            for (int i = 0; i < spec.VNetConnections.Count; i++)
            {
                var v = spec.VNetConnections[i];
                var a = byName[v.GatewayA];
                var b = byName[v.GatewayB];
                var link = new VNetLink
                {
                    Name = a.Name + "<->" + b.Name,
                    GatewayA = a.Name,
                    GatewayB = b.Name,
                    EnableBgp = v.EnableBgp ?? (a.Asn.HasValue && b.Asn.HasValue),
                    Transit = v.Transit,
                    ConnectionAToB = v.ConnectionNames?[0] ?? "cn-" + a.Name + "-to-" + b.Name,
                    ConnectionBToA = v.ConnectionNames?[1] ?? "cn-" + b.Name + "-to-" + a.Name,
                };
                var path = TreeReader.Child(TreeReader.Item("vnetConnections", i), "gateways");
                CheckLength(errors, path, link.ConnectionAToB);
                CheckLength(errors, path, link.ConnectionBToA);
                CheckUnique(errors, path, link.ConnectionAToB, connectionNames);
                CheckUnique(errors, path, link.ConnectionBToA, connectionNames);
                connections.Add(VNetConnection(spec, link.ConnectionAToB, a, b, link));
                connections.Add(VNetConnection(spec, link.ConnectionBToA, b, a, link));
                links.Add(link);
            }
            if (errors.Count > 0) throw new SpecException(errors);

            var records = new ResourceRecords { Name = spec.Name, ResourceGroupName = spec.ResourceGroup, Location = spec.Location, Origin = TopologyOrigin.Planned };
            records.Gateways.AddRange(gateways);
            records.PublicIpAddresses.AddRange(gateways.SelectMany(PlanPublicIps));
            records.Sites.AddRange(sites);
            records.LocalNetworkGateways.AddRange(lngs);
            records.Connections.AddRange(connections);
            records.VNetLinks.AddRange(links);
            return TopologyBuilder.Build(records);
        }

        static Gateway PlanGateway(TopologySpec spec, GatewaySpec g)
        {
            var gateway = new Gateway
            {
                Name = g.Name,
                ResourceGroupName = spec.ResourceGroup,
                Location = spec.Location,
                Sku = g.Sku,
                VpnType = g.VpnType,
                Generation = g.Generation,
                ActiveActive = g.ActiveActive,
                Asn = g.Asn,
                EnableBgp = g.Asn.HasValue,
                VNetAddressPrefixes = g.VnetAddressPrefixes,
            };
            // Stated instances are kept as given (a mismatch with activeActive is HA011's to report);
            // otherwise plan the ones the mode needs, with addresses Azure assigns at deployment.
            int count = g.Instances.Count > 0 ? g.Instances.Count : (g.ActiveActive ? 2 : 1);
            var instances = new GatewayInstance[count];
            for (int i = 0; i < count; i++)
            {
                var known = i < g.Instances.Count ? g.Instances[i] : null;
                instances[i] = new GatewayInstance
                {
                    Gateway = g.Name,
                    Index = i,
                    IpConfigurationName = known?.IpConfigurationName ?? IpConfigurationNames[i],
                    PublicIpName = known?.PublicIpName ?? "pip-" + g.Name + "-" + (i + 1),
                    PublicIpAddress = known?.PublicIp,
                    BgpPeeringAddress = known?.BgpPeeringAddress,
                    CustomBgpIpAddresses = known?.CustomBgpIpAddresses ?? new string[0],
                };
            }
            gateway.Instances = instances;
            return gateway;
        }

        /// <summary>
        /// Standard, Static, zones 1,2,3 for AZ SKUs (AVM's default; zone-redundant); the Basic gateway SKU keeps a
        /// Basic dynamic IP, the only SKU still allowed one (about-gateway-skus).
        /// </summary>
        static IEnumerable<PublicIpAddress> PlanPublicIps(Gateway gateway)
        {
            bool basic = gateway.Sku == "Basic";
            bool zoneRedundant = Catalog.SkuCatalog.TryGet(gateway.Sku, out var sku) && sku.ZoneRedundant;
            return gateway.Instances.Select(i => new PublicIpAddress
            {
                Name = i.PublicIpName,
                ResourceGroupName = gateway.ResourceGroupName,
                Location = gateway.Location,
                Sku = basic ? "Basic" : "Standard",
                AllocationMethod = basic ? "Dynamic" : "Static",
                Zone = zoneRedundant ? new[] { "1", "2", "3" } : new string[0],
                IpAddress = i.PublicIpAddress,
                Gateway = gateway.Name,
                Instance = i.Index,
            });
        }

        static LocalNetworkGateway PlanLocalNetworkGateway(TopologySpec spec, SiteSpec site, DeviceSpec device, Gateway gateway, out bool bgp)
        {
            bgp = device.EnableBgp ?? (gateway.Asn.HasValue && device.Asn.HasValue);
            return new LocalNetworkGateway
            {
                Name = device.LocalNetworkGatewayName ?? "lgw-" + site.Name + "-" + device.Name,
                ResourceGroupName = spec.ResourceGroup,
                Location = spec.Location,
                GatewayIpAddress = device.PublicIp,
                Fqdn = device.Fqdn,
                // With BGP the LNG needs no address space (current FAQ: the /32 is redundant; the site's prefixes
                // come over BGP); without BGP the site's prefixes are the static routes.
                AddressPrefix = device.AddressPrefixes ?? (bgp ? new string[0] : site.AddressPrefixes),
                Asn = device.Asn,
                BgpPeeringAddress = device.BgpPeeringAddress,
                Site = site.Name,
                Device = device.Name,
                AdvertisedPrefixes = bgp ? device.AdvertisedPrefixes ?? site.AddressPrefixes : new string[0],
                StatefulFirewall = device.StatefulFirewall,
            };
        }

        /// <summary>
        /// An APIPA peer talks to the gateway's custom APIPA address: the one the device names per instance
        /// (APIPA planning pairs them), else the first one of each instance.
        /// </summary>
        static CustomBgpIpAddress[] CustomApipaChoice(Gateway gateway, LocalNetworkGateway lng, string[] chosen)
        {
            if (lng.BgpPeeringAddress == null || !IpAddressValue.TryParse(lng.BgpPeeringAddress, out var peer) || !WellKnownRanges.IsApipa(peer))
                return new CustomBgpIpAddress[0];
            if (chosen != null && chosen.Length > 0)
                return gateway.Instances
                    .Where(i => i.Index < chosen.Length && chosen[i.Index] != null)
                    .Select(i => new CustomBgpIpAddress(i.Index, i.IpConfigurationName, chosen[i.Index]))
                    .ToArray();
            return gateway.Instances
                .Where(i => i.CustomBgpIpAddresses.Count > 0)
                .Select(i => new CustomBgpIpAddress(i.Index, i.IpConfigurationName, i.CustomBgpIpAddresses[0]))
                .ToArray();
        }

        static Connection VNetConnection(TopologySpec spec, string name, Gateway from, Gateway to, VNetLink link) => new Connection
        {
            Name = name,
            ResourceGroupName = spec.ResourceGroup,
            Location = spec.Location,
            ConnectionType = ConnectionType.Vnet2Vnet,
            VirtualNetworkGateway1 = from.Name,
            VirtualNetworkGateway2 = to.Name,
            EnableBgp = link.EnableBgp,
            VNetLink = link.Name,
        };

        /// <summary>Names join with '-', so site "hq-1" with device "fw" and site "hq" with device "1-fw" would make the same resources.</summary>
        static void CheckUnique(List<SpecError> errors, string path, string derived, HashSet<string> taken)
        {
            if (!taken.Add(derived))
                errors.Add(new SpecError(SpecErrorCodes.DuplicateName, path, $"makes the resource name '{derived}', which another site and device (or VNet connection) already make.",
                    "Rename the site or the device: derived names join them with '-'."));
        }

        static void CheckLength(List<SpecError> errors, string path, string derived)
        {
            if (derived.Length > 80)
                errors.Add(new SpecError(SpecErrorCodes.InvalidName, path, $"makes the resource name '{derived}', longer than Azure's 80 characters.", "Use shorter site, device or gateway names."));
        }
    }
}
