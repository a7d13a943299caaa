package vm

import "lockstep/wasm/compile"

// This file implements set and frozenset. A Set keeps its elements in
// insertion order (a documented deviation from CPython, whose order
// depends on hashes): iteration, repr and pop are deterministic.

// Set is a Python set, or a frozenset when Frozen.
type Set struct {
	Header
	items  *Dict // elements as keys; values are None
	Frozen bool
}

// Type implements Value.
func (s *Set) Type() *Type {
	if s.Frozen {
		return FrozenSetType
	}
	return SetType
}

// NewSet returns an empty set (frozen for a frozenset).
func NewSet(frozen bool) *Set { return &Set{items: NewDict(), Frozen: frozen} }

// Len returns the number of elements.
func (s *Set) Len() int { return s.items.Len() }

// Elems returns the elements in insertion order.
func (s *Set) Elems() []Value { return s.items.Keys() }

// Add adds v to the set.
func (s *Set) Add(th *Thread, v Value) error {
	if s.items.Len() >= MaxContainerLen {
		if ok, err := setContains(th, s, v); err != nil || ok {
			return err
		}
		return tooLarge(TypeName(s), int64(s.items.Len())+1)
	}
	return s.items.Set(th, v, None)
}

// Contains reports whether v is an element.
func (s *Set) Contains(th *Thread, v Value) (bool, error) { return setContains(th, s, v) }

// setContains is `v in s`: a set argument is looked up as a frozenset.
func setContains(th *Thread, s *Set, v Value) (bool, error) {
	if x, ok := v.(*Set); ok && !x.Frozen {
		v = &Set{items: x.items, Frozen: true}
	}
	_, ok, err := s.items.Get(th, v)
	return ok, err
}

// copySet returns a shallow copy with the given frozenness.
func copySet(s *Set, frozen bool) *Set {
	return &Set{items: s.items.Copy(), Frozen: frozen}
}

// setFromIterable builds a set from an iterable.
func setFromIterable(th *Thread, v Value, frozen bool) (*Set, error) {
	if x, ok := v.(*Set); ok {
		return copySet(x, frozen), nil
	}
	s := NewSet(frozen)
	err := Iterate(th, v, func(item Value) error { return s.Add(th, item) })
	if err != nil {
		return nil, err
	}
	return s, nil
}

// asSet returns v as a set for the named set methods, which accept any
// iterable.
func asSet(th *Thread, v Value) (*Set, error) {
	if x, ok := v.(*Set); ok {
		return x, nil
	}
	return setFromIterable(th, v, false)
}

// setUpdate adds the elements of other to s.
func setUpdate(th *Thread, s *Set, other Value) error {
	if o, ok := other.(*Set); ok {
		for _, k := range o.items.Keys() {
			if err := s.Add(th, k); err != nil {
				return err
			}
		}
		return nil
	}
	if d, ok := other.(*Dict); ok {
		for _, k := range d.Keys() {
			if err := s.Add(th, k); err != nil {
				return err
			}
		}
		return nil
	}
	return Iterate(th, other, func(item Value) error { return s.Add(th, item) })
}

// setIntersection returns the elements of s also in other, in s's order.
func setIntersection(th *Thread, s *Set, other Value, frozen bool) (*Set, error) {
	o, err := asSet(th, other)
	if err != nil {
		return nil, err
	}
	out := NewSet(frozen)
	for _, k := range s.items.Keys() {
		ok, err := setContains(th, o, k)
		if err != nil {
			return nil, err
		}
		if ok {
			if err := out.items.Set(th, k, None); err != nil {
				return nil, err
			}
		}
	}
	return out, nil
}

// setDifference returns the elements of s not in other.
func setDifference(th *Thread, s *Set, other Value, frozen bool) (*Set, error) {
	o, err := asSet(th, other)
	if err != nil {
		return nil, err
	}
	out := NewSet(frozen)
	for _, k := range s.items.Keys() {
		ok, err := setContains(th, o, k)
		if err != nil {
			return nil, err
		}
		if !ok {
			if err := out.items.Set(th, k, None); err != nil {
				return nil, err
			}
		}
	}
	return out, nil
}

