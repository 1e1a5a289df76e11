namespace AzVpnHa.Writers
{
    /// <summary>A finding with the topology and file the report names for it (the finding's own, or what Export-HaVpnFinding was given).</summary>
    internal sealed class ReportedFinding
    {
        public ReportedFinding(Finding finding, string topologyName = null, string path = null)
        {
            Finding = finding;
            TopologyName = topologyName;
            Path = path;
        }

        public Finding Finding { get; }
        public string TopologyName { get; }
        /// <summary>The spec, template or ARM file, or null (a topology from parameters or a live read).</summary>
        public string Path { get; }
    }
}
