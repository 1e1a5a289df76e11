using AzVpnHa.Catalog;

namespace AzVpnHa.Failover
{
    /// <summary>How traffic recovers from one part of a scenario, with its interval and the sources it rests on.</summary>
    internal sealed class Mechanism
    {
        public Mechanism(string text, int minSeconds, int maxSeconds, params TimingFact[] facts)
        {
            Text = text;
            MinSeconds = minSeconds;
            MaxSeconds = maxSeconds;
            Facts = facts;
        }

        public string Text { get; }
        public int MinSeconds { get; }
        public int MaxSeconds { get; }
        public TimingFact[] Facts { get; }
    }
}
