using System;
using System.Collections.Generic;
using System.Globalization;

namespace AzVpnHa.Azure
{
    /// <summary>
    /// ARM's token bucket for one subscription and one kind of request, as the client sees it. ARM throttles per
    /// subscription, principal and operation kind: reads hold 250 tokens and refill 25 per second, writes (a POST such as
    /// getBgpPeerStatus) 200 and 10 per second ("Request limits and throttling", learn.microsoft.com/azure/
    /// azure-resource-manager/management/request-limits-and-throttling, token-bucket limits since 2024). The client
    /// spends a token per call, lowers its count to what x-ms-ratelimit-remaining-subscription-* reports (other clients
    /// share the bucket), and stops the subscription for Retry-After after a 429.
    /// </summary>
    internal sealed class TokenBucket
    {
        public const double ReadCapacity = 250, ReadRefillPerSecond = 25;
        public const double WriteCapacity = 200, WriteRefillPerSecond = 10;
        /// <summary>Tokens left untouched: room for other clients of the principal and for our clock running ahead of ARM's.</summary>
        public const double Reserve = 2;

        readonly double _capacity, _refill;
        double _tokens;
        DateTime _at;
        DateTime _pausedUntil;

        public TokenBucket(double capacity, double refillPerSecond, DateTime now)
        {
            _capacity = capacity;
            _refill = refillPerSecond;
            _tokens = capacity;
            _at = now;
        }

        void Refill(DateTime now)
        {
            if (now <= _at) return;
            _tokens = Math.Min(_capacity, _tokens + (now - _at).TotalSeconds * _refill);
            _at = now;
        }

        /// <summary>How long until a call may be sent: zero when a token is there and no Retry-After is pending.</summary>
        public TimeSpan WaitFor(DateTime now)
        {
            Refill(now);
            var paused = _pausedUntil > now ? _pausedUntil - now : TimeSpan.Zero;
            var empty = _tokens >= 1 + Reserve ? TimeSpan.Zero : TimeSpan.FromSeconds((1 + Reserve - _tokens) / _refill);
            return paused > empty ? paused : empty;
        }

        public void Take(DateTime now)
        {
            Refill(now);
            _tokens -= 1;
        }

        /// <summary>What ARM says is left (x-ms-ratelimit-remaining-subscription-reads or -writes).</summary>
        public void Observe(string remainingHeader, DateTime now)
        {
            if (!int.TryParse(remainingHeader, NumberStyles.Integer, CultureInfo.InvariantCulture, out var remaining)) return;
            Refill(now);
            _tokens = Math.Min(_tokens, remaining);
        }

        /// <summary>A 429: nothing more to this subscription until Retry-After has passed, and an empty bucket after it.</summary>
        public void Throttled(TimeSpan retryAfter, DateTime now)
        {
            Refill(now);
            _tokens = Math.Min(_tokens, 0);
            if (now + retryAfter > _pausedUntil) _pausedUntil = now + retryAfter;
        }
    }

    /// <summary>
    /// Resource Graph's per-user quota as its headers report it: x-ms-user-quota-remaining queries until
    /// x-ms-user-quota-resets-after (hh:mm:ss) has passed, by default 15 queries per 5 s ("Guidance for throttled requests
    /// in Azure Resource Graph", learn.microsoft.com/azure/governance/resource-graph/concepts/guidance-for-throttled-requests).
    /// </summary>
    internal sealed class ResourceGraphQuota
    {
        int? _remaining;
        DateTime _resetsAt;

        public TimeSpan WaitFor(DateTime now)
        {
            if (now >= _resetsAt) _remaining = null; // a new window: the next answer says how much it holds
            return _remaining.HasValue && _remaining.Value <= 0 ? _resetsAt - now : TimeSpan.Zero;
        }

        public void Take() { if (_remaining.HasValue) _remaining--; }

        public void Observe(IDictionary<string, string> headers, DateTime now)
        {
            if (headers.TryGetValue("x-ms-user-quota-remaining", out var r) && int.TryParse(r, NumberStyles.Integer, CultureInfo.InvariantCulture, out var remaining)) _remaining = remaining;
            if (headers.TryGetValue("x-ms-user-quota-resets-after", out var t) && TimeSpan.TryParse(t, CultureInfo.InvariantCulture, out var resetsAfter)) _resetsAt = now + resetsAfter;
        }

        /// <summary>A 429: no query until the quota resets (or Retry-After, whichever is later).</summary>
        public void Throttled(TimeSpan retryAfter, DateTime now)
        {
            _remaining = 0;
            if (now + retryAfter > _resetsAt) _resetsAt = now + retryAfter;
        }
    }
}
