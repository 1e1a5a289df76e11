using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Management.Automation;
using System.Runtime.InteropServices;
using System.Security;
using System.Threading;
using AzVpnHa.Host;
using AzVpnHa.Readers;
using AzVpnHa.Spec;
using AzVpnHa.Tree;

namespace AzVpnHa.Commands
{
    /// <summary>
    /// Reads a deployed estate into the topology the planner builds (Origin Deployed): live from ARM (by resource group
    /// and name, or by resource id), a whole fleet through Azure Resource Graph (subscriptions, a management group, the
    /// tenant: one topology per gateway or VNet-to-VNet group), from the objects Az emits, or from ARM JSON files.
    /// Test-HaVpnTopology and Get-HaTunnelMesh then judge it with every rule, plus the deployed-only ones.
    /// </summary>
    [Cmdlet(VerbsCommon.Get, "HaVpnTopology", DefaultParameterSetName = PathSet)]
    [OutputType(typeof(Topology))]
    public sealed class GetHaVpnTopologyCommand : PSCmdlet
    {
        const string NameSet = "Name";
        const string ResourceIdSet = "ResourceId";
        const string SubscriptionSet = "Subscription";
        const string ManagementGroupSet = "ManagementGroup";
        const string TenantSet = "Tenant";
        const string InputObjectSet = "InputObject";
        const string PathSet = "Path";

        [Parameter(Mandatory = true, ValueFromPipelineByPropertyName = true, ParameterSetName = NameSet)]
        public string ResourceGroupName { get; set; }

        [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true, ParameterSetName = NameSet)]
        [Alias("GatewayName")]
        public string Name { get; set; }

        [Parameter(Mandatory = true, ValueFromPipelineByPropertyName = true, ParameterSetName = ResourceIdSet)]
        public string[] ResourceId { get; set; }

        /// <summary>
        /// The gateway's resource id, bound from an Az gateway object's Id: its subscription wins over the default one,
        /// so gateways piped from another subscription are read where they are.
        /// </summary>
        [Parameter(ValueFromPipelineByPropertyName = true, ParameterSetName = NameSet)]
        public string Id { get; set; }

        /// <summary>With -ResourceGroupName/-Name: the gateway's subscription. Alone: the subscriptions a fleet read covers.</summary>
        [Parameter(ParameterSetName = NameSet)]
        [Parameter(Mandatory = true, ParameterSetName = SubscriptionSet)]
        [ValidateNotNullOrEmpty]
        public string[] SubscriptionId { get; set; }

        /// <summary>A fleet read of every subscription under this management group (its id, the name in its resource id).</summary>
        [Parameter(Mandatory = true, ParameterSetName = ManagementGroupSet)]
        [ValidateNotNullOrEmpty]
        public string ManagementGroup { get; set; }

        /// <summary>A fleet read of every subscription the credential can see.</summary>
        [Parameter(Mandatory = true, ParameterSetName = TenantSet)]
        public SwitchParameter Tenant { get; set; }

        /// <summary>Which gateways of a fleet read get BGP peer status (and learned routes): Needed (default), All, None.</summary>
        [Parameter(ParameterSetName = SubscriptionSet)]
        [Parameter(ParameterSetName = ManagementGroupSet)]
        [Parameter(ParameterSetName = TenantSet)]
        [ValidateSet("Needed", "All", "None")]
        public string BgpStatus { get; set; } = "Needed";

        [Parameter(Mandatory = true, ParameterSetName = InputObjectSet)]
        public object[] InputObject { get; set; }

        [Parameter(Mandatory = true, ValueFromPipelineByPropertyName = true, ParameterSetName = PathSet)]
        [Alias("FullName")]
        public string[] Path { get; set; }

        /// <summary>Parameter values for the templates read by -Path: an ARM parameters file (or a .bicepparam), as New-AzResourceGroupDeployment takes.</summary>
        [Parameter(ParameterSetName = PathSet)]
        public string TemplateParameterFile { get; set; }

        /// <summary>Parameter values by name for the templates read by -Path; they win over -TemplateParameterFile.</summary>
        [Parameter(ParameterSetName = PathSet)]
        public System.Collections.Hashtable TemplateParameterObject { get; set; }

        [Parameter(ParameterSetName = NameSet)]
        [Parameter(ParameterSetName = ResourceIdSet)]
        [Parameter(ParameterSetName = SubscriptionSet)]
        [Parameter(ParameterSetName = ManagementGroupSet)]
        [Parameter(ParameterSetName = TenantSet)]
        public SwitchParameter UseManagedIdentity { get; set; }

        [Parameter(ParameterSetName = NameSet)]
        [Parameter(ParameterSetName = ResourceIdSet)]
        [Parameter(ParameterSetName = SubscriptionSet)]
        [Parameter(ParameterSetName = ManagementGroupSet)]
        [Parameter(ParameterSetName = TenantSet)]
        public string ManagedIdentityClientId { get; set; }

