using System.Collections.Generic;
using System.Linq;
using Xunit;

namespace AzVpnHa.Tests.RuleTests
{
    internal static class RuleAssert
    {
        /// <summary>Exactly one finding, with the expected id, severity and target; returns it for further checks.</summary>
        public static Finding Single(List<Finding> findings, string ruleId, Severity severity, string target)
        {
            var finding = Assert.Single(findings);
            Assert.Equal(ruleId, finding.RuleId);
            Assert.Equal(severity, finding.Severity);
            Assert.Equal(target, finding.Target);
            return finding;
        }

        /// <summary>At least one finding with the expected id, severity and target.</summary>
        public static Finding Contains(List<Finding> findings, string ruleId, Severity severity, string target)
        {
            var finding = findings.FirstOrDefault(f => f.RuleId == ruleId && f.Severity == severity && f.Target == target);
            Assert.True(finding != null, $"No {ruleId} {severity} on '{target}'. Findings: {string.Join("; ", findings)}");
            return finding;
        }
    }
}
