namespace AzVpnHa.Writers
{
    /// <summary>A finding with the topology it was found in and the file that topology was read from, when known.</summary>
    public sealed class ReportedFinding
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
