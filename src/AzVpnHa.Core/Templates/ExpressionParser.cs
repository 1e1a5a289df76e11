using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace AzVpnHa.Templates
{
    /// <summary>
    /// Parses the text inside an ARM expression ("[...]" without the brackets) into an <see cref="Expression"/>:
    /// literals ('text' with '' for a quote, integers), calls, property access (a.b) and indexing (a[0], a['b']).
    /// Grammar as documented for template expressions (learn.microsoft.com, "Template syntax and expressions").
    /// </summary>
    internal sealed class ExpressionParser
    {
        readonly string _text;
        int _pos;

        ExpressionParser(string text) { _text = text; }

        /// <summary>Whether a JSON string is an expression: "[...]" but not "[[...", which is a literal starting with "[".</summary>
        public static bool IsExpression(string s) =>
            s != null && s.Length >= 2 && s[0] == '[' && s[s.Length - 1] == ']' && !(s.Length > 1 && s[1] == '[');

        /// <summary>Parses an expression body; throws <see cref="TemplateException"/> on bad syntax.</summary>
        public static Expression Parse(string body)
        {
            var parser = new ExpressionParser(body);
            var e = parser.ParseValue();
            parser.Skip();
            if (parser._pos != body.Length) throw parser.Error("unexpected '" + body[parser._pos] + "'");
            return e;
        }

        Expression ParseValue()
        {
            Skip();
            if (_pos >= _text.Length) throw Error("an expression ends early");
            char c = _text[_pos];
            Expression value;
            if (c == '\'') value = new LiteralExpression(ParseString());
            else if (char.IsDigit(c) || ((c == '-' || c == '+') && _pos + 1 < _text.Length && char.IsDigit(_text[_pos + 1]))) value = ParseNumber();
            else value = ParseCall();
            while (true)
            {
                Skip();
                if (_pos >= _text.Length) break;
                if (_text[_pos] == '.')
                {
                    _pos++;
                    Skip();
                    int start = _pos;
                    while (_pos < _text.Length && IsNameChar(_text[_pos])) _pos++;
                    if (_pos == start) throw Error("a property name is missing after '.'");
                    value = new MemberExpression(value, _text.Substring(start, _pos - start));
                }
                else if (_text[_pos] == '[')
                {
                    _pos++;
                    var index = ParseValue();
                    Skip();
                    Expect(']');
                    value = new IndexExpression(value, index);
                }
                else break;
            }
            return value;
        }

        static bool IsNameChar(char c) => char.IsLetterOrDigit(c) || c == '_' || c == '$';

        string ParseString()
        {
            var sb = new StringBuilder();
            _pos++;
            while (_pos < _text.Length)
            {
                if (_text[_pos] == '\'')
                {
                    if (_pos + 1 < _text.Length && _text[_pos + 1] == '\'') { sb.Append('\''); _pos += 2; continue; }
                    _pos++;
                    return sb.ToString();
                }
                sb.Append(_text[_pos++]);
            }
            throw Error("a string is not closed");
        }

        Expression ParseNumber()
        {
            int start = _pos;
            _pos++;
            while (_pos < _text.Length && char.IsDigit(_text[_pos])) _pos++;
            if (!long.TryParse(_text.Substring(start, _pos - start), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var n))
                throw Error("a number is out of range");
            return new LiteralExpression(n);
        }

        Expression ParseCall()
        {
            int start = _pos;
            while (_pos < _text.Length && (IsNameChar(_text[_pos]) || _text[_pos] == '.' && _pos > start && _pos + 1 < _text.Length && IsNameChar(_text[_pos + 1]) && LooksNamespaced(start))) _pos++;
            var name = _text.Substring(start, _pos - start);
            if (name.Length == 0) throw Error("a function name is expected");
            Skip();
            // Bare true, false and null read as their literals (ARM also accepts them as true(), false(), null()).
            if (_pos >= _text.Length || _text[_pos] != '(')
            {
                if (name.Equals("true", StringComparison.OrdinalIgnoreCase)) return new LiteralExpression(true);
                if (name.Equals("false", StringComparison.OrdinalIgnoreCase)) return new LiteralExpression(false);
                if (name.Equals("null", StringComparison.OrdinalIgnoreCase)) return new LiteralExpression(null);
            }
            Expect('(');
            var args = new List<Expression>();
            Skip();
            if (_pos < _text.Length && _text[_pos] == ')') { _pos++; return new CallExpression(name, args); }
            while (true)
            {
                args.Add(ParseValue());
                Skip();
                if (_pos >= _text.Length) throw Error("a call is not closed");
                if (_text[_pos] == ',') { _pos++; continue; }
                Expect(')');
                return new CallExpression(name, args);
            }
        }

        /// <summary>A dotted name is a namespaced function (ns.fn(...)) only when a '(' follows the whole name.</summary>
        bool LooksNamespaced(int start)
        {
            int i = start;
            while (i < _text.Length && (IsNameChar(_text[i]) || _text[i] == '.')) i++;
            while (i < _text.Length && char.IsWhiteSpace(_text[i])) i++;
            return i < _text.Length && _text[i] == '(';
        }

        void Expect(char c)
        {
            if (_pos >= _text.Length || _text[_pos] != c) throw Error("'" + c + "' expected");
            _pos++;
        }

        void Skip() { while (_pos < _text.Length && char.IsWhiteSpace(_text[_pos])) _pos++; }

        TemplateException Error(string what) => new TemplateException("The expression '" + _text + "' cannot be parsed: " + what + " at position " + _pos + ".");
    }

    /// <summary>A template that ARM itself would reject (bad syntax, a wrong argument): the evaluator reports it instead of guessing.</summary>
    internal sealed class TemplateException : Exception
    {
        public TemplateException(string message) : base(message) { }
    }
}
