namespace AzVpnHa.Mesh
{
    /// <summary>The step every reader ends with: draw the tunnel mesh, then classify sites and links.</summary>
    public static class TopologyBuilder
    {
        public static Topology Complete(Topology topology)
        {
            topology.ResetIndex();
            TunnelMesh.Build(topology);
            Classifier.Classify(topology);
            return topology;
        }
    }
}