        [Parameter(ParameterSetName = NameSet)]
        [Parameter(ParameterSetName = ResourceIdSet)]
        [Parameter(ParameterSetName = SubscriptionSet)]
        [Parameter(ParameterSetName = ManagementGroupSet)]
        [Parameter(ParameterSetName = TenantSet)]
        public SecureString AccessToken { get; set; }

        [Parameter(ParameterSetName = NameSet)]
        [Parameter(ParameterSetName = ResourceIdSet)]
        [Parameter(ParameterSetName = SubscriptionSet)]
        [Parameter(ParameterSetName = ManagementGroupSet)]
        [Parameter(ParameterSetName = TenantSet)]
        [ValidateSet("AzureCloud", "AzureChinaCloud", "AzureUSGovernment")]
        public string Environment { get; set; } = "AzureCloud";

        [Parameter(ParameterSetName = NameSet)]
        [Parameter(ParameterSetName = ResourceIdSet)]
        [Parameter(ParameterSetName = SubscriptionSet)]
        [Parameter(ParameterSetName = ManagementGroupSet)]
        [Parameter(ParameterSetName = TenantSet)]
        [ValidateRange(1, 1024)]
        public int ThrottleLimit { get; set; } = 8;

        /// <summary>Skip the long-running BGP peer status and learned-routes reads.</summary>
        [Parameter(ParameterSetName = NameSet)]
        [Parameter(ParameterSetName = ResourceIdSet)]
        public SwitchParameter SkipBgpStatus { get; set; }

        readonly List<object> _trees = new List<object>();
        readonly List<string> _ids = new List<string>();
        readonly List<(string, string, string)> _named = new List<(string, string, string)>();
        readonly CancellationTokenSource _stop = new CancellationTokenSource();
        EstateReader _offline;
        readonly List<string> _files = new List<string>();

        protected override void ProcessRecord()
        {
            switch (ParameterSetName)
            {
                case NameSet:
                    if (SubscriptionId != null && SubscriptionId.Length > 1) ThrowTerminatingError(Errors.OneSubscription(SubscriptionId));
                    _named.Add((SubscriptionId?[0] ?? SubscriptionOf(Id), ResourceGroupName, Name));
                    break;
                case ResourceIdSet: _ids.AddRange(ResourceId); break;
                case InputObjectSet:
                    _offline = _offline ?? new EstateReader();
                    foreach (var o in InputObject)
                    {
                        if (o == null) continue;
                        try { _offline.Add(PSObjectTree.Convert(o), "InputObject"); }
                        catch (SpecException e) { WriteError(Errors.FromSpec(new SpecException(e.Errors, "The input object"), o)); }
                    }
                    break;
                case PathSet:
                    _offline = _offline ?? new EstateReader();
                    if (!TemplateParametersRead()) return;
                    TopologyLoader.ForEachFile(this, Path, file =>
                    {
                        WriteVerbose($"Reading '{file}'.");
                        try
                        {
                            var (tree, template) = Templates.TemplateInput.Read(file, _templateParameters);
                            if (template != null) _offline.AddTemplate(tree, template);
                            else _offline.Add(tree, System.IO.Path.GetFileName(file));
                        }
                        catch (SpecException e) when (e.Code == SpecErrorCodes.InvalidJson) { WriteError(Errors.EstateInvalidJson(file, e.Errors[0].Problem)); return; }
                        catch (SpecException e) { WriteError(Errors.FromSpec(e, file)); return; }
                        _files.Add(file);
                    });
                    break;
            }
        }

        IDictionary<string, object> _templateParameters;
        bool _templateParametersRead;

        /// <summary>Reads -TemplateParameterFile and -TemplateParameterObject once; false (after a terminating error) when the file is wrong.</summary>
        bool TemplateParametersRead()
        {
            if (_templateParametersRead) return true;
            _templateParametersRead = true;
            IDictionary<string, object> fromFile = null;
            if (TemplateParameterFile != null)
            {
                string file;
                try { file = GetResolvedProviderPathFromPSPath(TemplateParameterFile, out _).FirstOrDefault(File.Exists); }
                catch (ItemNotFoundException) { file = null; }
                catch (System.Management.Automation.DriveNotFoundException) { file = null; }
                if (file == null) { ThrowTerminatingError(Errors.FileNotFound(TemplateParameterFile)); return false; }
                WriteVerbose($"Reading template parameters '{file}'.");
                try { fromFile = Templates.TemplateInput.ReadParameterFile(file); }
                catch (SpecException e) { ThrowTerminatingError(Errors.FromSpec(e, file)); return false; }
            }
            var fromObject = TemplateParameterObject != null ? PSObjectTree.Convert(TemplateParameterObject) as IDictionary<string, object> : null;
            _templateParameters = Templates.TemplateParameters.Merge(fromFile, fromObject);
            return true;
        }

