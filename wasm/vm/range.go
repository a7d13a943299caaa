package vm

import "math/big"

// This file implements range objects. Lockstep's ranges hold int64
// bounds: range() with larger arguments raises OverflowError.

// rangeCount returns the number of items of r.
func rangeCount(r *Range) uint64 {
	switch {
	case r.Step > 0 && r.Start < r.Stop:
		return (uint64(r.Stop)-uint64(r.Start)-1)/uint64(r.Step) + 1
	case r.Step < 0 && r.Start > r.Stop:
		return (uint64(r.Start)-uint64(r.Stop)-1)/(uint64(-(r.Step+1))+1) + 1
	}
	return 0
}

// rangeLen returns len(r) as an int value.
func rangeLen(r *Range) Value {
	n := rangeCount(r)
	if n <= 1<<63-1 {
		return MakeInt(int64(n))
	}
	return MakeBigInt(new(big.Int).SetUint64(n))
}

// rangeLen64 returns len(r), saturated to int64.
func rangeLen64(r *Range) int64 {
	n := rangeCount(r)
	if n > 1<<63-1 {
		return 1<<63 - 1
	}
	return int64(n)
}

// rangeEqual compares ranges as the sequences they describe.
func rangeEqual(x, y *Range) bool {
	if x == y {
		return true
	}
	n := rangeCount(x)
	if n != rangeCount(y) {
		return false
	}
	if n == 0 {
		return true
	}
	if x.Start != y.Start {
		return false
	}
	return n == 1 || x.Step == y.Step
}

// hashRange is CPython's range_hash.
func hashRange(th *Thread, r *Range) (int64, error) {
	n := rangeCount(r)
	switch n {
	case 0:
		return hashTuple(th, Tuple{MakeInt(0), None, None})
	case 1:
		return hashTuple(th, Tuple{MakeInt(1), MakeInt(r.Start), None})
	}
	return hashTuple(th, Tuple{rangeLen(r), MakeInt(r.Start), MakeInt(r.Step)})
}

// rangeItem returns r[key].
func rangeItem(th *Thread, r *Range, key Value) (Value, error) {
	n := rangeLen64(r)
	if s, ok := key.(*Slice); ok {
		lo, hi, st, _, err := SliceIndices(th, s, int(n))
		if err != nil {
			return nil, err
		}
		return &Range{
			Start: r.Start + int64(lo)*r.Step,
			Stop:  r.Start + int64(hi)*r.Step,
			Step:  r.Step * int64(st),
		}, nil
	}
	i, ok, err := seqIndex(th, key, int(n), "range")
	if err != nil {
		return nil, err
	}
	if !ok {
		return nil, Errorf(IndexErrorType, "range object index out of range")
	}
	return MakeInt(r.Start + int64(i)*r.Step), nil
}

// rangeContains is `x in r`: arithmetic for ints, == for other values.
func rangeContains(th *Thread, r *Range, x Value) (bool, error) {
	if v, ok := smallInt(x); ok {
		if r.Step > 0 {
			if v < r.Start || v >= r.Stop {
				return false, nil
			}
			return (uint64(v)-uint64(r.Start))%uint64(r.Step) == 0, nil
		}
		if v > r.Start || v <= r.Stop {
			return false, nil
		}
		return (uint64(r.Start)-uint64(v))%(uint64(-(r.Step+1))+1) == 0, nil
	}
	if _, ok := x.(*BigInt); ok {
		return false, nil
	}
	it := &rangeIterator{next: r.Start, step: r.Step, remaining: rangeCount(r)}
	for {
		v, ok, _ := it.Next(th)
		if !ok {
			return false, nil
		}
		eq, err := Equal(th, v, x)
		if err != nil || eq {
			return eq, err
		}
	}
}

