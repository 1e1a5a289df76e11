using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using AzVpnHa.DeviceConfigs;
using AzVpnHa.Net;

namespace AzVpnHa.Writers.Devices
{
    /// <summary>Small helpers the device writers share: invariant numbers, netmasks, the header every file starts with.</summary>
    internal static class DeviceText
    {
        public static string N(long value) => value.ToString(CultureInfo.InvariantCulture);

        /// <summary>"10.1.0.0/16" as "10.1.0.0 255.255.0.0" (Cisco and FortiOS syntax).</summary>
        public static string AddressMask(string cidr)
        {
            if (!Cidr.TryParse(cidr, out var c, out _) || c.IsV6) return cidr;
            return c.First + " " + Mask(c.PrefixLength);
        }

        /// <summary>"169.254.21.2/30" as "169.254.21.2 255.255.255.252": the address kept, not the network.</summary>
        public static string HostMask(string addressWithLength)
        {
            var slash = addressWithLength.IndexOf('/');
            if (slash < 0) return addressWithLength + " 255.255.255.255";
            return addressWithLength.Substring(0, slash) + " " + Mask(int.Parse(addressWithLength.Substring(slash + 1), CultureInfo.InvariantCulture));
        }

        public static string Mask(int length)
        {
            uint mask = length == 0 ? 0 : uint.MaxValue << (32 - length);
            return IpAddressValue.FromV4(mask).ToString();
        }

        /// <summary>The comment block every file starts with: what it is for, its tunnels, and what to fill in.</summary>
        public static void Header(StringBuilder sb, string comment, DeviceConfig config, string format)
        {
            sb.Append(comment).Append(' ').Append(format).Append(" for ").Append(config.Name)
              .Append(config.Side == DeviceSide.Azure ? " (Azure gateway instance, emulation)" : " (site " + config.Target + ")")
              .Append(", topology ").Append(config.Topology).Append(": written by AzVpnHa Export-HaDeviceConfig.\n");
            foreach (var t in config.Tunnels)
                sb.Append(comment).Append("   ").Append(t.Interface).Append(" -> ").Append(t.Remote).Append(' ').Append(t.RemotePublicIp)
                  .Append(" (connection ").Append(t.Connection).Append(t.Bgp ? ", BGP " + t.LocalBgpAddress + " <-> " + t.RemoteBgpAddress : ", static").Append(")\n");
            sb.Append(comment).Append(" Pre-shared keys are references: set each to the shared key of the connection it names.\n");
            foreach (var note in config.Notes) sb.Append(comment).Append(' ').Append(note).Append('\n');
        }

        public static IEnumerable<DeviceTunnel> BgpTunnels(DeviceConfig config) => config.Tunnels.Where(t => t.Bgp);
    }
}
