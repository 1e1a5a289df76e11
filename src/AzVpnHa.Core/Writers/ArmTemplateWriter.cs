using System.Collections.Generic;
using System.Linq;

namespace AzVpnHa.Writers
{
    /// <summary>Writes a topology as one ARM deployment template (JSON text), resources in dependency order.</summary>
    internal static class ArmTemplateWriter
    {
        public static string Write(Topology topology) => Write(TemplateBuilder.Build(topology));

        public static string Write(TemplateModel model)
        {
            var parameters = new TemplateObject();
            foreach (var p in model.Parameters)
            {
                var definition = new TemplateObject().Add("type", p.Type);
                if (p.DefaultValue != null) definition.Add("defaultValue", p.DefaultValue);
                if (p.Description != null) definition.Add("metadata", new TemplateObject().Add("description", p.Description));
                parameters.Add(p.Name, definition);
            }

            var resources = new List<object>(model.Resources.Count);
            foreach (var r in model.Resources)
            {
                var resource = new TemplateObject()
                    .Add("type", r.Type)
                    .Add("apiVersion", r.ApiVersion ?? ArmApi.NetworkVersion)
                    .Add("name", r.Name);
                foreach (var m in r.Body.Members) resource.Add(m.Key, m.Value);
                if (r.DependsOn.Count > 0)
                    resource.Add("dependsOn", r.DependsOn.Select(d => (object)new TemplateExpression("resourceId('" + d.Type + "', " + TemplateBuilder.ArmString(d.Name) + ")", null)).ToList());
                resources.Add(resource);
            }

            var template = new TemplateObject()
                .Add("$schema", ArmApi.DeploymentSchema)
                .Add("contentVersion", "1.0.0.0")
                .Add("metadata", new TemplateObject().Add("description", model.Description))
                .Add("parameters", parameters)
                .Add("resources", resources);
            return JsonTextWriter.Write(template);
        }
    }
}
