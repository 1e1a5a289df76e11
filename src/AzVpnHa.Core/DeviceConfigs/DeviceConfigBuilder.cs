using System;
using System.Collections.Generic;
using System.Linq;
using AzVpnHa.Catalog;
using AzVpnHa.Mesh;
using AzVpnHa.Net;

namespace AzVpnHa.DeviceConfigs
{
    /// <summary>
    /// Turns a topology's tunnel mesh into one <see cref="DeviceConfig"/> per on-premises device (or, for the Azure
    /// half, per gateway instance). Every tunnel of the mesh appears on both ends, with the same addresses the mesh
    /// computed (Tunnel.AzureBgpAddress is the default or custom APIPA address that connection uses).
    /// </summary>
    internal static class DeviceConfigBuilder
    {
        /// <summary>Local preference that makes a path preferred (BGP default 100).</summary>
        public const int PreferredLocalPreference = 200;

        /// <summary>Seconds of silence before a liveness check; with IKEv2 retransmissions (see the writers) a dead peer is found within the 45 s default DPD timeout.</summary>
        public const int DefaultDpdDelaySeconds = 10;

        public static IReadOnlyList<DeviceConfig> Build(Topology topology, DeviceConfigOptions options = null)
        {
            if (topology == null) throw new ArgumentNullException(nameof(topology));
            options = options ?? new DeviceConfigOptions();
            var configs = options.Side == DeviceSide.Azure ? AzureSide(topology) : OnPremises(topology, options);
            if (options.Devices == null || options.Devices.Length == 0) return configs;
            return configs.Where(c => options.Devices.Any(d => string.Equals(d, c.Name, StringComparison.OrdinalIgnoreCase)
                || string.Equals(d, c.LocalNetworkGateway, StringComparison.OrdinalIgnoreCase))).ToList();
        }

