using System.Collections.Generic;

namespace AzVpnHa.Templates
{
    /// <summary>Where a template comes from and the parameter values it is deployed with.</summary>
    internal sealed class TemplateSource
    {
        /// <summary>The file name (for notes).</summary>
        public string Name { get; set; }

        /// <summary>The template's folder, where templateLink.relativePath files are looked up; null for no file.</summary>
        public string Directory { get; set; }

        /// <summary>Parameter name to value (already plain values, as a parameters file's "value" members).</summary>
        public IDictionary<string, object> Parameters { get; set; }
    }
}
