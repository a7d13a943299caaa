package vm

import (
	"errors"
	"math/big"
	"unicode/utf8"
)

// This file implements the iteration protocol: GetIter, Next and Iterate,
// and the iterators of the builtin containers with CPython's behaviour when
// the container changes during iteration.

// IteratorSource is implemented by the iterators of builtin containers:
// Source returns the container being iterated (nil once the iterator is
// exhausted), so that the interpreter can treat each step of the iteration
// as a read of that container.
type IteratorSource interface {
	Source() Value
}

// errStopIterate is returned by Iterate callbacks to stop early.
var errStopIterate = errors.New("stop iteration")

// newIterType makes the type of a builtin iterator, with __iter__ and
// __next__.
func newIterType(name string) *Type {
	t := newBuiltinType(name, ObjectType)
	t.SetMethod("__iter__", Pure, func(th *Thread, args []Value, kwnames []string) (Value, error) {
		return args[0], nil
	})
	t.SetMethod("__next__", ReadsSelf, func(th *Thread, args []Value, kwnames []string) (Value, error) {
		v, ok, err := Next(th, args[0])
		if err != nil {
			return nil, err
		}
		if !ok {
			return nil, NewException(StopIterationType)
		}
		return v, nil
	})
	return t
}

// The builtin iterator types.
var (
	ListIteratorType        = newIterType("list_iterator")
	ListReverseIteratorType = newIterType("list_reverseiterator")
	TupleIteratorType       = newIterType("tuple_iterator")
	StrASCIIIteratorType    = newIterType("str_ascii_iterator")
	StrIteratorType         = newIterType("str_iterator")
	RangeIteratorType       = newIterType("range_iterator")
	DictKeyIteratorType     = newIterType("dict_keyiterator")
	DictValueIteratorType   = newIterType("dict_valueiterator")
	DictItemIteratorType    = newIterType("dict_itemiterator")
	DictRevKeyIteratorType  = newIterType("dict_reversekeyiterator")
	DictRevValIteratorType  = newIterType("dict_reversevalueiterator")
	DictRevItemIteratorType = newIterType("dict_reverseitemiterator")
	SetIteratorType         = newIterType("set_iterator")
	SeqIteratorType         = newIterType("iterator")
	CallableIteratorType    = newIterType("callable_iterator")
)

// listIterator iterates a list by index: items appended during the
// iteration are seen, as in CPython.
type listIterator struct {
	Header
	l *List
	i int
}

func (*listIterator) Type() *Type { return ListIteratorType }
func (it *listIterator) Source() Value {
	if it.l == nil {
		return nil
	}
	return it.l
}

// Next implements Iterator.
func (it *listIterator) Next(th *Thread) (Value, bool, error) {
	if it.l != nil && it.i < len(it.l.Elems) {
		v := it.l.Elems[it.i]
		it.i++
		return v, true, nil
	}
	it.l = nil
	return nil, false, nil
}

// listReverseIterator is reversed(list).
type listReverseIterator struct {
	Header
	l *List
	i int
}

func (*listReverseIterator) Type() *Type { return ListReverseIteratorType }
func (it *listReverseIterator) Source() Value {
	if it.l == nil {
		return nil
	}
	return it.l
}

// Next implements Iterator.
func (it *listReverseIterator) Next(th *Thread) (Value, bool, error) {
	if it.l != nil && it.i >= 0 && it.i < len(it.l.Elems) {
		v := it.l.Elems[it.i]
		it.i--
		return v, true, nil
	}
	it.l = nil
	return nil, false, nil
}

// tupleIterator iterates a tuple.
type tupleIterator struct {
	Header
	t Tuple
	i int
}

func (*tupleIterator) Type() *Type { return TupleIteratorType }

// Next implements Iterator.
func (it *tupleIterator) Next(th *Thread) (Value, bool, error) {
	if it.i < len(it.t) {
		v := it.t[it.i]
		it.i++
		return v, true, nil
	}
	return nil, false, nil
}

// strIterator iterates the characters of a str.
type strIterator struct {
	Header
	s     string
	pos   int
	ascii bool
}

func (it *strIterator) Type() *Type {
	if it.ascii {
		return StrASCIIIteratorType
	}
	return StrIteratorType
}

// Next implements Iterator.
func (it *strIterator) Next(th *Thread) (Value, bool, error) {
	if it.pos >= len(it.s) {
		return nil, false, nil
	}
	if it.ascii || it.s[it.pos] < utf8.RuneSelf {
		v := Str(it.s[it.pos : it.pos+1])
		it.pos++
		return v, true, nil
	}
	_, n := utf8.DecodeRuneInString(it.s[it.pos:])
	v := Str(it.s[it.pos : it.pos+n])
	it.pos += n
	return v, true, nil
}

