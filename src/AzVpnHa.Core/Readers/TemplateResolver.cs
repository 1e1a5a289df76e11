using System.Collections.Generic;
using AzVpnHa.Templates;

namespace AzVpnHa.Readers
{
    /// <summary>
    /// The estate reader's door to templates: an ARM template (or Bicep's compiled JSON) is deployed offline by
    /// <see cref="TemplateDeployment"/> into REST-shaped resources, with the parameter values given for it.
    /// </summary>
    internal static class TemplateResolver
    {
        public static bool IsTemplate(IDictionary<string, object> node) => TemplateDeployment.IsTemplate(node);

        /// <summary>The resources the template deploys, and what could not be evaluated offline.</summary>
        public static (List<IDictionary<string, object>> Resources, IReadOnlyList<TemplateNote> Notes) Resources(
            IDictionary<string, object> template, TemplateSource source = null) =>
            TemplateDeployment.Deploy(template, source?.Parameters, source?.Directory, source?.Name);
    }
}
