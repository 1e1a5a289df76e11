namespace AzVpnHa.Host
{
    /// <summary>
    /// Test hooks in the PSResourceGet style, for Pester and build.ps1 bench only:
    /// [AzVpnHa.Host.InternalHooks]::SetTestHook('SyntheticGateways', 200) puts a recorded estate of 200 gateways behind
    /// a fake ARM transport; 'Delay' (ms per call), 'ForbiddenGateway' (index answering 403), 'Reset'.
    /// </summary>
    public static class InternalHooks
    {
        public static void SetTestHook(string property, object value)
        {
            LiveDependencies.Ensure();
            Set(property, value);
        }

        /// <summary>The id of synthetic gateway i (what -ResourceId takes in tests).</summary>
        public static string SyntheticGatewayId(int index)
        {
            LiveDependencies.Ensure();
            return Id(index);
        }

        /// <summary>Calls the fake ARM served so far; and the calls on one gateway's critical path and in total.</summary>
        public static int[] SyntheticCallCounts()
        {
            LiveDependencies.Ensure();
            return Counts();
        }

        // Separate methods: JIT-compiling them needs AzVpnHa.Azure, which the load context provides only after Ensure().
        static void Set(string property, object value) => LiveAudit.SetHook(property, value);
        static string Id(int index) => LiveAudit.SyntheticGatewayId(index);
        static int[] Counts() => new[] { LiveAudit.SyntheticCalls, LiveAudit.SyntheticCriticalPathCalls, LiveAudit.SyntheticCallsPerGateway };
    }
}
