using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;
using AzVpnHa.Net;
using AzVpnHa.Spec;
using AzVpnHa.Tree;

namespace AzVpnHa.Readers
{
    /// <summary>What was read but could not be used (unknown shapes, references to resources not read, unattributed rows).</summary>
    internal sealed class ReadNotes
    {
        readonly List<SpecError> _notes = new List<SpecError>();

        public IReadOnlyList<SpecError> All => _notes;

        public void Note(string code, string path, string problem, string fix) => _notes.Add(new SpecError(code, path, problem, fix));
    }
}
