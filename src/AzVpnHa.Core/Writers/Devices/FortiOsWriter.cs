using System.Linq;
using System.Text;
using AzVpnHa.DeviceConfigs;

namespace AzVpnHa.Writers.Devices
{
    /// <summary>
    /// FortiOS CLI: one route-based phase1-interface/phase2-interface pair per Azure instance (IKEv2, PSK, DPD on idle),
    /// the tunnel interface addresses, static /32s to Azure's BGP addresses, and BGP with ECMP (ebgp-multipath).
    /// Follows Microsoft's route-based FortiGate sample (github.com/Azure/Azure-vpn-config-samples,
    /// Fortinet/Current/Route_Based_FortiGate_v5.4.md: phase1-interface/phase2-interface, static route to the tunnel),
    /// extended to one tunnel and one BGP neighbour per Azure instance.
    /// Not lab-proven: the lab runs strongSwan and FRR.
    /// </summary>
    internal static class FortiOsWriter
    {
        public static string Write(DeviceConfig config)
        {
            var sb = new StringBuilder();
            DeviceText.Header(sb, "#", config, "FortiOS configuration");
            sb.Append("# Set <wan-interface> to the port that holds ").Append(config.PublicIp).Append(".\n");
            sb.Append("config vpn ipsec phase1-interface\n");
            foreach (var t in config.Tunnels)
            {
                sb.Append("    edit \"").Append(t.Interface).Append("\"\n");
                sb.Append("        set interface \"<wan-interface>\"\n");
                sb.Append("        set ike-version 2\n");
                sb.Append("        set peertype any\n");
                sb.Append("        set net-device disable\n");
                sb.Append("        set proposal ").Append(string.Join(" ", t.IkeProposals.Select(Ike).Distinct())).Append('\n');
                sb.Append("        set dhgrp ").Append(string.Join(" ", t.IkeProposals.Select(p => Group(p.Group)).Distinct())).Append('\n');
                sb.Append("        set keylife ").Append(DeviceText.N(t.IkeLifetimeSeconds)).Append('\n');
                sb.Append("        set remote-gw ").Append(t.RemotePublicIp).Append('\n');
                sb.Append("        set psksecret \"<").Append(t.PreSharedKeyReference).Append(">\"\n");
                sb.Append("        set dpd on-idle\n");
                sb.Append("        set dpd-retryinterval ").Append(DeviceText.N(t.DpdDelaySeconds)).Append('\n');
                sb.Append("        set comments \"").Append(t.Remote).Append(" (").Append(t.Connection).Append(")\"\n");
                sb.Append("    next\n");
            }
            sb.Append("end\nconfig vpn ipsec phase2-interface\n");
            foreach (var t in config.Tunnels)
            {
                sb.Append("    edit \"").Append(t.Interface).Append("\"\n");
                sb.Append("        set phase1name \"").Append(t.Interface).Append("\"\n");
                sb.Append("        set proposal ").Append(string.Join(" ", t.EspProposals.Select(Esp))).Append('\n');
                var pfs = t.EspProposals.Select(p => p.Group).FirstOrDefault(g => g != "None");
                sb.Append(pfs == null ? "        set pfs disable\n" : "        set dhgrp " + Group(pfs) + "\n");
                // Rekey on time or volume, whichever comes first (keylife-type both); keylifekbs takes 5120..4294967295 (FortiOS
                // CLI reference, config vpn ipsec phase2-interface), so a smaller Azure value (from 1024) is raised to it.
                bool volume = t.IpsecLifetimeKilobytes > 0;
                if (volume) sb.Append("        set keylife-type both\n");
                sb.Append("        set keylifeseconds ").Append(DeviceText.N(t.IpsecLifetimeSeconds)).Append('\n');
                if (volume) sb.Append("        set keylifekbs ").Append(DeviceText.N(System.Math.Max(FortiOsMinimumKilobytes, t.IpsecLifetimeKilobytes))).Append('\n');
                sb.Append("        set auto-negotiate enable\n");
                sb.Append("    next\n");
            }
            sb.Append("end\nconfig system interface\n");
            foreach (var t in config.Tunnels.Where(t => t.InterfaceAddress != null))
            {
                sb.Append("    edit \"").Append(t.Interface).Append("\"\n");
                sb.Append("        set ip ").Append(DeviceText.HostMask(t.InterfaceAddress.Substring(0, t.InterfaceAddress.IndexOf('/')) + "/32")).Append('\n');
                sb.Append("        set remote-ip ").Append(DeviceText.HostMask(t.RemoteBgpAddress + "/" + t.InterfaceAddress.Substring(t.InterfaceAddress.IndexOf('/') + 1))).Append('\n');
                sb.Append("        set allowaccess ping\n    next\n");
            }
            if (config.LoopbackAddresses.Count > 0)
                sb.Append("    edit \"azvpnha-lo\"\n        set vdom \"root\"\n        set type loopback\n        set ip ").Append(DeviceText.HostMask(config.LoopbackAddresses[0])).Append("\n        set allowaccess ping\n    next\n");
            sb.Append("end\nconfig router static\n");
            foreach (var t in config.Tunnels)
            {
                if (t.Bgp && t.HostRoute != null) sb.Append("    edit 0\n        set dst ").Append(DeviceText.AddressMask(t.HostRoute)).Append("\n        set device \"").Append(t.Interface).Append("\"\n    next\n");
                foreach (var prefix in t.StaticRoutes) sb.Append("    edit 0\n        set dst ").Append(DeviceText.AddressMask(prefix)).Append("\n        set device \"").Append(t.Interface).Append("\"\n    next\n");
            }
            sb.Append("end\n");
            var bgp = DeviceText.BgpTunnels(config).ToList();
            if (bgp.Count > 0 && config.Asn.HasValue)
            {
                var prepend = bgp.FirstOrDefault(t => t.AsPathPrepend > 0);
                var prefer = bgp.FirstOrDefault(t => t.LocalPreference.HasValue);
                if (prepend != null || prefer != null)
                {
                    sb.Append("config router route-map\n");
                    if (prepend != null)
                        sb.Append("    edit \"azvpnha-prepend\"\n        config rule\n            edit 1\n                set set-aspath \"")
                          .Append(string.Join(" ", Enumerable.Repeat(DeviceText.N(config.Asn.Value), prepend.AsPathPrepend))).Append("\"\n            next\n        end\n    next\n");
                    if (prefer != null)
                        sb.Append("    edit \"azvpnha-prefer\"\n        config rule\n            edit 1\n                set set-local-preference ")
                          .Append(DeviceText.N(prefer.LocalPreference.Value)).Append("\n            next\n        end\n    next\n");
                    sb.Append("end\n");
                }
                sb.Append("config router bgp\n    set as ").Append(DeviceText.N(config.Asn.Value)).Append('\n');
                if (config.RouterId != null) sb.Append("    set router-id ").Append(config.RouterId).Append('\n');
                sb.Append("    set ebgp-multipath enable\n");
                sb.Append("    config neighbor\n");
                foreach (var t in bgp)
                {
                    sb.Append("        edit \"").Append(t.RemoteBgpAddress).Append("\"\n");
                    sb.Append("            set remote-as ").Append(t.RemoteAsn.HasValue ? DeviceText.N(t.RemoteAsn.Value) : "<remote-asn>").Append('\n');
                    sb.Append("            set description \"").Append(t.Remote).Append("\"\n");
                    if (t.Multihop)
                    {
                        sb.Append("            set ebgp-enforce-multihop enable\n");
                        sb.Append("            set update-source \"").Append(t.InterfaceAddress != null ? t.Interface : "azvpnha-lo").Append("\"\n");
                    }
                    sb.Append("            set keep-alive-timer ").Append(DeviceText.N(t.KeepaliveSeconds)).Append('\n');
                    sb.Append("            set holdtime-timer ").Append(DeviceText.N(t.HoldSeconds)).Append('\n');
                    if (t.AsPathPrepend > 0) sb.Append("            set route-map-out \"azvpnha-prepend\"\n");
                    if (t.LocalPreference.HasValue) sb.Append("            set route-map-in \"azvpnha-prefer\"\n");
                    sb.Append("        next\n");
                }
                sb.Append("    end\n    config network\n");
                int id = 0;
                foreach (var prefix in config.AdvertisedPrefixes)
                    sb.Append("        edit ").Append(DeviceText.N(++id)).Append("\n            set prefix ").Append(DeviceText.AddressMask(prefix)).Append("\n        next\n");
                sb.Append("    end\nend\n");
                sb.Append("config system settings\n    set ecmp-max-paths ").Append(DeviceText.N(config.MaximumPaths)).Append("\nend\n");
            }
            return sb.ToString();
        }

