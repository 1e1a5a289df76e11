using System;
using AzVpnHa.Net;
using Xunit;

namespace AzVpnHa.Tests
{
    public class IpAddressValueTests
    {
        [Theory]
        [InlineData("203.0.113.10")]
        [InlineData("0.0.0.0")]
        [InlineData("255.255.255.255")]
        [InlineData("169.254.21.1")]
        public void ParsesAndPrintsIpv4(string text)
        {
            Assert.True(IpAddressValue.TryParse(text, out var ip));
            Assert.False(ip.IsV6);
            Assert.Equal(32, ip.Bits);
            Assert.Equal(text, ip.ToString());
        }

        [Fact]
        public void HoldsIpv4InTheLow32Bits()
        {
            var ip = IpAddressValue.Parse("10.1.2.3");
            Assert.Equal(0x0A010203u, ip.ToV4());
            Assert.Equal(ip, IpAddressValue.FromV4(0x0A010203u));
        }

        [Fact]
        public void TrimsSurroundingWhitespace()
        {
            Assert.Equal("10.0.0.1", IpAddressValue.Parse(" 10.0.0.1 ").ToString());
        }

        [Theory]
        [InlineData("1")]
        [InlineData("10.1")]
        [InlineData("10.1.2")]
        [InlineData("10.1.2.3.4")]
        [InlineData("256.0.0.1")]
        [InlineData("10..2.3")]
        [InlineData("10.1.2.3/32")]
        [InlineData("+1.2.3.4")]
        [InlineData("1.2.3.-4")]
        [InlineData("1.2.3.1234")]
        [InlineData("0x0A.1.2.3")]
        [InlineData("vpn.contoso.com")]
        [InlineData("")]
        [InlineData(" ")]
        [InlineData(null)]
        public void RejectsWhatIsNotStrictIpv4(string text)
        {
            // IPAddress.TryParse alone would accept "1" as 0.0.0.1 and "10.1" as 10.0.0.1.
            Assert.False(IpAddressValue.TryParse(text, out _));
        }

        [Theory]
        [InlineData("2001:db8::1", "2001:db8::1")]
        [InlineData("2001:DB8:0:0:0:0:0:1", "2001:db8::1")]
        [InlineData("::", "::")]
        [InlineData("fe80::1", "fe80::1")]
        public void ParsesIpv6(string text, string canonical)
        {
            Assert.True(IpAddressValue.TryParse(text, out var ip));
            Assert.True(ip.IsV6);
            Assert.Equal(128, ip.Bits);
            Assert.Equal(canonical, ip.ToString());
        }

        [Theory]
        [InlineData("2001:db8::g")]
        [InlineData("2001:db8:::1")]
        public void RejectsBadIpv6(string text)
        {
            Assert.False(IpAddressValue.TryParse(text, out _));
        }

        [Fact]
        public void OrdersNumericallyWithIpv4BeforeIpv6()
        {
            Assert.True(IpAddressValue.Parse("10.0.0.9").CompareTo(IpAddressValue.Parse("10.0.0.10")) < 0);
            Assert.True(IpAddressValue.Parse("255.255.255.255").CompareTo(IpAddressValue.Parse("::1")) < 0);
            Assert.True(IpAddressValue.Parse("2001:db8::1").CompareTo(IpAddressValue.Parse("2001:db8::")) > 0);
            Assert.Equal(0, IpAddressValue.Parse("10.0.0.1").CompareTo(IpAddressValue.Parse("10.0.0.1")));
        }

        [Fact]
        public void Ipv4AndItsMappedIpv6AreDifferent()
        {
            Assert.NotEqual(IpAddressValue.Parse("10.0.0.1"), IpAddressValue.Parse("::10.0.0.1"));
        }

        [Theory]
        [InlineData("10.1.2.3", "10.1.2.3")]
        [InlineData("0.0.0.0", "0.0.0.0")]
        [InlineData("10.01.2.3", "10.1.2.3")]
        [InlineData("010.1.2.3", "10.1.2.3")]
        [InlineData("10.1.2.00", "10.1.2.0")]
        [InlineData(" 10.1.2.3 ", "10.1.2.3")]
        [InlineData("2001:DB8::0:1", "2001:db8::1")]
        [InlineData("10.1.2", null)]
        [InlineData("", null)]
        [InlineData(null, null)]
        public void NormalizesToCanonicalText(string text, string expected)
        {
            Assert.Equal(expected, IpAddressValue.Normalize(text));
        }

        [Fact]
        public void NormalizeReturnsCanonicalIpv4TextItself()
        {
            var text = "192.168.100.20";
            Assert.Same(text, IpAddressValue.Normalize(text));
        }

        [Fact]
        public void ParseThrowsOnBadText()
        {
            Assert.Throws<FormatException>(() => IpAddressValue.Parse("10.0.0"));
        }
    }

