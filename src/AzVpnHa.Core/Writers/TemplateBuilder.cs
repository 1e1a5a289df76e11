using System.Collections.Generic;
using System.Linq;

namespace AzVpnHa.Writers
{
    /// <summary>
    /// Builds the language-neutral template for a topology: public IPs, gateways (1 or 2 ipConfigurations,
    /// activeActive, enableBgp, bgpSettings with custom APIPA per instance), local network gateways and connections
    /// (IPsec and both halves of every VNet-to-VNet pair). The GatewaySubnet of each gateway is an existing resource
    /// named by a parameter; the shared key is a secure parameter and never a value.
    /// Shapes follow the 2025-07-01 swagger (arm-schema notes): bgpPeeringAddresses[].ipconfigurationId (lower-case c)
    /// on the gateway, gatewayCustomBgpIpAddresses[].ipConfigurationId on the connection.
    /// </summary>
    internal static class TemplateBuilder
    {
        public const string LocationParameter = "location";
        public const string SharedKeyParameter = "sharedKey";
        /// <summary>Tag on every resource naming the topology, so reading the template back gives the same name.</summary>
        public const string TopologyTag = "azvpnha-topology";

        /// <summary>The tags every exported resource carries: the topology's name, and an LNG's site (read back by the estate reader).</summary>
        static TemplateObject Tags(Topology topology, string site = null)
        {
            var tags = new TemplateObject().Add(TopologyTag, topology.Name ?? "");
            if (site != null) tags.Add(Readers.SiteGrouper.SiteTag, site);
            return tags;
        }