        static List<DeviceConfig> OnPremises(Topology topology, DeviceConfigOptions options)
        {
            var configs = new List<DeviceConfig>();
            foreach (var lng in topology.LocalNetworkGateways)
            {
                var tunnels = topology.Tunnels.Where(t => string.Equals(t.LocalNetworkGateway, lng.Name, StringComparison.OrdinalIgnoreCase)).ToList();
                if (tunnels.Count == 0) continue;
                var name = lng.Device ?? lng.Name;
                var site = topology.Sites.FirstOrDefault(s => string.Equals(s.Name, lng.Site, StringComparison.OrdinalIgnoreCase));
                var siteTunnels = topology.Tunnels.Count(t => t.LocalNetworkGateway != null && string.Equals(t.Target, tunnels[0].Target, StringComparison.OrdinalIgnoreCase));
                var publicIp = lng.Endpoint ?? Placeholder(name, "public-ip");
                var notes = new List<string>();
                bool preferOthers = options.PreferDevice != null && !string.Equals(options.PreferDevice, name, StringComparison.OrdinalIgnoreCase)
                    && topology.LocalNetworkGateways.Any(l => string.Equals(l.Site, lng.Site, StringComparison.OrdinalIgnoreCase)
                        && string.Equals(l.Device ?? l.Name, options.PreferDevice, StringComparison.OrdinalIgnoreCase));
                bool preferred = options.PreferDevice != null && string.Equals(options.PreferDevice, name, StringComparison.OrdinalIgnoreCase);
                if (preferOthers) notes.Add($"Less preferred than {options.PreferDevice}: advertisements carry this device's ASN {options.PrependCount} more times, so Azure sends to {options.PreferDevice} while it is up (symmetric flows through stateful firewalls). Make the site's LAN prefer {options.PreferDevice} too.");
                if (preferred) notes.Add("Preferred device of its site: routes learned from Azure get local preference " + PreferredLocalPreference + "; the site's other devices prepend their ASN.");
                if (options.PreferInstance.HasValue) notes.Add($"Azure instance {options.PreferInstance} preferred: its tunnels get local preference {PreferredLocalPreference}, advertisements over the other instance's tunnels carry the ASN {options.PrependCount} more times.");

                var built = new List<DeviceTunnel>();
                for (int i = 0; i < tunnels.Count; i++)
                {
                    var t = tunnels[i];
                    var gateway = topology.FindGateway(t.AzureGateway);
                    var connection = topology.Connections.FirstOrDefault(c => string.Equals(c.Name, t.Connection, StringComparison.OrdinalIgnoreCase));
                    var remote = t.AzureGateway + "[" + t.AzureInstance + "]";
                    var tunnel = NewTunnel(i, t, connection, remote, publicIp, t.AzurePublicIp ?? Placeholder(remote, "public-ip"));
                    if (t.Bgp)
                    {
                        SetBgp(tunnel, lng.BgpPeeringAddress, t.AzureBgpAddress ?? Placeholder(remote, "bgp-ip"), gateway?.Asn, initiates: true);
                        bool otherInstance = options.PreferInstance.HasValue && options.PreferInstance.Value != t.AzureInstance;
                        if (preferOthers || otherInstance) tunnel.AsPathPrepend = options.PrependCount;
                        if (preferred || (options.PreferInstance.HasValue && !otherInstance)) tunnel.LocalPreference = PreferredLocalPreference;
                    }
                    else
                    {
                        tunnel.StaticRoutes = gateway?.VNetAddressPrefixes.ToArray() ?? new string[0];
                    }
                    built.Add(tunnel);
                }
                foreach (var unknown in tunnels.Select(t => topology.Connections.FirstOrDefault(c => Same(c.Name, t.Connection)))
                    .Where(c => c != null && c.IsUnknown(nameof(Connection.IpsecPolicy))).Distinct())
                    notes.Add($"The IPsec/IKE policy of {unknown.Name} is {unknown.UnknownValues[nameof(Connection.IpsecPolicy)]}: the proposals below are Azure's default set; match them to the deployed policy.");
                if (built.Any(t => t.HasPlaceholders))
                    notes.Add("Values in <angle brackets> are set by Azure at deployment: read them with Get-HaVpnTopology (or the Azure portal) once deployed, or export from the deployed topology.");

                configs.Add(Finish(new DeviceConfig
                {
                    Name = name,
                    Side = DeviceSide.OnPremises,
                    Topology = topology.Name,
                    Target = tunnels[0].Target,
                    LocalNetworkGateway = lng.Name,
                    PublicIp = publicIp,
                    Asn = tunnels.Any(t => t.Bgp) ? lng.Asn : null,
                    AdvertisedPrefixes = (lng.AdvertisedPrefixes.Any() ? lng.AdvertisedPrefixes : site?.AddressPrefixes ?? new string[0]).ToArray(),
                    MaximumPaths = Math.Max(1, siteTunnels),
                    Notes = notes,
                }, built));
            }
            return configs;
        }

