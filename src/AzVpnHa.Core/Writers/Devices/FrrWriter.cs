using System.Linq;
using System.Text;
using AzVpnHa.DeviceConfigs;

namespace AzVpnHa.Writers.Devices
{
    /// <summary>
    /// frr.conf (FRR 8) for one end: the tunnel interfaces' addresses, a /32 route to each multihop BGP peer through
    /// its own tunnel, one eBGP neighbour per tunnel (Azure's ASN, update-source, multihop, passive where Azure waits),
    /// ECMP over the site's tunnels, the advertised prefixes and the path preferences as route-maps.
    /// </summary>
    internal static class FrrWriter
    {
        public static string Write(DeviceConfig config)
        {
            var sb = new StringBuilder();
            DeviceText.Header(sb, "!", config, "frr.conf");
            sb.Append("! The tunnel interfaces (vti0...) are the IPsec configuration's (swanctl.conf: XFRM interfaces).\n");
            sb.Append("frr defaults traditional\n");
            sb.Append("hostname ").Append(config.Name.Replace('[', '-').Replace("]", "")).Append("\n!\n");
            if (config.LoopbackAddresses.Count > 0)
            {
                sb.Append("interface lo\n");
                foreach (var a in config.LoopbackAddresses) sb.Append(" ip address ").Append(a).Append("/32\n");
                sb.Append("exit\n!\n");
            }
            foreach (var t in config.Tunnels)
            {
                sb.Append("interface ").Append(t.Interface).Append('\n');
                sb.Append(" description ").Append(t.Remote).Append(" (").Append(t.Connection).Append(")\n");
                if (t.InterfaceAddress != null) sb.Append(" ip address ").Append(t.InterfaceAddress).Append('\n');
                sb.Append("exit\n!\n");
            }
            foreach (var t in config.Tunnels)
            {
                if (t.Bgp && t.HostRoute != null) sb.Append("ip route ").Append(t.HostRoute).Append(' ').Append(t.Interface).Append('\n');
                foreach (var prefix in t.StaticRoutes) sb.Append("ip route ").Append(prefix).Append(' ').Append(t.Interface).Append('\n');
            }
            sb.Append("!\n");

            var bgp = DeviceText.BgpTunnels(config).ToList();
            if (bgp.Count > 0 && config.Asn.HasValue)
            {
                sb.Append("router bgp ").Append(DeviceText.N(config.Asn.Value)).Append('\n');
                if (config.RouterId != null) sb.Append(" bgp router-id ").Append(config.RouterId).Append('\n');
                sb.Append(" no bgp ebgp-requires-policy\n");
                sb.Append(" bgp bestpath as-path multipath-relax\n");
                foreach (var t in bgp)
                {
                    var n = t.RemoteBgpAddress;
                    sb.Append(" neighbor ").Append(n).Append(" remote-as ").Append(t.RemoteAsn.HasValue ? DeviceText.N(t.RemoteAsn.Value) : "<remote-asn>").Append('\n');
                    sb.Append(" neighbor ").Append(n).Append(" description ").Append(t.Remote).Append(" over ").Append(t.Interface).Append('\n');
                    if (t.Multihop)
                    {
                        sb.Append(" neighbor ").Append(n).Append(" ebgp-multihop 255\n");
                        sb.Append(" neighbor ").Append(n).Append(" update-source ").Append(t.LocalBgpAddress).Append('\n');
                    }
                    if (!t.InitiatesBgp) sb.Append(" neighbor ").Append(n).Append(" passive\n");
                    sb.Append(" neighbor ").Append(n).Append(" timers ").Append(DeviceText.N(t.KeepaliveSeconds)).Append(' ').Append(DeviceText.N(t.HoldSeconds)).Append('\n');
                    sb.Append(" neighbor ").Append(n).Append(" timers connect 10\n");
                }
                sb.Append(" !\n address-family ipv4 unicast\n");
                foreach (var prefix in config.AdvertisedPrefixes) sb.Append("  network ").Append(prefix).Append('\n');
                foreach (var t in bgp)
                {
                    if (t.AsPathPrepend > 0) sb.Append("  neighbor ").Append(t.RemoteBgpAddress).Append(" route-map PREPEND-").Append(DeviceText.N(t.AsPathPrepend)).Append(" out\n");
                    if (t.LocalPreference.HasValue) sb.Append("  neighbor ").Append(t.RemoteBgpAddress).Append(" route-map LOCALPREF-").Append(DeviceText.N(t.LocalPreference.Value)).Append(" in\n");
                }
                sb.Append("  maximum-paths ").Append(DeviceText.N(config.MaximumPaths)).Append('\n');
                sb.Append(" exit-address-family\nexit\n!\n");
                foreach (var count in bgp.Where(t => t.AsPathPrepend > 0).Select(t => t.AsPathPrepend).Distinct())
                    sb.Append("route-map PREPEND-").Append(DeviceText.N(count)).Append(" permit 10\n set as-path prepend ")
                      .Append(string.Join(" ", Enumerable.Repeat(DeviceText.N(config.Asn.Value), count))).Append("\nexit\n!\n");
                foreach (var pref in bgp.Where(t => t.LocalPreference.HasValue).Select(t => t.LocalPreference.Value).Distinct())
                    sb.Append("route-map LOCALPREF-").Append(DeviceText.N(pref)).Append(" permit 10\n set local-preference ").Append(DeviceText.N(pref)).Append("\nexit\n!\n");
            }
            sb.Append("end\n");
            return sb.ToString();
        }
    }
}