        protected override void EndProcessing()
        {
            if (ParameterSetName == InputObjectSet || ParameterSetName == PathSet)
            {
                if (_offline == null) return;
                // Every file was an error (already reported): there is no topology to speak of.
                if (ParameterSetName == PathSet && _files.Count == 0) return;
                var topology = _offline.Read();
                if (_files.Count > 0) topology.FilePath = string.Join(", ", _files);
                Report(_offline.Notes);
                WriteTopology(topology);
                return;
            }
            if (!System.IO.Directory.Exists(LiveDependencies.Directory)) ThrowTerminatingError(Errors.LiveReaderNotInstalled(LiveDependencies.Directory));
            LiveDependencies.Ensure();
            if (ParameterSetName == SubscriptionSet || ParameterSetName == ManagementGroupSet || ParameterSetName == TenantSet) RunFleet();
            else RunLive();
        }

        LiveRequest SignIn() => new LiveRequest
        {
            Environment = Environment,
            AccessToken = Plain(AccessToken),
            UseManagedIdentity = UseManagedIdentity,
            ManagedIdentityClientId = ManagedIdentityClientId,
            ThrottleLimit = ThrottleLimit,
            SkipBgp = SkipBgpStatus,
        };

        void RunFleet()
        {
            var request = new FleetRequest { Sign = SignIn(), BgpStatus = BgpStatus };
            if (ParameterSetName == SubscriptionSet) request.Subscriptions.AddRange(SubscriptionId);
            if (ParameterSetName == ManagementGroupSet) request.ManagementGroups.Add(ManagementGroup);
            WriteVerbose($"Reading the fleet of {(ParameterSetName == SubscriptionSet ? SubscriptionId.Length + " subscription(s)" : ParameterSetName == ManagementGroupSet ? "management group " + ManagementGroup : "the tenant")} through Resource Graph; BGP status: {BgpStatus}.");

            // The reads run on worker threads; progress is queued and written from this (the pipeline) thread.
            var progress = new ConcurrentQueue<(string Phase, int Done, int Total, string Text)>();
            var task = LiveAudit.RunFleetAsync(request, (phase, done, total, text) => progress.Enqueue((phase, done, total, text)), _stop.Token);
            var record = new ProgressRecord(2, "Get-HaVpnTopology", "Reading the fleet");
            var outcome = Await(task, () => DrainFleet(progress, record), record);
            if (outcome == null) return;
            WriteFailures(outcome.Failures);
            Report(outcome.Notes);
            if (outcome.SubscriptionLimitHit) WriteWarning("Resource Graph answered for the first 10,000 subscriptions of the scope only (x-ms-tenant-subscription-limit-hit): read the rest with -SubscriptionId or -ManagementGroup.");
            foreach (var line in outcome.Summary) WriteVerbose(line);
            foreach (var t in outcome.Topologies) WriteTopology(t);
        }

        /// <summary>
        /// Waits on the pipeline thread for a read running on worker threads, writing its queued progress meanwhile; null
        /// when it was cancelled (Ctrl+C) or sign-in failed, which is then one LiveReadSignInFailed error with the credential
        /// chain's own message (which credentials were tried and why each failed).
        /// </summary>
        T Await<T>(System.Threading.Tasks.Task<T> task, Action drainProgress, ProgressRecord record) where T : class
        {
            // Not task.Wait(100): it throws a faulted task's AggregateException here, before the failure is classified below.
            while (!((IAsyncResult)task).AsyncWaitHandle.WaitOne(100)) drainProgress();
            drainProgress();
            record.RecordType = ProgressRecordType.Completed;
            WriteProgress(record);
            try { return task.GetAwaiter().GetResult(); }
            catch (OperationCanceledException) { return null; }
            catch (Exception e) when (Errors.IsSignInFailure(e, out var signIn))
            {
                WriteError(Errors.SignInFailed(signIn));
                return null;
            }
        }

        /// <summary>Writes the latest progress of each phase queued since the last call (Resource Graph pages, then BGP operations).</summary>
        void DrainFleet(ConcurrentQueue<(string Phase, int Done, int Total, string Text)> queue, ProgressRecord record)
        {
            var latest = new List<(string Phase, int Done, int Total, string Text)>();
            while (queue.TryDequeue(out var item))
            {
                if (latest.Count > 0 && latest[latest.Count - 1].Phase == item.Phase) latest[latest.Count - 1] = item;
                else latest.Add(item);
            }
            foreach (var last in latest)
            {
                // A record per write: hosts that keep records (a PowerShell instance's progress stream) keep each state.
                WriteProgress(new ProgressRecord(record.ActivityId, "Get-HaVpnTopology: " + last.Phase,
                    last.Phase == "Resource Graph" ? $"{last.Done} page(s) read" : $"{last.Done} of {last.Total} BGP operation(s) done")
                {
                    PercentComplete = last.Total > 0 ? Math.Min(100, 100 * last.Done / last.Total) : -1,
                    CurrentOperation = last.Text ?? "",
                });
            }
        }

