using System.Collections.Generic;
using AzVpnHa.Catalog;

namespace AzVpnHa.Rules
{
    /// <summary>
    /// Article, "About Azure VPN gateway redundancy": one tunnel means a failover interruption on every event
    /// (planned 10-15 s; unplanned 1 to 1.5 min in the 2016 text, up to 1-3 min in the current docs, which we use).
    /// about-active-active-gateways: "If only one tunnel is connected ... the tunnel will go down during maintenance".
    /// Sites that are redundant on one side only get a note naming the other side.
    /// </summary>
    internal sealed class HA015SinglePointOfFailure : Rule
    {
        // Read from the failover catalogue, so a rule and the failure analysis can never quote different numbers.
        internal static readonly string Failover =
            $"planned maintenance interrupts traffic for {FailoverTimings.ActiveStandbyPlanned.Range} and an unplanned failover for up to " +
            $"{FailoverTimings.ActiveStandbyUnplanned.MinSeconds / 60}-{FailoverTimings.ActiveStandbyUnplanned.MaxSeconds / 60} minutes " +
            $"(current docs; the 2016 article said {FailoverTimings.ActiveStandbyUnplanned2016.Range})";

        public HA015SinglePointOfFailure() : base("HA015", "No single point of failure", Severity.Warning, Sources.ArticleActiveStandby) { }

        internal override void Evaluate(RuleContext context, ICollection<Finding> findings)
        {
            foreach (var site in context.Topology.Sites)
            {
                var gateway = context.Topology.FindGateway(site.Gateway);
                if (site.TunnelCount == 0)
                {
                    findings.Add(Finding(site.Name, $"Site '{site.Name}' has no tunnel to Azure.", "Connect at least one device to the gateway.", Severity.Error));
                    continue;
                }
                if (site.TunnelCount == 1)
                {
                    findings.Add(Finding(site.Name,
                        $"Site '{site.Name}' reaches Azure over a single tunnel: its one device is a single point of failure, and {Failover}.",
                        "Enable active-active on the gateway (2 tunnels) and add a second device (4 tunnels, dual redundancy)."));
                    continue;
                }
                if (site.Redundancy == Redundancy.Azure)
                    findings.Add(Finding(site.Name,
                        $"Site '{site.Name}' has one on-premises device: the gateway is active-active, but losing the device or its link cuts the site off.",
                        "Add a second on-premises device with its own local network gateway and connection (dual redundancy).", Severity.Information, Sources.ArticleDualRedundancy));
                else if (site.Redundancy == Redundancy.OnPremises && gateway != null)
                    findings.Add(Finding(site.Name,
                        $"Site '{site.Name}' has several devices but gateway '{gateway.Name}' is active-standby: {Failover}.",
                        "Enable active-active on the gateway for a 4-tunnel full mesh (dual redundancy).", Severity.Information, Sources.ArticleMultipleDevices));
            }
        }
    }
}
