package vm

import (
	"strings"

	"lockstep/wasm/compile"
)

// This file implements the binary and unary operators: numeric
// arithmetic, sequence concatenation and repetition, set and dict
// operators, the in-place forms, and special methods (__add__, __radd__,
// __iadd__…) of classes defined by the program.

// binaryNames are the special methods of the binary operators, and
// reflectedNames their reflected forms.
var (
	binaryNames = [...]string{
		compile.OpAdd: "__add__", compile.OpSub: "__sub__", compile.OpMul: "__mul__",
		compile.OpTrueDiv: "__truediv__", compile.OpFloorDiv: "__floordiv__", compile.OpMod: "__mod__",
		compile.OpPow: "__pow__", compile.OpMatMul: "__matmul__", compile.OpLShift: "__lshift__",
		compile.OpRShift: "__rshift__", compile.OpAnd: "__and__", compile.OpOr: "__or__", compile.OpXor: "__xor__",
	}
	reflectedNames = [...]string{
		compile.OpAdd: "__radd__", compile.OpSub: "__rsub__", compile.OpMul: "__rmul__",
		compile.OpTrueDiv: "__rtruediv__", compile.OpFloorDiv: "__rfloordiv__", compile.OpMod: "__rmod__",
		compile.OpPow: "__rpow__", compile.OpMatMul: "__rmatmul__", compile.OpLShift: "__rlshift__",
		compile.OpRShift: "__rrshift__", compile.OpAnd: "__rand__", compile.OpOr: "__ror__", compile.OpXor: "__rxor__",
	}
	inplaceNames = [...]string{
		compile.OpAdd: "__iadd__", compile.OpSub: "__isub__", compile.OpMul: "__imul__",
		compile.OpTrueDiv: "__itruediv__", compile.OpFloorDiv: "__ifloordiv__", compile.OpMod: "__imod__",
		compile.OpPow: "__ipow__", compile.OpMatMul: "__imatmul__", compile.OpLShift: "__ilshift__",
		compile.OpRShift: "__irshift__", compile.OpAnd: "__iand__", compile.OpOr: "__ior__", compile.OpXor: "__ixor__",
	}
	binarySymbols = [...]string{
		compile.OpAdd: "+", compile.OpSub: "-", compile.OpMul: "*", compile.OpTrueDiv: "/",
		compile.OpFloorDiv: "//", compile.OpMod: "%", compile.OpPow: "**", compile.OpMatMul: "@",
		compile.OpLShift: "<<", compile.OpRShift: ">>", compile.OpAnd: "&", compile.OpOr: "|", compile.OpXor: "^",
	}
)

// Binary returns a op b for arithmetic and bitwise operators, including the
// in-place forms (op | compile.Inplace).
func Binary(th *Thread, op compile.BinaryOp, a, b Value) (Value, error) {
	inplace := op&compile.Inplace != 0
	op &^= compile.Inplace
	if x, ok := a.(Int); ok {
		if y, ok := b.(Int); ok {
			switch op {
			case compile.OpAdd:
				return AddInt(int64(x), int64(y)), nil
			case compile.OpSub:
				return SubInt(int64(x), int64(y)), nil
			case compile.OpMul:
				return MulInt(int64(x), int64(y)), nil
			}
			if op != compile.OpMatMul {
				return smallIntBinary(op, int64(x), int64(y))
			}
		}
	}
	if inplace {
		r, err := inplaceBinary(th, op, a, b)
		if err != nil || r != nil {
			return r, err
		}
	}
	r, err := binaryOp(th, op, a, b)
	if err != nil || r != nil {
		return r, err
	}
	return nil, binaryError(op, inplace, a, b)
}

// binaryError is the TypeError for unsupported operands, with CPython's
// special messages for str and list concatenation and sequence repetition.
func binaryError(op compile.BinaryOp, inplace bool, a, b Value) error {
	switch op {
	case compile.OpAdd:
		switch a.(type) {
		case Str, *List, Tuple:
			return Errorf(TypeErrorType, "can only concatenate %s (not \"%s\") to %s", TypeName(a), TypeName(b), TypeName(a))
		}
	case compile.OpMul:
		if isSequence(a) {
			return Errorf(TypeErrorType, "can't multiply sequence by non-int of type '%s'", TypeName(b))
		}
		if isSequence(b) {
			return Errorf(TypeErrorType, "can't multiply sequence by non-int of type '%s'", TypeName(a))
		}
	}
	sym := binarySymbols[op]
	if inplace {
		sym += "="
	} else if op == compile.OpPow {
		sym = "** or pow()"
	}
	return Errorf(TypeErrorType, "unsupported operand type(s) for %s: '%s' and '%s'", sym, TypeName(a), TypeName(b))
}