// rangeIterator iterates a range (forwards or backwards).
type rangeIterator struct {
	Header
	next, step int64
	remaining  uint64
}

func (*rangeIterator) Type() *Type { return RangeIteratorType }

// Next implements Iterator.
func (it *rangeIterator) Next(th *Thread) (Value, bool, error) {
	if it.remaining == 0 {
		return nil, false, nil
	}
	v := it.next
	it.remaining--
	if it.remaining > 0 {
		it.next += it.step
	}
	return MakeInt(v), true, nil
}

// Kinds of dict iteration.
const (
	viewKeys = iota
	viewValues
	viewItems
)

// dictIterator iterates a dict's keys, values or items, failing when the
// dict changes size.
type dictIterator struct {
	Header
	d       *Dict
	i       int
	size    int
	left    int // items still to return: more means the keys changed
	kind    int
	reverse bool
}

func (it *dictIterator) Type() *Type {
	if it.reverse {
		return [...]*Type{DictRevKeyIteratorType, DictRevValIteratorType, DictRevItemIteratorType}[it.kind]
	}
	return [...]*Type{DictKeyIteratorType, DictValueIteratorType, DictItemIteratorType}[it.kind]
}

func (it *dictIterator) Source() Value {
	if it.d == nil {
		return nil
	}
	return it.d
}

func newDictIterator(d *Dict, kind int, reverse bool) *dictIterator {
	it := &dictIterator{d: d, size: d.Len(), left: d.Len(), kind: kind, reverse: reverse}
	if reverse {
		it.i = d.slots() - 1
	}
	return it
}

// Next implements Iterator.
func (it *dictIterator) Next(th *Thread) (Value, bool, error) {
	if it.d == nil {
		return nil, false, nil
	}
	if it.d.Len() != it.size {
		it.size = -1
		return nil, false, Errorf(RuntimeErrorType, "dictionary changed size during iteration")
	}
	for {
		if it.i < 0 {
			it.d = nil
			return nil, false, nil
		}
		k, v, ok := it.d.Entry(it.i)
		if !ok {
			it.d = nil
			return nil, false, nil
		}
		if it.reverse {
			it.i--
		} else {
			it.i++
		}
		if k == nil {
			continue
		}
		if it.left == 0 {
			it.d = nil
			return nil, false, Errorf(RuntimeErrorType, "dictionary keys changed during iteration")
		}
		it.left--
		switch it.kind {
		case viewKeys:
			return k, true, nil
		case viewValues:
			return v, true, nil
		}
		return Tuple{k, v}, true, nil
	}
}

// seqIterator iterates an object with __getitem__ but no __iter__.
type seqIterator struct {
	Header
	obj Value
	i   int64
}

func (*seqIterator) Type() *Type { return SeqIteratorType }

// Next implements Iterator.
func (it *seqIterator) Next(th *Thread) (Value, bool, error) {
	if it.obj == nil {
		return nil, false, nil
	}
	v, err := GetItem(th, it.obj, MakeInt(it.i))
	if err != nil {
		if e, ok := err.(*Exception); ok && (e.Class.IsSubtype(IndexErrorType) || e.Class.IsSubtype(StopIterationType)) {
			it.obj = nil
			return nil, false, nil
		}
		return nil, false, err
	}
	it.i++
	return v, true, nil
}

// callableIterator is iter(callable, sentinel).
type callableIterator struct {
	Header
	fn, sentinel Value
}

func (*callableIterator) Type() *Type { return CallableIteratorType }

// Next implements Iterator.
func (it *callableIterator) Next(th *Thread) (Value, bool, error) {
	if it.fn == nil {
		return nil, false, nil
	}
	v, err := callValue(th, it.fn, nil, nil)
	if err != nil {
		if _, ok := isStopIteration(err); ok {
			it.fn = nil
			return nil, false, nil
		}
		return nil, false, err
	}
	eq, err := Equal(th, v, it.sentinel)
	if err != nil {
		return nil, false, err
	}
	if eq {
		it.fn = nil
		return nil, false, nil
	}
	return v, true, nil
}

