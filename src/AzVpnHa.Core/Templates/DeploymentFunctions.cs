using System;
using System.Collections.Generic;

namespace AzVpnHa.Templates
{
    /// <summary>
    /// parameters(), variables(), copyIndex() and the deployment's surroundings (learn.microsoft.com:
    /// template-functions-deployment, -scope). What the deployment's target decides (subscription, resource group,
    /// location, deployment name, cloud) is unknown offline; ids keep the template-relative form the reader matches
    /// ("/providers/{type}/{name}"), so resourceGroup().id and subscription().id are empty placeholders.
    /// </summary>
    internal static class DeploymentFunctions
    {
        public static void Register(Action<string, Func<FunctionCall, object>> strict, Action<string, Func<FunctionCall, object>> lazy)
        {
            strict("parameters", c =>
            {
                c.Expect(1, 1);
                var name = c.String(0);
                var args = c.Frame.FunctionArguments;
                if (args != null) return args.TryGetValue(name, out var v) ? v : throw new TemplateException("The function has no parameter '" + name + "'.");
                return c.Frame.Template.Parameter(name);
            });
            strict("variables", c => { c.Expect(1, 1); return c.Frame.Template.Variable(c.String(0)); });
            strict("copyIndex", c =>
            {
                c.Expect(0, 2);
                string loop = null;
                long offset = 0;
                if (c.Count >= 1 && c[0] is string name) { loop = name; if (c.Count == 2) offset = c.Long(1); }
                else if (c.Count >= 1) offset = c.Long(0);
                if (!c.Frame.TryLoopIndex(loop, out var index))
                    throw new TemplateException("copyIndex(" + (loop != null ? "'" + loop + "'" : "") + ") is used outside its copy loop.");
                return index + offset;
            });
            strict("resourceGroup", c => Surroundings(new Dictionary<string, object>
            {
                ["id"] = new DeployTimeValue("the resource group is chosen at deploy time", ""),
                ["name"] = new DeployTimeValue("the resource group is chosen at deploy time", "<resource group>"),
                ["location"] = new DeployTimeValue("the resource group's location is known at deploy time", "<resource group location>"),
                ["type"] = "Microsoft.Resources/resourceGroups",
            }));
            strict("subscription", c => Surroundings(new Dictionary<string, object>
            {
                ["id"] = new DeployTimeValue("the subscription is chosen at deploy time", ""),
                ["subscriptionId"] = new DeployTimeValue("the subscription is chosen at deploy time", "<subscription>"),
                ["tenantId"] = new DeployTimeValue("the tenant is known at deploy time", "<tenant>"),
                ["displayName"] = new DeployTimeValue("the subscription is chosen at deploy time", "<subscription>"),
            }));
            strict("tenant", c => Surroundings(new Dictionary<string, object>
            {
                ["tenantId"] = new DeployTimeValue("the tenant is known at deploy time", "<tenant>"),
                ["displayName"] = new DeployTimeValue("the tenant is known at deploy time", "<tenant>"),
            }));
            strict("managementGroup", c => new DeployTimeValue("the management group is chosen at deploy time", "<management group>"));
            strict("deployment", c => Surroundings(new Dictionary<string, object>
            {
                ["name"] = new DeployTimeValue("the deployment's name is chosen at deploy time", "<deployment>"),
                ["location"] = new DeployTimeValue("the deployment's location is chosen at deploy time", "<deployment location>"),
                ["properties"] = new Dictionary<string, object>(StringComparer.OrdinalIgnoreCase) { ["templateLink"] = null },
            }));
            // The cloud a template is deployed to (and so its endpoints) is chosen at deploy time.
            strict("environment", c => new DeployTimeValue("environment() depends on the cloud deployed to", "<environment>"));
            strict("pickZones", c => DeployTimeValue.Function("pickZones"));
            strict("providers", c => DeployTimeValue.Function("providers"));
        }

        static IDictionary<string, object> Surroundings(Dictionary<string, object> members)
        {
            var o = Values.NewObject();
            foreach (var pair in members) o[pair.Key] = pair.Value;
            return o;
        }
    }
}
