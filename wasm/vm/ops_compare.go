package vm

import (
	"math"
	"math/big"

	"lockstep/wasm/compile"
)

// This file implements ==, !=, <, <=, >, >= as CPython's rich comparison:
// builtin comparisons for the builtin types, special methods for classes
// defined by the program, reflected operands, NotImplemented, and identity
// as the last resort for == and !=.

// compareNames are the special methods of the comparison operators.
var compareNames = [...]string{
	compile.OpLT: "__lt__", compile.OpLE: "__le__", compile.OpEQ: "__eq__",
	compile.OpNE: "__ne__", compile.OpGT: "__gt__", compile.OpGE: "__ge__",
}

// compareSymbols are the operators as written.
var compareSymbols = [...]string{
	compile.OpLT: "<", compile.OpLE: "<=", compile.OpEQ: "==",
	compile.OpNE: "!=", compile.OpGT: ">", compile.OpGE: ">=",
}

// reflectedCompare maps an operator to its reflection (a < b is b > a).
var reflectedCompare = [...]compile.CompareOp{
	compile.OpLT: compile.OpGT, compile.OpLE: compile.OpGE, compile.OpEQ: compile.OpEQ,
	compile.OpNE: compile.OpNE, compile.OpGT: compile.OpLT, compile.OpGE: compile.OpLE,
}

// cmpResult turns a three-way comparison into the operator's result.
func cmpResult(op compile.CompareOp, c int) bool {
	switch op {
	case compile.OpLT:
		return c < 0
	case compile.OpLE:
		return c <= 0
	case compile.OpEQ:
		return c == 0
	case compile.OpNE:
		return c != 0
	case compile.OpGT:
		return c > 0
	}
	return c >= 0
}

// Equal reports a == b (calling __eq__ where defined).
func Equal(th *Thread, a, b Value) (bool, error) {
	switch x := a.(type) {
	case Int:
		if y, ok := b.(Int); ok {
			return x == y, nil
		}
	case Str:
		if y, ok := b.(Str); ok {
			return x == y, nil
		}
		if !userClass(b) {
			return false, nil
		}
	}
	r, err := Compare(th, compile.OpEQ, a, b)
	if err != nil {
		return false, err
	}
	if bv, ok := r.(Bool); ok {
		return bool(bv), nil
	}
	return Truth(th, r)
}

// sameOrEqual is the element comparison of containers: identity first,
// then ==.
func sameOrEqual(th *Thread, a, b Value) (bool, error) {
	if identical(a, b) {
		return true, nil
	}
	return Equal(th, a, b)
}

// Compare returns a op b for <, <=, ==, !=, >, >= (rich comparison with
// reflected operands and NotImplemented, as CPython).
func Compare(th *Thread, op compile.CompareOp, a, b Value) (Value, error) {
	switch x := a.(type) {
	case Int:
		if y, ok := b.(Int); ok {
			c := 0
			if x < y {
				c = -1
			} else if x > y {
				c = 1
			}
			return Bool(cmpResult(op, c)), nil
		}
	case Float:
		if y, ok := b.(Float); ok {
			return Bool(floatCmpOp(op, float64(x), float64(y))), nil
		}
	case Str:
		if y, ok := b.(Str); ok {
			c := 0
			if x < y {
				c = -1
			} else if x > y {
				c = 1
			}
			return Bool(cmpResult(op, c)), nil
		}
	}
	return richCompare(th, op, a, b)
}

// floatCmpOp compares floats (comparisons with nan are false, != true).
func floatCmpOp(op compile.CompareOp, x, y float64) bool {
	switch op {
	case compile.OpLT:
		return x < y
	case compile.OpLE:
		return x <= y
	case compile.OpEQ:
		return x == y
	case compile.OpNE:
		return x != y
	case compile.OpGT:
		return x > y
	}
	return x >= y
}

// richCompare is CPython's do_richcompare.
func richCompare(th *Thread, op compile.CompareOp, a, b Value) (Value, error) {
	ta, tb := a.Type(), b.Type()
	refl := reflectedCompare[op]
	checkedReverse := false
	if ta != tb && !tb.Builtin && tb.IsSubtype(ta) && overrides(tb, ta, compareNames[refl]) {
		checkedReverse = true
		r, err := slotCompare(th, refl, b, a)
		if err != nil || r != NotImplemented {
			return r, err
		}
	}
	r, err := slotCompare(th, op, a, b)
	if err != nil || r != NotImplemented {
		return r, err
	}
	if !checkedReverse {
		r, err := slotCompare(th, refl, b, a)
		if err != nil || r != NotImplemented {
			return r, err
		}
	}
	switch op {
	case compile.OpEQ:
		return Bool(identical(a, b)), nil
	case compile.OpNE:
		return Bool(!identical(a, b)), nil
	}
	return nil, Errorf(TypeErrorType, "'%s' not supported between instances of '%s' and '%s'",
		compareSymbols[op], ta.Name, tb.Name)
}

