using System;
using System.Net;
using System.Net.Sockets;
using System.Numerics;

namespace AzVpnHa.Templates
{
    /// <summary>
    /// parseCidr, cidrSubnet and cidrHost, IPv4 and IPv6, as learn.microsoft.com documents them
    /// (template-functions-cidr: parseCidr('10.144.0.0/20'), cidrSubnet('10.144.0.0/20', 24, 1) = '10.144.1.0/24',
    /// cidrHost('10.144.3.0/24', 0) = '10.144.3.1': host 0 is the first usable address).
    /// </summary>
    internal static class CidrFunctions
    {
        public static void Register(Action<string, Func<FunctionCall, object>> strict, Action<string, Func<FunctionCall, object>> lazy)
        {
            strict("parseCidr", c =>
            {
                c.Expect(1, 1);
                var n = Parse(c.String(0));
                var o = Values.NewObject();
                o["network"] = Format(n.First, n.V6);
                o["netmask"] = Format(Mask(n), n.V6);
                var last = n.First + n.Size - 1;
                if (!n.V6) o["broadcast"] = Format(last, false);
                // IPv4 keeps the network and broadcast addresses back (except /31 and /32); IPv6 has no broadcast.
                bool reserve = !n.V6 && n.Prefix < 31;
                o["firstUsable"] = Format(reserve ? n.First + 1 : n.First, n.V6);
                o["lastUsable"] = Format(reserve ? last - 1 : last, n.V6);
                o["cidr"] = (long)n.Prefix;
                return o;
            });
            strict("cidrSubnet", c =>
            {
                c.Expect(3, 3);
                var n = Parse(c.String(0));
                var prefix = c.Long(1);
                var index = c.Long(2);
                if (prefix < n.Prefix || prefix > n.Bits) throw new TemplateException("cidrSubnet() new CIDR " + prefix + " must be from " + n.Prefix + " to " + n.Bits + ".");
                var size = BigInteger.One << (n.Bits - (int)prefix);
                if (index < 0 || index >= (BigInteger.One << ((int)prefix - n.Prefix))) throw new TemplateException("cidrSubnet() index " + index + " is outside " + c.String(0) + ".");
                return Format(n.First + size * index, n.V6) + "/" + prefix;
            });
            strict("cidrHost", c =>
            {
                c.Expect(2, 2);
                var n = Parse(c.String(0));
                var index = c.Long(1);
                bool reserve = !n.V6 && n.Prefix < 31;
                var address = n.First + 1 + index;
                if (index < 0 || address > n.First + n.Size - (reserve ? 2 : 1)) throw new TemplateException("cidrHost() index " + index + " is outside " + c.String(0) + ".");
                return Format(address, n.V6);
            });
        }

        sealed class Network
        {
            public BigInteger First;
            public int Prefix;
            public int Bits;
            public bool V6;
            public BigInteger Size => BigInteger.One << (Bits - Prefix);
        }

        static Network Parse(string text)
        {
            var slash = text.IndexOf('/');
            if (slash < 0 || !IPAddress.TryParse(text.Substring(0, slash), out var ip) || !int.TryParse(text.Substring(slash + 1), out var prefix))
                throw new TemplateException("'" + text + "' is not in CIDR notation.");
            bool v6 = ip.AddressFamily == AddressFamily.InterNetworkV6;
            int bits = v6 ? 128 : 32;
            if (prefix < 0 || prefix > bits) throw new TemplateException("'" + text + "' has a prefix length outside 0-" + bits + ".");
            var value = ToNumber(ip.GetAddressBytes());
            var size = BigInteger.One << (bits - prefix);
            return new Network { First = value / size * size, Prefix = prefix, Bits = bits, V6 = v6 };
        }

        static BigInteger Mask(Network n) => ((BigInteger.One << n.Bits) - 1) ^ (n.Size - 1);

        static BigInteger ToNumber(byte[] bytes)
        {
            var value = BigInteger.Zero;
            foreach (var b in bytes) value = value * 256 + b;
            return value;
        }

        static string Format(BigInteger value, bool v6)
        {
            var bytes = new byte[v6 ? 16 : 4];
            for (int i = bytes.Length - 1; i >= 0; i--) { bytes[i] = (byte)(value % 256); value /= 256; }
            return new IPAddress(bytes).ToString();
        }
    }
}
