using System;
using System.Collections.Generic;
using System.Linq;
using AzVpnHa.Catalog;

namespace AzVpnHa.Rules
{
    /// <summary>Article, multiple devices, requirement 5: advertise the same on-premises prefixes from every device, so traffic uses all tunnels.</summary>
    internal sealed class HA006SameAdvertisedPrefixes : Rule
    {
        public HA006SameAdvertisedPrefixes() : base("HA006", "Devices of one site advertise the same prefixes", Severity.Warning, Sources.ArticleMultipleDevices) { }

        internal override void Evaluate(RuleContext context, ICollection<Finding> findings)
        {
            foreach (var site in context.Topology.Sites)
            {
                var bgpDevices = context.SiteConnections(site).Where(x => x.Connection.EnableBgp && x.Lng.HasBgpSettings).Select(x => x.Lng).ToList();
                if (bgpDevices.Count < 2) continue;
                var reference = bgpDevices[0];
                var expected = Normalize(reference.AdvertisedPrefixes);
                foreach (var lng in bgpDevices.Skip(1))
                {
                    var actual = Normalize(lng.AdvertisedPrefixes);
                    if (actual.SetEquals(expected)) continue;
                    var missing = expected.Except(actual).ToList();
                    var extra = actual.Except(expected).ToList();
                    var parts = new List<string>();
                    if (missing.Count > 0) parts.Add("does not advertise " + string.Join(", ", missing));
                    if (extra.Count > 0) parts.Add("alone advertises " + string.Join(", ", extra));
                    findings.Add(Finding(lng.Name,
                        $"Device '{lng.Device ?? lng.Name}' of site '{site.Name}' {string.Join(" and ", parts)} compared with '{reference.Device ?? reference.Name}'; those prefixes use one device only and lose it in a failure.",
                        "Advertise the same on-premises prefixes from every device of the site (use AS-path prepending, not different prefixes, to prefer one)."));
                }
            }
        }

        static HashSet<string> Normalize(IReadOnlyList<string> prefixes) =>
            new HashSet<string>(RuleContext.Prefixes(prefixes).Select(p => p.ToString()), StringComparer.OrdinalIgnoreCase);
    }
}