    public class CidrTests
    {
        [Theory]
        [InlineData("10.1.0.0/16", "10.1.0.0", "10.1.255.255")]
        [InlineData("0.0.0.0/0", "0.0.0.0", "255.255.255.255")]
        [InlineData("203.0.113.10/32", "203.0.113.10", "203.0.113.10")]
        [InlineData("169.254.21.0/30", "169.254.21.0", "169.254.21.3")]
        [InlineData("2001:db8::/32", "2001:db8::", "2001:db8:ffff:ffff:ffff:ffff:ffff:ffff")]
        [InlineData("2001:db8:0:1::/64", "2001:db8:0:1::", "2001:db8:0:1:ffff:ffff:ffff:ffff")]
        [InlineData("2001:db8::1/128", "2001:db8::1", "2001:db8::1")]
        [InlineData("::/0", "::", "ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff")]
        public void ParsesTheRange(string text, string first, string last)
        {
            Assert.True(Cidr.TryParse(text, out var cidr, out var problem), problem);
            Assert.Equal(first, cidr.First.ToString());
            Assert.Equal(last, cidr.Last.ToString());
            Assert.Equal(text, cidr.ToString());
        }

        [Theory]
        [InlineData("10.1.0.1/16", "host bits set (the network address is 10.1.0.0/16)")]
        [InlineData("2001:db8::1/64", "host bits set")]
        [InlineData("10.1.0.0", "no prefix length")]
        [InlineData("10.1.0.0/33", "outside 0-32")]
        [InlineData("2001:db8::/129", "outside 0-128")]
        [InlineData("10.1.0.0/-1", "outside 0-32")]
        [InlineData("10.1.0.0/", "outside 0-32")]
        [InlineData("10.1/16", "valid IP address")]
        [InlineData("", "is empty")]
        public void RejectsBadPrefixes(string text, string problem)
        {
            Assert.False(Cidr.TryParse(text, out _, out var actual));
            Assert.Contains(problem, actual);
            Assert.Throws<FormatException>(() => Cidr.Parse(text));
        }

        [Theory]
        [InlineData("10.1.0.0/16", "10.1.5.0/24", true)]
        [InlineData("10.1.5.0/24", "10.1.0.0/16", true)]
        [InlineData("10.1.0.0/16", "10.1.0.0/16", true)]
        [InlineData("10.1.0.0/16", "10.2.0.0/16", false)]
        [InlineData("10.1.0.0/24", "10.1.1.0/24", false)]
        [InlineData("10.1.0.0/23", "10.1.1.0/24", true)]
        [InlineData("0.0.0.0/0", "192.168.0.0/16", true)]
        [InlineData("2001:db8::/32", "2001:db8:1::/48", true)]
        [InlineData("2001:db8::/48", "2001:db8:1::/48", false)]
        [InlineData("::/0", "0.0.0.0/0", false)]
        public void Overlaps(string a, string b, bool expected)
        {
            Assert.Equal(expected, Cidr.Parse(a).Overlaps(Cidr.Parse(b)));
            Assert.Equal(expected, Cidr.Parse(b).Overlaps(Cidr.Parse(a)));
        }

        [Theory]
        [InlineData("169.254.0.0/16", "169.254.21.1", true)]
        [InlineData("169.254.0.0/16", "169.255.0.0", false)]
        [InlineData("10.1.0.0/16", "10.1.255.255", true)]
        [InlineData("10.1.0.0/16", "10.0.255.255", false)]
        [InlineData("0.0.0.0/0", "::1", false)]
        public void Contains(string prefix, string address, bool expected)
        {
            Assert.Equal(expected, Cidr.Parse(prefix).Contains(IpAddressValue.Parse(address)));
        }

        [Fact]
        public void HostIsASingleAddressPrefix()
        {
            Assert.Equal("10.10.255.1/32", Cidr.Host(IpAddressValue.Parse("10.10.255.1")).ToString());
            Assert.Equal("2001:db8::1/128", Cidr.Host(IpAddressValue.Parse("2001:db8::1")).ToString());
        }

        [Fact]
        public void EqualityIsByNetworkAndLength()
        {
            Assert.Equal(Cidr.Parse("10.1.0.0/16"), Cidr.Parse("10.1.0.0/16"));
            Assert.NotEqual(Cidr.Parse("10.1.0.0/16"), Cidr.Parse("10.1.0.0/17"));
        }

        [Theory]
        [InlineData("169.254.21.0", true)]
        [InlineData("169.254.22.255", true)]
        [InlineData("169.254.20.255", false)]
        [InlineData("169.254.23.0", false)]
        public void KnowsAzuresCustomApipaRange(string address, bool expected)
        {
            var ip = IpAddressValue.Parse(address);
            Assert.Equal(expected, WellKnownRanges.IsAzureCustomApipa(ip));
            Assert.True(WellKnownRanges.IsApipa(ip));
        }
    }
}
