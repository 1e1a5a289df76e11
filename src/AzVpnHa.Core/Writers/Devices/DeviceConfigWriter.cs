using System;
using AzVpnHa.DeviceConfigs;

namespace AzVpnHa.Writers.Devices
{
    /// <summary>The formats Export-HaDeviceConfig writes; StrongSwan and Frr are the ones the lab runs.</summary>
    public enum DeviceConfigFormat { Neutral, StrongSwan, Frr, CiscoIosXe, FortiOS }

    internal static class DeviceConfigWriter
    {
        public static string Write(DeviceConfig config, DeviceConfigFormat format)
        {
            switch (format)
            {
                case DeviceConfigFormat.Neutral: return NeutralWriter.Write(config);
                case DeviceConfigFormat.StrongSwan: return StrongSwanWriter.Write(config);
                case DeviceConfigFormat.Frr: return FrrWriter.Write(config);
                case DeviceConfigFormat.CiscoIosXe: return CiscoIosXeWriter.Write(config);
                case DeviceConfigFormat.FortiOS: return FortiOsWriter.Write(config);
                default: throw new ArgumentOutOfRangeException(nameof(format));
            }
        }

        /// <summary>The file name for one device: fw1.swanctl.conf, fw1.frr.conf, fw1.ios.txt, fw1.fortios.txt, fw1.json.</summary>
        public static string FileName(DeviceConfig config, DeviceConfigFormat format)
        {
            var name = config.Name.Replace('[', '-').Replace("]", "");
            foreach (var bad in System.IO.Path.GetInvalidFileNameChars()) name = name.Replace(bad, '_');
            switch (format)
            {
                case DeviceConfigFormat.StrongSwan: return name + ".swanctl.conf";
                case DeviceConfigFormat.Frr: return name + ".frr.conf";
                case DeviceConfigFormat.CiscoIosXe: return name + ".iosxe.txt";
                case DeviceConfigFormat.FortiOS: return name + ".fortios.txt";
                default: return name + ".json";
            }
        }
    }
}