// isSequence reports whether v is a builtin sequence that * repeats.
func isSequence(v Value) bool {
	switch v.(type) {
	case Str, *List, Tuple:
		return true
	}
	return false
}

// inplaceBinary handles the in-place operators that mutate their left
// operand (list +=, set |=, dict |=) or call __iadd__ & co. It returns nil
// when the ordinary operator applies.
func inplaceBinary(th *Thread, op compile.BinaryOp, a, b Value) (Value, error) {
	switch x := a.(type) {
	case *List:
		switch op {
		case compile.OpAdd:
			if err := listExtend(th, x, b); err != nil {
				return nil, err
			}
			return x, nil
		case compile.OpMul:
			n, ok, err := repeatCount(b)
			if err != nil || !ok {
				return nil, err
			}
			elems, err := repeatValues(x.Elems, n, "list")
			if err != nil {
				return nil, err
			}
			x.Elems = elems
			return x, nil
		}
	case *Set:
		if x.Frozen {
			return nil, nil
		}
		y, ok := b.(*Set)
		if !ok {
			return nil, nil
		}
		var err error
		switch op {
		case compile.OpOr:
			err = setUpdate(th, x, y)
		case compile.OpAnd:
			err = setIntersectionUpdate(th, x, y)
		case compile.OpSub:
			err = setDifferenceUpdate(th, x, y)
		case compile.OpXor:
			err = setSymmetricDifferenceUpdate(th, x, y)
		default:
			return nil, nil
		}
		if err != nil {
			return nil, err
		}
		return x, nil
	case *Dict:
		if op == compile.OpOr {
			if err := dictUpdate(th, x, b); err != nil {
				return nil, err
			}
			return x, nil
		}
	}
	if userClass(a) {
		if r, found, err := callSpecial(th, a, inplaceNames[op], b); found {
			if err != nil || r != NotImplemented {
				return r, err
			}
		}
	}
	return nil, nil
}

// binaryOp is CPython's binary_op1: the left operand's method, the right
// operand's reflected method (first when the right operand's class derives
// from the left's), the builtin operations. It returns nil, nil when
// neither operand supports the operation.
func binaryOp(th *Thread, op compile.BinaryOp, a, b Value) (Value, error) {
	ua, ub := userClass(a), userClass(b)
	if !ua && !ub {
		return builtinBinary(th, op, a, b)
	}
	ta, tb := a.Type(), b.Type()
	checkedReverse := false
	if ub && ta != tb && tb.IsSubtype(ta) && overrides(tb, ta, reflectedNames[op]) {
		checkedReverse = true
		if r, found, err := callSpecial(th, b, reflectedNames[op], a); found && (err != nil || r != NotImplemented) {
			return r, err
		}
	}
	if ua {
		if r, found, err := callSpecial(th, a, binaryNames[op], b); found && (err != nil || r != NotImplemented) {
			return r, err
		}
	} else if r, err := builtinBinary(th, op, a, b); err != nil || r != nil {
		return r, err
	}
	if ub && !checkedReverse && ta != tb {
		if r, found, err := callSpecial(th, b, reflectedNames[op], a); found && (err != nil || r != NotImplemented) {
			return r, err
		}
	}
	return nil, nil
}