        /// <summary>Azure's half, for emulating it (the lab): one configuration per active gateway instance, VNet-to-VNet tunnels from both ends.</summary>
        static List<DeviceConfig> AzureSide(Topology topology)
        {
            var configs = new List<DeviceConfig>();
            foreach (var gateway in topology.Gateways)
            {
                foreach (var instance in TunnelMesh.ActiveInstances(gateway))
                {
                    var name = gateway.Name + "[" + instance.Index + "]";
                    var publicIp = instance.PublicIpAddress ?? Placeholder(name, "public-ip");
                    var built = new List<DeviceTunnel>();
                    var widths = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
                    foreach (var t in topology.Tunnels)
                    {
                        bool near = Same(t.AzureGateway, gateway.Name) && t.AzureInstance == instance.Index;
                        bool far = t.RemoteGateway != null && Same(t.RemoteGateway, gateway.Name) && t.RemoteInstance == instance.Index;
                        if (!near && !far) continue;
                        var connection = topology.Connections.FirstOrDefault(c => Same(c.Name, t.Connection));
                        DeviceTunnel tunnel;
                        if (near)
                        {
                            var remote = t.RemoteGateway != null ? t.RemoteGateway + "[" + t.RemoteInstance + "]" : t.RemoteName;
                            tunnel = NewTunnel(built.Count, t, connection, publicIp, t.RemotePublicIp ?? Placeholder(remote, "public-ip"));
                            tunnel.Remote = remote;
                            if (t.Bgp)
                            {
                                // Azure never opens BGP to an APIPA peer: the device must (configure-bgp, HA022).
                                bool apipaDevice = t.LocalNetworkGateway != null && IpAddressValue.TryParse(t.RemoteBgpAddress, out var ip) && WellKnownRanges.IsApipa(ip);
                                SetBgp(tunnel, t.AzureBgpAddress ?? Placeholder(name, "bgp-ip"), t.RemoteBgpAddress ?? Placeholder(remote, "bgp-ip"), t.RemoteAsn, initiates: !apipaDevice);
                            }
                            else
                            {
                                var lng = topology.FindLocalNetworkGateway(t.LocalNetworkGateway);
                                tunnel.StaticRoutes = (lng?.AddressPrefix ?? topology.FindGateway(t.RemoteGateway)?.VNetAddressPrefixes ?? new string[0]).ToArray();
                            }
                        }
                        else
                        {
                            var peer = topology.FindGateway(t.AzureGateway);
                            var remote = t.AzureGateway + "[" + t.AzureInstance + "]";
                            var link = topology.VNetLinks.FirstOrDefault(l => Same(l.Name, t.Target));
                            var back = topology.Connections.FirstOrDefault(c => Same(c.Name, link?.ConnectionBToA));
                            tunnel = NewTunnel(built.Count, t, back ?? connection, publicIp, t.AzurePublicIp ?? Placeholder(remote, "public-ip"));
                            tunnel.Remote = remote;
                            tunnel.Connection = back?.Name ?? t.Connection;
                            if (t.Bgp) SetBgp(tunnel, t.RemoteBgpAddress ?? Placeholder(name, "bgp-ip"), t.AzureBgpAddress ?? Placeholder(remote, "bgp-ip"), peer?.Asn, initiates: true);
                            else tunnel.StaticRoutes = (peer?.VNetAddressPrefixes ?? new string[0]).ToArray();
                        }
                        built.Add(tunnel);
                        widths.TryGetValue(t.Target ?? "", out var w);
                        widths[t.Target ?? ""] = w + 1;
                    }
                    if (built.Count == 0) continue;
                    configs.Add(Finish(new DeviceConfig
                    {
                        Name = name,
                        Side = DeviceSide.Azure,
                        Topology = topology.Name,
                        Target = string.Join(",", widths.Keys),
                        PublicIp = publicIp,
                        Asn = gateway.Asn,
                        AdvertisedPrefixes = gateway.VNetAddressPrefixes.ToArray(),
                        MaximumPaths = Math.Max(1, topology.Tunnels.Where(t => widths.ContainsKey(t.Target ?? "")).GroupBy(t => t.Target).Select(g => g.Count()).DefaultIfEmpty(1).Max()),
                        Notes = new[] { "Azure's half of the mesh, for emulation (the lab): Azure configures its instances itself." },
                    }, built));
                }
            }
            return configs;
        }

        static DeviceTunnel NewTunnel(int index, Tunnel t, Connection connection, string localPublicIp, string remotePublicIp) =>
            NewTunnel(index, t, connection, null, localPublicIp, remotePublicIp);

