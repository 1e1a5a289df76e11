using System.Management.Automation;

namespace Minimal
{
    public sealed class Item { public string Name { get; set; } }

    [Cmdlet(VerbsCommon.Get, "MinimalItem")]
    [OutputType(typeof(Item))]
    public sealed class GetMinimalItemCommand : PSCmdlet
    {
        protected override void EndProcessing() => WriteObject(new Item { Name = "x" });
    }
}
