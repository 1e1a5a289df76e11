using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using AzVpnHa.Tree;

namespace AzVpnHa.Azure
{
    /// <summary>
    /// Runs the fleet's long-running BGP POSTs (getBgpPeerStatus, getLearnedRoutes) as steps (POST, then polls of
    /// Azure-AsyncOperation, then the result at Location), each step sent only when its subscription's bucket holds a
    /// token (POSTs spend writes, polls reads: <see cref="TokenBucket"/>) and its Retry-After has passed. Subscriptions are
    /// served in turn, so one subscription's wait never holds up another's calls. A 429 stops its subscription for
    /// Retry-After and the step is sent again; a server error is retried with backoff up to MaxRetries. All waiting
    /// happens here, on the reader's clock (never inside the HTTP pipeline, whose retries are off for this reader).
    /// </summary>
    internal sealed class BgpScheduler
    {
        internal sealed class Job
        {
            public string Subscription, GatewayId, Action;
            public string AsyncUrl, LocationUrl;
            public int Stage; // 0 POST, 1 poll Azure-AsyncOperation, 2 GET Location
            public DateTime NotBefore, Deadline;
            public int ServerErrors;
            public bool Done, Running;
            public object Result;
        }

        sealed class Lane
        {
            public TokenBucket Reads, Writes;
            public readonly List<Job> Jobs = new List<Job>();
        }

        readonly ArmCaller _arm;
        readonly IClock _clock;
        readonly LiveReaderOptions _options;
        readonly int _maxInFlight;
        readonly FleetReadResult _result;

        public BgpScheduler(ArmCaller arm, IClock clock, LiveReaderOptions options, FleetReadResult result)
        {
            _arm = arm;
            _clock = clock;
            _options = options;
            _maxInFlight = Math.Max(1, options.ThrottleLimit) * 4;
            _result = result;
        }

        public async Task RunAsync(IReadOnlyList<Job> jobs, Action<FleetProgress> progress, CancellationToken ct)
        {
            var start = _clock.UtcNow;
            var lanes = jobs.GroupBy(j => j.Subscription, StringComparer.OrdinalIgnoreCase).Select(g =>
            {
                var lane = new Lane { Reads = new TokenBucket(TokenBucket.ReadCapacity, TokenBucket.ReadRefillPerSecond, start), Writes = new TokenBucket(TokenBucket.WriteCapacity, TokenBucket.WriteRefillPerSecond, start) };
                lane.Jobs.AddRange(g);
                return lane;
            }).ToList();
            foreach (var j in jobs) { j.NotBefore = start; j.Deadline = start + _options.OperationTimeout; }
            var inFlight = new List<Task>();
            int done = 0, turn = 0;
            while (done < jobs.Count)
            {
                ct.ThrowIfCancellationRequested();
                var now = _clock.UtcNow;
                var next = DateTime.MaxValue;
                // Subscriptions in turn, starting one further each round: every subscription's bucket is used at once.
                for (int k = 0; k < lanes.Count && inFlight.Count < _maxInFlight; k++)
                {
                    var lane = lanes[(turn + k) % lanes.Count];
                    foreach (var job in lane.Jobs)
                    {
                        if (job.Done || job.Running) continue;
                        if (job.NotBefore > now) { if (job.NotBefore < next) next = job.NotBefore; continue; }
                        var bucket = job.Stage == 0 ? lane.Writes : lane.Reads;
                        var wait = bucket.WaitFor(now);
                        if (wait > TimeSpan.Zero) { if (now + wait < next) next = now + wait; continue; }
                        if (inFlight.Count >= _maxInFlight) break;
                        bucket.Take(now);
                        job.Running = true;
                        inFlight.Add(StepAsync(job, bucket, ct));
                    }
                }
                turn++;
                if (inFlight.Count > 0)
                {
                    await Task.WhenAny(inFlight).ConfigureAwait(false);
                    for (int i = inFlight.Count - 1; i >= 0; i--)
                    {
                        if (!inFlight[i].IsCompleted) continue;
                        await inFlight[i].ConfigureAwait(false); // surfaces cancellation
                        inFlight.RemoveAt(i);
                    }
                    int nowDone = jobs.Count(j => j.Done);
                    if (nowDone != done) { done = nowDone; progress?.Invoke(new FleetProgress("BGP status", done, jobs.Count, null)); }
                    continue;
                }
                if (next == DateTime.MaxValue) break; // nothing can run any more (cannot happen: every open job has a time)
                await _clock.Delay(next - now, ct).ConfigureAwait(false);
            }
        }

