using System.Collections.Generic;

namespace AzVpnHa.DeviceConfigs
{
    /// <summary>
    /// One route-based IKEv2 tunnel as one end configures it, with the BGP session that runs over it. Values Azure
    /// sets at deployment and a plan cannot know (public IPs, default BGP addresses) are placeholders such as
    /// "&lt;vgw-hub[0]-public-ip&gt;", with <see cref="HasPlaceholders"/> true; the shared key is only ever a reference.
    /// </summary>
    public sealed class DeviceTunnel
    {
        /// <summary>The tunnel interface on this end: vti0, vti1... in the order of the mesh.</summary>
        public string Interface { get; internal set; }
        /// <summary>Index of the tunnel on this end (the number in the interface name, XFRM if_id - 1).</summary>
        public int Index { get; internal set; }
        /// <summary>The Azure connection the tunnel belongs to.</summary>
        public string Connection { get; internal set; }
        /// <summary>The far end: "vgw-hub[0]" for a gateway instance, the device name for a device.</summary>
        public string Remote { get; internal set; }
        /// <summary>The mesh's name for this tunnel ("vgw-hub[0] &lt;-&gt; fw1"), as Get-HaTunnelMesh prints it.</summary>
        public string MeshTunnel { get; internal set; }
        public string LocalPublicIp { get; internal set; }
        public string RemotePublicIp { get; internal set; }
        /// <summary>Where to find the pre-shared key: the connection's shared key. Never the key itself.</summary>
        public string PreSharedKeyReference { get; internal set; }
        public IReadOnlyList<CryptoProposal> IkeProposals { get; internal set; }
        public IReadOnlyList<CryptoProposal> EspProposals { get; internal set; }
        public int IkeLifetimeSeconds { get; internal set; }
        public int IpsecLifetimeSeconds { get; internal set; }
        /// <summary>IPsec SA byte limit in KB (1 KB = 1024 bytes): the policy's saDataSizeKilobytes, else Azure's default; 0: no byte limit.</summary>
        public long IpsecLifetimeKilobytes { get; internal set; }
        /// <summary>Seconds of silence before this end sends a liveness check.</summary>
        public int DpdDelaySeconds { get; internal set; }
        /// <summary>Seconds after which a silent peer is declared dead: the connection's DPD timeout (Azure's default 45 s).</summary>
        public int DpdTimeoutSeconds { get; internal set; }
        /// <summary>Route-based: 0.0.0.0/0 on both sides; routing decides what enters the tunnel.</summary>
        public string LocalTrafficSelector { get; internal set; } = "0.0.0.0/0";
        public string RemoteTrafficSelector { get; internal set; } = "0.0.0.0/0";
        /// <summary>The tunnel interface's address (an APIPA /30 or /32), or null for an unnumbered tunnel.</summary>
        public string InterfaceAddress { get; internal set; }

        /// <summary>Whether BGP runs over this tunnel.</summary>
        public bool Bgp { get; internal set; }
        public string LocalBgpAddress { get; internal set; }
        public string RemoteBgpAddress { get; internal set; }
        public long? RemoteAsn { get; internal set; }
        /// <summary>The far BGP address is not on the tunnel's subnet: eBGP multihop and a /32 route through this tunnel.</summary>
        public bool Multihop { get; internal set; }
        /// <summary>Host route (remote BGP address /32) through this tunnel, when multihop.</summary>
        public string HostRoute { get; internal set; }
        /// <summary>False where this end must wait: Azure never initiates BGP to an APIPA peer (configure-bgp).</summary>
        public bool InitiatesBgp { get; internal set; } = true;
        /// <summary>How many times this end prepends its own ASN to what it advertises over this tunnel (0: none).</summary>
        public int AsPathPrepend { get; internal set; }
        /// <summary>Local preference for routes learned over this tunnel; null keeps the default (100).</summary>
        public int? LocalPreference { get; internal set; }
        /// <summary>BGP keepalive and hold time: Azure's fixed 60 s / 180 s (VPN FAQ, BGP).</summary>
        public int KeepaliveSeconds { get; internal set; } = 60;
        public int HoldSeconds { get; internal set; } = 180;
        /// <summary>Without BGP: the far side's prefixes, routed through this tunnel.</summary>
        public IReadOnlyList<string> StaticRoutes { get; internal set; } = new string[0];

        /// <summary>True when a value still needs Azure's deployment (public IP, default BGP address).</summary>
        public bool HasPlaceholders => DeviceConfig.IsPlaceholder(RemotePublicIp) || DeviceConfig.IsPlaceholder(LocalPublicIp)
            || DeviceConfig.IsPlaceholder(RemoteBgpAddress) || DeviceConfig.IsPlaceholder(LocalBgpAddress);

        public override string ToString() => Interface + " -> " + Remote;
    }
}