// setSymmetricDifference returns the elements in exactly one of s and other.
func setSymmetricDifference(th *Thread, s *Set, other Value, frozen bool) (*Set, error) {
	o, err := asSet(th, other)
	if err != nil {
		return nil, err
	}
	out, err := setDifference(th, s, o, frozen)
	if err != nil {
		return nil, err
	}
	for _, k := range o.items.Keys() {
		ok, err := setContains(th, s, k)
		if err != nil {
			return nil, err
		}
		if !ok {
			if err := out.Add(th, k); err != nil {
				return nil, err
			}
		}
	}
	return out, nil
}

// setIntersectionUpdate keeps the elements also in other.
func setIntersectionUpdate(th *Thread, s *Set, other Value) error {
	r, err := setIntersection(th, s, other, false)
	if err == nil {
		s.items = r.items
	}
	return err
}

// setDifferenceUpdate removes the elements of other.
func setDifferenceUpdate(th *Thread, s *Set, other Value) error {
	if other == Value(s) {
		s.items.Clear()
		return nil
	}
	return Iterate(th, other, func(item Value) error {
		if x, ok := item.(*Set); ok && !x.Frozen {
			item = &Set{items: x.items, Frozen: true}
		}
		_, err := s.items.Delete(th, item)
		return err
	})
}

// setSymmetricDifferenceUpdate replaces s with s ^ other.
func setSymmetricDifferenceUpdate(th *Thread, s *Set, other Value) error {
	r, err := setSymmetricDifference(th, s, other, false)
	if err == nil {
		s.items = r.items
	}
	return err
}

// setIsSubset reports whether every element of s is in o.
func setIsSubset(th *Thread, s, o *Set) (bool, error) {
	if s.items.Len() > o.items.Len() {
		return false, nil
	}
	for _, k := range s.items.Keys() {
		ok, err := setContains(th, o, k)
		if err != nil || !ok {
			return false, err
		}
	}
	return true, nil
}

// setBinary computes the set operators | & - ^ between sets; the result
// has the left operand's type.
func setBinary(th *Thread, op compile.BinaryOp, x, y *Set) (Value, error) {
	switch op {
	case compile.OpOr:
		out := copySet(x, x.Frozen)
		if err := setUpdate(th, out, y); err != nil {
			return nil, err
		}
		return out, nil
	case compile.OpAnd:
		return setIntersection(th, x, y, x.Frozen)
	case compile.OpSub:
		return setDifference(th, x, y, x.Frozen)
	case compile.OpXor:
		return setSymmetricDifference(th, x, y, x.Frozen)
	}
	return nil, nil
}

// setCompare compares a set with another set: == and != by elements, <,
// <=, >, >= as subset and superset tests.
func setCompare(th *Thread, op compile.CompareOp, x *Set, b Value) (Value, error) {
	y, ok := b.(*Set)
	if !ok {
		return NotImplemented, nil
	}
	var r bool
	var err error
	switch op {
	case compile.OpEQ, compile.OpNE:
		r = x.items.Len() == y.items.Len()
		if r {
			r, err = setIsSubset(th, x, y)
		}
		if op == compile.OpNE {
			r = !r
		}
	case compile.OpLE:
		r, err = setIsSubset(th, x, y)
	case compile.OpLT:
		r = x.items.Len() < y.items.Len()
		if r {
			r, err = setIsSubset(th, x, y)
		}
	case compile.OpGE:
		r, err = setIsSubset(th, y, x)
	case compile.OpGT:
		r = x.items.Len() > y.items.Len()
		if r {
			r, err = setIsSubset(th, y, x)
		}
	}
	if err != nil {
		return nil, err
	}
	return Bool(r), nil
}

// setIterator iterates a set in insertion order, failing when the set
// changes size.
type setIterator struct {
	Header
	s    *Set
	i    int
	size int
}

func (*setIterator) Type() *Type { return SetIteratorType }
func (it *setIterator) Source() Value {
	if it.s == nil {
		return nil
	}
	return it.s
}

func newSetIterator(s *Set) *setIterator { return &setIterator{s: s, size: s.items.Len()} }

// Next implements Iterator.
func (it *setIterator) Next(th *Thread) (Value, bool, error) {
	if it.s == nil {
		return nil, false, nil
	}
	if it.s.items.Len() != it.size {
		it.size = -1
		return nil, false, Errorf(RuntimeErrorType, "Set changed size during iteration")
	}
	for {
		k, _, ok := it.s.items.Entry(it.i)
		if !ok {
			it.s = nil
			return nil, false, nil
		}
		it.i++
		if k != nil {
			return k, true, nil
		}
	}
}

