using System;
using System.Threading;
using System.Threading.Tasks;

namespace AzVpnHa.Azure
{
    /// <summary>
    /// The time the fleet reader schedules by. Production waits on the wall clock; the fleet benchmark and tests put a
    /// virtual clock here (InternalHooks.Clock), so hours of throttling budget are simulated in milliseconds.
    /// </summary>
    internal interface IClock
    {
        DateTime UtcNow { get; }
        Task Delay(TimeSpan wait, CancellationToken ct);
    }

    internal sealed class SystemClock : IClock
    {
        public static readonly SystemClock Instance = new SystemClock();
        public DateTime UtcNow => DateTime.UtcNow;
        public Task Delay(TimeSpan wait, CancellationToken ct) => wait > TimeSpan.Zero ? Task.Delay(wait, ct) : Task.CompletedTask;
    }
}
