using System.Collections.Generic;
using System.Linq;
using System.Text;
using AzVpnHa.DeviceConfigs;

namespace AzVpnHa.Writers.Devices
{
    /// <summary>
    /// swanctl.conf (strongSwan 5.9) for one end: one IKEv2 connection per tunnel, route-based (0.0.0.0/0 selectors)
    /// through an XFRM interface per tunnel (if_id = tunnel index + 1, interface vtiN), PSK authentication with the
    /// public IPs as identities, as Azure uses them. Routing (BGP, host routes) is FRR's: see FrrWriter.
    /// </summary>
    internal static class StrongSwanWriter
    {
        /// <summary>
        /// IKEv2 retransmission (strongswan.conf: charon.retransmit_*) that, after the 10 s DPD delay, declares a silent
        /// peer dead within about 10 + 14 s (2 + 2.8 + 3.9 + 5.5 s), well inside Azure's 45 s DPD timeout; strongSwan's
        /// defaults (4 s, 1.8, 5 tries) would take about 165 s, longer than the BGP hold time.
        /// </summary>
        public const double RetransmitTimeout = 2, RetransmitBase = 1.4;
        public const int RetransmitTries = 3;

        public static string Write(DeviceConfig config)
        {
            var sb = new StringBuilder();
            DeviceText.Header(sb, "#", config, "swanctl.conf");
            sb.Append("# Route-based: create one XFRM interface per tunnel before loading, e.g.\n");
            foreach (var t in config.Tunnels)
                sb.Append("#   ip link add ").Append(t.Interface).Append(" type xfrm dev <wan-interface> if_id ").Append(DeviceText.N(t.Index + 1))
                  .Append(" && ip link set ").Append(t.Interface).Append(" up\n");
            sb.Append("# strongswan.conf: charon { install_routes = no  retransmit_timeout = ").Append(Num(RetransmitTimeout)).Append("  retransmit_base = ").Append(Num(RetransmitBase))
              .Append("  retransmit_tries = ").Append(DeviceText.N(RetransmitTries)).Append(" }\n");
            sb.Append("#   (routes come from BGP; with dpd_delay below, a dead peer is found within about 24 s, inside Azure's 45 s DPD timeout).\n");
            sb.Append("# Fail over at DPD, not at the BGP hold time: an updown script that sets the XFRM interface down when its CHILD_SA\n");
            sb.Append("#   goes (and up when it comes) removes the routes through it at once (the lab does exactly that).\n\n");
            sb.Append("connections {\n");
            foreach (var t in config.Tunnels)
            {
                sb.Append("    ").Append(t.Interface).Append(" {\n");
                sb.Append("        # ").Append(t.MeshTunnel).Append(", connection ").Append(t.Connection).Append('\n');
                sb.Append("        version = 2\n");
                sb.Append("        local_addrs = ").Append(t.LocalPublicIp).Append('\n');
                sb.Append("        remote_addrs = ").Append(t.RemotePublicIp).Append('\n');
                sb.Append("        proposals = ").Append(string.Join(",", t.IkeProposals.Select(Ike))).Append('\n');
                sb.Append("        rekey_time = ").Append(DeviceText.N(t.IkeLifetimeSeconds * 9 / 10)).Append("s\n");
                sb.Append("        dpd_delay = ").Append(DeviceText.N(t.DpdDelaySeconds)).Append("s\n");
                if (config.Side == DeviceSide.OnPremises || Initiates(config, t)) sb.Append("        keyingtries = 0\n");   // keep trying until Azure answers
                sb.Append("        if_id_in = ").Append(DeviceText.N(t.Index + 1)).Append('\n');
                sb.Append("        if_id_out = ").Append(DeviceText.N(t.Index + 1)).Append('\n');
                sb.Append("        local {\n            auth = psk\n            id = ").Append(t.LocalPublicIp).Append("\n        }\n");
                sb.Append("        remote {\n            auth = psk\n            id = ").Append(t.RemotePublicIp).Append("\n        }\n");
                sb.Append("        children {\n");
                sb.Append("            ").Append(t.Interface).Append(" {\n");
                sb.Append("                local_ts = ").Append(t.LocalTrafficSelector).Append('\n');
                sb.Append("                remote_ts = ").Append(t.RemoteTrafficSelector).Append('\n');
                sb.Append("                esp_proposals = ").Append(string.Join(",", t.EspProposals.Select(Esp))).Append('\n');
                sb.Append("                life_time = ").Append(DeviceText.N(t.IpsecLifetimeSeconds)).Append("s\n");
                sb.Append("                rekey_time = ").Append(DeviceText.N(t.IpsecLifetimeSeconds * 9 / 10)).Append("s\n");
                if (t.IpsecLifetimeKilobytes > 0)
                {
                    // swanctl counts bytes; rekey before the limit, as for time (0, the default, is no limit).
                    long bytes = t.IpsecLifetimeKilobytes * 1024;
                    sb.Append("                life_bytes = ").Append(DeviceText.N(bytes)).Append('\n');
                    sb.Append("                rekey_bytes = ").Append(DeviceText.N(bytes * 9 / 10)).Append('\n');
                }
                sb.Append("                if_id_in = ").Append(DeviceText.N(t.Index + 1)).Append('\n');
                sb.Append("                if_id_out = ").Append(DeviceText.N(t.Index + 1)).Append('\n');
                // The device keeps its tunnels up; the Azure emulation answers and clears dead peers, as Azure does.
                bool initiator = config.Side == DeviceSide.OnPremises || Initiates(config, t);
                sb.Append("                start_action = ").Append(initiator ? "start" : "none").Append('\n');
                sb.Append("                dpd_action = ").Append(initiator ? "restart" : "clear").Append('\n');
                sb.Append("                close_action = ").Append(initiator ? "start" : "none").Append('\n');
                sb.Append("            }\n        }\n    }\n");
            }
            sb.Append("}\n\nsecrets {\n");
            foreach (var t in config.Tunnels)
            {
                sb.Append("    ike-").Append(t.Interface).Append(" {\n");
                sb.Append("        id = ").Append(t.RemotePublicIp).Append('\n');
                sb.Append("        secret = \"<").Append(t.PreSharedKeyReference).Append(">\"\n");
                sb.Append("    }\n");
            }
            sb.Append("}\n");
            return sb.ToString();
        }

