using System.Linq;
using System.Text;
using AzVpnHa.DeviceConfigs;

namespace AzVpnHa.Writers.Devices
{
    /// <summary>
    /// Cisco IOS XE: IKEv2 proposal/policy/keyring/profile, an IPsec profile per tunnel, one VTI per Azure instance
    /// (tunnel mode ipsec ipv4, tunnel protection), static /32s to Azure's BGP addresses and BGP with maximum-paths.
    /// Follows Microsoft's route-based Cisco sample (github.com/Azure/Azure-vpn-config-samples,
    /// Cisco/Current/ISR/cisco-isr-ios-15.1-Route_Based.txt: IKEv2 proposal, keyring, profile, IPsec profile, VTI with
    /// tunnel protection, adjust-mss 1350), extended to one VTI and one BGP neighbour per Azure instance.
    /// Not lab-proven: the lab runs strongSwan and FRR.
    /// </summary>
    internal static class CiscoIosXeWriter
    {
        public static string Write(DeviceConfig config)
        {
            var sb = new StringBuilder();
            DeviceText.Header(sb, "!", config, "Cisco IOS XE configuration");
            sb.Append("! Set <wan-interface> to the interface that holds ").Append(config.PublicIp).Append(".\n!\n");
            // One IKEv2 proposal offering every tunnel's algorithms (a connection's custom policy or Azure's default set).
            var ike = config.Tunnels.SelectMany(t => t.IkeProposals).ToList();
            if (ike.Count > 0)
            {
                sb.Append("crypto ikev2 proposal azvpnha-ike\n");
                sb.Append(" encryption ").Append(string.Join(" ", ike.Select(p => Cipher(p.Encryption)).Distinct())).Append('\n');
                // An AEAD (GCM) proposal names a PRF instead of an integrity algorithm.
                bool aead = ike.Any(p => p.Encryption.StartsWith("GCM"));
                sb.Append(aead ? " prf " : " integrity ").Append(string.Join(" ", ike.Select(p => p.Integrity.StartsWith("SHA") || p.Integrity == "MD5" ? p.Integrity.ToLowerInvariant() : "sha256").Distinct())).Append('\n');
                sb.Append(" group ").Append(string.Join(" ", ike.Select(p => Group(p.Group)).Distinct())).Append('\n');
                sb.Append("!\ncrypto ikev2 policy azvpnha-ike\n proposal azvpnha-ike\n!\n");
            }
            sb.Append("crypto ikev2 keyring azvpnha-keyring\n");
            foreach (var t in config.Tunnels)
                sb.Append(" peer ").Append(Name(t)).Append("\n  address ").Append(t.RemotePublicIp).Append("\n  pre-shared-key <").Append(t.PreSharedKeyReference).Append(">\n");
            sb.Append("!\n");
            foreach (var t in config.Tunnels)
            {
                sb.Append("crypto ikev2 profile azvpnha-").Append(Name(t)).Append('\n');
                sb.Append(" match address local interface <wan-interface>\n");
                sb.Append(" match identity remote address ").Append(t.RemotePublicIp).Append(" 255.255.255.255\n");
                sb.Append(" identity local address ").Append(t.LocalPublicIp).Append('\n');
                sb.Append(" authentication remote pre-share\n authentication local pre-share\n");
                sb.Append(" keyring local azvpnha-keyring\n");
                sb.Append(" lifetime ").Append(DeviceText.N(t.IkeLifetimeSeconds)).Append('\n');
                sb.Append(" dpd ").Append(DeviceText.N(t.DpdDelaySeconds)).Append(" 5 on-demand\n!\n");
            }
            // One transform set per distinct ESP proposal; each tunnel's IPsec profile names the ones it uses.
            var esp = config.Tunnels.SelectMany(t => t.EspProposals).Select(Transform).Distinct().ToList();
            if (esp.Count > 0)
            {
                int i = 0;
                foreach (var p in esp) sb.Append("crypto ipsec transform-set azvpnha-esp-").Append(DeviceText.N(++i)).Append(' ').Append(p).Append("\n mode tunnel\n");
                sb.Append("!\n");
            }
            foreach (var t in config.Tunnels)
            {
                sb.Append("crypto ipsec profile azvpnha-").Append(Name(t)).Append('\n');
                sb.Append(" set transform-set ").Append(string.Join(" ", t.EspProposals.Select(p => "azvpnha-esp-" + DeviceText.N(esp.IndexOf(Transform(p)) + 1)).Distinct())).Append('\n');
                var pfs = t.EspProposals.Select(p => p.Group).FirstOrDefault(g => g != "None");
                if (pfs != null) sb.Append(" set pfs group").Append(Group(pfs)).Append('\n');
                sb.Append(" set ikev2-profile azvpnha-").Append(Name(t)).Append('\n');
                sb.Append(" set security-association lifetime seconds ").Append(DeviceText.N(t.IpsecLifetimeSeconds)).Append('\n');
                // IOS XE takes 2560..4294967295 KB, or disable for no volume limit (Cisco IOS Security Command Reference,
                // "set security-association lifetime"); Azure allows from 1024, so a smaller value is raised to IOS's minimum.
                sb.Append(" set security-association lifetime kilobytes ")
                  .Append(t.IpsecLifetimeKilobytes > 0 ? DeviceText.N(System.Math.Max(CiscoMinimumKilobytes, t.IpsecLifetimeKilobytes)) : "disable").Append("\n!\n");
            }
            if (config.LoopbackAddresses.Count > 0)
            {
                sb.Append("interface Loopback0\n description BGP source for Azure\n ip address ").Append(DeviceText.HostMask(config.LoopbackAddresses[0])).Append("\n!\n");
            }
            // IOS refuses one address on two interfaces: the APIPA address lives on the first tunnel that has it, the others borrow it.
            var holder = new System.Collections.Generic.Dictionary<string, int>();
            foreach (var t in config.Tunnels)
            {
                var local = t.InterfaceAddress?.Split('/')[0];
                if (local != null && !holder.ContainsKey(local) && t.InterfaceAddress.EndsWith("/30")) holder[local] = t.Index;
            }
            foreach (var t in config.Tunnels)
            {
                var local = t.InterfaceAddress?.Split('/')[0];
                if (local != null && !holder.ContainsKey(local)) holder[local] = t.Index;
            }
            string Source(DeviceTunnel t) => t.InterfaceAddress != null ? "Tunnel" + DeviceText.N(holder[t.InterfaceAddress.Split('/')[0]]) : "Loopback0";
            foreach (var t in config.Tunnels)
            {
                sb.Append("interface Tunnel").Append(DeviceText.N(t.Index)).Append('\n');
                sb.Append(" description ").Append(t.Remote).Append(" (").Append(t.Connection).Append(")\n");
                var address = t.InterfaceAddress == null ? null
                    : holder[t.InterfaceAddress.Split('/')[0]] == t.Index ? " ip address " + DeviceText.HostMask(t.InterfaceAddress) : " ip unnumbered " + Source(t);
                sb.Append(address ?? (config.LoopbackAddresses.Count > 0 ? " ip unnumbered Loopback0" : " ip unnumbered <wan-interface>")).Append('\n');
                sb.Append(" ip tcp adjust-mss 1350\n");
                sb.Append(" tunnel source <wan-interface>\n tunnel mode ipsec ipv4\n");
                sb.Append(" tunnel destination ").Append(t.RemotePublicIp).Append('\n');
                sb.Append(" tunnel protection ipsec profile azvpnha-").Append(Name(t)).Append("\n!\n");
            }
            foreach (var t in config.Tunnels)
            {
                if (t.Bgp && t.HostRoute != null) sb.Append("ip route ").Append(DeviceText.AddressMask(t.HostRoute)).Append(" Tunnel").Append(DeviceText.N(t.Index)).Append('\n');
                foreach (var prefix in t.StaticRoutes) sb.Append("ip route ").Append(DeviceText.AddressMask(prefix)).Append(" Tunnel").Append(DeviceText.N(t.Index)).Append('\n');
            }
            var bgp = DeviceText.BgpTunnels(config).ToList();
            if (bgp.Count > 0 && config.Asn.HasValue)
            {
                sb.Append("!\nrouter bgp ").Append(DeviceText.N(config.Asn.Value)).Append('\n');
                if (config.RouterId != null) sb.Append(" bgp router-id ").Append(config.RouterId).Append('\n');
                sb.Append(" bgp log-neighbor-changes\n");
                foreach (var t in bgp)
                {
                    var n = t.RemoteBgpAddress;
                    sb.Append(" neighbor ").Append(n).Append(" remote-as ").Append(t.RemoteAsn.HasValue ? DeviceText.N(t.RemoteAsn.Value) : "<remote-asn>").Append('\n');
                    sb.Append(" neighbor ").Append(n).Append(" description ").Append(t.Remote).Append('\n');
                    if (t.Multihop)
                    {
                        sb.Append(" neighbor ").Append(n).Append(" ebgp-multihop 255\n");
                        sb.Append(" neighbor ").Append(n).Append(" update-source ").Append(Source(t)).Append('\n');
                    }
                    sb.Append(" neighbor ").Append(n).Append(" timers ").Append(DeviceText.N(t.KeepaliveSeconds)).Append(' ').Append(DeviceText.N(t.HoldSeconds)).Append('\n');
                }
                sb.Append(" !\n address-family ipv4\n");
                foreach (var prefix in config.AdvertisedPrefixes) sb.Append("  network ").Append(DeviceText.AddressMask(prefix).Replace(" ", " mask ")).Append('\n');
                foreach (var t in bgp)
                {
                    sb.Append("  neighbor ").Append(t.RemoteBgpAddress).Append(" activate\n");
                    if (t.AsPathPrepend > 0) sb.Append("  neighbor ").Append(t.RemoteBgpAddress).Append(" route-map AZVPNHA-PREPEND out\n");
                    if (t.LocalPreference.HasValue) sb.Append("  neighbor ").Append(t.RemoteBgpAddress).Append(" route-map AZVPNHA-PREFER in\n");
                }
                sb.Append("  maximum-paths ").Append(DeviceText.N(config.MaximumPaths)).Append("\n exit-address-family\n!\n");
                var prepend = bgp.FirstOrDefault(t => t.AsPathPrepend > 0);
                if (prepend != null)
                    sb.Append("route-map AZVPNHA-PREPEND permit 10\n set as-path prepend ").Append(string.Join(" ", Enumerable.Repeat(DeviceText.N(config.Asn.Value), prepend.AsPathPrepend))).Append("\n!\n");
                var prefer = bgp.FirstOrDefault(t => t.LocalPreference.HasValue);
                if (prefer != null)
                    sb.Append("route-map AZVPNHA-PREFER permit 10\n set local-preference ").Append(DeviceText.N(prefer.LocalPreference.Value)).Append("\n!\n");
            }
            sb.Append("end\n");
            return sb.ToString();
        }

