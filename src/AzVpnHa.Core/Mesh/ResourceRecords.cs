using System.Collections.Generic;

namespace AzVpnHa.Mesh
{
    /// <summary>
    /// What a reader hands to <see cref="TopologyBuilder"/>: the Azure resources it planned or read, and what it knows
    /// beyond them (a plan's sites and VNet links; a deployed estate's BGP rows and site tags). Readers fill it;
    /// only the builder turns it into a <see cref="Topology"/>.
    /// </summary>
    internal sealed class ResourceRecords
    {
        public string Name;
        public string ResourceGroupName;
        public string Location;
        public TopologyOrigin Origin;
        public readonly List<Gateway> Gateways = new List<Gateway>();
        public readonly List<PublicIpAddress> PublicIpAddresses = new List<PublicIpAddress>();
        public readonly List<LocalNetworkGateway> LocalNetworkGateways = new List<LocalNetworkGateway>();
        public readonly List<Connection> Connections = new List<Connection>();
        /// <summary>A plan's sites, as the spec names them; empty for a deployed estate, whose sites are inferred.</summary>
        public readonly List<Site> Sites = new List<Site>();
        /// <summary>A plan's VNet links (name, transit); deployed links are paired from their connections alone.</summary>
        public readonly List<VNetLink> VNetLinks = new List<VNetLink>();
        public readonly List<BgpPeer> BgpPeers = new List<BgpPeer>();
        public readonly List<LearnedRoute> LearnedRoutes = new List<LearnedRoute>();
        public readonly List<UnjudgedResource> UnjudgedResources = new List<UnjudgedResource>();
        /// <summary>The azvpnha-site tag of deployed local network gateways, by LNG name.</summary>
        public readonly Dictionary<string, string> SiteTags = new Dictionary<string, string>(System.StringComparer.OrdinalIgnoreCase);
    }
}
