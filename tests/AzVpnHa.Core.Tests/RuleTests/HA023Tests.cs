using AzVpnHa.Catalog;
using Xunit;
using static AzVpnHa.Tests.SpecTree;

namespace AzVpnHa.Tests.RuleTests
{
    public class HA023Tests
    {
        [Fact]
        public void InformsEveryActiveActiveSiteThatRoutingMayBeAsymmetric()
        {
            var finding = RuleAssert.Single(OneGateway(AaGateway(), Site(Devices(2))).Findings("HA023"), "HA023", Severity.Information, "hq");
            Assert.Contains("does not guarantee symmetric routing", finding.Message);
            Assert.Contains("AS-path prepend", finding.Recommendation);
            Assert.Equal(Sources.FaqSymmetricRouting, finding.Source);
        }

        [Fact]
        public void WarnsWhenTheSpecSaysADeviceIsAStatefulFirewall()
        {
            var tree = OneGateway(AaGateway(), Site(Device(1).With("statefulFirewall", true), Device(2)));
            var finding = RuleAssert.Single(tree.Findings("HA023"), "HA023", Severity.Warning, "hq");
            Assert.Contains("'fw1' is a stateful firewall", finding.Message);
        }

        [Fact]
        public void SilentForActiveStandby()
        {
            Assert.Empty(OneGateway(AsGateway(), Site(Device(1).With("statefulFirewall", true), Device(2))).Findings("HA023"));
        }

        [Fact]
        public void TheMarkSurvivesConvertToSpec()
        {
            var planned = OneGateway(AaGateway(), Site(Device(1).With("statefulFirewall", true), Device(2))).Plan();
            var again = Spec.Planner.Plan(Spec.SpecReader.Read(Tree.JsonTree.Parse(Writers.JsonTextWriter.Write(Spec.SpecWriter.Write(planned, out _)))));
            RuleAssert.Single(again.Findings("HA023"), "HA023", Severity.Warning, "hq");
        }

        [Fact]
        public void TheSpecFieldIsABoolean()
        {
            var errors = OneGateway(AaGateway(), Site(Device(1).With("statefulFirewall", "yes"))).ReadErrors();
            Assert.Contains(errors, e => e.Path.Contains("statefulFirewall"));
        }
    }
}
