using System;
using System.Linq;
using AzVpnHa.Catalog;
using Xunit;

namespace AzVpnHa.Tests
{
    /// <summary>Facts issue 10 item 5 corrected, pinned to the sources they cite.</summary>
    public class CatalogFactTests
    {
        /// <summary>Learn's heading anchors: lower case, punctuation dropped, spaces to hyphens.</summary>
        static string Anchor(string heading) =>
            "#" + string.Join("-", new string(heading.ToLowerInvariant().Where(c => char.IsLetterOrDigit(c) || c == ' ' || c == '-').ToArray())
                .Split(new[] { ' ' }, StringSplitOptions.RemoveEmptyEntries));

        [Fact]
        public void HaArticleAnchorsAreTodaysHeadings()
        {
            // vpn-gateway-highlyavailable, ms.date 07/24/2024.
            Assert.EndsWith(Anchor("Active-active VPN gateways"), Sources.ArticleActiveActive);
            Assert.EndsWith(Anchor("Highly Available VNet-to-VNet"), Sources.ArticleVNetToVNet);
            Assert.EndsWith(Anchor("Dual-redundancy: active-active VPN gateways for both Azure and on-premises networks"), Sources.ArticleDualRedundancy);
            Assert.DoesNotContain("active-active-azure-vpn-gateway", Sources.ArticleActiveActive);
        }

        [Fact]
        public void EveryRuleCitesALiveAnchorNotA2016Heading()
        {
            foreach (var rule in Rules.RuleSet.All)
            {
                Assert.StartsWith("https://", rule.Source);
                Assert.DoesNotContain("through-azure-vpn-gateways", rule.Source);
                Assert.DoesNotContain("#active-active-azure-vpn-gateway", rule.Source);
            }
        }

        [Fact]
        public void LegacySkuCreationIsBlockedFromDecemberFirst2023()
        {
            Assert.True(SkuCatalog.TryGet("Standard", out var standard));
            Assert.Equal(new DateTime(2023, 12, 1), standard.CreationBlocked);
            Assert.True(SkuCatalog.TryGet("HighPerformance", out var hp));
            Assert.Equal(new DateTime(2023, 12, 1), hp.CreationBlocked);
        }

        [Fact]
        public void TheDpdDefaultIsCitedFromTheVpnFaq()
        {
            var dpd = FailoverTimings.DeadPeerDetectionDefault;
            Assert.Equal(45, dpd.MaxSeconds);
            Assert.Equal(Sources.FaqDpd, dpd.Source);
            Assert.Contains("vpn-gateway-vpn-faq", dpd.Source);
            Assert.Contains("FAQ", dpd.Citation);
        }
    }
}
