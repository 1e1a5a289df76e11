namespace AzVpnHa.Host
{
    /// <summary>
    /// Test hooks in the PSResourceGet style, for Pester and build.ps1 bench only. They reach the test-support assembly
    /// (tests/AzVpnHa.Testing, never shipped; build.ps1 build puts it in out/testing, or AZVPNHA_TESTING names it), which
    /// puts a fake ARM behind the live readers: [AzVpnHa.Host.InternalHooks]::SetTestHook('SyntheticGateways', 200) for
    /// a recorded estate, ('SyntheticFleet', 2000) for the simulated fleet; see AzVpnHa.Testing.TestHooks for the rest.
    /// </summary>
    public static class InternalHooks
    {
        public static void SetTestHook(string property, object value) => Call("SetTestHook", property, value);

        /// <summary>The id of synthetic gateway i (what -ResourceId takes in tests).</summary>
        public static string SyntheticGatewayId(int index) => (string)Call("SyntheticGatewayId", index);

        /// <summary>Calls the fake ARM served so far.</summary>
        public static int SyntheticCalls() => (int)Call("SyntheticCalls");

        /// <summary>The simulated fleet's counters (ARM calls, Resource Graph queries, 429s, virtual seconds).</summary>
        public static System.Collections.Hashtable FleetCounters() => (System.Collections.Hashtable)Call("FleetCounters");

        static object Call(string method, params object[] args)
        {
            LiveDependencies.Ensure();
            return TestSupport.Call(method, args);
        }
    }
}
