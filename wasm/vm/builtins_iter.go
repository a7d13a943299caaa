package vm

import (
	"lockstep/wasm/compile"
)

// This file implements the builtins that consume or produce iterables:
// len, min, max, sum, any, all, sorted, iter, next, and the lazy iterator
// types enumerate, zip, map, filter and reversed.

// The lazy iterator types, which are also the builtins of the same names.
var (
	EnumerateType = newIterType("enumerate")
	ZipType       = newIterType("zip")
	MapType       = newIterType("map")
	FilterType    = newIterType("filter")
	ReversedType  = newIterType("reversed")
)

// enumerateIter is enumerate(iterable, start).
type enumerateIter struct {
	Header
	it Value
	n  Value
}

func (*enumerateIter) Type() *Type { return EnumerateType }

// Next implements Iterator.
func (e *enumerateIter) Next(th *Thread) (Value, bool, error) {
	v, ok, err := Next(th, e.it)
	if err != nil || !ok {
		return nil, false, err
	}
	n := e.n
	if x, ok := n.(Int); ok {
		e.n = AddInt(int64(x), 1)
	} else {
		next, err := Binary(th, compile.OpAdd, n, MakeInt(1))
		if err != nil {
			return nil, false, err
		}
		e.n = next
	}
	return Tuple{n, v}, true, nil
}

// zipIter is zip(*iterables, strict=False).
type zipIter struct {
	Header
	its    []Value
	strict bool
	done   bool
}

func (*zipIter) Type() *Type { return ZipType }

// Next implements Iterator.
func (z *zipIter) Next(th *Thread) (Value, bool, error) {
	if z.done || len(z.its) == 0 {
		return nil, false, nil
	}
	out := make(Tuple, len(z.its))
	for i, it := range z.its {
		v, ok, err := Next(th, it)
		if err != nil {
			return nil, false, err
		}
		if !ok {
			z.done = true
			if z.strict {
				return nil, false, z.strictError(th, i)
			}
			return nil, false, nil
		}
		out[i] = v
	}
	return out, true, nil
}

// strictError is zip(strict=True)'s error when iterable i ran out.
func (z *zipIter) strictError(th *Thread, i int) error {
	if i > 0 {
		plural := "s"
		if i == 1 {
			plural = ""
		}
		return Errorf(ValueErrorType, "zip() argument %d is shorter than argument%s 1%s", i+1, plural, rangeSuffix(i))
	}
	for j := 1; j < len(z.its); j++ {
		_, ok, err := Next(th, z.its[j])
		if err != nil {
			return err
		}
		if ok {
			plural := "s"
			if j == 1 {
				plural = ""
			}
			return Errorf(ValueErrorType, "zip() argument %d is longer than argument%s 1%s", j+1, plural, rangeSuffix(j))
		}
	}
	return nil
}

// rangeSuffix formats "-3" in "arguments 1-3" for zip's messages.
func rangeSuffix(i int) string {
	if i == 1 {
		return ""
	}
	return "-" + itoa(i)
}

// mapIter is map(func, *iterables).
type mapIter struct {
	Header
	fn  Value
	its []Value
}

func (*mapIter) Type() *Type { return MapType }

// Next implements Iterator.
func (m *mapIter) Next(th *Thread) (Value, bool, error) {
	args := make([]Value, len(m.its))
	for i, it := range m.its {
		v, ok, err := Next(th, it)
		if err != nil || !ok {
			return nil, false, err
		}
		args[i] = v
	}
	v, err := callValue(th, m.fn, args, nil)
	if err != nil {
		return nil, false, err
	}
	return v, true, nil
}

// filterIter is filter(func, iterable).
type filterIter struct {
	Header
	fn Value
	it Value
}

func (*filterIter) Type() *Type { return FilterType }

