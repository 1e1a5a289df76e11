using System;
using System.Globalization;

namespace AzVpnHa.Net
{
    /// <summary>An address prefix such as 10.1.0.0/16, as the inclusive range [First, Last].</summary>
    public readonly struct Cidr : IEquatable<Cidr>
    {
        public Cidr(IpAddressValue network, int prefixLength)
        {
            PrefixLength = prefixLength;
            First = Mask(network, prefixLength, hostBits: false);
            Last = Mask(network, prefixLength, hostBits: true);
        }

        public IpAddressValue First { get; }
        public IpAddressValue Last { get; }
        public int PrefixLength { get; }
        public bool IsV6 => First.IsV6;

        /// <summary>Parses "a.b.c.d/n". Host bits must be zero, as Azure requires for address prefixes.</summary>
        public static bool TryParse(string text, out Cidr cidr, out string problem)
        {
            cidr = default;
            problem = null;
            if (string.IsNullOrWhiteSpace(text)) { problem = "is empty"; return false; }
            var slash = text.IndexOf('/');
            if (slash < 0) { problem = "has no prefix length (write it as address/length, e.g. 10.1.0.0/16)"; return false; }
            if (!IpAddressValue.TryParse(text.Substring(0, slash), out var address)) { problem = "does not start with a valid IP address"; return false; }
            if (!int.TryParse(text.Substring(slash + 1), NumberStyles.None, CultureInfo.InvariantCulture, out var length) || length > address.Bits)
            { problem = $"has a prefix length outside 0-{address.Bits}"; return false; }
            cidr = new Cidr(address, length);
            if (cidr.First != address) { problem = $"has host bits set (the network address is {cidr})"; return false; }
            return true;
        }

        public static Cidr Parse(string text) =>
            TryParse(text, out var cidr, out var problem) ? cidr : throw new FormatException($"'{text}' {problem}.");

        public static Cidr Host(IpAddressValue address) => new Cidr(address, address.Bits);

        public bool Contains(IpAddressValue address) =>
            address.IsV6 == IsV6 && address.CompareTo(First) >= 0 && address.CompareTo(Last) <= 0;

        public bool Overlaps(Cidr other) =>
            other.IsV6 == IsV6 && First.CompareTo(other.Last) <= 0 && other.First.CompareTo(Last) <= 0;

        public bool Equals(Cidr other) => First == other.First && PrefixLength == other.PrefixLength;
        public override bool Equals(object obj) => obj is Cidr other && Equals(other);
        public override int GetHashCode() => First.GetHashCode() * 131 + PrefixLength;

        public override string ToString() => First.ToString() + "/" + PrefixLength.ToString(CultureInfo.InvariantCulture);

        static IpAddressValue Mask(IpAddressValue address, int length, bool hostBits)
        {
            if (!address.IsV6)
            {
                ulong hostMask = length == 0 ? 0xFFFFFFFFUL : (1UL << (32 - length)) - 1;
                ulong v = address.Low & 0xFFFFFFFFUL;
                return IpAddressValue.FromV4((uint)(hostBits ? v | hostMask : v & ~hostMask));
            }
            ulong highHost = length >= 64 ? 0 : (length == 0 ? ulong.MaxValue : (ulong.MaxValue >> length));
            ulong lowHost = length <= 64 ? ulong.MaxValue : (length == 128 ? 0 : (ulong.MaxValue >> (length - 64)));
            return hostBits
                ? new IpAddressValue(true, address.High | highHost, address.Low | lowHost)
                : new IpAddressValue(true, address.High & ~highHost, address.Low & ~lowHost);
        }
    }
}