        void RunLive()
        {
            var request = SignIn();
            request.GatewayIds.AddRange(_ids);
            request.Named.AddRange(_named);

            // The reads run on worker threads; progress is queued and written from this (the pipeline) thread.
            var progress = new ConcurrentQueue<(int Done, int Total, string Id)>();
            var task = LiveAudit.RunAsync(request, (done, total, id) => progress.Enqueue((done, total, id)), _stop.Token);
            var record = new ProgressRecord(1, "Get-HaVpnTopology", "Reading VPN gateways");
            var outcome = Await(task, () => Drain(progress, record), record);
            if (outcome == null) return;
            WriteFailures(outcome.Failures);
            Report(outcome.Notes);
            WriteVerbose($"Read {outcome.Gateways} gateway(s) live in {outcome.ReadMilliseconds:N0} ms; built the graph in {outcome.BuildMilliseconds:N0} ms.");
            if (outcome.Topology.Gateways.Count > 0 || outcome.Topology.UnjudgedResources.Count > 0) WriteTopology(outcome.Topology);
        }

        void WriteFailures(IEnumerable<LiveFailure> failures)
        {
            foreach (var f in failures)
            {
                var category = f.Status == 401 || f.Status == 403 ? ErrorCategory.PermissionDenied
                    : f.Status == 404 ? ErrorCategory.ObjectNotFound
                    : f.ErrorId == "LiveReadTimeout" ? ErrorCategory.OperationTimeout
                    : f.Status == 429 ? ErrorCategory.LimitsExceeded
                    : ErrorCategory.ReadError;
                WriteError(new ErrorRecord(new InvalidOperationException($"Reading '{f.ResourceId}' failed: {f.Message}"), f.ErrorId, category, f.ResourceId)
                {
                    ErrorDetails = new ErrorDetails($"Reading '{f.ResourceId}' failed: {f.Message}")
                    {
                        RecommendedAction = category == ErrorCategory.PermissionDenied ? "Grant Reader on the resource (and Network Contributor for BGP status, a POST), or sign in as an identity that has it."
                                          : "Run the audit again; the other gateways were read.",
                    },
                });
            }
        }

        void Drain(ConcurrentQueue<(int Done, int Total, string Id)> queue, ProgressRecord record)
        {
            (int Done, int Total, string Id) last = default;
            bool any = false;
            while (queue.TryDequeue(out var item)) { last = item; any = true; }
            if (!any || last.Total == 0) return;
            WriteProgress(new ProgressRecord(record.ActivityId, record.Activity, $"{last.Done} of {last.Total} gateway(s) read")
            {
                PercentComplete = Math.Min(100, 100 * last.Done / last.Total),
                CurrentOperation = last.Id,
            });
        }

        void Report(IReadOnlyList<SpecError> notes)
        {
            foreach (var n in notes)
            {
                if (n.Code == EstateReadCodes.OutOfScope) WriteVerbose(n.ToString());
                // A function the evaluator does not know only makes values unknown, which are never judged: for information.
                else if (n.Code == Templates.TemplateNoteCodes.UnsupportedFunction) { WriteVerbose(n.ToString()); WriteInformation(n.ToString(), new[] { "AzVpnHa", "Template" }); }
                else WriteWarning(n.ToString());
            }
        }

        void WriteTopology(Topology topology)
        {
            WriteVerbose($"Read '{topology.Name}' ({topology.Kind}): {topology.Gateways.Count} gateway(s), {topology.LocalNetworkGateways.Count} local network gateway(s), " +
                         $"{topology.Connections.Count} connection(s), {topology.TunnelCount} tunnel(s), {topology.UnjudgedResources.Count} resource(s) not Succeeded.");
            WriteObject(topology);
        }

        protected override void StopProcessing() => _stop.Cancel();

        static string Plain(SecureString secure)
        {
            if (secure == null) return null;
            var ptr = Marshal.SecureStringToGlobalAllocUnicode(secure);
            try { return Marshal.PtrToStringUni(ptr); }
            finally { Marshal.ZeroFreeGlobalAllocUnicode(ptr); }
        }
    
        static string SubscriptionOf(string resourceId) =>
            resourceId != null && Readers.ArmId.TryParse(resourceId, out var id) ? id.Subscription : null;
    }
}
