package vm

import (
	"strings"

	"lockstep/wasm/compile"
)

// This file implements `int | None` (types.UnionType), as written in
// annotations and accepted by isinstance and issubclass.

// UnionType is the type of X | Y for types X and Y.
var UnionType = NewBuiltinType("types", "UnionType", nil)

// Union is a union of types; None stands for NoneType.
type Union struct {
	Args Tuple // *Type values (NoneType for None), without duplicates
}

// Type implements Value.
func (*Union) Type() *Type { return UnionType }

// unionArgs returns the members a | operand adds to a union; ok is false
// for operands that are neither types, None nor unions.
func unionArgs(v Value) (Tuple, bool) {
	switch x := v.(type) {
	case *Type:
		return Tuple{x}, true
	case NoneType:
		return Tuple{NoneTypeType}, true
	case *Union:
		return x.Args, true
	}
	return nil, false
}

// makeUnion is a | b for types; nil when an operand is not a type.
func makeUnion(a, b Value) Value {
	x, ok1 := unionArgs(a)
	y, ok2 := unionArgs(b)
	if !ok1 || !ok2 {
		return nil
	}
	var args Tuple
	for _, t := range append(append(Tuple(nil), x...), y...) {
		dup := false
		for _, u := range args {
			if u == t {
				dup = true
			}
		}
		if !dup {
			args = append(args, t)
		}
	}
	if len(args) == 1 {
		return args[0]
	}
	return &Union{Args: args}
}

// unionRepr formats a union as CPython: "int | None".
func unionRepr(u *Union) string {
	parts := make([]string, len(u.Args))
	for i, a := range u.Args {
		t := a.(*Type)
		if t == NoneTypeType {
			parts[i] = "None"
		} else {
			parts[i] = qualTypeName(t)
		}
	}
	return strings.Join(parts, " | ")
}

// mustSet makes a set of hashable values (types).
func mustSet(th *Thread, vals Tuple) *Set {
	s := NewSet(true)
	for _, v := range vals {
		_ = s.Add(th, v)
	}
	return s
}

// Repr implements Reprer.
func (u *Union) Repr(th *Thread) (string, error) { return unionRepr(u), nil }

// typeOr is the | operator on types, None and unions.
func typeOr(op compile.BinaryOp, a, b Value) Value {
	if op != compile.OpOr {
		return nil
	}
	_, at := a.(*Type)
	_, au := a.(*Union)
	_, bt := b.(*Type)
	_, bu := b.(*Union)
	if !(at || au || bt || bu) {
		return nil
	}
	return makeUnion(a, b)
}

func init() {
	UnionType.QualName = "UnionType"
	UnionType.SetMethod("__or__", Pure, func(th *Thread, args []Value, kwnames []string) (Value, error) {
		if err := methOneArg("UnionType.__or__", args, kwnames); err != nil {
			return nil, err
		}
		if r := makeUnion(args[0], args[1]); r != nil {
			return r, nil
		}
		return NotImplemented, nil
	})
}
