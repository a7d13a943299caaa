package vm

import (
	"math"
	"math/bits"

	"lockstep/wasm/compile"
)

// intFast computes the common int operations without allocating; ok is
// false when the generic path must be taken (overflow, division by zero,
// operators not handled here).
func intFast(op compile.BinaryOp, x, y Int) (Value, bool) {
	switch op &^ compile.Inplace {
	case compile.OpAdd:
		s := x + y
		if (s > x) == (y > 0) {
			return MakeInt(int64(s)), true
		}
	case compile.OpSub:
		d := x - y
		if (d < x) == (y > 0) {
			return MakeInt(int64(d)), true
		}
	case compile.OpMul:
		hi, lo := bits.Mul64(uint64(abs64(int64(x))), uint64(abs64(int64(y))))
		if hi == 0 && lo <= math.MaxInt64 && x != math.MinInt64 && y != math.MinInt64 {
			p := int64(lo)
			if (x < 0) != (y < 0) {
				p = -p
			}
			return MakeInt(p), true
		}
	case compile.OpFloorDiv:
		if y > 0 {
			q := x / y
			if (x%y != 0) && (x < 0) {
				q--
			}
			return MakeInt(int64(q)), true
		}
	case compile.OpMod:
		if y > 0 {
			r := x % y
			if r < 0 {
				r += y
			}
			return MakeInt(int64(r)), true
		}
	case compile.OpAnd:
		return MakeInt(int64(x & y)), true
	case compile.OpOr:
		return MakeInt(int64(x | y)), true
	case compile.OpXor:
		return MakeInt(int64(x ^ y)), true
	}
	return nil, false
}

func abs64(x int64) int64 {
	if x < 0 {
		return -x
	}
	return x
}

var boolValues = [2]Value{False, True}

// intCompare compares two small ints.
func intCompare(op compile.CompareOp, x, y Int) Value {
	var r bool
	switch op {
	case compile.OpLT:
		r = x < y
	case compile.OpLE:
		r = x <= y
	case compile.OpEQ:
		r = x == y
	case compile.OpNE:
		r = x != y
	case compile.OpGT:
		r = x > y
	case compile.OpGE:
		r = x >= y
	}
	if r {
		return boolValues[1]
	}
	return boolValues[0]
}

// unboundCell makes the error for reading an empty cell.
func (th *Thread) unboundCell(fr *Frame, idx int) error {
	code := fr.code
	if idx < len(code.Cellvars) {
		return Errorf(UnboundLocalErrorType, "cannot access local variable '%s' where it is not associated with a value", code.Cellvars[idx])
	}
	return Errorf(NameErrorType, "cannot access free variable '%s' where it is not associated with a value in enclosing scope", code.Freevars[idx-len(code.Cellvars)])
}

// unpack implements UNPACK_SEQUENCE (after < 0) and UNPACK_EX.
func (th *Thread) unpack(fr *Frame, before, after int) error {
	seq := fr.pop()
	var items []Value
	switch s := seq.(type) {
	case Tuple:
		items = s
	case *List:
		items = s.Elems
	default:
		if !isIterable(seq) {
			return Errorf(TypeErrorType, "cannot unpack non-iterable %s object", TypeName(seq))
		}
		if err := Iterate(th, seq, func(v Value) error { items = append(items, v); return nil }); err != nil {
			return err
		}
	}
	if after < 0 {
		if len(items) != before {
			if len(items) < before {
				return Errorf(ValueErrorType, "not enough values to unpack (expected %d, got %d)", before, len(items))
			}
			return Errorf(ValueErrorType, "too many values to unpack (expected %d)", before)
		}
		for i := len(items) - 1; i >= 0; i-- {
			fr.push(items[i])
		}
		return nil
	}
	if len(items) < before+after {
		return Errorf(ValueErrorType, "not enough values to unpack (expected at least %d, got %d)", before+after, len(items))
	}
	for i := len(items) - 1; i >= len(items)-after; i-- {
		fr.push(items[i])
	}
	mid := append([]Value(nil), items[before:len(items)-after]...)
	fr.push(NewList(mid))
	for i := before - 1; i >= 0; i-- {
		fr.push(items[i])
	}
	return nil
}

// dictMerge implements DICT_UPDATE and DICT_MERGE.
func (th *Thread) dictMerge(fr *Frame, d *Dict, src Value, strict bool) error {
	s, ok := src.(*Dict)
	if !ok {
		if strict {
			return Errorf(TypeErrorType, "argument after ** must be a mapping, not %s", TypeName(src))
		}
		return Errorf(TypeErrorType, "'%s' object is not a mapping", TypeName(src))
	}
	for _, kv := range s.Items() {
		if strict {
			if _, exists, _ := d.Get(th, kv[0]); exists {
				name := "function"
				return Errorf(TypeErrorType, "%s() got multiple values for keyword argument '%s'", name, plainStr(kv[0]))
			}
		}
		if err := d.Set(th, kv[0], kv[1]); err != nil {
			return err
		}
	}
	return nil
}

// beforeWith implements BEFORE_WITH: mgr -> exit enter_result.
func (th *Thread) beforeWith(fr *Frame) error {
	if !fr.withCall {
		mgr := fr.top()
		t := mgr.Type()
		enter, ok := t.Lookup("__enter__")
		if !ok {
			return Errorf(TypeErrorType, "'%s' object does not support the context manager protocol", t.Name)
		}
		exit, ok := t.Lookup("__exit__")
		if !ok {
			return Errorf(TypeErrorType, "'%s' object does not support the context manager protocol (missed __exit__ method)", t.Name)
		}
		fr.stack[fr.sp-1] = bindMethod(mgr, exit)
		fr.push(bindMethod(mgr, enter))
		fr.withCall = true
	}
	enter := fr.top()
	err := th.invoke(fr, enter, nil, nil, fr.sp-1)
	if err == errPause {
		return err
	}
	fr.withCall = false
	return err
}

// bindMethod binds a function found on a class to obj.
func bindMethod(obj, f Value) Value {
	switch fn := f.(type) {
	case *Function:
		return &BoundMethod{Self: obj, Func: fn}
	case *Builtin:
		return &Builtin{Name: fn.Name, Fn: fn.Fn, Self: obj, Owner: fn.Owner, Effect: fn.Effect}
	}
	return f
}
