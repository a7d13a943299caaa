package vm

import "math"

// This file implements slice objects: converting a slice's parts to
// indices of a sequence of a given length, as CPython's PySlice_Unpack and
// PySlice_AdjustIndices, and the slice type's constructor and attributes.

// sliceIndex converts a slice part: None gives def; ints (big ones clamped)
// and objects with __index__ give their value.
func sliceIndex(th *Thread, v Value, def int64) (int64, error) {
	switch x := v.(type) {
	case NoneType:
		return def, nil
	case Int:
		return int64(x), nil
	case Bool:
		if x {
			return 1, nil
		}
		return 0, nil
	case *BigInt:
		if x.V.Sign() < 0 {
			return math.MinInt64 + 1, nil
		}
		return math.MaxInt64, nil
	}
	if _, ok := lookupSpecial(v, "__index__"); ok {
		r, err := Index(th, v)
		if err != nil {
			return 0, err
		}
		return sliceIndex(th, r, def)
	}
	return 0, Errorf(TypeErrorType, "slice indices must be integers or None or have an __index__ method")
}

// SliceIndices returns the start, stop and step of s applied to a sequence
// of length n, and the number of items it selects.
func SliceIndices(th *Thread, s *Slice, n int) (start, stop, step, length int, err error) {
	st, err := sliceIndex(th, s.Step, 1)
	if err != nil {
		return 0, 0, 0, 0, err
	}
	if st == 0 {
		return 0, 0, 0, 0, Errorf(ValueErrorType, "slice step cannot be zero")
	}
	if st < -math.MaxInt64 {
		st = -math.MaxInt64
	}
	var defStart, defStop int64 = 0, math.MaxInt64
	if st < 0 {
		defStart, defStop = math.MaxInt64, math.MinInt64
	}
	lo, err := sliceIndex(th, s.Start, defStart)
	if err != nil {
		return 0, 0, 0, 0, err
	}
	hi, err := sliceIndex(th, s.Stop, defStop)
	if err != nil {
		return 0, 0, 0, 0, err
	}
	ln := int64(n)
	adjust := func(i int64) int64 {
		if i < 0 {
			i += ln
			if i < 0 {
				if st < 0 {
					return -1
				}
				return 0
			}
		} else if i >= ln {
			if st < 0 {
				return ln - 1
			}
			return ln
		}
		return i
	}
	lo, hi = adjust(lo), adjust(hi)
	var count int64
	if st < 0 {
		if hi < lo {
			count = (lo-hi-1)/(-st) + 1
		}
	} else if lo < hi {
		count = (hi-lo-1)/st + 1
	}
	return int(lo), int(hi), int(st), int(count), nil
}

// sliceValues returns the items of elems selected by s.
func sliceValues(th *Thread, elems []Value, s *Slice) ([]Value, error) {
	start, _, step, n, err := SliceIndices(th, s, len(elems))
	if err != nil {
		return nil, err
	}
	out := make([]Value, n)
	if step == 1 {
		copy(out, elems[start:start+n])
		return out, nil
	}
	for i, j := 0, start; i < n; i, j = i+1, j+step {
		out[i] = elems[j]
	}
	return out, nil
}

func init() {
	SliceType.New = func(th *Thread, args []Value, kwnames []string) (Value, error) {
		if err := noKwargs("slice", kwnames); err != nil {
			return nil, err
		}
		args = args[1:]
		switch len(args) {
		case 1:
			return &Slice{Start: None, Stop: args[0], Step: None}, nil
		case 2:
			return &Slice{Start: args[0], Stop: args[1], Step: None}, nil
		case 3:
			return &Slice{Start: args[0], Stop: args[1], Step: args[2]}, nil
		case 0:
			return nil, Errorf(TypeErrorType, "slice expected at least 1 argument, got 0")
		}
		return nil, Errorf(TypeErrorType, "slice expected at most 3 arguments, got %d", len(args))
	}
	SliceType.SetMethod("indices", Pure, func(th *Thread, args []Value, kwnames []string) (Value, error) {
		if err := methOneArg("slice.indices", args, kwnames); err != nil {
			return nil, err
		}
		n, err := IndexInt(th, args[1])
		if err != nil {
			return nil, err
		}
		if n < 0 {
			return nil, Errorf(ValueErrorType, "length should not be negative")
		}
		start, stop, step, _, err := SliceIndices(th, args[0].(*Slice), int(n))
		if err != nil {
			return nil, err
		}
		return Tuple{MakeInt(int64(start)), MakeInt(int64(stop)), MakeInt(int64(step))}, nil
	})
}
