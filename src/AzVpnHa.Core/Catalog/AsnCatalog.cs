namespace AzVpnHa.Catalog
{
    internal enum AsnReservation { None, Azure, Iana }

    /// <summary>
    /// BGP AS numbers Azure VPN gateways accept. Source: VPN Gateway FAQ, BGP section (ms.date 06/04/2026),
    /// which lists Azure-reserved 8074, 8075, 12076, 65515, 65517-65520 and IANA-reserved 23456,
    /// 64496-64511, 65535-65551 and "429496729" (a misprint of 4294967295, reserved by RFC 7300).
    /// 32-bit ASNs are supported in decimal (configure-bgp, ms.date 08/27/2026).
    /// </summary>
    internal static class AsnCatalog
    {
        public const long Max = 4294967295;

        /// <summary>Azure's default gateway ASN: valid on the gateway, never on an on-prem peer.</summary>
        public const long AzureDefault = 65515;

        public static bool IsInRange(long asn) => asn >= 1 && asn <= Max;

        /// <summary>Whether an on-premises (or any non-default) peer may use this ASN.</summary>
        public static AsnReservation Reservation(long asn)
        {
            if (asn == 8074 || asn == 8075 || asn == 12076 || asn == 65515 || (asn >= 65517 && asn <= 65520))
                return AsnReservation.Azure;
            if (asn == 0 || asn == 23456 || (asn >= 64496 && asn <= 64511) || (asn >= 65535 && asn <= 65551) || asn == Max)
                return AsnReservation.Iana;
            return AsnReservation.None;
        }

        /// <summary>The private ranges the FAQ names as usable: 64512-65514 and 65521-65534 (and 32-bit private 4200000000-4294967294).</summary>
        public static bool IsPrivate(long asn) =>
            (asn >= 64512 && asn <= 65514) || (asn >= 65521 && asn <= 65534) || (asn >= 4200000000 && asn < Max);
    }
}
