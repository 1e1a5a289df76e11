using System.Collections.Generic;

namespace AzVpnHa.Writers
{
    /// <summary>An expression with its spelling in both template languages (ARM's bracket syntax and Bicep).</summary>
    internal sealed class TemplateExpression
    {
        public TemplateExpression(string arm, string bicep)
        {
            Arm = arm;
            Bicep = bicep;
        }

        /// <summary>ARM template expression text without the surrounding brackets.</summary>
        public string Arm { get; }
        public string Bicep { get; }
    }

    /// <summary>An ordered JSON-like object; values are strings, bools, numbers, lists, objects or expressions.</summary>
    internal sealed class TemplateObject
    {
        public List<KeyValuePair<string, object>> Members { get; } = new List<KeyValuePair<string, object>>();

        public TemplateObject Add(string key, object value)
        {
            Members.Add(new KeyValuePair<string, object>(key, value));
            return this;
        }

        public object this[string key]
        {
            get
            {
                foreach (var m in Members) if (m.Key == key) return m.Value;
                return null;
            }
        }
    }

    internal sealed class TemplateParameter
    {
        public string Name { get; set; }
        /// <summary>string or securestring.</summary>
        public string Type { get; set; } = "string";
        public string DefaultValue { get; set; }
        public string Description { get; set; }
        public bool Secure => Type == "securestring";
    }

    /// <summary>A GatewaySubnet that already exists, found through a parameter naming its virtual network.</summary>
    internal sealed class ExistingSubnet
    {
        public string Gateway { get; set; }
        public string VirtualNetworkParameter { get; set; }
        public string VirtualNetworkSymbol { get; set; }
        public string SubnetSymbol { get; set; }
    }

    internal sealed class TemplateResource
    {
        public string Symbol { get; set; }
        public string Type { get; set; }
        /// <summary>The resource type's API version; null for Microsoft.Network's (ArmApi.NetworkVersion).</summary>
        public string ApiVersion { get; set; }
        public string Name { get; set; }
        /// <summary>Everything after name and location: sku, zones, properties.</summary>
        public TemplateObject Body { get; set; } = new TemplateObject();
        /// <summary>Resources this one needs first (ARM dependsOn; Bicep infers them from symbol references).</summary>
        public List<TemplateResource> DependsOn { get; } = new List<TemplateResource>();
        public string Comment { get; set; }
    }

    /// <summary>The language-neutral template: parameters, existing subnets and resources in dependency order.</summary>
    internal sealed class TemplateModel
    {
        public string Description { get; set; }
        public List<TemplateParameter> Parameters { get; } = new List<TemplateParameter>();
        public List<ExistingSubnet> Subnets { get; } = new List<ExistingSubnet>();
        public List<TemplateResource> Resources { get; } = new List<TemplateResource>();
    }
}
