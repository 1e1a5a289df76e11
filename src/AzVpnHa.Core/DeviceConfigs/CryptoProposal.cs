using System.Collections.Generic;

namespace AzVpnHa.DeviceConfigs
{
    /// <summary>
    /// One IKE (phase 1) or IPsec/ESP (phase 2) proposal in Azure's own algorithm names (the names of
    /// New-AzIpsecPolicy: AES256, GCMAES256, SHA256, DHGroup14, ECP384, PFS2048, None); each writer maps them.
    /// </summary>
    public sealed class CryptoProposal
    {
        public CryptoProposal(string encryption, string integrity, string group)
        {
            Encryption = encryption;
            Integrity = integrity;
            Group = group;
        }

        /// <summary>AES256, AES192, AES128, DES3, GCMAES256, GCMAES128.</summary>
        public string Encryption { get; }
        /// <summary>SHA384, SHA256, SHA1 (GCM ciphers carry their own integrity: GCMAES256 etc.).</summary>
        public string Integrity { get; }
        /// <summary>IKE: the DH group (DHGroup2, DHGroup14, DHGroup24, ECP256, ECP384). ESP: the PFS group, or None.</summary>
        public string Group { get; }

        public override string ToString() => Encryption + "/" + Integrity + "/" + Group;

        /// <summary>
        /// What Azure's default policy accepts from an IKEv2 initiator when a connection has no custom policy:
        /// IKE (main mode) AES256/AES128 with SHA256/SHA1 and DH group 2 only ("the IKEv2 main mode policies for Azure
        /// VPN gateways utilize only Diffie-Hellman Group 2 (1024 bits)": vpn-gateway-about-compliance-crypto); IPsec
        /// (quick mode) AES256 or GCMAES256 without PFS, IKE SA 28800 s, IPsec SA 27000 s (vpn-gateway-about-vpn-devices,
        /// "IPsec/IKE parameters"). DH group 2 is weak: set a custom IPsec/IKE policy on the connection for stronger groups.
        /// </summary>
        public static readonly IReadOnlyList<CryptoProposal> AzureDefaultIke = new[]
        {
            new CryptoProposal("AES256", "SHA256", "DHGroup2"),
            new CryptoProposal("AES256", "SHA1", "DHGroup2"),
            new CryptoProposal("AES128", "SHA256", "DHGroup2"),
            new CryptoProposal("AES128", "SHA1", "DHGroup2"),
        };

        /// <inheritdoc cref="AzureDefaultIke"/>
        public static readonly IReadOnlyList<CryptoProposal> AzureDefaultEsp = new[]
        {
            new CryptoProposal("GCMAES256", "GCMAES256", "None"),
            new CryptoProposal("AES256", "SHA256", "None"),
            new CryptoProposal("AES256", "SHA1", "None"),
            new CryptoProposal("AES128", "SHA1", "None"),
        };

        /// <summary>
        /// The one IKE proposal a connection's custom policy allows (Azure accepts exactly the policy's algorithms:
        /// ipsec-ike-policy-howto).
        /// </summary>
        public static IReadOnlyList<CryptoProposal> Ike(IpsecPolicy policy) =>
            new[] { new CryptoProposal(policy.IkeEncryption, policy.IkeIntegrity, policy.DhGroup) };

        /// <summary>The one ESP proposal of a custom policy; PFSMM ("PFS group same as main mode") is the IKE DH group.</summary>
        public static IReadOnlyList<CryptoProposal> Esp(IpsecPolicy policy) =>
            new[] { new CryptoProposal(policy.IpsecEncryption, policy.IpsecIntegrity, policy.PfsGroup == "PFSMM" ? policy.DhGroup : policy.PfsGroup) };

        /// <summary>Azure's default lifetimes (vpn-gateway-about-vpn-devices): IKE SA 28800 s, IPsec SA 27000 s.</summary>
        public const int AzureDefaultIkeLifetimeSeconds = 28800;
        public const int AzureDefaultIpsecLifetimeSeconds = 27000;

        /// <summary>
        /// Azure's default IPsec SA byte limit, 102,400,000 KB: a route-based gateway's "SA Lifetime (Bytes)" in
        /// vpn-gateway-about-vpn-devices ("IKE Phase 2 (Quick Mode) parameters"), and what New-AzIpsecPolicy and
        /// ipsec-ike-policy-howto ("QM SA Lifetime ... KBytes (integer; min. 1024/default 102400000 KBytes)") use when a
        /// custom policy leaves it out. New-AzIpsecPolicy accepts 0 or 1024..2147483647 (azure-powershell
        /// src/Network/Network/VirtualNetworkGatewayConnection/NewAzureRmIpsecPolicyCommand.cs @ d00a3831); what 0 does
        /// is not documented: it is written as no byte limit. SA lifetimes are each end's own ("local specifications
        /// only, do not need to match": ipsec-ike-policy-howto), so a device may rekey sooner than Azure without harm.
        /// </summary>
        public const long AzureDefaultIpsecLifetimeKilobytes = 102400000;

        public const string DefaultPolicySource = "https://learn.microsoft.com/azure/vpn-gateway/vpn-gateway-about-vpn-devices#ipsec";
        public const string CryptoSource = "https://learn.microsoft.com/azure/vpn-gateway/vpn-gateway-about-compliance-crypto";
    }
}
