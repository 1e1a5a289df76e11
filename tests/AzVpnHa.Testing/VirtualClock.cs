using System;
using System.Threading;
using System.Threading.Tasks;
using AzVpnHa.Azure;

namespace AzVpnHa.Testing
{
    /// <summary>
    /// Simulated time for the fleet reader and the simulated ARM: a wait moves the clock forward at once, so minutes of
    /// throttling budget run in milliseconds. Only the fleet reader's scheduler waits on it, from one loop at a time.
    /// </summary>
    public sealed class VirtualClock : IClock
    {
        readonly object _sync = new object();
        DateTime _now = new DateTime(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc);

        public DateTime UtcNow { get { lock (_sync) return _now; } }

        public TimeSpan Elapsed(DateTime since) => UtcNow - since;

        public Task Delay(TimeSpan wait, CancellationToken ct)
        {
            ct.ThrowIfCancellationRequested();
            if (wait > TimeSpan.Zero) lock (_sync) _now += wait;
            return Task.CompletedTask;
        }
    }
}
