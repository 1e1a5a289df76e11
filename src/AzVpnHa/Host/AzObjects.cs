using System.Collections;
using System.Management.Automation;
using AzVpnHa.Writers;

namespace AzVpnHa.Host
{
    /// <summary>Reads Az objects by property name (the module never loads Az) and builds the bags that bind to Az cmdlets.</summary>
    internal static class AzObjects
    {
        public static object Property(object value, string name)
        {
            if (value == null) return null;
            var property = PSObject.AsPSObject(value).Properties[name];
            return property?.Value;
        }

        /// <summary>An object whose note properties are exactly the parameters to bind, in order.</summary>
        public static PSObject ToPSObject(AzParameters parameters, string typeName)
        {
            var result = new PSObject();
            result.TypeNames.Insert(0, typeName);
            foreach (var kv in parameters.Values) result.Properties.Add(new PSNoteProperty(kv.Key, kv.Value));
            return result;
        }

        /// <summary>A connection's parameters around an <see cref="AzConnectionParameter"/>, which holds the shared key out of sight.</summary>
        public static PSObject ToConnection(AzParameters parameters)
        {
            string name = null, key = null;
            foreach (var kv in parameters.Values)
            {
                if (kv.Key == "Name") name = kv.Value as string;
                if (kv.Key == "SharedKey") key = kv.Value as string;
            }
            var result = new PSObject(new AzConnectionParameter(name, key));
            foreach (var kv in parameters.Values)
                if (kv.Key != "SharedKey") result.Properties.Add(new PSNoteProperty(kv.Key, kv.Value));
            return result;
        }

        /// <summary>The ipConfiguration ID from the gateway object: the entry at the instance's position, else by name, else built from the gateway ID.</summary>
        public static string IpConfigurationId(object gateway, int index, string name)
        {
            if (Property(gateway, "IpConfigurations") is IEnumerable configurations)
            {
                int i = 0;
                string byName = null, byIndex = null;
                foreach (var c in configurations)
                {
                    var id = Property(c, "Id") as string;
                    if (i == index) byIndex = id;
                    if (string.Equals(Property(c, "Name") as string, name, System.StringComparison.OrdinalIgnoreCase)) byName = id;
                    i++;
                }
                if (byIndex != null) return byIndex;
                if (byName != null) return byName;
            }
            return Property(gateway, "Id") + "/ipConfigurations/" + name;
        }
    }
}