// setSelf returns the receiver of a set method.
func setSelf(args []Value) *Set { return args[0].(*Set) }

// setMethodOthers implements the set methods taking any number of
// iterables (union, intersection, difference, update…).
func setMethodOthers(name string, effect Effect, types []*Type, f func(th *Thread, s *Set, others []Value) (Value, error)) {
	for _, t := range types {
		qual := t.Name + "." + name
		e := effect
		if t == FrozenSetType {
			e = Pure
		}
		t.SetMethod(name, e, func(th *Thread, args []Value, kwnames []string) (Value, error) {
			if err := noKwargs(qual, kwnames); err != nil {
				return nil, err
			}
			return f(th, setSelf(args), args[1:])
		})
	}
}

// setMethod1 implements a set method taking exactly one argument.
func setMethod1(name string, effect Effect, types []*Type, f func(th *Thread, s *Set, v Value) (Value, error)) {
	for _, t := range types {
		qual := t.Name + "." + name
		e := effect
		if t == FrozenSetType {
			e = Pure
		}
		t.SetMethod(name, e, func(th *Thread, args []Value, kwnames []string) (Value, error) {
			if err := methOneArg(qual, args, kwnames); err != nil {
				return nil, err
			}
			return f(th, setSelf(args), args[1])
		})
	}
}

// setMethod0 implements a set method taking no arguments.
func setMethod0(name string, effect Effect, types []*Type, f func(th *Thread, s *Set) (Value, error)) {
	for _, t := range types {
		qual := t.Name + "." + name
		e := effect
		if t == FrozenSetType {
			e = Pure
		}
		t.SetMethod(name, e, func(th *Thread, args []Value, kwnames []string) (Value, error) {
			if err := methNoArgs(qual, args, kwnames); err != nil {
				return nil, err
			}
			return f(th, setSelf(args))
		})
	}
}

func newSetValue(th *Thread, args []Value, kwnames []string, frozen bool) (Value, error) {
	name := "set"
	if frozen {
		name = "frozenset"
	}
	if err := noKwargs(name, kwnames); err != nil {
		return nil, err
	}
	rest := args[1:]
	if err := checkPositional(name, len(rest), 0, 1); err != nil {
		return nil, err
	}
	if len(rest) == 0 {
		return NewSet(frozen), nil
	}
	if x, ok := rest[0].(*Set); ok && x.Frozen && frozen {
		return x, nil
	}
	return setFromIterable(th, rest[0], frozen)
}

