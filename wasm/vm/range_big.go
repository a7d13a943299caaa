package vm

import (
	"math/big"

	"lockstep/wasm/compile"
)

// This file implements ranges whose bounds do not fit in 64 bits
// (range(10**20)): a BigRange behaves as a range in every operation, with
// big int arithmetic.

// BigRange is a range with bounds outside the int64 range.
type BigRange struct {
	Start, Stop, Step *big.Int
}

// Type implements Value.
func (*BigRange) Type() *Type { return RangeType }

var bigOne = big.NewInt(1)

// newRangeValue makes a range from int values, small when possible.
func newRangeValue(start, stop, step Value) Value {
	a, aok := start.(Int)
	b, bok := stop.(Int)
	c, cok := step.(Int)
	if aok && bok && cok {
		return &Range{Start: int64(a), Stop: int64(b), Step: int64(c)}
	}
	return &BigRange{Start: toBig(start), Stop: toBig(stop), Step: toBig(step)}
}

// length returns len(r).
func (r *BigRange) length() *big.Int {
	var lo, hi, step *big.Int
	if r.Step.Sign() > 0 {
		lo, hi, step = r.Start, r.Stop, r.Step
	} else {
		lo, hi, step = r.Stop, r.Start, new(big.Int).Neg(r.Step)
	}
	if lo.Cmp(hi) >= 0 {
		return new(big.Int)
	}
	n := new(big.Int).Sub(hi, lo)
	n.Sub(n, bigOne)
	n.Quo(n, step)
	return n.Add(n, bigOne)
}

// at returns the i-th item (0 <= i < len).
func (r *BigRange) at(i *big.Int) Value {
	v := new(big.Int).Mul(i, r.Step)
	return MakeBigInt(v.Add(v, r.Start))
}

// bigRangeItem returns r[key].
func bigRangeItem(th *Thread, r *BigRange, key Value) (Value, error) {
	n := r.length()
	if s, ok := key.(*Slice); ok {
		return bigRangeSlice(th, r, n, s)
	}
	if _, ok := lookupSpecial(key, "__index__"); !ok && !isInt(key) {
		return nil, Errorf(TypeErrorType, "range indices must be integers or slices, not %s", TypeName(key))
	}
	k, err := Index(th, key)
	if err != nil {
		return nil, err
	}
	i := new(big.Int).Set(toBig(k))
	if i.Sign() < 0 {
		i.Add(i, n)
	}
	if i.Sign() < 0 || i.Cmp(n) >= 0 {
		return nil, Errorf(IndexErrorType, "range object index out of range")
	}
	return r.at(i), nil
}

// bigSliceBound converts and adjusts a slice bound for a sequence of
// length n, as PySlice_AdjustIndices.
func bigSliceBound(th *Thread, v Value, def *big.Int, n *big.Int, negStep bool) (*big.Int, error) {
	if v == None {
		return def, nil
	}
	if _, ok := lookupSpecial(v, "__index__"); !ok && !isInt(v) {
		return nil, Errorf(TypeErrorType, "slice indices must be integers or None or have an __index__ method")
	}
	k, err := Index(th, v)
	if err != nil {
		return nil, err
	}
	i := new(big.Int).Set(toBig(k))
	if i.Sign() < 0 {
		i.Add(i, n)
		if i.Sign() < 0 {
			if negStep {
				return big.NewInt(-1), nil
			}
			return new(big.Int), nil
		}
	} else if i.Cmp(n) >= 0 {
		if negStep {
			return new(big.Int).Sub(n, bigOne), nil
		}
		return new(big.Int).Set(n), nil
	}
	return i, nil
}

// bigRangeSlice returns r[s].
func bigRangeSlice(th *Thread, r *BigRange, n *big.Int, s *Slice) (Value, error) {
	step := big.NewInt(1)
	if s.Step != None {
		st, err := Index(th, s.Step)
		if err != nil {
			return nil, Errorf(TypeErrorType, "slice indices must be integers or None or have an __index__ method")
		}
		step = toBig(st)
		if step.Sign() == 0 {
			return nil, Errorf(ValueErrorType, "slice step cannot be zero")
		}
	}
	neg := step.Sign() < 0
	defStart, defStop := new(big.Int), new(big.Int).Set(n)
	if neg {
		defStart, defStop = new(big.Int).Sub(n, bigOne), big.NewInt(-1)
	}
	lo, err := bigSliceBound(th, s.Start, defStart, n, neg)
	if err != nil {
		return nil, err
	}
	hi, err := bigSliceBound(th, s.Stop, defStop, n, neg)
	if err != nil {
		return nil, err
	}
	start := new(big.Int).Mul(lo, r.Step)
	start.Add(start, r.Start)
	stop := new(big.Int).Mul(hi, r.Step)
	stop.Add(stop, r.Start)
	return newRangeValue(MakeBigInt(start), MakeBigInt(stop), MakeBigInt(new(big.Int).Mul(step, r.Step))), nil
}

