using System.Runtime.CompilerServices;

namespace AzVpnHa
{
    /// <summary>JIT hints for the few paths that run thousands of times in one call (parsing and reading an estate).</summary>
    internal static class Jit
    {
        /// <summary>
        /// MethodImplOptions.AggressiveOptimization (.NET Core 3.0+, not named in netstandard2.0): optimised code from the
        /// first call. A live audit reads thousands of payloads in well under a second, mostly before tiered compilation
        /// would have promoted these methods; .NET Framework (Windows PowerShell) ignores the flag.
        /// </summary>
        public const MethodImplOptions Hot = (MethodImplOptions)512;
    }
}
