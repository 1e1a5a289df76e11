using System;
using System.Linq;
using System.Security.Cryptography;
using System.Text;

namespace AzVpnHa.Templates
{
    /// <summary>
    /// uniqueString() and guid() computed as Azure Resource Manager computes them, so names built from them match
    /// what a deployment creates. uniqueString: the arguments joined with '-', hashed with the MurmurHash64 variant of
    /// Microsoft's ResourceStack (two 32-bit lanes, seeds 0), and the 64 bits written as 13 base-32 characters
    /// (a-z, 2-7). guid: a name-based (version 5, SHA-1) UUID in ARM's namespace 11fb06fb-712d-4ddd-98c7-e71bbd588830
    /// over the arguments joined with '-' (UTF-8). Both are checked against ARM's own engine run offline (bicep snapshot).
    /// </summary>
    internal static class HashFunctions
    {
        public static readonly Guid ArmNamespace = new Guid("11fb06fb-712d-4ddd-98c7-e71bbd588830");

        public static void Register(Action<string, Func<FunctionCall, object>> strict, Action<string, Func<FunctionCall, object>> lazy)
        {
            lazy("uniqueString", c =>
            {
                c.Expect(1);
                var args = c.All().ToList();
                if (Values.FirstUnknown(args) is DeployTimeValue u) return u.WithPlaceholder("<uniqueString>");
                return UniqueString(args.Select((a, i) => c.String(i)).ToArray());
            });
            lazy("guid", c =>
            {
                c.Expect(1);
                var args = c.All().ToList();
                if (Values.FirstUnknown(args) is DeployTimeValue u) return u.WithPlaceholder("<guid>");
                return NameBasedGuid(ArmNamespace, string.Join("-", args.Select((a, i) => c.String(i)))).ToString("D");
            });
        }

        public static string UniqueString(params string[] parts)
        {
            var hash = Murmur64(Encoding.UTF8.GetBytes(string.Join("-", parts)));
            const string alphabet = "abcdefghijklmnopqrstuvwxyz234567";
            var sb = new StringBuilder(13);
            for (int i = 0; i < 13; i++)
            {
                sb.Append(alphabet[(int)(hash >> 59)]);
                hash <<= 5;
            }
            return sb.ToString();
        }

        static uint Rotl(uint x, int r) => (x << r) | (x >> (32 - r));

        static uint Le32(byte[] b, int at, int count)
        {
            uint v = 0;
            for (int i = count - 1; i >= 0; i--) v = (v << 8) | b[at + i];
            return v;
        }

        /// <summary>ResourceStack's MurmurHash64: 8-byte blocks over two lanes, then a mix of both into 64 bits.</summary>
        static ulong Murmur64(byte[] data)
        {
            const uint c1 = 0x239b961b, c2 = 0xab0e9789, c3 = 0x85ebca6b, c4 = 0xc2b2ae35;
            uint h1 = 0, h2 = 0;
            int length = data.Length, at = 0;
            unchecked
            {
                for (; at + 7 < length; at += 8)
                {
                    uint k1 = Le32(data, at, 4), k2 = Le32(data, at + 4, 4);
                    k1 *= c1; k1 = Rotl(k1, 15); k1 *= c2;
                    h1 ^= k1; h1 = Rotl(h1, 19); h1 += h2; h1 = h1 * 5 + 0x561ccd1b;
                    k2 *= c2; k2 = Rotl(k2, 17); k2 *= c1;
                    h2 ^= k2; h2 = Rotl(h2, 13); h2 += h1; h2 = h2 * 5 + 0x0bcaa747;
                }
                int rest = length - at;
                if (rest > 0)
                {
                    uint k1 = Le32(data, at, Math.Min(rest, 4));
                    k1 *= c1; k1 = Rotl(k1, 15); k1 *= c2; h1 ^= k1;
                    if (rest > 4)
                    {
                        uint k2 = Le32(data, at + 4, rest - 4);
                        k2 *= c2; k2 = Rotl(k2, 17); k2 *= c1; h2 ^= k2;
                    }
                }
                h2 ^= (uint)length;
                h1 ^= (uint)length;
                h1 += h2;
                h2 += h1;
                h1 = Mix(h1, c3, c4);
                h2 = Mix(h2, c3, c4);
                h1 += h2;
                h2 += h1;
                return ((ulong)h2 << 32) | h1;
            }
        }

        static uint Mix(uint h, uint c3, uint c4)
        {
            unchecked
            {
                h ^= h >> 16; h *= c3;
                h ^= h >> 13; h *= c4;
                h ^= h >> 16;
                return h;
            }
        }

        /// <summary>RFC 4122 section 4.3 name-based UUID, version 5 (SHA-1); the namespace in network byte order.</summary>
        public static Guid NameBasedGuid(Guid ns, string name)
        {
            var nsBytes = ns.ToByteArray();
            SwapToNetworkOrder(nsBytes);
            var nameBytes = Encoding.UTF8.GetBytes(name);
            byte[] hash;
            using (var sha1 = SHA1.Create()) hash = sha1.ComputeHash(nsBytes.Concat(nameBytes).ToArray());
            var result = new byte[16];
            Array.Copy(hash, result, 16);
            result[6] = (byte)((result[6] & 0x0F) | 0x50);
            result[8] = (byte)((result[8] & 0x3F) | 0x80);
            SwapToNetworkOrder(result);
            return new Guid(result);
        }

        /// <summary>System.Guid keeps its first three fields little-endian; RFC 4122 bytes are big-endian (the swap is its own inverse).</summary>
        static void SwapToNetworkOrder(byte[] b)
        {
            Array.Reverse(b, 0, 4);
            Array.Reverse(b, 4, 2);
            Array.Reverse(b, 6, 2);
        }
    }
}