// overrides reports whether sub defines name differently from base.
func overrides(sub, base *Type, name string) bool {
	f1, ok := sub.Lookup(name)
	if !ok {
		return false
	}
	f2, ok := base.Lookup(name)
	return !ok || !identical(f1, f2)
}

// slotCompare calls a's comparison for op with b: the builtin comparison
// of builtin types, or the special method of a's class. It returns
// NotImplemented when a cannot compare itself with b.
func slotCompare(th *Thread, op compile.CompareOp, a, b Value) (Value, error) {
	if r, handled, err := builtinCompare(th, op, a, b); handled {
		return r, err
	}
	if fn, ok := lookupSpecial(a, compareNames[op]); ok {
		if fn == None {
			return NotImplemented, nil
		}
		return callMethod(th, fn, a, b)
	}
	if op == compile.OpNE {
		// object.__ne__ inverts __eq__ unless it is NotImplemented.
		if fn, ok := lookupSpecial(a, "__eq__"); ok && fn != None {
			r, err := callMethod(th, fn, a, b)
			if err != nil || r == NotImplemented {
				return r, err
			}
			t, err := Truth(th, r)
			if err != nil {
				return nil, err
			}
			return Bool(!t), nil
		}
	}
	// object's defaults: identity for == and !=.
	switch op {
	case compile.OpEQ:
		if identical(a, b) {
			return True, nil
		}
	case compile.OpNE:
		if identical(a, b) {
			return False, nil
		}
	}
	return NotImplemented, nil
}

// builtinCompare compares builtin values. handled is false when a is not a
// builtin value with its own comparison (its class's methods decide);
// the result is NotImplemented when a cannot compare with b.
func builtinCompare(th *Thread, op compile.CompareOp, a, b Value) (Value, bool, error) {
	switch x := a.(type) {
	case Int, Bool, *BigInt, Float:
		c, ok := numCompare(a, b)
		if !ok {
			return NotImplemented, true, nil
		}
		if c == cmpUnordered {
			return Bool(op == compile.OpNE), true, nil
		}
		return Bool(cmpResult(op, c)), true, nil
	case Str:
		y, ok := b.(Str)
		if !ok {
			return NotImplemented, true, nil
		}
		c := 0
		if x < y {
			c = -1
		} else if x > y {
			c = 1
		}
		return Bool(cmpResult(op, c)), true, nil
	case Tuple:
		y, ok := b.(Tuple)
		if !ok {
			return NotImplemented, true, nil
		}
		r, err := seqCompare(th, op, x, y)
		return r, true, err
	case *List:
		y, ok := b.(*List)
		if !ok {
			return NotImplemented, true, nil
		}
		r, err := seqCompare(th, op, x.Elems, y.Elems)
		return r, true, err
	case *Dict:
		y, ok := b.(*Dict)
		if !ok || (op != compile.OpEQ && op != compile.OpNE) {
			return NotImplemented, true, nil
		}
		eq, err := dictEqual(th, x, y)
		if err != nil {
			return nil, true, err
		}
		return Bool(eq == (op == compile.OpEQ)), true, nil
	case *Set:
		r, err := setCompare(th, op, x, b)
		return r, true, err
	case *DictView:
		r, err := viewCompare(th, op, x, b)
		return r, true, err
	case *BigRange:
		return bigRangeCompare(op, x, b), true, nil
	case *Union:
		y, ok := b.(*Union)
		if !ok || (op != compile.OpEQ && op != compile.OpNE) {
			return NotImplemented, true, nil
		}
		eq, err := setCompare(th, compile.OpEQ, mustSet(th, x.Args), mustSet(th, y.Args))
		if err != nil {
			return nil, true, err
		}
		return Bool((eq == True) == (op == compile.OpEQ)), true, nil
	case *Range:
		if yb, ok := b.(*BigRange); ok {
			return bigRangeCompare(op, yb, x), true, nil
		}
		y, ok := b.(*Range)
		if !ok || (op != compile.OpEQ && op != compile.OpNE) {
			return NotImplemented, true, nil
		}
		return Bool(rangeEqual(x, y) == (op == compile.OpEQ)), true, nil
	case *Slice:
		y, ok := b.(*Slice)
		if !ok {
			return NotImplemented, true, nil
		}
		r, err := seqCompare(th, op, []Value{x.Start, x.Stop, x.Step}, []Value{y.Start, y.Stop, y.Step})
		return r, true, err
	case NoneType, EllipsisType, NotImplementedType, *Type, *Function, *Module, *Cell, *Property, *StaticMethod, *ClassMethod:
		return identityCompare(op, a, b), true, nil
	case *Builtin:
		y, ok := b.(*Builtin)
		if !ok || (op != compile.OpEQ && op != compile.OpNE) {
			return NotImplemented, true, nil
		}
		same := x == y || (x.Self != nil && y.Self != nil && identical(x.Self, y.Self) && x.Name == y.Name && x.Owner == y.Owner)
		return Bool(same == (op == compile.OpEQ)), true, nil
	case *BoundMethod:
		y, ok := b.(*BoundMethod)
		if !ok || (op != compile.OpEQ && op != compile.OpNE) {
			return NotImplemented, true, nil
		}
		same := identical(x.Self, y.Self) && identical(x.Func, y.Func)
		return Bool(same == (op == compile.OpEQ)), true, nil
	}
	return nil, false, nil
}

