package vm

import "maps"

// Dict is an insertion-ordered hash map with Python semantics: keys are
// compared with Equal and hashed with Hash (which may call __eq__ and
// __hash__). Str keys take a fast path that never calls Python code.
type Dict struct {
	Header
	entries []dictEntry // in insertion order; deleted entries have key == nil
	live    int
	strIdx  map[string]int32  // index of Str keys in entries, kept only when len(entries) > smallDict
	hashIdx map[int64][]int32 // index of other keys by hash
	// sharedIdx marks strIdx as shared with other dicts (a copy and its
	// original): it is read-only, and the first change clones it.
	sharedIdx bool
}

type dictEntry struct {
	key   Value
	value Value
	hash  int64
}

// smallDict is the number of slots up to which a dict finds string keys by
// scanning its entries instead of keeping strIdx: most dicts (instance
// attributes, small modules, keyword arguments) stay this small, and a scan
// is cheaper than building and maintaining a Go map.
const smallDict = 8

// Type implements Value.
func (*Dict) Type() *Type { return DictType }

// strIndex returns the slot of string key, or -1.
func (d *Dict) strIndex(key string) int {
	if len(d.entries) <= smallDict {
		for i := range d.entries {
			if s, ok := d.entries[i].key.(Str); ok && string(s) == key {
				return i
			}
		}
		return -1
	}
	if i, ok := d.strIdx[key]; ok {
		return int(i)
	}
	return -1
}

// appendEntry adds e as the last slot, building strIdx when the dict
// outgrows smallDict and maintaining it afterwards.
func (d *Dict) appendEntry(e dictEntry) {
	d.entries = append(d.entries, e)
	d.live++
	switch n := len(d.entries); {
	case n == smallDict+1:
		d.buildStrIdx()
	case n > smallDict+1:
		if s, ok := e.key.(Str); ok {
			d.ownStrIdx()
			d.strIdx[string(s)] = int32(n - 1)
		}
	}
}

// ownStrIdx makes strIdx the dict's own before it changes.
func (d *Dict) ownStrIdx() {
	if d.sharedIdx {
		d.strIdx = maps.Clone(d.strIdx)
		d.sharedIdx = false
	}
}

// buildStrIdx rebuilds strIdx from the entries (a fresh, possibly empty,
// map when the dict is large, nil when it is small).
func (d *Dict) buildStrIdx() {
	d.strIdx = nil
	d.sharedIdx = false
	if len(d.entries) <= smallDict {
		return
	}
	d.strIdx = make(map[string]int32, len(d.entries))
	for i, e := range d.entries {
		if s, ok := e.key.(Str); ok {
			d.strIdx[string(s)] = int32(i)
		}
	}
}

// NewDict returns an empty dict.
func NewDict() *Dict { return &Dict{} }

// NewDictSize returns an empty dict with room for n entries.
func NewDictSize(n int) *Dict { return &Dict{entries: make([]dictEntry, 0, n)} }

// Len returns the number of entries.
func (d *Dict) Len() int { return d.live }

// GetStr looks up a string key without calling Python code.
func (d *Dict) GetStr(key string) (Value, bool) {
	if i := d.strIndex(key); i >= 0 {
		return d.entries[i].value, true
	}
	return nil, false
}

// SetStr sets a string key.
func (d *Dict) SetStr(key string, v Value) { d.setStrKey(key, nil, v) }

// setStrKey is SetStr with the key also given as a Str value (boxed) when
// the caller has one: a new entry then reuses it instead of boxing key.
func (d *Dict) setStrKey(key string, boxed Value, v Value) {
	if i := d.strIndex(key); i >= 0 {
		d.entries[i].value = v
		return
	}
	if boxed == nil {
		boxed = Str(key)
	}
	d.appendEntry(dictEntry{key: boxed, value: v})
}

// DeleteStr removes a string key, reporting whether it was present.
func (d *Dict) DeleteStr(key string) bool {
	i := d.strIndex(key)
	if i < 0 {
		return false
	}
	if d.strIdx != nil {
		d.ownStrIdx()
		delete(d.strIdx, key)
	}
	d.removeAt(i)
	return true
}

func (d *Dict) removeAt(i int) {
	d.entries[i] = dictEntry{}
	d.live--
	if d.live == 0 {
		d.entries = d.entries[:0]
		return
	}
	if len(d.entries) > 32 && d.live < len(d.entries)/2 {
		d.compact()
	}
}

func (d *Dict) compact() {
	out := d.entries[:0]
	for _, e := range d.entries {
		if e.key != nil {
			out = append(out, e)
		}
	}
	for i := len(out); i < len(d.entries); i++ {
		d.entries[i] = dictEntry{}
	}
	d.entries = out
	d.reindex()
}

func (d *Dict) reindex() {
	d.buildStrIdx()
	d.hashIdx = nil
	for i, e := range d.entries {
		if e.key == nil {
			continue
		}
		if _, ok := e.key.(Str); !ok {
			if d.hashIdx == nil {
				d.hashIdx = make(map[int64][]int32)
			}
			d.hashIdx[e.hash] = append(d.hashIdx[e.hash], int32(i))
		}
	}
}