func init() {
	RangeType.New = func(th *Thread, args []Value, kwnames []string) (Value, error) {
		if err := noKwargs("range", kwnames); err != nil {
			return nil, err
		}
		args = args[1:]
		if err := checkPositional("range", len(args), 1, 3); err != nil {
			return nil, err
		}
		var vals [3]int64
		var ints [3]Value
		small := true
		for i, a := range args {
			v, err := Index(th, a)
			if err != nil {
				return nil, err
			}
			ints[i] = v
			if n, ok := v.(Int); ok {
				vals[i] = int64(n)
			} else {
				small = false
			}
		}
		if !small {
			switch len(args) {
			case 1:
				return newRangeValue(MakeInt(0), ints[0], MakeInt(1)), nil
			case 2:
				return newRangeValue(ints[0], ints[1], MakeInt(1)), nil
			}
			if intSign(ints[2]) == 0 {
				return nil, Errorf(ValueErrorType, "range() arg 3 must not be zero")
			}
			return newRangeValue(ints[0], ints[1], ints[2]), nil
		}
		switch len(args) {
		case 1:
			return &Range{Start: 0, Stop: vals[0], Step: 1}, nil
		case 2:
			return &Range{Start: vals[0], Stop: vals[1], Step: 1}, nil
		}
		if vals[2] == 0 {
			return nil, Errorf(ValueErrorType, "range() arg 3 must not be zero")
		}
		return &Range{Start: vals[0], Stop: vals[1], Step: vals[2]}, nil
	}
	RangeType.SetMethod("index", Pure, func(th *Thread, args []Value, kwnames []string) (Value, error) {
		if err := methOneArg("range.index", args, kwnames); err != nil {
			return nil, err
		}
		if br, ok := args[0].(*BigRange); ok {
			if in, err := bigRangeContains(th, br, args[1]); err != nil || !in {
				if err != nil {
					return nil, err
				}
				s, err := Repr(th, args[1])
				if err != nil {
					return nil, err
				}
				return nil, Errorf(ValueErrorType, "%s is not in range", s)
			}
			d := new(big.Int).Sub(toBig(args[1]), br.Start)
			return MakeBigInt(d.Quo(d, br.Step)), nil
		}
		r := args[0].(*Range)
		if v, ok := smallInt(args[1]); ok {
			if in, _ := rangeContains(th, r, args[1]); in {
				return MakeInt((v - r.Start) / r.Step), nil
			}
		} else {
			it := &rangeIterator{next: r.Start, step: r.Step, remaining: rangeCount(r)}
			for i := int64(0); ; i++ {
				v, ok, _ := it.Next(th)
				if !ok {
					break
				}
				eq, err := Equal(th, v, args[1])
				if err != nil {
					return nil, err
				}
				if eq {
					return MakeInt(i), nil
				}
			}
		}
		s, err := Repr(th, args[1])
		if err != nil {
			return nil, err
		}
		return nil, Errorf(ValueErrorType, "%s is not in range", s)
	})
	RangeType.SetMethod("count", Pure, func(th *Thread, args []Value, kwnames []string) (Value, error) {
		if err := methOneArg("range.count", args, kwnames); err != nil {
			return nil, err
		}
		if br, ok := args[0].(*BigRange); ok {
			in, err := bigRangeContains(th, br, args[1])
			if in {
				return MakeInt(1), err
			}
			return MakeInt(0), err
		}
		r := args[0].(*Range)
		if _, ok := smallInt(args[1]); ok {
			if in, _ := rangeContains(th, r, args[1]); in {
				return MakeInt(1), nil
			}
			return MakeInt(0), nil
		}
		n := int64(0)
		it := &rangeIterator{next: r.Start, step: r.Step, remaining: rangeCount(r)}
		for {
			v, ok, _ := it.Next(th)
			if !ok {
				return MakeInt(n), nil
			}
			eq, err := Equal(th, v, args[1])
			if err != nil {
				return nil, err
			}
			if eq {
				n++
			}
		}
	})
	RangeType.SetMethod("__reversed__", Pure, func(th *Thread, args []Value, kwnames []string) (Value, error) {
		if br, ok := args[0].(*BigRange); ok {
			return bigRangeIter(br, true), nil
		}
		r := args[0].(*Range)
		n := rangeCount(r)
		last := r.Start + int64(n-1)*r.Step
		if n == 0 {
			last = r.Start
		}
		return &rangeIterator{next: last, step: -r.Step, remaining: n}, nil
	})
	RangeType.SetMethod("__len__", Pure, func(th *Thread, args []Value, kwnames []string) (Value, error) {
		if br, ok := args[0].(*BigRange); ok {
			return MakeBigInt(br.length()), nil
		}
		return rangeLen(args[0].(*Range)), nil
	})
	RangeType.SetMethod("__contains__", Pure, func(th *Thread, args []Value, kwnames []string) (Value, error) {
		if err := methOneArg("range.__contains__", args, kwnames); err != nil {
			return nil, err
		}
		ok, err := Contains(th, args[0], args[1])
		return Bool(ok), err
	})
	RangeType.SetMethod("__getitem__", Pure, func(th *Thread, args []Value, kwnames []string) (Value, error) {
		if err := methOneArg("range.__getitem__", args, kwnames); err != nil {
			return nil, err
		}
		return GetItem(th, args[0], args[1])
	})
	RangeType.SetMethod("__iter__", Pure, func(th *Thread, args []Value, kwnames []string) (Value, error) {
		return GetIter(th, args[0])
	})
}
