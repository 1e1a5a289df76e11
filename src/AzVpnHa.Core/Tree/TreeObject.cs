using System;
using System.Collections;
using System.Collections.Generic;

namespace AzVpnHa.Tree
{
    /// <summary>
    /// A small JSON object of the neutral tree: members in document order, names compared without case. ARM payloads are
    /// made of thousands of objects with a handful of members each; two arrays searched in order take about half the
    /// memory of a hash table and find a member as fast, so a live audit's trees cost the garbage collector half as much.
    /// JsonTree uses it up to <see cref="MaxMembers"/> members and a Dictionary beyond.
    /// </summary>
    public sealed class TreeObject : IDictionary<string, object>
    {
        /// <summary>Above this many members a hash table wins: lookups here are linear.</summary>
        public const int MaxMembers = 16;

        string[] _keys;
        object[] _values;
        int _count;

        public TreeObject(int capacity = 4)
        {
            _keys = new string[Math.Max(1, capacity)];
            _values = new object[_keys.Length];
        }

        public int Count => _count;
        public bool IsReadOnly => false;

        int IndexOf(string key)
        {
            if (key == null) throw new ArgumentNullException(nameof(key));
            for (int i = 0; i < _count; i++)
            {
                var k = _keys[i];
                if (ReferenceEquals(k, key) || (k.Length == key.Length && string.Equals(k, key, StringComparison.OrdinalIgnoreCase))) return i;
            }
            return -1;
        }

        public bool TryGetValue(string key, out object value)
        {
            var i = IndexOf(key);
            value = i >= 0 ? _values[i] : null;
            return i >= 0;
        }

        public bool ContainsKey(string key) => IndexOf(key) >= 0;

        public object this[string key]
        {
            get => IndexOf(key) is int i && i >= 0 ? _values[i] : throw new KeyNotFoundException($"The member '{key}' is not in this object.");
            set
            {
                var i = IndexOf(key);
                if (i >= 0) _values[i] = value;
                else Append(key, value);
            }
        }

        public void Add(string key, object value)
        {
            if (IndexOf(key) >= 0) throw new ArgumentException($"The member '{key}' is already in this object.", nameof(key));
            Append(key, value);
        }

        void Append(string key, object value)
        {
            if (_count == _keys.Length)
            {
                Array.Resize(ref _keys, _count * 2);
                Array.Resize(ref _values, _count * 2);
            }
            _keys[_count] = key;
            _values[_count] = value;
            _count++;
        }

        public bool Remove(string key)
        {
            var i = IndexOf(key);
            if (i < 0) return false;
            _count--;
            Array.Copy(_keys, i + 1, _keys, i, _count - i);
            Array.Copy(_values, i + 1, _values, i, _count - i);
            _keys[_count] = null;
            _values[_count] = null;
            return true;
        }

        public void Clear()
        {
            Array.Clear(_keys, 0, _count);
            Array.Clear(_values, 0, _count);
            _count = 0;
        }

        public ICollection<string> Keys
        {
            get
            {
                var keys = new string[_count];
                Array.Copy(_keys, keys, _count);
                return keys;
            }
        }

        public ICollection<object> Values
        {
            get
            {
                var values = new object[_count];
                Array.Copy(_values, values, _count);
                return values;
            }
        }

        public IEnumerator<KeyValuePair<string, object>> GetEnumerator()
        {
            for (int i = 0; i < _count; i++) yield return new KeyValuePair<string, object>(_keys[i], _values[i]);
        }

        IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

        void ICollection<KeyValuePair<string, object>>.Add(KeyValuePair<string, object> item) => Add(item.Key, item.Value);

        bool ICollection<KeyValuePair<string, object>>.Contains(KeyValuePair<string, object> item) =>
            TryGetValue(item.Key, out var v) && Equals(v, item.Value);

        void ICollection<KeyValuePair<string, object>>.CopyTo(KeyValuePair<string, object>[] array, int arrayIndex)
        {
            if (array == null) throw new ArgumentNullException(nameof(array));
            if (arrayIndex < 0 || array.Length - arrayIndex < _count) throw new ArgumentException("The array is too small.", nameof(array));
            for (int i = 0; i < _count; i++) array[arrayIndex + i] = new KeyValuePair<string, object>(_keys[i], _values[i]);
        }

        bool ICollection<KeyValuePair<string, object>>.Remove(KeyValuePair<string, object> item) =>
            TryGetValue(item.Key, out var v) && Equals(v, item.Value) && Remove(item.Key);
    }
}
