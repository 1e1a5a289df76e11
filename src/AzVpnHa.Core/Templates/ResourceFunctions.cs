using System;
using System.Linq;
using System.Text;

namespace AzVpnHa.Templates
{
    /// <summary>
    /// resourceId() and its scope variants, reference(): ids are written template-relative
    /// ("/providers/{namespace}/{type}/{name}[/{child type}/{child name}]"), the form the estate reader matches by type
    /// and name, with a name that is unknown shown as its placeholder. reference() of a nested deployment gives its
    /// evaluated outputs; of anything else it is unknown (its state exists only once deployed).
    /// </summary>
    internal static class ResourceFunctions
    {
        public static void Register(Action<string, Func<FunctionCall, object>> strict, Action<string, Func<FunctionCall, object>> lazy)
        {
            lazy("resourceId", c => Id(c, 0));
            lazy("subscriptionResourceId", c => Id(c, 0));
            lazy("tenantResourceId", c => Id(c, 0));
            lazy("managementGroupResourceId", c => Id(c, 0));
            lazy("extensionResourceId", c =>
            {
                c.Expect(3);
                var scope = c[0] is DeployTimeValue u ? u.Placeholder : c.String(0);
                return scope.TrimEnd('/') + Id(c, 1);
            });
            lazy("reference", c => { c.Expect(1, 3); return c.Frame.Template.Reference(c); });
            lazy("references", c => DeployTimeValue.Function("references"));
            lazy("resourceInfo", c => DeployTimeValue.Function("resourceInfo"));
        }

        /// <summary>resourceId([subscriptionId], [resourceGroupName], type, name...): the type is the first argument shaped "Namespace.X/type".</summary>
        static string Id(FunctionCall c, int from)
        {
            int typeAt = -1;
            for (int i = from; i < c.Count; i++)
            {
                if (c[i] is string t && IsType(t)) { typeAt = i; break; }
            }
            if (typeAt < 0) throw new TemplateException(c.Name + "() has no resource type argument.");
            var segments = ((string)c[typeAt]).Trim('/').Split('/');
            var names = Enumerable.Range(typeAt + 1, c.Count - typeAt - 1).Select(i => c[i] is DeployTimeValue u ? u.Placeholder : Values.Text(c[i])).ToList();
            // A child may be named in one argument ("vnet/subnet") or in one argument per level.
            if (names.Count == 1 && segments.Length > 2) names = names[0].Split('/').ToList();
            if (names.Count != segments.Length - 1) throw new TemplateException(c.Name + "('" + c[typeAt] + "') needs " + (segments.Length - 1) + " name(s), not " + names.Count + ".");
            var sb = new StringBuilder("/providers/").Append(segments[0]);
            for (int i = 1; i < segments.Length; i++) sb.Append('/').Append(segments[i]).Append('/').Append(names[i - 1]);
            return sb.ToString();
        }

        public static bool IsType(string t)
        {
            int slash = t.IndexOf('/');
            int dot = t.IndexOf('.');
            return slash > 0 && dot > 0 && dot < slash && t.IndexOf(' ') < 0;
        }

        /// <summary>The template-relative id of a resource declared with this type and (possibly nested) name.</summary>
        public static string IdOf(string type, string name)
        {
            var segments = type.Trim('/').Split('/');
            var names = name.Split('/');
            var sb = new StringBuilder("/providers/").Append(segments[0]);
            for (int i = 1; i < segments.Length; i++) sb.Append('/').Append(segments[i]).Append('/').Append(i - 1 < names.Length ? names[i - 1] : "");
            return sb.ToString();
        }
    }
}
