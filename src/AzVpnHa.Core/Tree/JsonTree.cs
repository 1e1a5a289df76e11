using System;
using System.Collections.Generic;
using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;

namespace AzVpnHa.Tree
{
    /// <summary>
    /// Parses JSON into the neutral tree the readers walk: case-insensitive objects (<see cref="TreeObject"/>, a Dictionary when large), lists, and
    /// string / long / double / bool / null scalars. Core takes no JSON package so that it loads beside
    /// any Azure.Core or System.Text.Json another module brought (architecture: "Why JSON enters as a neutral tree").
    /// </summary>
    public sealed class JsonTree
    {
        /// <summary>
        /// Deeper nesting is refused (System.Text.Json's default limit too): specs and ARM payloads are a few levels deep,
        /// and unbounded recursion on a hostile file would overflow the stack, which kills the PowerShell host.
        /// </summary>
        public const int MaxDepth = 64;

        readonly char[] _text;
        readonly int _length;
        // The member stack is kept per thread between parses: a live audit parses thousands of payloads, and growing
        // fresh lists for each would be most of the parser's garbage. Parse never re-enters itself on one thread.
        [ThreadStatic] static List<KeyValuePair<string, object>> t_members;
        [ThreadStatic] static List<int> t_memberAt;
        readonly List<KeyValuePair<string, object>> _members;
        readonly List<int> _memberAt;
        int _pos;
        int _depth;

        JsonTree(char[] text, int length)
        {
            _text = text;
            _length = length;
            // A huge document's stack is not kept for the thread's lifetime.
            if (t_members == null || t_members.Capacity > 4096) { t_members = new List<KeyValuePair<string, object>>(); t_memberAt = new List<int>(); }
            _members = t_members;
            _memberAt = t_memberAt;
            _members.Clear(); // after an error the last parse may have left members behind
            _memberAt.Clear();
        }

        public static object Parse(string text)
        {
            if (text == null) throw new ArgumentNullException(nameof(text));
            return Parse(text.ToCharArray(), text.Length);
        }

        /// <summary>
        /// Parses the first <paramref name="length"/> characters of a buffer: a caller that decodes bytes (an HTTP body)
        /// into a pooled buffer parses it without first making the whole text a string.
        /// </summary>
        public static object Parse(char[] text, int length)
        {
            if (text == null) throw new ArgumentNullException(nameof(text));
            if (length < 0 || length > text.Length) throw new ArgumentOutOfRangeException(nameof(length));
            var parser = new JsonTree(text, length);
            parser.SkipWhitespace();
            if (parser._pos < length && text[parser._pos] == '\uFEFF') parser._pos++;
            var value = parser.ReadValue();
            parser.SkipWhitespace();
            if (parser._pos != length) throw parser.Error("unexpected text after the JSON value");
            return value;
        }

        public static Dictionary<string, object> NewObject() => new Dictionary<string, object>(StringComparer.OrdinalIgnoreCase);

        [MethodImpl(Jit.Hot)]
        object ReadValue()
        {
            SkipWhitespace();
            if (_pos >= _length) throw Error("unexpected end of input");
            switch (_text[_pos])
            {
                case '{': { Enter(); var obj = ReadObject(); _depth--; return obj; }
                case '[': { Enter(); var list = ReadArray(); _depth--; return list; }
                case '"': return ReadString();
                case 't': Expect("true"); return True;
                case 'f': Expect("false"); return False;
                case 'n': Expect("null"); return null;
                default: return ReadNumber();
            }
        }

        void Enter()
        {
            if (++_depth > MaxDepth) throw Error($"nesting deeper than {MaxDepth} levels");
        }

        [MethodImpl(Jit.Hot)]
        IDictionary<string, object> ReadObject()
        {
            // Members are gathered on a stack shared by every level, then the object is made at its final size:
            // growing it member by member would allocate (and, for a hash table, rehash) several times per ARM object.
            var first = _members.Count;
            _pos++;
            SkipWhitespace();
            if (Peek() == '}') { _pos++; return new TreeObject(0); }
            while (true)
            {
                SkipWhitespace();
                if (Peek() != '"') throw Error("expected a property name in double quotes");
                var name = ReadName();
                SkipWhitespace();
                if (Peek() != ':') throw Error("expected ':' after a property name");
                _pos++;
                _memberAt.Add(_pos); // where a duplicate is reported
                _members.Add(new KeyValuePair<string, object>(name, ReadValue()));
                SkipWhitespace();
                var c = Peek();
                _pos++;
                if (c == '}') break;
                if (c != ',') { _pos--; throw Error("expected ',' or '}'"); }
            }
            var count = _members.Count - first;
            IDictionary<string, object> result = count <= TreeObject.MaxMembers ? new TreeObject(count) : (IDictionary<string, object>)new Dictionary<string, object>(count, StringComparer.OrdinalIgnoreCase);
            for (int i = first; i < _members.Count; i++)
            {
                var member = _members[i];
                if (result.ContainsKey(member.Key)) throw ErrorAt(_memberAt[i], $"the property '{member.Key}' appears twice");
                result.Add(member.Key, member.Value);
            }
            _members.RemoveRange(first, _members.Count - first);
            _memberAt.RemoveRange(first, _memberAt.Count - first);
            return result;
        }

