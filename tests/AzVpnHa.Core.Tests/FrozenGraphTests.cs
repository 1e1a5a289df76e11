using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using Xunit;

namespace AzVpnHa.Tests
{
    /// <summary>The emitted graph is read-only: no public setter, no writable collection, so derived values never go stale.</summary>
    public class FrozenGraphTests
    {
        static readonly Type[] GraphTypes =
        {
            typeof(Topology), typeof(Gateway), typeof(GatewayInstance), typeof(PublicIpAddress), typeof(LocalNetworkGateway),
            typeof(Connection), typeof(Site), typeof(VNetLink), typeof(Tunnel), typeof(BgpPeer), typeof(LearnedRoute),
            typeof(TunnelConnectionHealth), typeof(Finding), typeof(UnjudgedResource), typeof(CustomBgpIpAddress),
        };

        [Fact]
        public void NoGraphTypeHasAPublicSetter()
        {
            var settable = GraphTypes.SelectMany(t => t.GetProperties(BindingFlags.Public | BindingFlags.Instance))
                .Where(p => p.SetMethod != null && p.SetMethod.IsPublic)
                .Select(p => p.DeclaringType.Name + "." + p.Name);
            Assert.Empty(settable);
        }

        [Fact]
        public void NoGraphTypeExposesAnArray()
        {
            var arrays = GraphTypes.SelectMany(t => t.GetProperties(BindingFlags.Public | BindingFlags.Instance))
                .Where(p => p.PropertyType.IsArray)
                .Select(p => p.DeclaringType.Name + "." + p.Name);
            Assert.Empty(arrays);
        }

        [Theory]
        [MemberData(nameof(ExampleTests.All), MemberType = typeof(ExampleTests))]
        public void EveryCollectionOfAPlannedTopologyRejectsWrites(string example)
        {
            var t = ExampleTests.Plan(example);
            foreach (var list in Collections(t)) Assert.True(((System.Collections.IList)list).IsReadOnly, list.GetType().Name);
        }

        [Fact]
        public void EveryCollectionOfADeployedTopologyRejectsWrites()
        {
            var t = Estate.Read(Estate.Hub());
            foreach (var list in Collections(t)) Assert.True(((System.Collections.IList)list).IsReadOnly, list.GetType().Name);
        }

        [Theory]
        [MemberData(nameof(ExampleTests.All), MemberType = typeof(ExampleTests))]
        public void EveryTunnelNamesItsTopology(string example)
        {
            var t = ExampleTests.Plan(example);
            Assert.All(t.Tunnels, tunnel => Assert.Equal(t.Name, tunnel.TopologyName));
        }

        static IEnumerable<object> Collections(Topology t)
        {
            IEnumerable<object> Of(object o) => o.GetType().GetProperties().Where(p => p.PropertyType.IsGenericType && p.PropertyType.GetGenericTypeDefinition() == typeof(IReadOnlyList<>)).Select(p => p.GetValue(o));
            var owners = new List<object> { t };
            owners.AddRange(t.Gateways); owners.AddRange(t.Gateways.SelectMany(g => g.Instances)); owners.AddRange(t.PublicIpAddresses);
            owners.AddRange(t.LocalNetworkGateways); owners.AddRange(t.Connections); owners.AddRange(t.Sites);
            return owners.SelectMany(Of);
        }
    }
}
