using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace AzVpnHa.Tree
{
    /// <summary>
    /// Parses JSON into the neutral tree the readers walk: objects are Dictionaries that compare names without case
    /// (templates spell <c>enableBGP</c>), arrays are Lists, scalars are string / long / double / bool / null. Core takes
    /// no JSON package so that it loads beside any Azure.Core or System.Text.Json another module brought
    /// (architecture: "Why JSON enters as a neutral tree"). Malformed text is a FormatException with line and column.
    /// </summary>
    internal sealed class JsonTree
    {
        /// <summary>
        /// Deeper nesting is refused (System.Text.Json's default limit too): specs and ARM payloads are a few levels deep,
        /// and unbounded recursion on a hostile file would overflow the stack, which kills the PowerShell host.
        /// </summary>
        public const int MaxDepth = 64;

        readonly string _text;
        int _pos;
        int _depth;

        JsonTree(string text) { _text = text; }

        public static object Parse(string text)
        {
            if (text == null) throw new ArgumentNullException(nameof(text));
            var parser = new JsonTree(text);
            if (text.Length > 0 && text[0] == '\uFEFF') parser._pos++;
            var value = parser.ReadValue();
            parser.SkipWhitespace();
            if (parser._pos != text.Length) throw parser.Error("unexpected text after the JSON value");
            return value;
        }

        public static Dictionary<string, object> NewObject() => new Dictionary<string, object>(StringComparer.OrdinalIgnoreCase);

        object ReadValue()
        {
            SkipWhitespace();
            if (_pos >= _text.Length) throw Error("unexpected end of input");
            switch (_text[_pos])
            {
                case '{': { Enter(); var obj = ReadObject(); _depth--; return obj; }
                case '[': { Enter(); var list = ReadArray(); _depth--; return list; }
                case '"': return ReadString();
                case 't': Expect("true"); return true;
                case 'f': Expect("false"); return false;
                case 'n': Expect("null"); return null;
                default: return ReadNumber();
            }
        }

        void Enter()
        {
            if (++_depth > MaxDepth) throw Error($"nesting deeper than {MaxDepth} levels");
        }

        Dictionary<string, object> ReadObject()
        {
            var result = NewObject();
            _pos++;
            SkipWhitespace();
            if (Peek() == '}') { _pos++; return result; }
            while (true)
            {
                SkipWhitespace();
                if (Peek() != '"') throw Error("expected a property name in double quotes");
                var nameAt = _pos;
                var name = ReadString();
                SkipWhitespace();
                if (Peek() != ':') throw Error("expected ':' after a property name");
                _pos++;
                if (result.ContainsKey(name)) throw ErrorAt(nameAt, $"the property '{name}' appears twice");
                result.Add(name, ReadValue());
                SkipWhitespace();
                var c = Peek();
                if (c == '}') { _pos++; return result; }
                if (c != ',') throw Error("expected ',' or '}'");
                _pos++;
            }
        }

        List<object> ReadArray()
        {
            var result = new List<object>();
            _pos++;
            SkipWhitespace();
            if (Peek() == ']') { _pos++; return result; }
            while (true)
            {
                result.Add(ReadValue());
                SkipWhitespace();
                var c = Peek();
                if (c == ']') { _pos++; return result; }
                if (c != ',') throw Error("expected ',' or ']'");
                _pos++;
            }
        }

        string ReadString()
        {
            _pos++;
            var sb = new StringBuilder();
            while (_pos < _text.Length)
            {
                var c = _text[_pos];
                if (c == '"') { _pos++; return sb.ToString(); }
                if (c < ' ') throw Error("control character in a string");
                if (c != '\\') { sb.Append(c); _pos++; continue; }
                var backslash = _pos++;
                if (_pos >= _text.Length) break;
                var e = _text[_pos++];
                switch (e)
                {
                    case '"': sb.Append('"'); break;
                    case '\\': sb.Append('\\'); break;
                    case '/': sb.Append('/'); break;
                    case 'b': sb.Append('\b'); break;
                    case 'f': sb.Append('\f'); break;
                    case 'n': sb.Append('\n'); break;
                    case 'r': sb.Append('\r'); break;
                    case 't': sb.Append('\t'); break;
                    case 'u':
                        if (_pos + 4 > _text.Length || !ushort.TryParse(_text.Substring(_pos, 4), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var code))
                            throw ErrorAt(backslash, "invalid \\u escape");
                        sb.Append((char)code);
                        _pos += 4;
                        break;
                    default: throw ErrorAt(backslash, $"invalid escape '\\{e}'");
                }
            }
            throw Error("unterminated string");
        }

        object ReadNumber()
        {
            var start = _pos;
            while (_pos < _text.Length && (char.IsDigit(_text[_pos]) || "+-.eE".IndexOf(_text[_pos]) >= 0)) _pos++;
            var token = _text.Substring(start, _pos - start);
            if (token.Length == 0) throw Error($"unexpected character '{_text[start]}'");
            if (long.TryParse(token, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var integer)) return integer;
            if (double.TryParse(token, NumberStyles.Float, CultureInfo.InvariantCulture, out var real)) return real;
            throw ErrorAt(start, $"'{token}' is not a number");
        }

        void Expect(string word)
        {
            if (string.CompareOrdinal(_text, _pos, word, 0, word.Length) != 0) throw Error("unexpected token");
            _pos += word.Length;
        }

        char Peek() => _pos < _text.Length ? _text[_pos] : '\0';

        void SkipWhitespace()
        {
            while (_pos < _text.Length)
            {
                var c = _text[_pos];
                if (c == ' ' || c == '\t' || c == '\n' || c == '\r') _pos++;
                else if (c == '/' && _pos + 1 < _text.Length && _text[_pos + 1] == '/')
                {   // ARM templates and hand-written specs carry // comments; ARM itself accepts them.
                    while (_pos < _text.Length && _text[_pos] != '\n') _pos++;
                }
                else return;
            }
        }

        /// <summary>An error pointing at an earlier position, e.g. the backslash of a bad escape rather than the character after it.</summary>
        FormatException ErrorAt(int position, string problem)
        {
            _pos = position;
            return Error(problem);
        }

        FormatException Error(string problem)
        {
            int line = 1, column = 1;
            for (int i = 0; i < _pos && i < _text.Length; i++)
            {
                if (_text[i] == '\n') { line++; column = 1; } else column++;
            }
            return new FormatException($"Invalid JSON at line {line}, column {column}: {problem}.");
        }
    }
}
