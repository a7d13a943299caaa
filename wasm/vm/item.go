package vm

import (
	"strings"
	"unicode/utf8"
)

// This file implements subscription (c[k], c[k] = v, del c[k]) and the `in`
// operator for every value.

// seqIndex converts an index into a sequence of length n to a position,
// counting negative indices from the end. ok is false when it is out of
// range. kind names the sequence in the TypeError for non-int keys.
func seqIndex(th *Thread, key Value, n int, kind string) (int, bool, error) {
	var i int64
	switch k := key.(type) {
	case Int:
		i = int64(k)
	case Bool:
		if k {
			i = 1
		}
	case *BigInt:
		return 0, false, Errorf(IndexErrorType, "cannot fit 'int' into an index-sized integer")
	default:
		if _, ok := lookupSpecial(key, "__index__"); !ok {
			if kind == "string" {
				return 0, false, Errorf(TypeErrorType, "string indices must be integers, not '%s'", TypeName(key))
			}
			return 0, false, Errorf(TypeErrorType, "%s indices must be integers or slices, not %s", kind, TypeName(key))
		}
		r, err := Index(th, key)
		if err != nil {
			return 0, false, err
		}
		return seqIndex(th, r, n, kind)
	}
	if i < 0 {
		i += int64(n)
	}
	if i < 0 || i >= int64(n) {
		return 0, false, nil
	}
	return int(i), true, nil
}

// GetItem returns c[key].
func GetItem(th *Thread, c, key Value) (Value, error) {
	switch x := c.(type) {
	case *List:
		if k, ok := key.(Int); ok && k >= 0 && int(k) < len(x.Elems) {
			return x.Elems[k], nil
		}
		if s, ok := key.(*Slice); ok {
			elems, err := sliceValues(th, x.Elems, s)
			if err != nil {
				return nil, err
			}
			return NewList(elems), nil
		}
		i, ok, err := seqIndex(th, key, len(x.Elems), "list")
		if err != nil {
			return nil, err
		}
		if !ok {
			return nil, Errorf(IndexErrorType, "list index out of range")
		}
		return x.Elems[i], nil
	case Tuple:
		if s, ok := key.(*Slice); ok {
			start, _, step, n, err := SliceIndices(th, s, len(x))
			if err != nil {
				return nil, err
			}
			if step == 1 {
				if n == len(x) {
					return x, nil
				}
				return x[start : start+n : start+n], nil
			}
			elems := make(Tuple, n)
			for i, j := 0, start; i < n; i, j = i+1, j+step {
				elems[i] = x[j]
			}
			return elems, nil
		}
		i, ok, err := seqIndex(th, key, len(x), "tuple")
		if err != nil {
			return nil, err
		}
		if !ok {
			return nil, Errorf(IndexErrorType, "tuple index out of range")
		}
		return x[i], nil
	case *Dict:
		v, ok, err := x.Get(th, key)
		if err != nil {
			return nil, err
		}
		if !ok {
			return nil, NewException(KeyErrorType, key)
		}
		return v, nil
	case Str:
		if s, ok := key.(*Slice); ok {
			return strSlice(th, string(x), s)
		}
		return strItem(th, string(x), key)
	case *Range:
		return rangeItem(th, x, key)
	case *BigRange:
		return bigRangeItem(th, x, key)
	case *Type:
		if x.Builtin {
			// list[int] and friends: the type stands for its alias.
			return x, nil
		}
		if fn, ok := x.Lookup("__class_getitem__"); ok {
			if f, isF := fn.(*Function); isF {
				fn = &ClassMethod{Func: f}
			}
			return callMethod(th, fn, x, key)
		}
		return nil, Errorf(TypeErrorType, "type '%s' is not subscriptable", x.Name)
	}
	if r, found, err := callSpecial(th, c, "__getitem__", key); found {
		return r, err
	}
	return nil, Errorf(TypeErrorType, "'%s' object is not subscriptable", TypeName(c))
}

// strItem returns s[key] for an int key.
func strItem(th *Thread, s string, key Value) (Value, error) {
	ascii := isASCII(s)
	n := len(s)
	if !ascii {
		n = utf8.RuneCountInString(s)
	}
	i, ok, err := seqIndex(th, key, n, "string")
	if err != nil {
		return nil, err
	}
	if !ok {
		return nil, Errorf(IndexErrorType, "string index out of range")
	}
	if ascii {
		return Str(s[i : i+1]), nil
	}
	for _, r := range s {
		if i == 0 {
			return Str(string(r)), nil
		}
		i--
	}
	return nil, Errorf(IndexErrorType, "string index out of range")
}

// strSlice returns s[slice].
func strSlice(th *Thread, s string, sl *Slice) (Value, error) {
	if isASCII(s) {
		start, _, step, n, err := SliceIndices(th, sl, len(s))
		if err != nil {
			return nil, err
		}
		if step == 1 {
			return Str(s[start : start+n]), nil
		}
		b := make([]byte, n)
		for i, j := 0, start; i < n; i, j = i+1, j+step {
			b[i] = s[j]
		}
		return Str(b), nil
	}
	rs := []rune(s)
	start, _, step, n, err := SliceIndices(th, sl, len(rs))
	if err != nil {
		return nil, err
	}
	if step == 1 {
		return Str(string(rs[start : start+n])), nil
	}
	var sb strings.Builder
	for i, j := 0, start; i < n; i, j = i+1, j+step {
		sb.WriteRune(rs[j])
	}
	return Str(sb.String()), nil
}