// Next implements Iterator.
func (f *filterIter) Next(th *Thread) (Value, bool, error) {
	for {
		v, ok, err := Next(th, f.it)
		if err != nil || !ok {
			return nil, false, err
		}
		keep := v
		if f.fn != None {
			if keep, err = call1(th, f.fn, v); err != nil {
				return nil, false, err
			}
		}
		t, err := Truth(th, keep)
		if err != nil {
			return nil, false, err
		}
		if t {
			return v, true, nil
		}
	}
}

// reversedIter is reversed(seq) over the sequence protocol.
type reversedIter struct {
	Header
	seq Value
	i   int
}

func (*reversedIter) Type() *Type { return ReversedType }

// Next implements Iterator.
func (r *reversedIter) Next(th *Thread) (Value, bool, error) {
	if r.seq == nil || r.i < 0 {
		r.seq = nil
		return nil, false, nil
	}
	var v Value
	var err error
	if t, ok := r.seq.(Tuple); ok {
		v = t[r.i]
	} else if v, err = GetItem(th, r.seq, MakeInt(int64(r.i))); err != nil {
		if e, ok := err.(*Exception); ok && (e.Class.IsSubtype(IndexErrorType) || e.Class.IsSubtype(StopIterationType)) {
			r.seq = nil
			return nil, false, nil
		}
		return nil, false, err
	}
	r.i--
	return v, true, nil
}

// Reversed is reversed(v).
func Reversed(th *Thread, v Value) (Value, error) {
	switch x := v.(type) {
	case *List:
		return &listReverseIterator{l: x, i: len(x.Elems) - 1}, nil
	case Tuple:
		return &reversedIter{seq: x, i: len(x) - 1}, nil
	case Str:
		rs := []rune(string(x))
		t := make(Tuple, len(rs))
		for i, r := range rs {
			t[i] = Str(string(r))
		}
		return &reversedIter{seq: t, i: len(t) - 1}, nil
	case *Range, *BigRange:
		r, _ := v.Type().Dict.GetStr("__reversed__")
		return callMethod(th, r, v)
	case *Dict:
		return newDictIterator(x, viewKeys, true), nil
	case *DictView:
		return newDictIterator(x.D, x.Kind, true), nil
	}
	if fn, ok := lookupSpecial(v, "__reversed__"); ok {
		if fn == None {
			return nil, Errorf(TypeErrorType, "'%s' object is not reversible", TypeName(v))
		}
		return callMethod(th, fn, v)
	}
	if _, ok := lookupSpecial(v, "__getitem__"); ok {
		if _, ok := lookupSpecial(v, "__len__"); ok {
			n, err := Len(th, v)
			if err != nil {
				return nil, err
			}
			return &reversedIter{seq: v, i: n - 1}, nil
		}
	}
	return nil, Errorf(TypeErrorType, "'%s' object is not reversible", TypeName(v))
}

// sender is implemented by generators: Send resumes them, and their
// exhaustion is a StopIteration carrying the return value.
type sender interface {
	Send(th *Thread, v Value) (Value, error)
}

// minMax implements min() and max().
func minMax(name string, op compile.CompareOp) NativeFunc {
	return func(th *Thread, args []Value, kwnames []string) (Value, error) {
		pos, kw, err := kwOnly(name, args, kwnames, "key", "default")
		if err != nil {
			return nil, err
		}
		if len(pos) == 0 {
			return nil, Errorf(TypeErrorType, "%s expected at least 1 argument, got 0", name)
		}
		key, def := kw[0], kw[1]
		if key == None {
			key = nil
		}
		var items Value
		if len(pos) == 1 {
			items = pos[0]
		} else {
			if def != nil {
				return nil, Errorf(TypeErrorType, "Cannot specify a default for %s() with multiple positional arguments", name)
			}
			items = Tuple(pos)
		}
		var best, bestKey Value
		err = Iterate(th, items, func(v Value) error {
			k := v
			if key != nil {
				var err error
				if k, err = call1(th, key, v); err != nil {
					return err
				}
			}
			if best == nil {
				best, bestKey = v, k
				return nil
			}
			r, err := Compare(th, op, k, bestKey)
			if err != nil {
				return err
			}
			better, err := Truth(th, r)
			if err != nil {
				return err
			}
			if better {
				best, bestKey = v, k
			}
			return nil
		})
		if err != nil {
			return nil, err
		}
		if best == nil {
			if def != nil {
				return def, nil
			}
			return nil, Errorf(ValueErrorType, "%s() arg is an empty sequence", name)
		}
		return best, nil
	}
}