func init() {
	SetType.New = func(th *Thread, args []Value, kwnames []string) (Value, error) {
		return newSetValue(th, args, kwnames, false)
	}
	FrozenSetType.New = func(th *Thread, args []Value, kwnames []string) (Value, error) {
		return newSetValue(th, args, kwnames, true)
	}
	both := []*Type{SetType, FrozenSetType}
	mutable := []*Type{SetType}
	setMethod1("add", WritesSelf, mutable, func(th *Thread, s *Set, v Value) (Value, error) {
		return None, s.Add(th, v)
	})
	setMethod1("discard", WritesSelf, mutable, func(th *Thread, s *Set, v Value) (Value, error) {
		if x, ok := v.(*Set); ok && !x.Frozen {
			v = &Set{items: x.items, Frozen: true}
		}
		_, err := s.items.Delete(th, v)
		return None, err
	})
	setMethod1("remove", WritesSelf, mutable, func(th *Thread, s *Set, v Value) (Value, error) {
		key := v
		if x, ok := v.(*Set); ok && !x.Frozen {
			key = &Set{items: x.items, Frozen: true}
		}
		ok, err := s.items.Delete(th, key)
		if err != nil {
			return nil, err
		}
		if !ok {
			return nil, NewException(KeyErrorType, v)
		}
		return None, nil
	})
	setMethod0("pop", WritesSelf, mutable, func(th *Thread, s *Set) (Value, error) {
		for i := 0; ; i++ {
			k, _, ok := s.items.Entry(i)
			if !ok {
				return nil, NewException(KeyErrorType, Str("pop from an empty set"))
			}
			if k != nil {
				_, err := s.items.Delete(th, k)
				return k, err
			}
		}
	})
	setMethod0("clear", WritesSelf, mutable, func(th *Thread, s *Set) (Value, error) {
		s.items.Clear()
		return None, nil
	})
	setMethod0("copy", ReadsSelf, mutable, func(th *Thread, s *Set) (Value, error) {
		return copySet(s, false), nil
	})
	setMethod0("copy", Pure, []*Type{FrozenSetType}, func(th *Thread, s *Set) (Value, error) {
		return s, nil
	})
	setMethodOthers("update", WritesSelf, mutable, func(th *Thread, s *Set, others []Value) (Value, error) {
		for _, o := range others {
			if err := setUpdate(th, s, o); err != nil {
				return nil, err
			}
		}
		return None, nil
	})
	setMethodOthers("union", ReadsSelf, both, func(th *Thread, s *Set, others []Value) (Value, error) {
		out := copySet(s, s.Frozen)
		for _, o := range others {
			if err := setUpdate(th, out, o); err != nil {
				return nil, err
			}
		}
		return out, nil
	})
	setMethodOthers("intersection", ReadsSelf, both, func(th *Thread, s *Set, others []Value) (Value, error) {
		out := copySet(s, s.Frozen)
		for _, o := range others {
			r, err := setIntersection(th, out, o, s.Frozen)
			if err != nil {
				return nil, err
			}
			out = r
		}
		return out, nil
	})
	setMethodOthers("difference", ReadsSelf, both, func(th *Thread, s *Set, others []Value) (Value, error) {
		out := copySet(s, s.Frozen)
		for _, o := range others {
			r, err := setDifference(th, out, o, s.Frozen)
			if err != nil {
				return nil, err
			}
			out = r
		}
		return out, nil
	})
	setMethod1("symmetric_difference", ReadsSelf, both, func(th *Thread, s *Set, v Value) (Value, error) {
		return setSymmetricDifference(th, s, v, s.Frozen)
	})
	setMethodOthers("intersection_update", WritesSelf, mutable, func(th *Thread, s *Set, others []Value) (Value, error) {
		for _, o := range others {
			if err := setIntersectionUpdate(th, s, o); err != nil {
				return nil, err
			}
		}
		return None, nil
	})
	setMethodOthers("difference_update", WritesSelf, mutable, func(th *Thread, s *Set, others []Value) (Value, error) {
		for _, o := range others {
			if err := setDifferenceUpdate(th, s, o); err != nil {
				return nil, err
			}
		}
		return None, nil
	})
	setMethod1("symmetric_difference_update", WritesSelf, mutable, func(th *Thread, s *Set, v Value) (Value, error) {
		return None, setSymmetricDifferenceUpdate(th, s, v)
	})
	setMethod1("issubset", ReadsSelf, both, func(th *Thread, s *Set, v Value) (Value, error) {
		o, err := asSet(th, v)
		if err != nil {
			return nil, err
		}
		r, err := setIsSubset(th, s, o)
		return Bool(r), err
	})
	setMethod1("issuperset", ReadsSelf, both, func(th *Thread, s *Set, v Value) (Value, error) {
		o, err := asSet(th, v)
		if err != nil {
			return nil, err
		}
		r, err := setIsSubset(th, o, s)
		return Bool(r), err
	})
	setMethod1("isdisjoint", ReadsSelf, both, func(th *Thread, s *Set, v Value) (Value, error) {
		o, err := asSet(th, v)
		if err != nil {
			return nil, err
		}
		for _, k := range o.items.Keys() {
			ok, err := setContains(th, s, k)
			if err != nil {
				return nil, err
			}
			if ok {
				return False, nil
			}
		}
		return True, nil
	})
	setMethod1("__contains__", ReadsSelf, both, func(th *Thread, s *Set, v Value) (Value, error) {
		ok, err := setContains(th, s, v)
		return Bool(ok), err
	})
	setMethod0("__len__", ReadsSelf, both, func(th *Thread, s *Set) (Value, error) {
		return MakeInt(int64(s.items.Len())), nil
	})
	setMethod0("__iter__", ReadsSelf, both, func(th *Thread, s *Set) (Value, error) {
		return newSetIterator(s), nil
	})
}