// GetIter returns iter(v): an Iterator for builtin containers, the object
// itself for iterators, the result of __iter__ for classes (or an iterator
// over __getitem__).
func GetIter(th *Thread, v Value) (Value, error) {
	switch x := v.(type) {
	case *List:
		return &listIterator{l: x}, nil
	case Tuple:
		return &tupleIterator{t: x}, nil
	case Str:
		return &strIterator{s: string(x), ascii: isASCII(string(x))}, nil
	case *Dict:
		return newDictIterator(x, viewKeys, false), nil
	case *DictView:
		return newDictIterator(x.D, x.Kind, false), nil
	case *Set:
		return newSetIterator(x), nil
	case *Range:
		return &rangeIterator{next: x.Start, step: x.Step, remaining: rangeCount(x)}, nil
	case *BigRange:
		return bigRangeIter(x, false), nil
	case Iterator:
		return x, nil
	}
	if fn, ok := lookupSpecial(v, "__iter__"); ok {
		if fn == None {
			return nil, Errorf(TypeErrorType, "'%s' object is not iterable", TypeName(v))
		}
		r, err := callMethod(th, fn, v)
		if err != nil {
			return nil, err
		}
		if !isIterator(r) {
			return nil, Errorf(TypeErrorType, "iter() returned non-iterator of type '%s'", TypeName(r))
		}
		return r, nil
	}
	if _, ok := lookupSpecial(v, "__getitem__"); ok {
		return &seqIterator{obj: v}, nil
	}
	return nil, Errorf(TypeErrorType, "'%s' object is not iterable", TypeName(v))
}

// isIterator reports whether v is an iterator (has __next__).
func isIterator(v Value) bool {
	if _, ok := v.(Iterator); ok {
		return true
	}
	_, ok := lookupSpecial(v, "__next__")
	return ok
}

// isIterable reports whether iter(v) can succeed.
func isIterable(v Value) bool {
	switch v.(type) {
	case *List, Tuple, Str, *Dict, *DictView, *Set, *Range, *BigRange, Iterator:
		return true
	}
	if fn, ok := lookupSpecial(v, "__iter__"); ok {
		return fn != None
	}
	_, ok := lookupSpecial(v, "__getitem__")
	return ok
}

// Next advances an iterator: Iterator.Next, or __next__ (StopIteration
// ends the iteration: ok is false).
func Next(th *Thread, it Value) (Value, bool, error) {
	if x, ok := it.(Iterator); ok {
		return x.Next(th)
	}
	if fn, ok := lookupSpecial(it, "__next__"); ok {
		v, err := callMethod(th, fn, it)
		if err != nil {
			if _, ok := isStopIteration(err); ok {
				return nil, false, nil
			}
			return nil, false, err
		}
		return v, true, nil
	}
	return nil, false, Errorf(TypeErrorType, "'%s' object is not an iterator", TypeName(it))
}

// Iterate calls f for each item of v, in order, until the items run out
// or f returns an error (which Iterate returns).
func Iterate(th *Thread, v Value, f func(Value) error) error {
	switch x := v.(type) {
	case *List:
		for i := 0; i < len(x.Elems); i++ {
			if err := f(x.Elems[i]); err != nil {
				return err
			}
		}
		return nil
	case Tuple:
		for _, e := range x {
			if err := f(e); err != nil {
				return err
			}
		}
		return nil
	}
	it, err := GetIter(th, v)
	if err != nil {
		return err
	}
	for {
		item, ok, err := Next(th, it)
		if err != nil {
			return err
		}
		if !ok {
			return nil
		}
		if err := f(item); err != nil {
			return err
		}
	}
}

// collect returns the items of an iterable as a new slice. notIterable,
// when not empty, replaces the TypeError message for non-iterables.
func collect(th *Thread, v Value, notIterable string) ([]Value, error) {
	switch x := v.(type) {
	case *List:
		return append([]Value(nil), x.Elems...), nil
	case Tuple:
		return append([]Value(nil), x...), nil
	case *Range:
		n := rangeCount(x)
		if n > MaxContainerLen {
			return nil, tooLarge("list", int64(n))
		}
	case *BigRange:
		if n := x.length(); n.Cmp(big.NewInt(MaxContainerLen)) > 0 {
			return nil, Errorf(MemoryErrorType, "lockstep: a list of %s items is too large", n)
		}
	}
	if notIterable != "" && !isIterable(v) {
		return nil, Errorf(TypeErrorType, "%s", notIterable)
	}
	var out []Value
	err := Iterate(th, v, func(item Value) error {
		if len(out) >= MaxContainerLen {
			return tooLarge("list", int64(len(out))+1)
		}
		out = append(out, item)
		return nil
	})
	return out, err
}
