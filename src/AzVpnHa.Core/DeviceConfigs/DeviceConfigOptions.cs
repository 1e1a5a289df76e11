namespace AzVpnHa.DeviceConfigs
{
    /// <summary>What to build: which half, which devices, and the path preferences for stateful firewalls.</summary>
    internal sealed class DeviceConfigOptions
    {
        public DeviceSide Side { get; set; } = DeviceSide.OnPremises;
        /// <summary>Device (or gateway instance) names to keep; null or empty keeps all.</summary>
        public string[] Devices { get; set; }
        /// <summary>Prefer this device of its site: the site's other devices prepend their ASN, so Azure sends to this one.</summary>
        public string PreferDevice { get; set; }
        /// <summary>Prefer this Azure instance (0 or 1): devices raise local preference on its tunnels and prepend on the others.</summary>
        public int? PreferInstance { get; set; }
        /// <summary>ASN repetitions used to make a path less preferred.</summary>
        public int PrependCount { get; set; } = 3;
    }
}