// builtinBinary computes a op b for builtin values; nil, nil when
// unsupported.
func builtinBinary(th *Thread, op compile.BinaryOp, a, b Value) (Value, error) {
	switch x := a.(type) {
	case Int, Bool, *BigInt:
		switch y := b.(type) {
		case Int, Bool, *BigInt:
			if op == compile.OpMatMul {
				return nil, nil
			}
			return intBinary(op, a, b)
		case Float:
			fa, err := intToFloat(a)
			if err != nil {
				return nil, err
			}
			return floatBinary(op, fa, float64(y))
		case Str, *List, Tuple:
			if op == compile.OpMul {
				return builtinBinary(th, op, b, a)
			}
		}
	case Float:
		if fb, ok, err := toFloat(b); ok || err != nil {
			if err != nil {
				return nil, err
			}
			return floatBinary(op, float64(x), fb)
		}
	case Str:
		switch op {
		case compile.OpAdd:
			if y, ok := b.(Str); ok {
				if len(x)+len(y) > MaxStrBytes {
					return nil, tooLargeStr(int64(len(x) + len(y)))
				}
				return x + y, nil
			}
		case compile.OpMul:
			n, ok, err := repeatCount(b)
			if err != nil || !ok {
				return nil, err
			}
			if n <= 0 || len(x) == 0 {
				return Str(""), nil
			}
			if int64(len(x))*n > MaxStrBytes {
				return nil, tooLargeStr(int64(len(x)) * n)
			}
			return Str(strings.Repeat(string(x), int(n))), nil
		case compile.OpMod:
			return strPercent(th, x, b)
		}
	case *List:
		switch op {
		case compile.OpAdd:
			if y, ok := b.(*List); ok {
				if err := checkLen("list", int64(len(x.Elems))+int64(len(y.Elems))); err != nil {
					return nil, err
				}
				elems := make([]Value, 0, len(x.Elems)+len(y.Elems))
				elems = append(elems, x.Elems...)
				return NewList(append(elems, y.Elems...)), nil
			}
		case compile.OpMul:
			n, ok, err := repeatCount(b)
			if err != nil || !ok {
				return nil, err
			}
			elems, err := repeatValues(x.Elems, n, "list")
			if err != nil {
				return nil, err
			}
			return NewList(elems), nil
		}
	case Tuple:
		switch op {
		case compile.OpAdd:
			if y, ok := b.(Tuple); ok {
				if len(y) == 0 {
					return x, nil
				}
				if len(x) == 0 {
					return y, nil
				}
				if err := checkLen("tuple", int64(len(x))+int64(len(y))); err != nil {
					return nil, err
				}
				elems := make(Tuple, 0, len(x)+len(y))
				elems = append(elems, x...)
				return append(elems, y...), nil
			}
		case compile.OpMul:
			n, ok, err := repeatCount(b)
			if err != nil || !ok {
				return nil, err
			}
			elems, err := repeatValues(x, n, "tuple")
			if err != nil {
				return nil, err
			}
			return Tuple(elems), nil
		}
	case *Set:
		if y, ok := b.(*Set); ok {
			return setBinary(th, op, x, y)
		}
		if v, ok := b.(*DictView); ok && v.Kind != viewValues {
			return viewBinary(th, op, x, b)
		}
	case *DictView:
		if x.Kind != viewValues {
			return viewBinary(th, op, a, b)
		}
	case *Type, *Union:
		if r := typeOr(op, a, b); r != nil {
			return r, nil
		}
	case NoneType:
		if r := typeOr(op, a, b); r != nil {
			return r, nil
		}
	case *Dict:
		if y, ok := b.(*Dict); ok && op == compile.OpOr {
			d := x.Copy()
			if err := dictUpdate(th, d, y); err != nil {
				return nil, err
			}
			return d, nil
		}
	}
	return nil, nil
}

// repeatCount converts the count of a sequence repetition; ok is false
// when b is not an int.
func repeatCount(b Value) (int64, bool, error) {
	switch y := b.(type) {
	case Int:
		return int64(y), true, nil
	case Bool:
		if y {
			return 1, true, nil
		}
		return 0, true, nil
	case *BigInt:
		if y.V.Sign() < 0 {
			return 0, true, nil
		}
		return 0, true, Errorf(OverflowErrorType, "cannot fit 'int' into an index-sized integer")
	}
	return 0, false, nil
}

// repeatValues returns elems repeated n times.
func repeatValues(elems []Value, n int64, kind string) ([]Value, error) {
	if n <= 0 || len(elems) == 0 {
		return []Value{}, nil
	}
	total := int64(len(elems)) * n
	if n > MaxContainerLen || total > MaxContainerLen {
		if n > MaxContainerLen {
			total = n * int64(len(elems))
			if total/n != int64(len(elems)) || total < 0 {
				total = n
			}
		}
		return nil, tooLarge(kind, total)
	}
	out := make([]Value, 0, total)
	for i := int64(0); i < n; i++ {
		out = append(out, elems...)
	}
	return out, nil
}

// Unary returns op a.
func Unary(th *Thread, op compile.UnaryOp, a Value) (Value, error) {
	if op == compile.OpNot {
		t, err := Truth(th, a)
		if err != nil {
			return nil, err
		}
		return Bool(!t), nil
	}
	switch x := a.(type) {
	case Int, Bool, *BigInt:
		return intUnary(op, a), nil
	case Float:
		switch op {
		case compile.OpNeg:
			return -x, nil
		case compile.OpPos:
			return x, nil
		}
	default:
		name := [...]string{compile.OpNeg: "__neg__", compile.OpPos: "__pos__", compile.OpInvert: "__invert__"}[op]
		if r, found, err := callSpecial(th, a, name); found {
			return r, err
		}
	}
	sym := [...]string{compile.OpNeg: "-", compile.OpPos: "+", compile.OpInvert: "~"}[op]
	return nil, Errorf(TypeErrorType, "bad operand type for unary %s: '%s'", sym, TypeName(a))
}