// identityCompare is object's default comparison.
func identityCompare(op compile.CompareOp, a, b Value) Value {
	switch op {
	case compile.OpEQ:
		if identical(a, b) {
			return True
		}
	case compile.OpNE:
		if identical(a, b) {
			return False
		}
	}
	return NotImplemented
}

// cmpUnordered is numCompare's result when a nan is involved.
const cmpUnordered = 2

// numCompare compares two numbers exactly (ints with floats too). ok is
// false when b is not a number; the result is cmpUnordered for nan.
func numCompare(a, b Value) (int, bool) {
	af, aIsFloat := a.(Float)
	bf, bIsFloat := b.(Float)
	if !bIsFloat && !isInt(b) {
		return 0, false
	}
	switch {
	case aIsFloat && bIsFloat:
		return floatCmp3(float64(af), float64(bf)), true
	case !aIsFloat && !bIsFloat:
		return intCmp(a, b), true
	case aIsFloat:
		return floatIntCmp(float64(af), b), true
	}
	c := floatIntCmp(float64(bf), a)
	if c == cmpUnordered {
		return c, true
	}
	return -c, true
}

func floatCmp3(x, y float64) int {
	switch {
	case x < y:
		return -1
	case x > y:
		return 1
	case x == y:
		return 0
	}
	return cmpUnordered
}

// floatIntCmp compares a float with an int exactly.
func floatIntCmp(f float64, i Value) int {
	if math.IsNaN(f) {
		return cmpUnordered
	}
	if math.IsInf(f, 1) {
		return 1
	}
	if math.IsInf(f, -1) {
		return -1
	}
	if n, ok := smallInt(i); ok && n > -(1<<53) && n < 1<<53 {
		return floatCmp3(f, float64(n))
	}
	bf := new(big.Float).SetFloat64(f)
	bi := new(big.Float).SetInt(toBig(i))
	return bf.Cmp(bi)
}

// seqCompare compares two sequences lexicographically, as CPython's list
// and tuple comparisons.
func seqCompare(th *Thread, op compile.CompareOp, x, y []Value) (Value, error) {
	if (op == compile.OpEQ || op == compile.OpNE) && len(x) != len(y) {
		return Bool(op == compile.OpNE), nil
	}
	i := 0
	for ; i < len(x) && i < len(y); i++ {
		eq, err := sameOrEqual(th, x[i], y[i])
		if err != nil {
			return nil, err
		}
		if !eq {
			break
		}
	}
	if i >= len(x) || i >= len(y) {
		c := 0
		if len(x) < len(y) {
			c = -1
		} else if len(x) > len(y) {
			c = 1
		}
		return Bool(cmpResult(op, c)), nil
	}
	switch op {
	case compile.OpEQ:
		return False, nil
	case compile.OpNE:
		return True, nil
	}
	return Compare(th, op, x[i], y[i])
}

// dictEqual compares dicts: same keys, equal values.
func dictEqual(th *Thread, x, y *Dict) (bool, error) {
	if x == y {
		return true, nil
	}
	if x.Len() != y.Len() {
		return false, nil
	}
	for _, kv := range x.Items() {
		v, ok, err := y.Get(th, kv[0])
		if err != nil {
			return false, err
		}
		if !ok {
			return false, nil
		}
		eq, err := sameOrEqual(th, kv[1], v)
		if err != nil || !eq {
			return false, err
		}
	}
	return true, nil
}
