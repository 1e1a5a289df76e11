namespace AzVpnHa
{
    /// <summary>The article's configurations, per site or VNet link; Mixed when a topology holds several.</summary>
    public enum TopologyKind { None, ActiveStandby, MultipleDevices, ActiveActive, DualRedundancy, VNetToVNet, Mixed }

    /// <summary>Which side survives the loss of one box: on-prem devices, Azure instances, or both.</summary>
    public enum Redundancy { None, OnPremises, Azure, Full }

    public enum Severity { Information, Warning, Error }

    public enum ConnectionType { IPsec, Vnet2Vnet }

    /// <summary>Where a topology came from: a plan, or a deployed estate.</summary>
    public enum TopologyOrigin { Planned, Deployed }
}