// SetItem performs c[key] = v.
func SetItem(th *Thread, c, key, v Value) error {
	switch x := c.(type) {
	case *List:
		if k, ok := key.(Int); ok && k >= 0 && int(k) < len(x.Elems) {
			x.Elems[k] = v
			return nil
		}
		if s, ok := key.(*Slice); ok {
			return listSetSlice(th, x, s, v)
		}
		i, ok, err := seqIndex(th, key, len(x.Elems), "list")
		if err != nil {
			return err
		}
		if !ok {
			return Errorf(IndexErrorType, "list assignment index out of range")
		}
		x.Elems[i] = v
		return nil
	case *Dict:
		if x.Len() >= MaxContainerLen {
			if _, ok, _ := x.Get(th, key); !ok {
				return tooLarge("dict", int64(x.Len())+1)
			}
		}
		return x.Set(th, key, v)
	}
	if _, found, err := callSpecial(th, c, "__setitem__", key, v); found {
		return err
	}
	return Errorf(TypeErrorType, "'%s' object does not support item assignment", TypeName(c))
}

// DelItem performs del c[key].
func DelItem(th *Thread, c, key Value) error {
	switch x := c.(type) {
	case *List:
		if s, ok := key.(*Slice); ok {
			return listDelSlice(th, x, s)
		}
		i, ok, err := seqIndex(th, key, len(x.Elems), "list")
		if err != nil {
			return err
		}
		if !ok {
			return Errorf(IndexErrorType, "list assignment index out of range")
		}
		x.Elems = append(x.Elems[:i], x.Elems[i+1:]...)
		x.Elems[:len(x.Elems)+1][len(x.Elems)] = nil
		return nil
	case *Dict:
		ok, err := x.Delete(th, key)
		if err != nil {
			return err
		}
		if !ok {
			return NewException(KeyErrorType, key)
		}
		return nil
	}
	if _, found, err := callSpecial(th, c, "__delitem__", key); found {
		return err
	}
	return Errorf(TypeErrorType, "'%s' object doesn't support item deletion", TypeName(c))
}

// listSetSlice performs l[s] = v.
func listSetSlice(th *Thread, l *List, s *Slice, v Value) error {
	var items []Value
	if src, ok := v.(*List); ok {
		items = append([]Value(nil), src.Elems...)
	} else {
		var err error
		if items, err = collect(th, v, "must assign iterable to extended slice"); err != nil {
			return err
		}
	}
	start, stop, step, n, err := SliceIndices(th, s, len(l.Elems))
	if err != nil {
		return err
	}
	if step == 1 {
		if stop < start {
			stop = start
		}
		if err := checkLen("list", int64(len(l.Elems)-(stop-start)+len(items))); err != nil {
			return err
		}
		tail := append([]Value(nil), l.Elems[stop:]...)
		elems := append(l.Elems[:start], items...)
		l.Elems = append(elems, tail...)
		return nil
	}
	if len(items) != n {
		return Errorf(ValueErrorType, "attempt to assign sequence of size %d to extended slice of size %d", len(items), n)
	}
	for i, j := 0, start; i < n; i, j = i+1, j+step {
		l.Elems[j] = items[i]
	}
	return nil
}

// listDelSlice performs del l[s].
func listDelSlice(th *Thread, l *List, s *Slice) error {
	start, _, step, n, err := SliceIndices(th, s, len(l.Elems))
	if err != nil || n == 0 {
		return err
	}
	if step < 0 {
		start = start + step*(n-1)
		step = -step
	}
	out := make([]Value, 0, len(l.Elems)-n)
	next := start
	removed := 0
	for i, e := range l.Elems {
		if removed < n && i == next {
			removed++
			next += step
			continue
		}
		out = append(out, e)
	}
	l.Elems = out
	return nil
}

// Contains reports item in container.
func Contains(th *Thread, container, item Value) (bool, error) {
	switch x := container.(type) {
	case *List:
		for i := 0; i < len(x.Elems); i++ {
			eq, err := sameOrEqual(th, x.Elems[i], item)
			if err != nil || eq {
				return eq, err
			}
		}
		return false, nil
	case Tuple:
		for _, e := range x {
			eq, err := sameOrEqual(th, e, item)
			if err != nil || eq {
				return eq, err
			}
		}
		return false, nil
	case Str:
		s, ok := item.(Str)
		if !ok {
			return false, Errorf(TypeErrorType, "'in <string>' requires string as left operand, not %s", TypeName(item))
		}
		return strings.Contains(string(x), string(s)), nil
	case *Dict:
		_, ok, err := x.Get(th, item)
		return ok, err
	case *Set:
		return setContains(th, x, item)
	case *Range:
		return rangeContains(th, x, item)
	case *BigRange:
		return bigRangeContains(th, x, item)
	case *DictView:
		return viewContains(th, x, item)
	}
	if r, found, err := callSpecial(th, container, "__contains__", item); found {
		if err != nil {
			return false, err
		}
		return Truth(th, r)
	}
	if !isIterable(container) {
		return false, Errorf(TypeErrorType, "argument of type '%s' is not iterable", TypeName(container))
	}
	found := false
	err := Iterate(th, container, func(v Value) error {
		eq, err := sameOrEqual(th, v, item)
		if err != nil {
			return err
		}
		if eq {
			found = true
			return errStopIterate
		}
		return nil
	})
	if err == errStopIterate {
		err = nil
	}
	return found, err
}