// builtinSum is sum(iterable, /, start=0).
func builtinSum(th *Thread, args []Value, kwnames []string) (Value, error) {
	a, err := parseArgs("sum", args, kwnames, 1, "", "start")
	if err != nil {
		return nil, err
	}
	var acc Value = MakeInt(0)
	if a[1] != nil {
		acc = a[1]
		switch acc.(type) {
		case Str:
			return nil, Errorf(TypeErrorType, "sum() can't sum strings [use ''.join(seq) instead]")
		}
	}
	err = Iterate(th, a[0], func(v Value) error {
		if x, ok := acc.(Int); ok {
			if y, ok := v.(Int); ok {
				acc = AddInt(int64(x), int64(y))
				return nil
			}
		}
		if x, ok := acc.(Float); ok {
			if y, ok := v.(Float); ok {
				acc = x + y
				return nil
			}
		}
		r, err := Binary(th, compile.OpAdd, acc, v)
		if err != nil {
			return err
		}
		acc = r
		return nil
	})
	if err != nil {
		return nil, err
	}
	return acc, nil
}

// anyAll implements any() and all().
func anyAll(name string, want bool) NativeFunc {
	return func(th *Thread, args []Value, kwnames []string) (Value, error) {
		if err := funcOneArg(name, args, kwnames); err != nil {
			return nil, err
		}
		found := false
		err := Iterate(th, args[0], func(v Value) error {
			t, err := Truth(th, v)
			if err != nil {
				return err
			}
			if t == want {
				found = true
				return errStopIterate
			}
			return nil
		})
		if err != nil && err != errStopIterate {
			return nil, err
		}
		if want {
			return Bool(found), nil
		}
		return Bool(!found), nil
	}
}

