using System.Collections.Generic;

namespace AzVpnHa.Writers
{
    /// <summary>
    /// The parameters one Az cmdlet call needs, in order, holding only what must bind. The cmdlet layer turns it into
    /// a PSObject whose properties bind by name (ValueFromPipelineByPropertyName); absent properties stay unbound.
    /// </summary>
    internal sealed class AzParameters
    {
        public AzParameters(string command) { Command = command; }

        /// <summary>The Az cmdlet these parameters are for, e.g. New-AzLocalNetworkGateway.</summary>
        public string Command { get; }
        public List<KeyValuePair<string, object>> Values { get; } = new List<KeyValuePair<string, object>>();

        public AzParameters Add(string name, object value)
        {
            Values.Add(new KeyValuePair<string, object>(name, value));
            return this;
        }

        public object this[string name]
        {
            get
            {
                foreach (var v in Values) if (v.Key == name) return v.Value;
                return null;
            }
        }

        public bool Contains(string name)
        {
            foreach (var v in Values) if (v.Key == name) return true;
            return false;
        }
    }
}
