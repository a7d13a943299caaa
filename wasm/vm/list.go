package vm

import (
	"sort"

	"lockstep/wasm/compile"
)

// This file implements the list type's methods and constructor, and the
// stable sort shared with sorted().

// listExtend appends the items of an iterable to l (l += it).
func listExtend(th *Thread, l *List, it Value) error {
	switch x := it.(type) {
	case *List:
		if err := checkLen("list", int64(len(l.Elems))+int64(len(x.Elems))); err != nil {
			return err
		}
		l.Elems = append(l.Elems, x.Elems[:len(x.Elems):len(x.Elems)]...)
		return nil
	case Tuple:
		if err := checkLen("list", int64(len(l.Elems))+int64(len(x))); err != nil {
			return err
		}
		l.Elems = append(l.Elems, x...)
		return nil
	}
	items, err := collect(th, it, "")
	if err != nil {
		return err
	}
	if err := checkLen("list", int64(len(l.Elems))+int64(len(items))); err != nil {
		return err
	}
	l.Elems = append(l.Elems, items...)
	return nil
}

// SortValues sorts vals in place, stably, by key (nil for the values
// themselves) with <, as list.sort. Errors from comparisons or the key
// function stop the sort.
func SortValues(th *Thread, vals []Value, key Value, reverse bool) error {
	keys := vals
	if key != nil && key != None {
		keys = make([]Value, len(vals))
		for i, v := range vals {
			k, err := call1(th, key, v)
			if err != nil {
				return err
			}
			keys[i] = k
		}
	}
	if reverse {
		reverseValues(vals)
		if key != nil && key != None {
			reverseValues(keys)
		}
	}
	idx := make([]int, len(vals))
	for i := range idx {
		idx[i] = i
	}
	var firstErr error
	sort.SliceStable(idx, func(i, j int) bool {
		if firstErr != nil {
			return false
		}
		less, err := lessThan(th, keys[idx[i]], keys[idx[j]])
		if err != nil {
			firstErr = err
			return false
		}
		return less
	})
	if firstErr != nil {
		if reverse {
			reverseValues(vals)
		}
		return firstErr
	}
	sorted := make([]Value, len(vals))
	for i, k := range idx {
		sorted[i] = vals[k]
	}
	copy(vals, sorted)
	if reverse {
		reverseValues(vals)
	}
	return nil
}

// lessThan reports a < b.
func lessThan(th *Thread, a, b Value) (bool, error) {
	if x, ok := a.(Int); ok {
		if y, ok := b.(Int); ok {
			return x < y, nil
		}
	}
	if x, ok := a.(Str); ok {
		if y, ok := b.(Str); ok {
			return x < y, nil
		}
	}
	r, err := Compare(th, compile.OpLT, a, b)
	if err != nil {
		return false, err
	}
	if bv, ok := r.(Bool); ok {
		return bool(bv), nil
	}
	return Truth(th, r)
}

// reverseValues reverses vals in place.
func reverseValues(vals []Value) {
	for i, j := 0, len(vals)-1; i < j; i, j = i+1, j-1 {
		vals[i], vals[j] = vals[j], vals[i]
	}
}

// listSelf returns the receiver of a list method.
func listSelf(args []Value) *List { return args[0].(*List) }

// indexBounds converts the optional start and end arguments of index()
// and count() style methods into bounds within n.
func indexBounds(th *Thread, args []Value, n int) (int, int, error) {
	start, end := int64(0), int64(n)
	var err error
	if len(args) > 0 && args[0] != None {
		if start, err = sliceIndex(th, args[0], 0); err != nil {
			return 0, 0, err
		}
	}
	if len(args) > 1 && args[1] != None {
		if end, err = sliceIndex(th, args[1], int64(n)); err != nil {
			return 0, 0, err
		}
	}
	clamp := func(i int64) int {
		if i < 0 {
			i += int64(n)
			if i < 0 {
				i = 0
			}
		}
		if i > int64(n) {
			i = int64(n)
		}
		return int(i)
	}
	return clamp(start), clamp(end), nil
}