// bigRangeContains is `x in r`.
func bigRangeContains(th *Thread, r *BigRange, x Value) (bool, error) {
	if f, ok := x.(Float); ok && floatIsInteger(float64(f)) {
		i, err := intFromFloat(float64(f))
		if err != nil {
			return false, err
		}
		x = i
	}
	if !isInt(x) {
		return false, nil
	}
	v := toBig(x)
	if r.Step.Sign() > 0 {
		if v.Cmp(r.Start) < 0 || v.Cmp(r.Stop) >= 0 {
			return false, nil
		}
	} else if v.Cmp(r.Start) > 0 || v.Cmp(r.Stop) <= 0 {
		return false, nil
	}
	d := new(big.Int).Sub(v, r.Start)
	return d.Mod(d, new(big.Int).Abs(r.Step)).Sign() == 0, nil
}

// bigRangeIterator iterates a BigRange.
type bigRangeIterator struct {
	Header
	next, step, remaining *big.Int
}

func (*bigRangeIterator) Type() *Type { return RangeIteratorType }

// Next implements Iterator.
func (it *bigRangeIterator) Next(th *Thread) (Value, bool, error) {
	if it.remaining.Sign() <= 0 {
		return nil, false, nil
	}
	v := MakeBigInt(new(big.Int).Set(it.next))
	it.next = new(big.Int).Add(it.next, it.step)
	it.remaining = new(big.Int).Sub(it.remaining, bigOne)
	return v, true, nil
}

// bigRangeIter returns iter(r) or reversed(r).
func bigRangeIter(r *BigRange, reverse bool) *bigRangeIterator {
	n := r.length()
	if !reverse {
		return &bigRangeIterator{next: r.Start, step: r.Step, remaining: n}
	}
	last := new(big.Int).Sub(n, bigOne)
	last.Mul(last, r.Step).Add(last, r.Start)
	return &bigRangeIterator{next: last, step: new(big.Int).Neg(r.Step), remaining: n}
}

// asBigRange converts a small range for comparisons with big ones.
func asBigRange(v Value) (*BigRange, bool) {
	switch x := v.(type) {
	case *BigRange:
		return x, true
	case *Range:
		return &BigRange{Start: big.NewInt(x.Start), Stop: big.NewInt(x.Stop), Step: big.NewInt(x.Step)}, true
	}
	return nil, false
}

// bigRangeEqual compares ranges as sequences.
func bigRangeEqual(x, y *BigRange) bool {
	n := x.length()
	if n.Cmp(y.length()) != 0 {
		return false
	}
	if n.Sign() == 0 {
		return true
	}
	if x.Start.Cmp(y.Start) != 0 {
		return false
	}
	return n.Cmp(bigOne) == 0 || x.Step.Cmp(y.Step) == 0
}

// bigRangeCompare compares a big range with another range.
func bigRangeCompare(op compile.CompareOp, a *BigRange, b Value) Value {
	y, ok := asBigRange(b)
	if !ok || (op != compile.OpEQ && op != compile.OpNE) {
		return NotImplemented
	}
	return Bool(bigRangeEqual(a, y) == (op == compile.OpEQ))
}

// hashBigRange is range_hash for big ranges.
func hashBigRange(th *Thread, r *BigRange) (int64, error) {
	n := r.length()
	switch {
	case n.Sign() == 0:
		return hashTuple(th, Tuple{MakeInt(0), None, None})
	case n.Cmp(bigOne) == 0:
		return hashTuple(th, Tuple{MakeInt(1), MakeBigInt(r.Start), None})
	}
	return hashTuple(th, Tuple{MakeBigInt(n), MakeBigInt(r.Start), MakeBigInt(r.Step)})
}

// bigRangeRepr formats a big range.
func bigRangeRepr(r *BigRange) string {
	s := "range(" + r.Start.String() + ", " + r.Stop.String()
	if r.Step.Cmp(bigOne) != 0 {
		s += ", " + r.Step.String()
	}
	return s + ")"
}
