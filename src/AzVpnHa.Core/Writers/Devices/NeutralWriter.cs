using System.Collections.Generic;
using System.Linq;
using AzVpnHa.DeviceConfigs;

namespace AzVpnHa.Writers.Devices
{
    /// <summary>The neutral model as JSON: every value a device of any make needs, in Azure's names.</summary>
    internal static class NeutralWriter
    {
        public static string Write(DeviceConfig config) => JsonTextWriter.Write(Tree(config));

        public static Dictionary<string, object> Tree(DeviceConfig c) => new Dictionary<string, object>
        {
            ["name"] = c.Name,
            ["side"] = c.Side.ToString(),
            ["topology"] = c.Topology,
            ["target"] = c.Target,
            ["localNetworkGateway"] = c.LocalNetworkGateway,
            ["publicIp"] = c.PublicIp,
            ["asn"] = c.Asn,
            ["routerId"] = c.RouterId,
            ["loopbackAddresses"] = c.LoopbackAddresses.ToArray(),
            ["advertisedPrefixes"] = c.AdvertisedPrefixes.ToArray(),
            ["maximumPaths"] = c.MaximumPaths,
            ["notes"] = c.Notes.ToArray(),
            ["tunnels"] = c.Tunnels.Select(Tunnel).ToArray(),
        };

        static Dictionary<string, object> Tunnel(DeviceTunnel t) => new Dictionary<string, object>
        {
            ["interface"] = t.Interface,
            ["connection"] = t.Connection,
            ["remote"] = t.Remote,
            ["meshTunnel"] = t.MeshTunnel,
            ["localPublicIp"] = t.LocalPublicIp,
            ["remotePublicIp"] = t.RemotePublicIp,
            ["preSharedKeyReference"] = t.PreSharedKeyReference,
            ["ikeVersion"] = 2,
            ["ikeProposals"] = t.IkeProposals.Select(Proposal).ToArray(),
            ["espProposals"] = t.EspProposals.Select(Proposal).ToArray(),
            ["ikeLifetimeSeconds"] = t.IkeLifetimeSeconds,
            ["ipsecLifetimeSeconds"] = t.IpsecLifetimeSeconds,
            ["ipsecLifetimeKilobytes"] = t.IpsecLifetimeKilobytes,
            ["dpdDelaySeconds"] = t.DpdDelaySeconds,
            ["dpdTimeoutSeconds"] = t.DpdTimeoutSeconds,
            ["localTrafficSelector"] = t.LocalTrafficSelector,
            ["remoteTrafficSelector"] = t.RemoteTrafficSelector,
            ["interfaceAddress"] = t.InterfaceAddress,
            ["bgp"] = t.Bgp,
            ["localBgpAddress"] = t.LocalBgpAddress,
            ["remoteBgpAddress"] = t.RemoteBgpAddress,
            ["remoteAsn"] = t.RemoteAsn,
            ["multihop"] = t.Multihop,
            ["hostRoute"] = t.HostRoute,
            ["initiatesBgp"] = t.InitiatesBgp,
            ["keepaliveSeconds"] = t.KeepaliveSeconds,
            ["holdSeconds"] = t.HoldSeconds,
            ["asPathPrepend"] = t.AsPathPrepend,
            ["localPreference"] = t.LocalPreference,
            ["staticRoutes"] = t.StaticRoutes.ToArray(),
        };

        static Dictionary<string, object> Proposal(CryptoProposal p) => new Dictionary<string, object>
        {
            ["encryption"] = p.Encryption,
            ["integrity"] = p.Integrity,
            ["group"] = p.Group,
        };
    }
}
