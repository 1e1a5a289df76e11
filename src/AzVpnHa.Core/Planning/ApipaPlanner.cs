using System;
using System.Collections.Generic;
using System.Linq;
using AzVpnHa.Catalog;
using AzVpnHa.Net;
using AzVpnHa.Spec;

namespace AzVpnHa.Planning
{
    /// <summary>
    /// Fills the BGP values a user left blank, before Planner.Plan, deterministically (same spec, same answer):
    /// <list type="bullet">
    /// <item>a private ASN for devices that have none (one per site, shared by its devices; reserved ASNs skipped);</item>
    /// <item>for a device without a BGP peer address (or an APIPA peer facing instances without custom APIPA), one /30 block
    /// per device: Azure instance 0 takes 169.254.21.(4k+1), instance 1 takes 169.254.22.(4k+1), the device takes
    /// 169.254.21.(4k+2); with <see cref="ApipaPairing.PeerFirst"/> the device takes 4k+1 and Azure 4k+2, the pairing an AWS
    /// virtual private gateway dictates (domain notes S19);</item>
    /// <item>the connection then selects exactly those Azure addresses (gatewayCustomBgpIpAddresses).</item>
    /// </list>
    /// Custom Azure APIPA addresses stay in 169.254.21.0-169.254.22.255, differ per instance and are unique across
    /// devices and gateways (configure-bgp); blocks touching any address already in use are skipped.
    /// Only devices that may run BGP are touched: their gateway has an ASN and the device does not opt out (enableBgp false).
    /// </summary>
    internal static class ApipaPlanner
    {
        /// <summary>Where device ASNs start: the private range 64512-65514 (VPN FAQ, BGP), at a round, readable number.</summary>
        public const long FirstDeviceAsn = 65001;

        /// <summary>169.254.21.0/24 holds 64 /30 blocks; instance 1 mirrors them in 169.254.22.0/24.</summary>
        const int Blocks = 64;

        public static IReadOnlyList<PlanningAssignment> Assign(TopologySpec spec) => Assign(spec, ApipaPairing.AzureFirst);