func init() {
	ListType.New = func(th *Thread, args []Value, kwnames []string) (Value, error) {
		if err := noKwargs("list", kwnames); err != nil {
			return nil, err
		}
		args = args[1:]
		if err := checkPositional("list", len(args), 0, 1); err != nil {
			return nil, err
		}
		if len(args) == 0 {
			return NewList(nil), nil
		}
		items, err := collect(th, args[0], "")
		if err != nil {
			return nil, err
		}
		return NewList(items), nil
	}
	ListType.SetMethod("append", WritesSelf, func(th *Thread, args []Value, kwnames []string) (Value, error) {
		if err := methOneArg("list.append", args, kwnames); err != nil {
			return nil, err
		}
		l := listSelf(args)
		if len(l.Elems) >= MaxContainerLen {
			return nil, tooLarge("list", int64(len(l.Elems))+1)
		}
		l.Elems = append(l.Elems, args[1])
		return None, nil
	})
	ListType.SetMethod("extend", WritesSelf, func(th *Thread, args []Value, kwnames []string) (Value, error) {
		if err := methOneArg("list.extend", args, kwnames); err != nil {
			return nil, err
		}
		return None, listExtend(th, listSelf(args), args[1])
	})
	ListType.SetMethod("insert", WritesSelf, func(th *Thread, args []Value, kwnames []string) (Value, error) {
		if _, err := posArgs("insert", args[1:], kwnames, 2, 2); err != nil {
			return nil, err
		}
		l := listSelf(args)
		i, err := IndexInt(th, args[1])
		if err != nil {
			return nil, err
		}
		n := int64(len(l.Elems))
		if n >= MaxContainerLen {
			return nil, tooLarge("list", n+1)
		}
		if i < 0 {
			i += n
			if i < 0 {
				i = 0
			}
		}
		if i > n {
			i = n
		}
		l.Elems = append(l.Elems, nil)
		copy(l.Elems[i+1:], l.Elems[i:])
		l.Elems[i] = args[2]
		return None, nil
	})
	ListType.SetMethod("pop", WritesSelf, func(th *Thread, args []Value, kwnames []string) (Value, error) {
		if _, err := posArgs("pop", args[1:], kwnames, 0, 1); err != nil {
			return nil, err
		}
		l := listSelf(args)
		n := len(l.Elems)
		i := int64(n - 1)
		if len(args) == 2 {
			var err error
			if i, err = IndexInt(th, args[1]); err != nil {
				return nil, err
			}
		}
		if n == 0 {
			return nil, Errorf(IndexErrorType, "pop from empty list")
		}
		if i < 0 {
			i += int64(n)
		}
		if i < 0 || i >= int64(n) {
			return nil, Errorf(IndexErrorType, "pop index out of range")
		}
		v := l.Elems[i]
		copy(l.Elems[i:], l.Elems[i+1:])
		l.Elems[n-1] = nil
		l.Elems = l.Elems[:n-1]
		return v, nil
	})
	ListType.SetMethod("remove", WritesSelf, func(th *Thread, args []Value, kwnames []string) (Value, error) {
		if err := methOneArg("list.remove", args, kwnames); err != nil {
			return nil, err
		}
		l := listSelf(args)
		for i := 0; i < len(l.Elems); i++ {
			eq, err := sameOrEqual(th, l.Elems[i], args[1])
			if err != nil {
				return nil, err
			}
			if eq {
				if i < len(l.Elems) {
					n := len(l.Elems)
					copy(l.Elems[i:], l.Elems[i+1:])
					l.Elems[n-1] = nil
					l.Elems = l.Elems[:n-1]
				}
				return None, nil
			}
		}
		return nil, Errorf(ValueErrorType, "list.remove(x): x not in list")
	})
	ListType.SetMethod("index", ReadsSelf, func(th *Thread, args []Value, kwnames []string) (Value, error) {
		if _, err := posArgs("index", args[1:], kwnames, 1, 3); err != nil {
			return nil, err
		}
		l := listSelf(args)
		start, end, err := indexBounds(th, args[2:], len(l.Elems))
		if err != nil {
			return nil, err
		}
		for i := start; i < end && i < len(l.Elems); i++ {
			eq, err := sameOrEqual(th, l.Elems[i], args[1])
			if err != nil {
				return nil, err
			}
			if eq {
				return MakeInt(int64(i)), nil
			}
		}
		s, err := Repr(th, args[1])
		if err != nil {
			return nil, err
		}
		return nil, Errorf(ValueErrorType, "%s is not in list", s)
	})
	ListType.SetMethod("count", ReadsSelf, func(th *Thread, args []Value, kwnames []string) (Value, error) {
		if err := methOneArg("list.count", args, kwnames); err != nil {
			return nil, err
		}
		l := listSelf(args)
		n := 0
		for i := 0; i < len(l.Elems); i++ {
			eq, err := sameOrEqual(th, l.Elems[i], args[1])
			if err != nil {
				return nil, err
			}
			if eq {
				n++
			}
		}
		return MakeInt(int64(n)), nil
	})
	ListType.SetMethod("sort", WritesSelf, func(th *Thread, args []Value, kwnames []string) (Value, error) {
		pos, kw, err := kwOnly("sort", args[1:], kwnames, "key", "reverse")
		if err != nil {
			return nil, err
		}
		if len(pos) > 0 {
			return nil, Errorf(TypeErrorType, "sort() takes no positional arguments")
		}
		reverse := false
		if kw[1] != nil {
			if reverse, err = Truth(th, kw[1]); err != nil {
				return nil, err
			}
		}
		l := listSelf(args)
		vals := l.Elems
		l.Elems = nil
		err = SortValues(th, vals, kw[0], reverse)
		modified := l.Elems != nil
		l.Elems = vals
		if err != nil {
			return nil, err
		}
		if modified {
			return nil, Errorf(ValueErrorType, "list modified during sort")
		}
		return None, nil
	})
	ListType.SetMethod("reverse", WritesSelf, func(th *Thread, args []Value, kwnames []string) (Value, error) {
		if err := methNoArgs("list.reverse", args, kwnames); err != nil {
			return nil, err
		}
		reverseValues(listSelf(args).Elems)
		return None, nil
	})
	ListType.SetMethod("clear", WritesSelf, func(th *Thread, args []Value, kwnames []string) (Value, error) {
		if err := methNoArgs("list.clear", args, kwnames); err != nil {
			return nil, err
		}
		listSelf(args).Elems = nil
		return None, nil
	})
	ListType.SetMethod("copy", ReadsSelf, func(th *Thread, args []Value, kwnames []string) (Value, error) {
		if err := methNoArgs("list.copy", args, kwnames); err != nil {
			return nil, err
		}
		return NewList(append([]Value(nil), listSelf(args).Elems...)), nil
	})
	ListType.SetMethod("__len__", ReadsSelf, func(th *Thread, args []Value, kwnames []string) (Value, error) {
		return MakeInt(int64(len(listSelf(args).Elems))), nil
	})
	ListType.SetMethod("__getitem__", ReadsSelf, func(th *Thread, args []Value, kwnames []string) (Value, error) {
		if err := methOneArg("list.__getitem__", args, kwnames); err != nil {
			return nil, err
		}
		return GetItem(th, args[0], args[1])
	})
	ListType.SetMethod("__setitem__", WritesSelf, func(th *Thread, args []Value, kwnames []string) (Value, error) {
		if _, err := posArgs("__setitem__", args[1:], kwnames, 2, 2); err != nil {
			return nil, err
		}
		return None, SetItem(th, args[0], args[1], args[2])
	})
	ListType.SetMethod("__delitem__", WritesSelf, func(th *Thread, args []Value, kwnames []string) (Value, error) {
		if err := methOneArg("list.__delitem__", args, kwnames); err != nil {
			return nil, err
		}
		return None, DelItem(th, args[0], args[1])
	})
	ListType.SetMethod("__contains__", ReadsSelf, func(th *Thread, args []Value, kwnames []string) (Value, error) {
		if err := methOneArg("list.__contains__", args, kwnames); err != nil {
			return nil, err
		}
		ok, err := Contains(th, args[0], args[1])
		return Bool(ok), err
	})
	ListType.SetMethod("__iter__", ReadsSelf, func(th *Thread, args []Value, kwnames []string) (Value, error) {
		return &listIterator{l: listSelf(args)}, nil
	})
	ListType.SetMethod("__reversed__", ReadsSelf, func(th *Thread, args []Value, kwnames []string) (Value, error) {
		l := listSelf(args)
		return &listReverseIterator{l: l, i: len(l.Elems) - 1}, nil
	})
}