        const long FortiOsMinimumKilobytes = 5120;

        static string Cipher(string azure) => azure == "DES3" ? "3des" : azure == "None" ? "null" : azure.StartsWith("GCM") ? "aes" + azure.Substring(6) + "gcm" : azure.ToLowerInvariant();

        // An AEAD (GCM) phase 1 proposal names a PRF: Azure's SHA256/SHA384 integrity is that PRF.
        static string Ike(CryptoProposal p) => Cipher(p.Encryption) + "-" + (p.Encryption.StartsWith("GCM") ? "prf" + (p.Integrity.StartsWith("SHA") ? p.Integrity.ToLowerInvariant() : "sha256") : p.Integrity.ToLowerInvariant());

        static string Esp(CryptoProposal p) => p.Encryption.StartsWith("GCM") ? Cipher(p.Encryption) : Cipher(p.Encryption) + "-" + p.Integrity.ToLowerInvariant();

        static string Group(string azure)
        {
            switch (azure)
            {
                case "DHGroup1": case "PFS1": return "1";
                case "DHGroup2": case "PFS2": return "2";
                case "DHGroup14": case "DHGroup2048": case "PFS2048": case "PFS14": return "14";
                case "DHGroup24": case "PFS24": return "24";
                case "ECP256": case "PFSECP256": return "19";
                case "ECP384": case "PFSECP384": return "20";
                default: return azure;
            }
        }
    }
}
