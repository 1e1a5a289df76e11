using System.Collections.Generic;

namespace AzVpnHa.Spec
{
    /// <summary>The intent: what the user asked for, already checked for malformed fields.</summary>
    internal sealed class TopologySpec
    {
        public string Name { get; set; }
        public string ResourceGroup { get; set; }
        public string Location { get; set; }
        public List<GatewaySpec> Gateways { get; } = new List<GatewaySpec>();
        public List<SiteSpec> Sites { get; } = new List<SiteSpec>();
        public List<VNetConnectionSpec> VNetConnections { get; } = new List<VNetConnectionSpec>();
    }

    internal sealed class GatewaySpec
    {
        public string Name { get; set; }
        public string Sku { get; set; }
        public string VpnType { get; set; } = "RouteBased";
        public string Generation { get; set; }
        public bool ActiveActive { get; set; }
        public long? Asn { get; set; }
        public string[] VnetAddressPrefixes { get; set; } = new string[0];
        /// <summary>Known instances (deployed addresses or planned APIPA); empty means "let Azure assign".</summary>
        public List<InstanceSpec> Instances { get; } = new List<InstanceSpec>();
    }

    internal sealed class InstanceSpec
    {
        public string PublicIp { get; set; }
        public string BgpPeeringAddress { get; set; }
        public string[] CustomBgpIpAddresses { get; set; } = new string[0];
        /// <summary>Resource names when they are not the planner's defaults (a deployed gateway read back as a spec).</summary>
        public string IpConfigurationName { get; set; }
        public string PublicIpName { get; set; }
    }

    internal sealed class SiteSpec
    {
        public string Name { get; set; }
        /// <summary>The gateway this site connects to; may be left out when the topology has one gateway.</summary>
        public string Gateway { get; set; }
        public string[] AddressPrefixes { get; set; } = new string[0];
        public List<DeviceSpec> Devices { get; } = new List<DeviceSpec>();
    }

    internal sealed class VNetConnectionSpec
    {
        public string GatewayA { get; set; }
        public string GatewayB { get; set; }
        /// <summary>Null: BGP when both gateways have an ASN.</summary>
        public bool? EnableBgp { get; set; }
        public bool Transit { get; set; }
        /// <summary>The connection on A, then on B; null for the planner's names (cn-A-to-B, cn-B-to-A).</summary>
        public string[] ConnectionNames { get; set; }
    }
}