        static DeviceTunnel NewTunnel(int index, Tunnel t, Connection connection, string remote, string localPublicIp, string remotePublicIp)
        {
            int dpdTimeout = FailoverTimings.DeadPeerDetectionSeconds(connection);
            // The connection's custom IPsec/IKE policy when it has one (Azure then accepts only that), else what Azure's default accepts.
            var policy = connection?.IpsecPolicy;
            return new DeviceTunnel
            {
                Index = index,
                Interface = "vti" + index,
                Connection = t.Connection,
                Remote = remote,
                MeshTunnel = t.ToString(),
                LocalPublicIp = localPublicIp,
                RemotePublicIp = remotePublicIp,
                PreSharedKeyReference = "shared key of connection " + t.Connection,
                IkeProposals = policy != null ? CryptoProposal.Ike(policy) : CryptoProposal.AzureDefaultIke,
                EspProposals = policy != null ? CryptoProposal.Esp(policy) : CryptoProposal.AzureDefaultEsp,
                IkeLifetimeSeconds = CryptoProposal.AzureDefaultIkeLifetimeSeconds,
                IpsecLifetimeSeconds = policy != null && policy.SaLifeTimeSeconds > 0 ? policy.SaLifeTimeSeconds : CryptoProposal.AzureDefaultIpsecLifetimeSeconds,
                // Without a policy Azure's default byte limit is written, as its default time is: the file mirrors what the
                // gateway does. A policy's 0 stays 0 (no byte limit).
                IpsecLifetimeKilobytes = policy != null ? policy.SaDataSizeKilobytes : CryptoProposal.AzureDefaultIpsecLifetimeKilobytes,
                DpdTimeoutSeconds = dpdTimeout,
                DpdDelaySeconds = Math.Max(1, Math.Min(DefaultDpdDelaySeconds, dpdTimeout / 4)),
                Bgp = false,
            };
        }

        /// <summary>
        /// BGP over the tunnel. An APIPA local address sits on the tunnel interface: a /30 when the far address is in the
        /// same /30 (directly connected), else a /32. Any other far address is reached by eBGP multihop over a /32 host
        /// route through this tunnel, which is what keeps each session on its own tunnel.
        /// </summary>
        static void SetBgp(DeviceTunnel tunnel, string local, string remote, long? remoteAsn, bool initiates)
        {
            tunnel.Bgp = true;
            tunnel.LocalBgpAddress = local;
            tunnel.RemoteBgpAddress = remote;
            tunnel.RemoteAsn = remoteAsn;
            tunnel.InitiatesBgp = initiates;
            bool localApipa = IpAddressValue.TryParse(local, out var l) && !l.IsV6 && WellKnownRanges.IsApipa(l);
            bool connected = false;
            if (localApipa)
            {
                var net30 = new Cidr(IpAddressValue.FromV4(l.ToV4() & 0xFFFFFFFC), 30);
                connected = IpAddressValue.TryParse(remote, out var r) && !r.IsV6 && net30.Contains(r)
                    && r.ToV4() != net30.First.ToV4() && r.ToV4() != net30.Last.ToV4();
                tunnel.InterfaceAddress = local + (connected ? "/30" : "/32");
            }
            tunnel.Multihop = !connected;
            tunnel.HostRoute = connected ? null : remote + "/32";
        }

        static DeviceConfig Finish(DeviceConfig config, List<DeviceTunnel> tunnels)
        {
            config.Tunnels = tunnels;
            var bgpAddresses = tunnels.Where(t => t.Bgp).Select(t => t.LocalBgpAddress).Where(a => a != null).Distinct().ToList();
            config.LoopbackAddresses = bgpAddresses.Where(a => !DeviceConfig.IsPlaceholder(a) && !(IpAddressValue.TryParse(a, out var ip) && WellKnownRanges.IsApipa(ip))).ToArray();
            config.RouterId = bgpAddresses.FirstOrDefault(a => !DeviceConfig.IsPlaceholder(a))
                ?? (IpAddressValue.TryParse(config.PublicIp, out _) ? config.PublicIp : null);
            return config;
        }

        /// <summary>A value Azure sets at deployment, named so nobody loads it by mistake: &lt;vgw-hub[0]-public-ip&gt;.</summary>
        public static string Placeholder(string owner, string what) => "<" + owner + "-" + what + ">";

        static bool Same(string a, string b) => string.Equals(a, b, StringComparison.OrdinalIgnoreCase);
    }
}
