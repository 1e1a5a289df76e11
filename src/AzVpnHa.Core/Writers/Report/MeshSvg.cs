using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;

namespace AzVpnHa.Writers.Report
{
    /// <summary>
    /// Draws a MeshPicture as one SVG element: Azure gateway groups on the left, site and peer groups on the right, one
    /// line per tunnel coloured by its state (and dashed unless it is up or planned), each with a title for its connection.
    /// </summary>
    internal static class MeshSvg
    {
        const int Width = 960, Margin = 20, NodeWidth = 230, NodeHeight = 46, NodeGap = 12, GroupHeader = 26, GroupPad = 10, GroupGap = 24;
        const int LeftX = Margin + GroupPad, RightX = Width - Margin - GroupPad - NodeWidth;

        /// <summary>Stroke colour and dash pattern per tunnel state; the legend lists the same.</summary>
        public static readonly (string Status, string Colour, string Dash, string Meaning)[] States =
        {
            ("Planned", "#1f5fbf", "", "not deployed yet"),
            ("Connected", "#1b7f3b", "", "up"),
            ("NotConnected", "#c0392b", "8 5", "down"),
            ("Unknown", "#7f7f7f", "3 4", "not reported by Azure"),
        };

        public static void Write(StringBuilder sb, MeshPicture picture, string title)
        {
            var boxes = new Dictionary<MeshPicture.Node, (int X, int Y)>();
            int leftHeight = Place(picture.AzureSide, LeftX, boxes);
            int rightHeight = Place(picture.RemoteSide, RightX, boxes);
            // Place ends below the last group's gap; the picture ends a margin below the last group.
            int height = Math.Max(Math.Max(leftHeight, rightHeight) - GroupGap + Margin, 100);

            sb.Append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"mesh\" role=\"img\" viewBox=\"0 0 ").Append(Width).Append(' ').Append(height)
              .Append("\" width=\"").Append(Width).Append("\" height=\"").Append(height).Append("\">\n");
            sb.Append("<title>").Append(Html.Escape(title)).Append("</title>\n");
            sb.Append("<text x=\"").Append(LeftX).Append("\" y=\"14\" class=\"side\">Azure</text>");
            sb.Append("<text x=\"").Append(RightX).Append("\" y=\"14\" class=\"side\">On-premises and peers</text>\n");
            Groups(sb, picture.AzureSide, LeftX, boxes);
            Groups(sb, picture.RemoteSide, RightX, boxes);

            // Ports: a node's edges leave or arrive spread over its height, so parallel tunnels stay apart.
            var outgoing = picture.Edges.GroupBy(e => e.From).ToDictionary(g => g.Key, g => g.ToList());
            var incoming = picture.Edges.GroupBy(e => e.To).ToDictionary(g => g.Key, g => g.ToList());
            sb.Append("<g class=\"tunnels\">\n");
            foreach (var edge in picture.Edges)
            {
                var (fx, fy) = boxes[edge.From];
                var (tx, ty) = boxes[edge.To];
                bool fromRight = fx > Width / 2, toRight = tx > Width / 2;
                int x1 = fromRight ? fx : fx + NodeWidth, x2 = toRight ? tx : tx + NodeWidth;
                int y1 = Port(fy, outgoing[edge.From].IndexOf(edge), outgoing[edge.From].Count);
                int y2 = Port(ty, incoming[edge.To].IndexOf(edge), incoming[edge.To].Count);
                var state = States.FirstOrDefault(s => string.Equals(s.Status, edge.Status, StringComparison.OrdinalIgnoreCase));
                if (state.Status == null) state = States[3];
                sb.Append("<line class=\"tunnel\" x1=\"").Append(x1).Append("\" y1=\"").Append(y1).Append("\" x2=\"").Append(x2).Append("\" y2=\"").Append(y2)
                  .Append("\" stroke=\"").Append(state.Colour).Append("\" stroke-width=\"2.5\"");
                if (state.Dash.Length > 0) sb.Append(" stroke-dasharray=\"").Append(state.Dash).Append('"');
                sb.Append("><title>").Append(Html.Escape(edge.Connection + ": " + edge.Status + (edge.Bgp ? ", BGP" : ", static"))).Append("</title></line>\n");
                // The state as text near the remote end, readable in print where colours may not be.
                int lx = x1 + (x2 - x1) * 3 / 4, ly = y1 + (y2 - y1) * 3 / 4 - 3;
                sb.Append("<text class=\"state\" x=\"").Append(lx).Append("\" y=\"").Append(ly).Append("\" fill=\"").Append(state.Colour).Append("\">")
                  .Append(Html.Escape(edge.Status)).Append("</text>\n");
            }
            sb.Append("</g>\n</svg>\n");
        }

