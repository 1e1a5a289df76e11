using System.Collections.Generic;

namespace AzVpnHa.DeviceConfigs
{
    /// <summary>
    /// Everything one end needs for its share of the mesh, in vendor-neutral terms: its tunnels (one per Azure
    /// instance it connects to), its BGP identity, the prefixes it advertises and the ECMP width. Built by
    /// <see cref="DeviceConfigBuilder"/> from a topology's tunnel mesh; the writers turn it into vendor syntax.
    /// </summary>
    public sealed class DeviceConfig
    {
        /// <summary>The device name (or "vgw-hub[0]" for an Azure gateway instance).</summary>
        public string Name { get; internal set; }
        /// <summary>OnPremises for a device; Azure for a gateway instance (a lab emulation of Azure's half).</summary>
        public DeviceSide Side { get; internal set; }
        public string Topology { get; internal set; }
        /// <summary>The site (or VNet link) the device serves.</summary>
        public string Target { get; internal set; }
        /// <summary>The local network gateway that describes this device in Azure; null for a gateway instance.</summary>
        public string LocalNetworkGateway { get; internal set; }
        public string PublicIp { get; internal set; }
        public long? Asn { get; internal set; }
        /// <summary>The BGP router id: the first BGP address that is not a placeholder, else the public IP.</summary>
        public string RouterId { get; internal set; }
        /// <summary>Local BGP addresses not on a tunnel interface (a loopback): default (non-APIPA) addresses.</summary>
        public IReadOnlyList<string> LoopbackAddresses { get; internal set; } = new string[0];
        /// <summary>What this end advertises over BGP; the same from every device of a site (ECMP, HA006).</summary>
        public IReadOnlyList<string> AdvertisedPrefixes { get; internal set; } = new string[0];
        /// <summary>ECMP width: the tunnels of the whole site (or link), at least 2 where there are several.</summary>
        public int MaximumPaths { get; internal set; }
        public IReadOnlyList<DeviceTunnel> Tunnels { get; internal set; } = new DeviceTunnel[0];
        /// <summary>Why the configuration looks as it does where a user could wonder: preferences, placeholders.</summary>
        public IReadOnlyList<string> Notes { get; internal set; } = new string[0];

        public bool HasPlaceholders
        {
            get
            {
                foreach (var t in Tunnels) if (t.HasPlaceholders) return true;
                return IsPlaceholder(PublicIp);
            }
        }

        /// <summary>Placeholders are written as &lt;name&gt;: not valid syntax for any device, so they cannot be loaded by mistake.</summary>
        public static bool IsPlaceholder(string value) => value != null && value.StartsWith("<") && value.EndsWith(">");

        public override string ToString() => Name + " (" + Tunnels.Count + " tunnels)";
    }

    /// <summary>Which half of the mesh a configuration is for.</summary>
    public enum DeviceSide { OnPremises, Azure }
}
