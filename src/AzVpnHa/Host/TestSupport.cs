using System;
using System.IO;
using System.Reflection;

namespace AzVpnHa.Host
{
    /// <summary>
    /// Finds and loads the test-support assembly for <see cref="InternalHooks"/>: AZVPNHA_TESTING, else out/testing beside
    /// the built module. It is loaded beside the live reader (its load context), since it drives the reader's transport.
    /// Reached only after LiveDependencies.Ensure(), as it names AzVpnHa.Azure.
    /// </summary>
    internal static class TestSupport
    {
        static Type _hooks;

        public static object Call(string method, object[] args)
        {
            var hooks = Hooks();
            try { return hooks.GetMethod(method, BindingFlags.Public | BindingFlags.Static).Invoke(null, args); }
            catch (TargetInvocationException e) when (e.InnerException != null) { throw e.InnerException; }
        }

        static Type Hooks()
        {
            if (_hooks != null) return _hooks;
            var path = System.Environment.GetEnvironmentVariable("AZVPNHA_TESTING");
            if (string.IsNullOrEmpty(path))
                path = Path.Combine(Path.GetDirectoryName(typeof(TestSupport).Assembly.Location) ?? ".", "..", "testing", "AzVpnHa.Testing.dll");
            path = Path.GetFullPath(path);
            if (!File.Exists(path)) throw new InvalidOperationException($"The test support assembly is not at '{path}': run build.ps1 build, or set AZVPNHA_TESTING to its path.");
            return _hooks = Load(path).GetType("AzVpnHa.Testing.TestHooks", true);
        }

        static Assembly Load(string path) => AzVpnHa.Azure.InternalHooks.LoadTestSupport(path);
    }
}