// find returns the index of key, or -1, and the key's hash.
func (d *Dict) find(th *Thread, key Value) (int, int64, error) {
	if s, ok := key.(Str); ok {
		return d.strIndex(string(s)), 0, nil
	}
	h, err := Hash(th, key)
	if err != nil {
		return -1, 0, err
	}
	for _, i := range d.hashIdx[h] {
		e := &d.entries[i]
		if e.key == nil {
			continue
		}
		if identical(e.key, key) {
			return int(i), h, nil
		}
		eq, err := Equal(th, e.key, key)
		if err != nil {
			return -1, h, err
		}
		if eq {
			return int(i), h, nil
		}
	}
	return -1, h, nil
}

// Get looks up key. It fails when key is unhashable or __eq__ fails.
func (d *Dict) Get(th *Thread, key Value) (Value, bool, error) {
	i, _, err := d.find(th, key)
	if err != nil || i < 0 {
		return nil, false, err
	}
	return d.entries[i].value, true, nil
}

// Set sets key to v.
func (d *Dict) Set(th *Thread, key, v Value) error {
	if s, ok := key.(Str); ok {
		d.SetStr(string(s), v)
		return nil
	}
	i, h, err := d.find(th, key)
	if err != nil {
		return err
	}
	if i >= 0 {
		d.entries[i].value = v
		return nil
	}
	if d.hashIdx == nil {
		d.hashIdx = make(map[int64][]int32)
	}
	d.hashIdx[h] = append(d.hashIdx[h], int32(len(d.entries)))
	d.appendEntry(dictEntry{key: key, value: v, hash: h})
	return nil
}

// Delete removes key, reporting whether it was present.
func (d *Dict) Delete(th *Thread, key Value) (bool, error) {
	if s, ok := key.(Str); ok {
		return d.DeleteStr(string(s)), nil
	}
	i, h, err := d.find(th, key)
	if err != nil || i < 0 {
		return false, err
	}
	d.unindexHash(i, h)
	d.removeAt(i)
	return true, nil
}

func (d *Dict) unindexHash(i int, h int64) {
	idx := d.hashIdx[h]
	for j, k := range idx {
		if int(k) == i {
			idx = append(idx[:j:j], idx[j+1:]...)
			break
		}
	}
	if len(idx) == 0 {
		delete(d.hashIdx, h)
	} else {
		d.hashIdx[h] = idx
	}
}

// Clear removes every entry.
func (d *Dict) Clear() {
	d.entries = nil
	d.live = 0
	d.strIdx = nil
	d.sharedIdx = false
	d.hashIdx = nil
}

// Range calls f for each entry in insertion order until f returns false.
// f must not modify d.
func (d *Dict) Range(f func(k, v Value) bool) {
	for _, e := range d.entries {
		if e.key != nil && !f(e.key, e.value) {
			return
		}
	}
}

// Keys returns the keys in insertion order.
func (d *Dict) Keys() []Value {
	out := make([]Value, 0, d.live)
	for _, e := range d.entries {
		if e.key != nil {
			out = append(out, e.key)
		}
	}
	return out
}

// Items returns the entries in insertion order as (key, value) pairs.
func (d *Dict) Items() [][2]Value {
	out := make([][2]Value, 0, d.live)
	for _, e := range d.entries {
		if e.key != nil {
			out = append(out, [2]Value{e.key, e.value})
		}
	}
	return out
}

// Entry returns the i-th live-or-deleted slot for iterators: ok is false
// past the end; key is nil for a deleted slot. Iterators walk slots by index
// and detect size changes through Len.
func (d *Dict) Entry(i int) (key, value Value, ok bool) {
	if i >= len(d.entries) {
		return nil, nil, false
	}
	e := d.entries[i]
	return e.key, e.value, true
}

// Copy returns a shallow copy. A copy of a dict without deleted slots or
// keys other than strings shares d's string index until either changes it
// (d is marked shared only if it is not yet, so that copying a dict shared
// by machines does not write it).
func (d *Dict) Copy() *Dict {
	c := &Dict{entries: make([]dictEntry, 0, d.live), live: d.live}
	for _, e := range d.entries {
		if e.key != nil {
			c.entries = append(c.entries, e)
		}
	}
	if d.live == len(d.entries) && d.hashIdx == nil && d.strIdx != nil {
		if !d.sharedIdx {
			d.sharedIdx = true
		}
		c.strIdx, c.sharedIdx = d.strIdx, true
		return c
	}
	c.reindex()
	return c
}

// PopLast removes and returns the last entry (popitem).
func (d *Dict) PopLast() (key, value Value, ok bool) {
	for i := len(d.entries) - 1; i >= 0; i-- {
		e := d.entries[i]
		if e.key == nil {
			continue
		}
		if s, ok := e.key.(Str); ok {
			if d.strIdx != nil {
				d.ownStrIdx()
				delete(d.strIdx, string(s))
			}
		} else {
			d.unindexHash(i, e.hash)
		}
		d.removeAt(i)
		return e.key, e.value, true
	}
	return nil, nil, false
}
