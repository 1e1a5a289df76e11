using System.Management.Automation;

namespace AzVpnHa
{
    /// <summary>
    /// What ConvertTo-HaAzConnection emits: one planned connection's New-AzVirtualNetworkGatewayConnection parameters.
    /// The parameters are note properties of the PSObject wrapping this object (only those that apply, so nothing binds a
    /// null); the shared key is kept here as a [Hidden] property. New-AzVirtualNetworkGatewayConnection declares
    /// -SharedKey as [string] (azure-powershell src/Network/Network/VirtualNetworkGatewayConnection/
    /// NewAzureVirtualNetworkGatewayConnectionCommand.cs, copied in tests/stand-ins), and PowerShell converts any other
    /// object to a string parameter with ToString(), so the key must stay a string to bind. Hidden, it still binds by
    /// property name, but no view shows it (Format-Table/List *, Select-Object *, Export-Csv leave hidden members out),
    /// and ToString() (what "$object", verbose lines and error messages print) is the connection name.
    /// </summary>
    public sealed class AzConnectionParameter
    {
        internal AzConnectionParameter(string name, string sharedKey)
        {
            _name = name;
            SharedKey = sharedKey;
        }

        readonly string _name;

        /// <summary>The IPsec pre-shared key, for -SharedKey; never displayed ($object.SharedKey reads it).</summary>
        [Hidden]
        public string SharedKey { get; }

        public override string ToString() => _name;
    }
}