        async Task StepAsync(Job job, TokenBucket bucket, CancellationToken ct)
        {
            try
            {
                var (method, url, version) = job.Stage == 0 ? ("POST", job.GatewayId + "/" + job.Action, LiveEstateReader.NetworkApiVersion)
                                           : job.Stage == 1 ? ("GET", job.AsyncUrl, (string)null)
                                           : ("GET", job.LocationUrl, (string)null);
                (int Status, BinaryData Body, Dictionary<string, string> Headers) answer;
                try { answer = await _arm.ExchangeAsync(method, url, version, null, ct).ConfigureAwait(false); }
                catch (ArmCallException e) { ServerError(job, e.ErrorId, e.Status, e.Message); return; }
                Count(job.Subscription);
                var now = _clock.UtcNow;
                answer.Headers.TryGetValue(job.Stage == 0 ? "x-ms-ratelimit-remaining-subscription-writes" : "x-ms-ratelimit-remaining-subscription-reads", out var remaining);
                bucket.Observe(remaining, now);
                var status = answer.Status;
                if (status == 429)
                {
                    lock (_result) _result.Throttled++;
                    var wait = RetryAfter(answer.Headers, TimeSpan.FromSeconds(10));
                    bucket.Throttled(wait, now);
                    if (now + wait > job.Deadline) Fail(job, ErrorIds.LiveReadThrottled, 429, "ARM kept answering 429 until the operation's time ran out.");
                    else job.NotBefore = now + wait;
                    return;
                }
                if (status >= 500) { ServerError(job, LiveReadFailure.IdFor(status), status, $"ARM answered {status}."); return; }
                var tree = ArmCaller.Parse(answer.Body, job.GatewayId);
                switch (job.Stage)
                {
                    case 0 when status == 200: Finish(job, tree); return;
                    case 0 when status == 201 || status == 202:
                        answer.Headers.TryGetValue("Azure-AsyncOperation", out job.AsyncUrl);
                        answer.Headers.TryGetValue("Location", out job.LocationUrl);
                        if (job.AsyncUrl == null && job.LocationUrl == null) { Fail(job, ErrorIds.LiveReadFailed, status, "202 without Location or Azure-AsyncOperation."); return; }
                        job.Stage = job.AsyncUrl != null ? 1 : 2;
                        break;
                    case 1 when status == 200 || status == 202:
                        var state = tree is IDictionary<string, object> d && TreeReader.TryGet(d, "status", out var s) ? s as string : null;
                        if (status == 200 && state != null && !state.Equals("InProgress", StringComparison.OrdinalIgnoreCase))
                        {
                            if (!state.Equals("Succeeded", StringComparison.OrdinalIgnoreCase)) { Fail(job, ErrorIds.LiveReadFailed, status, $"The operation ended {state}."); return; }
                            if (job.LocationUrl == null) { Finish(job, tree); return; }
                            job.Stage = 2;
                            job.NotBefore = now; // the result is there now
                            return;
                        }
                        break;
                    case 2 when status == 202: break;
                    case 2 when status == 200: Finish(job, tree); return;
                    default: Fail(job, LiveReadFailure.IdFor(status), status, $"ARM answered {status}."); return;
                }
                var poll = RetryAfter(answer.Headers, TimeSpan.FromSeconds(2));
                if (now + poll > job.Deadline) { Fail(job, ErrorIds.LiveReadTimeout, null, $"The operation did not finish within {_options.OperationTimeout.TotalSeconds:0} s."); return; }
                job.NotBefore = now + poll;
            }
            catch (ArmCallException e) { Fail(job, e.ErrorId, e.Status, e.Message); }
            finally { job.Running = false; }
        }

        void ServerError(Job job, string errorId, int? status, string message)
        {
            if (++job.ServerErrors > Math.Max(0, _options.MaxRetries)) { Fail(job, errorId, status, message); return; }
            job.NotBefore = _clock.UtcNow + TimeSpan.FromSeconds(Math.Min(60, 0.8 * Math.Pow(2, job.ServerErrors - 1)));
        }

        void Count(string subscription)
        {
            lock (_result)
            {
                _result.ArmCalls++;
                _result.ArmCallsBySubscription.TryGetValue(subscription, out var n);
                _result.ArmCallsBySubscription[subscription] = n + 1;
            }
        }

        static void Finish(Job job, object tree) { job.Result = tree; job.Done = true; }

        void Fail(Job job, string errorId, int? status, string message)
        {
            job.Done = true;
            lock (_result) _result.Failures.Add(new LiveReadFailure(errorId, job.GatewayId + "/" + job.Action, job.GatewayId, status, message));
        }

        internal static TimeSpan RetryAfter(IDictionary<string, string> headers, TimeSpan fallback) =>
            headers.TryGetValue("Retry-After", out var text) && int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var seconds) && seconds >= 0
                ? TimeSpan.FromSeconds(Math.Min(seconds, 300)) : fallback;
    }
}