        const long CiscoMinimumKilobytes = 2560;

        static string Name(DeviceTunnel t) => t.Remote.Replace("[", "-").Replace("]", "");

        static string Cipher(string azure)
        {
            switch (azure)
            {
                case "AES256": return "aes-cbc-256";
                case "AES192": return "aes-cbc-192";
                case "AES128": return "aes-cbc-128";
                case "GCMAES256": return "aes-gcm-256";
                case "GCMAES128": return "aes-gcm-128";
                case "DES3": return "3des";
                default: return azure.ToLowerInvariant();
            }
        }

        static string Group(string azure)
        {
            switch (azure)
            {
                case "DHGroup1": case "PFS1": return "1";
                case "DHGroup2": case "PFS2": return "2";
                case "DHGroup14": case "DHGroup2048": case "PFS2048": case "PFS14": return "14";
                case "DHGroup24": case "PFS24": return "24";
                case "ECP256": return "19";
                case "ECP384": return "20";
                default: return azure;
            }
        }

        static string Transform(CryptoProposal p)
        {
            switch (p.Encryption)
            {
                case "GCMAES256": return "esp-gcm 256";
                case "GCMAES128": return "esp-gcm 128";
                case "AES256": return "esp-aes 256 " + Hmac(p.Integrity);
                case "AES192": return "esp-aes 192 " + Hmac(p.Integrity);
                case "AES128": return "esp-aes " + Hmac(p.Integrity);
                case "DES": return "esp-des " + Hmac(p.Integrity);
                case "None": return "esp-null " + Hmac(p.Integrity);
                default: return "esp-3des " + Hmac(p.Integrity);
            }
        }

        static string Hmac(string integrity) => integrity == "SHA256" ? "esp-sha256-hmac" : integrity == "SHA384" ? "esp-sha384-hmac" : integrity == "MD5" ? "esp-md5-hmac" : "esp-sha-hmac";
    }
}