        /// <summary>
        /// As above; with <see cref="ApipaPairing.PeerFirst"/> the device takes the first usable address of each /30
        /// (4k+1) and Azure the second (4k+2), as an AWS virtual private gateway dictates (vpn-gateway-howto-aws-bgp:
        /// AWS takes the first IP of the /30 and Azure the second; domain notes S19).
        /// </summary>
        public static IReadOnlyList<PlanningAssignment> Assign(TopologySpec spec, ApipaPairing pairing)
        {
            int azureHost = pairing == ApipaPairing.PeerFirst ? 2 : 1;
            int deviceHost = pairing == ApipaPairing.PeerFirst ? 1 : 2;
            if (spec == null) throw new ArgumentNullException(nameof(spec));
            var assignments = new List<PlanningAssignment>();
            var usedAddresses = new HashSet<uint>();
            var usedAsns = new HashSet<long>();
            foreach (var g in spec.Gateways)
            {
                if (g.Asn.HasValue) usedAsns.Add(g.Asn.Value);
                foreach (var i in g.Instances)
                {
                    Use(usedAddresses, i.BgpPeeringAddress);
                    foreach (var a in i.CustomBgpIpAddresses ?? new string[0]) Use(usedAddresses, a);
                }
            }
            foreach (var site in spec.Sites)
                foreach (var d in site.Devices)
                {
                    if (d.Asn.HasValue) usedAsns.Add(d.Asn.Value);
                    Use(usedAddresses, d.BgpPeeringAddress);
                    foreach (var a in d.GatewayCustomBgpIpAddresses ?? new string[0]) Use(usedAddresses, a);
                }

            var gateways = spec.Gateways.ToDictionary(g => g.Name, StringComparer.OrdinalIgnoreCase);
            long nextAsn = FirstDeviceAsn;
            int nextBlock = 0;
            foreach (var site in spec.Sites)
            {
                var gatewayName = site.Gateway ?? (spec.Gateways.Count == 1 ? spec.Gateways[0].Name : null);
                if (gatewayName == null || !gateways.TryGetValue(gatewayName, out var gateway) || !gateway.Asn.HasValue) continue;
                EnsureInstances(gateway);
                long? siteAsn = site.Devices.Select(d => d.Asn).FirstOrDefault(a => a.HasValue);

                foreach (var device in site.Devices)
                {
                    if (device.EnableBgp == false) continue;
                    var target = site.Name + "/" + device.Name;
                    if (!device.Asn.HasValue)
                    {
                        if (!siteAsn.HasValue)
                        {
                            nextAsn = NextFreeAsn(nextAsn, usedAsns);
                            siteAsn = nextAsn;
                            usedAsns.Add(nextAsn);
                        }
                        device.Asn = siteAsn;
                        assignments.Add(new PlanningAssignment(target, "asn", siteAsn.Value.ToString(System.Globalization.CultureInfo.InvariantCulture)));
                    }

                    bool needsPeer = string.IsNullOrEmpty(device.BgpPeeringAddress);
                    bool apipaPeer = !needsPeer && IpAddressValue.TryParse(device.BgpPeeringAddress, out var peer) && WellKnownRanges.IsApipa(peer);
                    bool instancesLackApipa = gateway.Instances.Any(i => i.CustomBgpIpAddresses == null || i.CustomBgpIpAddresses.Length == 0);
                    if (!(needsPeer || (apipaPeer && instancesLackApipa && device.GatewayCustomBgpIpAddresses == null))) continue;

                    nextBlock = NextFreeBlock(nextBlock, usedAddresses);
                    var azure = new string[gateway.Instances.Count];
                    for (int i = 0; i < azure.Length; i++)
                    {
                        azure[i] = Address(21 + i, 4 * nextBlock + azureHost);
                        var instance = gateway.Instances[i];
                        instance.CustomBgpIpAddresses = (instance.CustomBgpIpAddresses ?? new string[0]).Concat(new[] { azure[i] }).ToArray();
                        assignments.Add(new PlanningAssignment(gateway.Name + "[" + i + "]", "customBgpIpAddresses", azure[i]));
                    }
                    if (needsPeer)
                    {
                        device.BgpPeeringAddress = Address(21, 4 * nextBlock + deviceHost);
                        assignments.Add(new PlanningAssignment(target, "bgpPeeringAddress", device.BgpPeeringAddress));
                    }
                    device.GatewayCustomBgpIpAddresses = azure;
                    assignments.Add(new PlanningAssignment(target, "gatewayCustomBgpIpAddresses", string.Join(",", azure)));
                    for (int offset = 0; offset < 4; offset++)
                    {
                        usedAddresses.Add(Ip(21, 4 * nextBlock + offset));
                        usedAddresses.Add(Ip(22, 4 * nextBlock + offset));
                    }
                    nextBlock++;
                }
            }
            return assignments;
        }

        /// <summary>Custom APIPA lives on the instances, so a gateway whose instances were left out gets the ones its mode implies.</summary>
        static void EnsureInstances(GatewaySpec gateway)
        {
            if (gateway.Instances.Count > 0) return;
            int count = gateway.ActiveActive ? 2 : 1;
            for (int i = 0; i < count; i++) gateway.Instances.Add(new InstanceSpec());
        }

        /// <summary>The next private ASN at or after <paramref name="from"/> that no peer uses and neither Azure nor IANA reserves.</summary>
        public static long NextFreeAsn(long from, ISet<long> used)
        {
            for (long asn = from; asn < AsnCatalog.Max; asn++)
            {
                // Between the 16-bit private ranges and the 32-bit private range nothing is private: jump over it.
                if (asn > 65534 && asn < 4200000000) asn = 4200000000;
                if (AsnCatalog.IsPrivate(asn) && AsnCatalog.Reservation(asn) == AsnReservation.None && !used.Contains(asn)) return asn;
            }
            throw new InvalidOperationException("No private ASN is left to assign.");
        }

        static int NextFreeBlock(int from, HashSet<uint> used)
        {
            for (int k = from; k < Blocks; k++)
            {
                bool free = true;
                for (int offset = 0; offset < 4 && free; offset++)
                    free = !used.Contains(Ip(21, 4 * k + offset)) && !used.Contains(Ip(22, 4 * k + offset));
                if (free) return k;
            }
            throw new InvalidOperationException("The custom APIPA range 169.254.21.0-169.254.22.255 has no free /30 left for another device.");
        }

        static uint Ip(int third, int fourth) => (169u << 24) | (254u << 16) | ((uint)third << 8) | (uint)fourth;

        static string Address(int third, int fourth) => "169.254." + third + "." + fourth;

        static void Use(HashSet<uint> used, string address)
        {
            if (address != null && IpAddressValue.TryParse(address, out var ip) && !ip.IsV6) used.Add(ip.ToV4());
        }
    }
}
