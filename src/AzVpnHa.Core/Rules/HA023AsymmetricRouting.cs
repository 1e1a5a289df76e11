using System.Collections.Generic;
using System.Linq;
using AzVpnHa.Catalog;

namespace AzVpnHa.Rules
{
    /// <summary>
    /// VPN FAQ (06/04/2026), "Does Azure guarantee symmetric routing for a given flow in Active-Active VPN mode? No."
    /// Azure may send a flow over either instance's tunnel and the return traffic may take the other; on-premises
    /// firewalls that need strict symmetry must steer it (BGP attributes such as AS-path prepending, traffic selectors)
    /// or use active-standby (FAQ; about-active-active-gateways). Information for every site of an active-active gateway;
    /// a Warning where the spec says a device is a stateful firewall (device field statefulFirewall).
    /// </summary>
    internal sealed class HA023AsymmetricRouting : Rule
    {
        public HA023AsymmetricRouting() : base("HA023", "Active-active: flows may return on another tunnel (stateful firewalls)", Severity.Information, Sources.FaqSymmetricRouting) { }

        internal override void Evaluate(RuleContext context, ICollection<Finding> findings)
        {
            foreach (var site in context.Topology.Sites)
            {
                var gateway = context.Topology.FindGateway(site.Gateway);
                if (!Known.ActiveActive(gateway) || site.TunnelCount < 2) continue;
                var firewalls = context.SiteConnections(site).Select(x => x.Lng).Where(l => l.StatefulFirewall).Select(l => "'" + (l.Device ?? l.Name) + "'").Distinct().ToList();
                var what = $"Site '{site.Name}' reaches active-active gateway '{gateway.Name}' over {site.TunnelCount} tunnels, and Azure does not guarantee symmetric routing: a flow may leave Azure on one instance's tunnel and its return traffic come back on the other's.";
                var fix = "Keep each flow on one path: prefer one tunnel in both directions (AS-path prepend the other tunnel's routes on the device, which Azure honours, and prefer the same tunnel for outbound), or use firewalls that tolerate asymmetric flows (state shared across tunnels), or keep the gateway active-standby.";
                if (firewalls.Count > 0)
                    findings.Add(Finding(site.Name, what + $" Device {string.Join(", ", firewalls)} is a stateful firewall and will drop such flows.", fix, Severity.Warning));
                else
                    findings.Add(Finding(site.Name, what + " Stateful on-premises firewalls drop such flows (routers forward them regardless).", fix));
            }
        }
    }
}
