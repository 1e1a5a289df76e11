using System;

namespace AzVpnHa.Failover
{
    /// <summary>Changes that would make a target survive a fault, or shorten the interruption; the summary turns them into text.</summary>
    [Flags]
    internal enum Remedy
    {
        None = 0,
        AddDevice = 1,
        EnableBgp = 2,
        SeparateIspLinks = 4,
        ZoneRedundant = 8,
        EnableActiveActive = 16,
        RestoreTunnels = 32,
    }
}