        static int Port(int top, int index, int count) => top + (index + 1) * NodeHeight / (count + 1);

        /// <summary>Stacks groups top to bottom from y=28; returns the height used.</summary>
        static int Place(List<MeshPicture.Group> groups, int x, Dictionary<MeshPicture.Node, (int X, int Y)> boxes)
        {
            int y = 28;
            foreach (var group in groups)
            {
                y += GroupHeader;
                foreach (var node in group.Nodes)
                {
                    boxes[node] = (x, y);
                    y += NodeHeight + NodeGap;
                }
                y += GroupPad - NodeGap + GroupGap;
            }
            return y;
        }

        static void Groups(StringBuilder sb, List<MeshPicture.Group> groups, int x, Dictionary<MeshPicture.Node, (int X, int Y)> boxes)
        {
            foreach (var group in groups)
            {
                if (group.Nodes.Count == 0) continue;
                int top = boxes[group.Nodes[0]].Y - GroupHeader, bottom = boxes[group.Nodes[group.Nodes.Count - 1]].Y + NodeHeight + GroupPad;
                sb.Append("<g class=\"group\"><rect x=\"").Append(x - GroupPad).Append("\" y=\"").Append(top).Append("\" width=\"").Append(NodeWidth + 2 * GroupPad)
                  .Append("\" height=\"").Append(bottom - top).Append("\" rx=\"6\" fill=\"#f4f6f9\" stroke=\"#9aa5b1\"/>");
                sb.Append("<text x=\"").Append(x).Append("\" y=\"").Append(top + 17).Append("\" class=\"group-label\">").Append(Html.Escape(group.Label)).Append("</text>\n");
                foreach (var node in group.Nodes)
                {
                    var (nx, ny) = boxes[node];
                    sb.Append("<g class=\"node\"><rect x=\"").Append(nx).Append("\" y=\"").Append(ny).Append("\" width=\"").Append(NodeWidth).Append("\" height=\"").Append(NodeHeight)
                      .Append("\" rx=\"4\" fill=\"#ffffff\" stroke=\"#3b4a5a\"").Append(node.Standby ? " stroke-dasharray=\"4 3\"" : "").Append("/>");
                    sb.Append("<text x=\"").Append(nx + 8).Append("\" y=\"").Append(ny + 19).Append("\" class=\"node-label\">").Append(Html.Escape(node.Label)).Append("</text>");
                    sb.Append("<text x=\"").Append(nx + 8).Append("\" y=\"").Append(ny + 36).Append("\" class=\"node-detail\">").Append(Html.Escape(node.Detail)).Append("</text></g>\n");
                }
                sb.Append("</g>\n");
            }
        }
    }

    /// <summary>XML text escaping for the XHTML report.</summary>
    internal static class Html
    {
        public static string Escape(string text)
        {
            if (string.IsNullOrEmpty(text)) return "";
            var sb = new StringBuilder(text.Length + 16);
            foreach (var c in text)
            {
                switch (c)
                {
                    case '&': sb.Append("&amp;"); break;
                    case '<': sb.Append("&lt;"); break;
                    case '>': sb.Append("&gt;"); break;
                    case '"': sb.Append("&quot;"); break;
                    case '\'': sb.Append("&#39;"); break;
                    default:
                        // Characters XML 1.0 forbids (control characters from a payload) are left out.
                        if (c < 0x20 && c != '\t' && c != '\n' && c != '\r') break;
                        sb.Append(c);
                        break;
                }
            }
            return sb.ToString();
        }
    }
}