        /// <summary>
        /// A property name. ARM payloads repeat a small vocabulary (id, name, properties...) thousands of times, so names
        /// come from a process-wide cache when the same characters were seen before: one string per name, not per use.
        /// </summary>
        [MethodImpl(Jit.Hot)]
        string ReadName()
        {
            var start = _pos + 1;
            var end = Array.IndexOf(_text, '"', start, _length - start);
            if (end < 0 || end - start > 64 || Array.IndexOf(_text, '\\', start, end - start) >= 0) return ReadString();
            int hash = end - start;
            for (int i = start; i < end; i++) hash = unchecked(hash * 31 + _text[i]);
            var slot = (hash & 0x7fffffff) % NameCache.Length;
            var cached = NameCache[slot];
            if (cached != null && cached.Length == end - start && Matches(cached, start))
            {
                _pos = end + 1;
                return cached;
            }
            var name = ReadString();
            NameCache[slot] = name; // a racing writer just replaces one cached name with another: both are correct strings
            return name;
        }

        static readonly string[] NameCache = new string[1021];

        // Booleans and small integers are boxed once for every tree (the trees are read-only to their readers).
        static readonly object True = true, False = false;
        static readonly object[] SmallIntegers = CreateSmallIntegers(256);

        static object[] CreateSmallIntegers(int count)
        {
            var boxes = new object[count];
            for (int i = 0; i < count; i++) boxes[i] = (long)i;
            return boxes;
        }
        [MethodImpl(Jit.Hot)]
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
                _pos++;
                if (c == ']') return result;
                if (c != ',') { _pos--; throw Error("expected ',' or ']'"); }
            }
        }

        [MethodImpl(Jit.Hot)]
        string ReadString()
        {
            _pos++;
            var start = _pos;
            StringBuilder sb = null;
            while (_pos < _length)
            {
                var c = _text[_pos];
                if (c == '"')
                {
                    var s = sb == null ? new string(_text, start, _pos - start) : sb.Append(_text, start, _pos - start).ToString();
                    _pos++;
                    return s;
                }
                if (c == '\\')
                {
                    sb = sb ?? new StringBuilder();
                    sb.Append(_text, start, _pos - start);
                    var backslash = _pos++;
                    if (_pos >= _length) break;
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
                            if (_pos + 4 > _length || !ushort.TryParse(new string(_text, _pos, 4), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var code))
                                throw ErrorAt(backslash, "invalid \\u escape");
                            sb.Append((char)code);
                            _pos += 4;
                            break;
                        default: throw ErrorAt(backslash, $"invalid escape '\\{e}'");
                    }
                    start = _pos;
                    continue;
                }
                if (c < ' ') throw Error("control character in a string");
                _pos++;
            }
            throw Error("unterminated string");
        }

        [MethodImpl(Jit.Hot)]
        object ReadNumber()
        {
            var start = _pos;
            if (Peek() == '-') _pos++;
            while (_pos < _length && (char.IsDigit(_text[_pos]) || "+-.eE".IndexOf(_text[_pos]) >= 0)) _pos++;
            var token = new string(_text, start, _pos - start);
            if (token.Length == 0) throw Error($"unexpected character '{_text[start]}'");
            if (long.TryParse(token, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var integer))
                return integer >= 0 && integer < SmallIntegers.Length ? SmallIntegers[integer] : integer;
            if (double.TryParse(token, NumberStyles.Float, CultureInfo.InvariantCulture, out var real)) return real;
            throw ErrorAt(start, $"'{token}' is not a number");
        }

        void Expect(string word)
        {
            if (_pos + word.Length > _length || !Matches(word, _pos)) throw Error("unexpected token");
            _pos += word.Length;
        }

        /// <summary>Whether <paramref name="word"/> is in the text at <paramref name="at"/> (the caller checked that it fits).</summary>
        bool Matches(string word, int at)
        {
            for (int i = 0; i < word.Length; i++)
                if (_text[at + i] != word[i]) return false;
            return true;
        }

        char Peek() => _pos < _length ? _text[_pos] : '\0';

        [MethodImpl(Jit.Hot)]
        void SkipWhitespace()
        {
            while (_pos < _length)
            {
                var c = _text[_pos];
                if (c == ' ' || c == '\t' || c == '\n' || c == '\r') _pos++;
                else if (c == '/' && _pos + 1 < _length && _text[_pos + 1] == '/')
                {   // ARM templates and hand-written specs carry // comments; ARM itself accepts them.
                    while (_pos < _length && _text[_pos] != '\n') _pos++;
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
            for (int i = 0; i < _pos && i < _length; i++)
            {
                if (_text[i] == '\n') { line++; column = 1; } else column++;
            }
            return new FormatException($"Invalid JSON at line {line}, column {column}: {problem}.");
        }
    }
}