        public static TemplateModel Build(Topology topology)
        {
            var model = new TemplateModel { Description = "Highly available VPN topology '" + topology.Name + "' (AzVpnHa)." };
            var symbols = new SymbolNames();
            symbols.Reserve(LocationParameter);
            symbols.Reserve(SharedKeyParameter);
            var location = new TemplateExpression("parameters('" + LocationParameter + "')", LocationParameter);
            model.Parameters.Add(new TemplateParameter
            {
                Name = LocationParameter,
                DefaultValue = topology.Location ?? topology.Gateways.Select(g => g.Location).FirstOrDefault(l => l != null) ?? "westeurope",
                Description = "Azure region of every resource.",
            });

            var subnets = new Dictionary<string, ExistingSubnet>(System.StringComparer.OrdinalIgnoreCase);
            foreach (var g in topology.Gateways)
            {
                var parameter = topology.Gateways.Count == 1 ? "virtualNetworkName" : symbols.Make(g.Name, "VirtualNetworkName");
                symbols.Reserve(parameter);
                var subnet = new ExistingSubnet
                {
                    Gateway = g.Name,
                    VirtualNetworkParameter = parameter,
                    VirtualNetworkSymbol = symbols.Make(g.Name, "Vnet"),
                    SubnetSymbol = symbols.Make(g.Name, "GatewaySubnet"),
                };
                model.Parameters.Add(new TemplateParameter { Name = parameter, Description = "Existing virtual network of gateway '" + g.Name + "'; it must have a subnet named GatewaySubnet." });
                model.Subnets.Add(subnet);
                subnets[g.Name] = subnet;
            }

            var byName = new Dictionary<string, TemplateResource>(System.StringComparer.OrdinalIgnoreCase);
            TemplateResource Add(TemplateResource r)
            {
                model.Resources.Add(r);
                byName[r.Type + "/" + r.Name] = r;
                return r;
            }
            TemplateResource Find(string type, string name) => name != null && byName.TryGetValue(type + "/" + name, out var r) ? r : null;

            foreach (var p in topology.PublicIpAddresses)
            {
                var body = new TemplateObject().Add("location", location).Add("tags", Tags(topology));
                var sku = new TemplateObject().Add("name", p.Sku ?? "Standard");
                if ((p.Sku ?? "Standard") == "Standard") sku.Add("tier", "Regional");
                body.Add("sku", sku);
                if (p.Zone != null && p.Zone.Count > 0) body.Add("zones", p.Zone.Cast<object>().ToList());
                body.Add("properties", new TemplateObject()
                    .Add("publicIPAllocationMethod", p.AllocationMethod ?? "Static")
                    .Add("publicIPAddressVersion", "IPv4"));
                Add(new TemplateResource { Symbol = symbols.Make(p.Name), Type = ArmApi.PublicIpType, Name = p.Name, Body = body, Comment = "Public IP of gateway '" + p.Gateway + "' instance " + p.Instance });
            }

            foreach (var g in topology.Gateways)
            {
                var resource = new TemplateResource { Symbol = symbols.Make(g.Name), Type = ArmApi.GatewayType, Name = g.Name };
                var subnet = subnets[g.Name];
                var subnetId = new TemplateExpression(
                    "resourceId('" + ArmApi.SubnetType + "', parameters('" + subnet.VirtualNetworkParameter + "'), '" + ArmApi.GatewaySubnetName + "')",
                    subnet.SubnetSymbol + ".id");
                var ipConfigurations = new List<object>();
                foreach (var instance in g.Instances)
                {
                    var pip = Find(ArmApi.PublicIpType, instance.PublicIpName);
                    if (pip != null) resource.DependsOn.Add(pip);
                    ipConfigurations.Add(new TemplateObject()
                        .Add("name", instance.IpConfigurationName)
                        .Add("properties", new TemplateObject()
                            .Add("privateIPAllocationMethod", "Dynamic")
                            .Add("subnet", new TemplateObject().Add("id", subnetId))
                            .Add("publicIPAddress", new TemplateObject().Add("id", IdOf(pip, ArmApi.PublicIpType, instance.PublicIpName)))));
                }
                var properties = new TemplateObject()
                    .Add("gatewayType", "Vpn")
                    .Add("vpnType", g.VpnType ?? "RouteBased");
                if (g.Generation != null) properties.Add("vpnGatewayGeneration", g.Generation);
                properties.Add("sku", new TemplateObject().Add("name", g.Sku).Add("tier", g.Sku))
                    .Add("activeActive", g.ActiveActive)
                    .Add("enableBgp", g.EnableBgp)
                    .Add("ipConfigurations", ipConfigurations);
                if (g.EnableBgp && g.Asn.HasValue)
                {
                    var bgp = new TemplateObject().Add("asn", g.Asn.Value);
                    if (g.Instances.Any(i => i.CustomBgpIpAddresses.Count > 0))
                    {
                        // One entry per ipConfiguration, in instance order; the id points into the gateway itself,
                        // which Bicep can only spell with resourceId() (a symbol cannot reference its own declaration).
                        bgp.Add("bgpPeeringAddresses", g.Instances.Select(i => (object)new TemplateObject()
                            .Add("ipconfigurationId", new TemplateExpression(
                                "resourceId('" + ArmApi.GatewayIpConfigurationType + "', " + ArmString(g.Name) + ", " + ArmString(i.IpConfigurationName) + ")",
                                "resourceId('" + ArmApi.GatewayIpConfigurationType + "', " + BicepWriter.Quote(g.Name) + ", " + BicepWriter.Quote(i.IpConfigurationName) + ")"))
                            .Add("customBgpIpAddresses", i.CustomBgpIpAddresses.Cast<object>().ToList())).ToList());
                    }
                    properties.Add("bgpSettings", bgp);
                }
                resource.Body = new TemplateObject().Add("location", location).Add("tags", Tags(topology)).Add("properties", properties);
                resource.Comment = (g.ActiveActive ? "Active-active" : "Active-standby") + " VPN gateway";
                Add(resource);
            }

            foreach (var lng in topology.LocalNetworkGateways)
            {
                var properties = new TemplateObject();
                if (lng.AddressPrefix != null && lng.AddressPrefix.Count > 0)
                    properties.Add("localNetworkAddressSpace", new TemplateObject().Add("addressPrefixes", lng.AddressPrefix.Cast<object>().ToList()));
                if (!string.IsNullOrEmpty(lng.GatewayIpAddress)) properties.Add("gatewayIpAddress", lng.GatewayIpAddress);
                else if (!string.IsNullOrEmpty(lng.Fqdn)) properties.Add("fqdn", lng.Fqdn);
                if (lng.HasBgpSettings)
                    properties.Add("bgpSettings", new TemplateObject().Add("asn", lng.Asn.Value).Add("bgpPeeringAddress", lng.BgpPeeringAddress));
                Add(new TemplateResource
                {
                    Symbol = symbols.Make(lng.Name),
                    Type = ArmApi.LocalNetworkGatewayType,
                    Name = lng.Name,
                    Body = new TemplateObject().Add("location", location).Add("tags", Tags(topology, lng.Site)).Add("properties", properties),
                    Comment = "Device '" + (lng.Device ?? lng.Name) + "'" + (lng.Site != null ? " of site '" + lng.Site + "'" : ""),
                });
            }

            foreach (var c in topology.Connections)
            {
                var resource = new TemplateResource { Symbol = symbols.Make(c.Name), Type = ArmApi.ConnectionType, Name = c.Name };
                var gw1 = Find(ArmApi.GatewayType, c.VirtualNetworkGateway1);
                if (gw1 != null) resource.DependsOn.Add(gw1);
                var gw1Id = IdOf(gw1, ArmApi.GatewayType, c.VirtualNetworkGateway1);
                var properties = new TemplateObject()
                    .Add("connectionType", c.ConnectionType.ToString())
                    .Add("virtualNetworkGateway1", Reference(gw1Id));
                if (c.ConnectionType == ConnectionType.IPsec)
                {
                    var lng = Find(ArmApi.LocalNetworkGatewayType, c.LocalNetworkGateway2);
                    if (lng != null) resource.DependsOn.Add(lng);
                    properties.Add("localNetworkGateway2", Reference(IdOf(lng, ArmApi.LocalNetworkGatewayType, c.LocalNetworkGateway2)));
                }
                else
                {
                    var gw2 = Find(ArmApi.GatewayType, c.VirtualNetworkGateway2);
                    if (gw2 != null) resource.DependsOn.Add(gw2);
                    properties.Add("virtualNetworkGateway2", Reference(IdOf(gw2, ArmApi.GatewayType, c.VirtualNetworkGateway2)));
                }
                properties.Add("connectionProtocol", "IKEv2")
                    .Add("enableBgp", c.EnableBgp)
                    .Add("sharedKey", new TemplateExpression("parameters('" + SharedKeyParameter + "')", SharedKeyParameter));
                if (c.GatewayCustomBgpIpAddresses.Count > 0)
                {
                    properties.Add("gatewayCustomBgpIpAddresses", c.GatewayCustomBgpIpAddresses.Select(choice => (object)new TemplateObject()
                        .Add("ipConfigurationId", new TemplateExpression(
                            "concat(" + gw1Id.Arm + ", " + ArmString("/ipConfigurations/" + choice.IpConfigurationName) + ")",
                            "'${" + gw1Id.Bicep + "}/ipConfigurations/" + BicepWriter.EscapeContent(choice.IpConfigurationName) + "'"))
                        .Add("customBgpIpAddress", choice.Address)).ToList());
                }
                if (c.IpsecPolicy != null)
                {
                    var p = c.IpsecPolicy;
                    properties.Add("ipsecPolicies", new List<object> { new TemplateObject()
                        .Add("saLifeTimeSeconds", p.SaLifeTimeSeconds).Add("saDataSizeKilobytes", p.SaDataSizeKilobytes)
                        .Add("ipsecEncryption", p.IpsecEncryption).Add("ipsecIntegrity", p.IpsecIntegrity)
                        .Add("ikeEncryption", p.IkeEncryption).Add("ikeIntegrity", p.IkeIntegrity)
                        .Add("dhGroup", p.DhGroup).Add("pfsGroup", p.PfsGroup) });
                }
                resource.Body = new TemplateObject().Add("location", location).Add("tags", Tags(topology)).Add("properties", properties);
                resource.Comment = c.ConnectionType == ConnectionType.IPsec ? "Site '" + c.Site + "'" : "VNet-to-VNet '" + c.VNetLink + "'";
                Add(resource);
            }

            if (topology.Connections.Count > 0)
                model.Parameters.Add(new TemplateParameter { Name = SharedKeyParameter, Type = "securestring", Description = "IPsec pre-shared key of every connection." });
            return model;
        }

        static TemplateExpression IdOf(TemplateResource resource, string type, string name) => resource != null
            ? new TemplateExpression("resourceId('" + type + "', " + ArmString(resource.Name) + ")", resource.Symbol + ".id")
            : new TemplateExpression("resourceId('" + type + "', " + ArmString(name) + ")", "resourceId('" + type + "', " + BicepWriter.Quote(name) + ")");

        /// <summary>Connection ends are typed as whole resources; { id, properties: {} } is the form ARM and Bicep types accept.</summary>
        static TemplateObject Reference(TemplateExpression id) => new TemplateObject().Add("id", id).Add("properties", new TemplateObject());

        /// <summary>A string literal inside an ARM expression: single quotes, doubled to escape.</summary>
        public static string ArmString(string text) => "'" + (text ?? "").Replace("'", "''") + "'";
    }
}