func init() {
	RegisterBuiltin("len", ReadsSelf, func(th *Thread, args []Value, kwnames []string) (Value, error) {
		if err := funcOneArg("len", args, kwnames); err != nil {
			return nil, err
		}
		n, err := Len(th, args[0])
		if err != nil {
			return nil, err
		}
		return MakeInt(int64(n)), nil
	})
	RegisterBuiltin("min", ReadsSelf, minMax("min", compile.OpLT))
	RegisterBuiltin("max", ReadsSelf, minMax("max", compile.OpGT))
	RegisterBuiltin("sum", ReadsSelf, builtinSum)
	RegisterBuiltin("any", ReadsSelf, anyAll("any", true))
	RegisterBuiltin("all", ReadsSelf, anyAll("all", false))
	RegisterBuiltin("sorted", ReadsSelf, func(th *Thread, args []Value, kwnames []string) (Value, error) {
		pos, kw, err := kwOnly("sort", args, kwnames, "key", "reverse")
		if err != nil {
			return nil, err
		}
		if len(pos) != 1 {
			return nil, Errorf(TypeErrorType, "sorted expected 1 argument, got %d", len(pos))
		}
		items, err := collect(th, pos[0], "")
		if err != nil {
			return nil, err
		}
		reverse := false
		if kw[1] != nil {
			if reverse, err = Truth(th, kw[1]); err != nil {
				return nil, err
			}
		}
		if err := SortValues(th, items, kw[0], reverse); err != nil {
			return nil, err
		}
		return NewList(items), nil
	})
	RegisterBuiltin("iter", Pure, func(th *Thread, args []Value, kwnames []string) (Value, error) {
		if _, err := posArgs("iter", args, kwnames, 1, 2); err != nil {
			return nil, err
		}
		if len(args) == 2 {
			if !isCallable(args[0]) {
				return nil, Errorf(TypeErrorType, "iter(v, w): v must be callable")
			}
			return &callableIterator{fn: args[0], sentinel: args[1]}, nil
		}
		return GetIter(th, args[0])
	})
	RegisterBuiltin("next", ReadsSelf, func(th *Thread, args []Value, kwnames []string) (Value, error) {
		if _, err := posArgs("next", args, kwnames, 1, 2); err != nil {
			return nil, err
		}
		if !isIterator(args[0]) {
			return nil, Errorf(TypeErrorType, "'%s' object is not an iterator", TypeName(args[0]))
		}
		if g, ok := args[0].(sender); ok {
			// generators: their StopIteration carries the return value.
			v, err := g.Send(th, None)
			if err != nil {
				if _, stop := isStopIteration(err); stop && len(args) == 2 {
					return args[1], nil
				}
				return nil, err
			}
			return v, nil
		}
		v, ok, err := Next(th, args[0])
		if err != nil {
			return nil, err
		}
		if !ok {
			if len(args) == 2 {
				return args[1], nil
			}
			return nil, NewException(StopIterationType)
		}
		return v, nil
	})
	EnumerateType.New = func(th *Thread, args []Value, kwnames []string) (Value, error) {
		a, err := parseArgs("enumerate", args[1:], kwnames, 1, "iterable", "start")
		if err != nil {
			return nil, err
		}
		it, err := GetIter(th, a[0])
		if err != nil {
			return nil, err
		}
		start := Value(MakeInt(0))
		if a[1] != nil {
			if start, err = Index(th, a[1]); err != nil {
				return nil, err
			}
		}
		return &enumerateIter{it: it, n: start}, nil
	}
	ZipType.New = func(th *Thread, args []Value, kwnames []string) (Value, error) {
		pos, kw, err := kwOnly("zip", args[1:], kwnames, "strict")
		if err != nil {
			return nil, err
		}
		z := &zipIter{its: make([]Value, len(pos))}
		if kw[0] != nil {
			if z.strict, err = Truth(th, kw[0]); err != nil {
				return nil, err
			}
		}
		for i, p := range pos {
			if z.its[i], err = GetIter(th, p); err != nil {
				return nil, err
			}
		}
		return z, nil
	}
	MapType.New = func(th *Thread, args []Value, kwnames []string) (Value, error) {
		if err := noKwargs("map", kwnames); err != nil {
			return nil, err
		}
		args = args[1:]
		if len(args) < 2 {
			return nil, Errorf(TypeErrorType, "map() must have at least two arguments.")
		}
		m := &mapIter{fn: args[0], its: make([]Value, len(args)-1)}
		for i, p := range args[1:] {
			var err error
			if m.its[i], err = GetIter(th, p); err != nil {
				return nil, err
			}
		}
		return m, nil
	}
	FilterType.New = func(th *Thread, args []Value, kwnames []string) (Value, error) {
		if err := noKwargs("filter", kwnames); err != nil {
			return nil, err
		}
		args = args[1:]
		if err := checkPositional("filter", len(args), 2, 2); err != nil {
			return nil, err
		}
		it, err := GetIter(th, args[1])
		if err != nil {
			return nil, err
		}
		return &filterIter{fn: args[0], it: it}, nil
	}
	ReversedType.New = func(th *Thread, args []Value, kwnames []string) (Value, error) {
		if err := noKwargs("reversed", kwnames); err != nil {
			return nil, err
		}
		args = args[1:]
		if err := checkPositional("reversed", len(args), 1, 1); err != nil {
			return nil, err
		}
		return Reversed(th, args[0])
	}
	for _, t := range []*Type{EnumerateType, ZipType, MapType, FilterType, ReversedType} {
		RegisterBuiltinValue(t.Name, t)
	}
}
