using System.Collections.Generic;
using AzVpnHa.Catalog;

namespace AzVpnHa.Rules
{
    /// <summary>
    /// VPN FAQ, BGP: Azure-reserved and IANA-reserved ASNs cannot be used; 65515 is Azure's default and valid only
    /// on the gateway; on-premises and Azure ASNs must differ; VNets connected with BGP need different ASNs.
    /// </summary>
    internal sealed class HA012Asn : Rule
    {
        public HA012Asn() : base("HA012", "ASNs are not reserved and differ between peers", Severity.Error, Sources.FaqBgp) { }

        internal override void Evaluate(RuleContext context, ICollection<Finding> findings)
        {
            foreach (var gateway in context.Topology.Gateways)
            {
                if (gateway.Asn is long asn && asn != AsnCatalog.AzureDefault && AsnCatalog.Reservation(asn) != AsnReservation.None)
                    findings.Add(Finding(gateway.Name, $"Gateway '{gateway.Name}' uses ASN {asn}, which is {Describe(asn)}.", "Use 65515 (Azure's default) or a private ASN such as 65010."));
                foreach (var (_, lng) in context.IpsecConnections(gateway))
                {
                    if (!(lng.Asn is long peer))
                    {
                        Unknown(context, lng, nameof(LocalNetworkGateway.Asn));
                        continue;
                    }
                    if (AsnCatalog.Reservation(peer) != AsnReservation.None)
                        findings.Add(Finding(lng.Name, $"Local network gateway '{lng.Name}' uses ASN {peer}, which is {Describe(peer)}.",
                            "Use a private ASN (64512-65514, 65521-65534) or your own public ASN."));
                    else if (gateway.Asn == peer)
                        findings.Add(Finding(lng.Name, $"Local network gateway '{lng.Name}' uses ASN {peer}, the same as gateway '{gateway.Name}'; on-premises and Azure ASNs must differ.",
                            "Give the device a different ASN."));
                }
            }
            foreach (var link in context.Topology.VNetLinks)
            {
                if (!link.EnableBgp) continue;
                var a = context.Topology.FindGateway(link.GatewayA);
                var b = context.Topology.FindGateway(link.GatewayB);
                if (a?.Asn != null && a.Asn == b?.Asn)
                    findings.Add(Finding(link.Name, $"Gateways '{a.Name}' and '{b.Name}' are connected with BGP but share ASN {a.Asn}.",
                        "Give each VNet's gateway its own ASN (e.g. 65010 and 65020)."));
            }
        }

        static string Describe(long asn) =>
            AsnCatalog.Reservation(asn) == AsnReservation.Azure ? "reserved by Azure (8074, 8075, 12076, 65515, 65517-65520)" : "reserved by IANA";
    }
}