        /// <summary>Azure-side emulation of a VNet-to-VNet pair: the A end (its connection named first) initiates.</summary>
        static bool Initiates(DeviceConfig config, DeviceTunnel t) =>
            config.Side == DeviceSide.Azure && t.Remote != null && t.Remote.EndsWith("]") && t.MeshTunnel != null && t.MeshTunnel.StartsWith(config.Name + " ");

        static string Num(double value) => value.ToString(System.Globalization.CultureInfo.InvariantCulture);

        // An AEAD (GCM) IKE proposal names a PRF instead of an integrity algorithm: Azure's SHA256/SHA384 integrity is that PRF.
        static string Ike(CryptoProposal p) => Cipher(p.Encryption) + (IsGcm(p.Encryption) ? "-prf" + (p.Integrity.StartsWith("SHA") ? Hash(p.Integrity) : "sha256") : "-" + Hash(p.Integrity)) + "-" + Group(p.Group);

        static string Esp(CryptoProposal p) => Cipher(p.Encryption) + (IsGcm(p.Encryption) ? "" : "-" + Hash(p.Integrity)) + (p.Group == "None" ? "" : "-" + Group(p.Group));

        static bool IsGcm(string encryption) => encryption.StartsWith("GCM");

        static string Cipher(string azure)
        {
            switch (azure)
            {
                case "GCMAES256": return "aes256gcm16";
                case "GCMAES192": return "aes192gcm16";
                case "GCMAES128": return "aes128gcm16";
                case "DES3": return "3des";
                case "None": return "null";
                default: return azure.ToLowerInvariant();
            }
        }

        static string Hash(string azure) => azure == "SHA1" ? "sha1" : azure == "MD5" ? "md5" : azure.ToLowerInvariant();

        static string Group(string azure)
        {
            switch (azure)
            {
                case "DHGroup1": return "modp768";
                case "DHGroup2": return "modp1024";
                case "DHGroup14": case "DHGroup2048": case "PFS2048": case "PFS14": return "modp2048";
                case "DHGroup24": case "PFS24": return "modp2048s256";
                case "ECP256": case "PFSECP256": return "ecp256";
                case "ECP384": case "PFSECP384": return "ecp384";
                case "PFS1": return "modp768";
                case "PFS2": return "modp1024";
                default: return azure.ToLowerInvariant();
            }
        }
    }
}
