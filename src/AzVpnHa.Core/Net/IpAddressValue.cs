using System;
using System.Globalization;
using System.Net;
using System.Net.Sockets;

namespace AzVpnHa.Net
{
    /// <summary>
    /// An IPv4 or IPv6 address as a 128-bit number, so prefix math is two ulongs and never allocates.
    /// IPv4 lives in the low 32 bits of <see cref="Low"/>.
    /// </summary>
    public readonly struct IpAddressValue : IEquatable<IpAddressValue>, IComparable<IpAddressValue>
    {
        public IpAddressValue(bool isV6, ulong high, ulong low)
        {
            IsV6 = isV6;
            High = high;
            Low = low;
        }

        public bool IsV6 { get; }
        public ulong High { get; }
        public ulong Low { get; }
        public int Bits => IsV6 ? 128 : 32;

        /// <summary>Strict parse: IPv4 must be four dotted decimals (IPAddress.TryParse alone accepts "1" as 0.0.0.1).</summary>
        public static bool TryParse(string text, out IpAddressValue value)
        {
            value = default;
            if (string.IsNullOrWhiteSpace(text)) return false;
            text = text.Trim();
            if (text.IndexOf(':') < 0)
            {
                // Four dotted decimals, parsed in place (no Split): specs and estates hold thousands of these.
                ulong v4 = 0;
                int octets = 0, i = 0;
                while (i <= text.Length)
                {
                    int start = i, octet = 0;
                    while (i < text.Length && text[i] >= '0' && text[i] <= '9') { octet = octet * 10 + (text[i] - '0'); i++; }
                    int digits = i - start;
                    if (digits == 0 || digits > 3 || octet > 255) return false;
                    v4 = (v4 << 8) | (uint)octet;
                    octets++;
                    if (i == text.Length) break;
                    if (text[i] != '.' || octets == 4) return false;
                    i++;
                }
                if (octets != 4) return false;
                value = new IpAddressValue(false, 0, v4);
                return true;
            }
            if (!IPAddress.TryParse(text, out var address) || address.AddressFamily != AddressFamily.InterNetworkV6) return false;
            var bytes = address.GetAddressBytes();
            ulong high = 0, low = 0;
            for (int i = 0; i < 8; i++) high = (high << 8) | bytes[i];
            for (int i = 8; i < 16; i++) low = (low << 8) | bytes[i];
            value = new IpAddressValue(true, high, low);
            return true;
        }

        /// <summary>
        /// The address in canonical text, or null when it is not one. Canonical IPv4 text comes back as the same string:
        /// an estate holds thousands of addresses and most are already written that way.
        /// </summary>
        public static string Normalize(string text)
        {
            if (!TryParse(text, out var ip)) return null;
            if (ip.IsV6 || char.IsWhiteSpace(text[0]) || char.IsWhiteSpace(text[text.Length - 1])) return ip.ToString();
            for (int i = 0; i + 1 < text.Length; i++)
            {
                if (text[i] == '0' && (i == 0 || text[i - 1] == '.') && text[i + 1] != '.') return ip.ToString(); // a leading zero
            }
            return text;
        }

        public static IpAddressValue Parse(string text) =>
            TryParse(text, out var value) ? value : throw new FormatException($"'{text}' is not an IP address.");

        public static IpAddressValue FromV4(uint value) => new IpAddressValue(false, 0, value);

        public uint ToV4() => (uint)Low;

        public bool Equals(IpAddressValue other) => IsV6 == other.IsV6 && High == other.High && Low == other.Low;
        public override bool Equals(object obj) => obj is IpAddressValue other && Equals(other);
        public override int GetHashCode() => (High ^ Low ^ (IsV6 ? 1UL : 0UL)).GetHashCode();
        public static bool operator ==(IpAddressValue a, IpAddressValue b) => a.Equals(b);
        public static bool operator !=(IpAddressValue a, IpAddressValue b) => !a.Equals(b);

        public int CompareTo(IpAddressValue other)
        {
            if (IsV6 != other.IsV6) return IsV6 ? 1 : -1;
            int c = High.CompareTo(other.High);
            return c != 0 ? c : Low.CompareTo(other.Low);
        }

        public override string ToString()
        {
            if (!IsV6)
            {
                var v = (uint)Low;
                return string.Concat(
                    (v >> 24).ToString(CultureInfo.InvariantCulture), ".",
                    ((v >> 16) & 255).ToString(CultureInfo.InvariantCulture), ".",
                    ((v >> 8) & 255).ToString(CultureInfo.InvariantCulture), ".",
                    (v & 255).ToString(CultureInfo.InvariantCulture));
            }
            var bytes = new byte[16];
            for (int i = 0; i < 8; i++) bytes[i] = (byte)(High >> (56 - 8 * i));
            for (int i = 0; i < 8; i++) bytes[8 + i] = (byte)(Low >> (56 - 8 * i));
            return new IPAddress(bytes).ToString();
        }
    }
}
