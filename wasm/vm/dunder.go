package vm

import (
	"math"
	"sync"
)

// This file holds the helpers that call Python-level special methods
// (__add__, __eq__, __len__…) from the generic operations.

// callValue calls fn with args through th.Call; without a thread,
// builtins run directly and Python code cannot be called.
func callValue(th *Thread, fn Value, args []Value, kwnames []string) (Value, error) {
	if b, ok := fn.(*Builtin); ok && th == nil {
		if b.Self != nil {
			full := make([]Value, 0, len(args)+1)
			full = append(full, b.Self)
			full = append(full, args...)
			return b.Fn(th, full, kwnames)
		}
		return b.Fn(th, args, kwnames)
	}
	if th == nil {
		return nil, Errorf(TypeErrorType, "lockstep: cannot call %s object here", TypeName(fn))
	}
	return th.Call(fn, args, kwnames)
}

// Call1 calls fn with one positional argument.
func call1(th *Thread, fn, a Value) (Value, error) {
	return callValue(th, fn, []Value{a}, nil)
}

// callMethod calls fn, an attribute found on self's class (not bound yet),
// as a method of self with the given arguments: functions and unbound
// builtins receive self first; staticmethods do not; classmethods receive
// the class.
func callMethod(th *Thread, fn Value, self Value, args ...Value) (Value, error) {
	switch f := fn.(type) {
	case *StaticMethod:
		return callValue(th, f.Func, args, nil)
	case *ClassMethod:
		full := make([]Value, 0, len(args)+1)
		full = append(full, self.Type())
		return callValue(th, f.Func, append(full, args...), nil)
	case *Builtin:
		if f.Self != nil {
			return callValue(th, f, args, nil)
		}
	case *Function:
	default:
		// A callable object stored on the class is not bound.
		return callValue(th, fn, args, nil)
	}
	full := make([]Value, 0, len(args)+1)
	full = append(full, self)
	return callValue(th, fn, append(full, args...), nil)
}

// lookupSpecial finds a special method on v's class, for values of
// classes defined by the program or by native modules. It reports false
// for builtin values whose behaviour the generic operations implement
// directly, and for object's defaults.
func lookupSpecial(v Value, name string) (Value, bool) {
	t := v.Type()
	if name == "__getattribute__" || name == "__setattr__" {
		// every attribute access asks: stop before object's own (large)
		// dict when its entries are the defaults, which count as absent
		for _, c := range t.MRO {
			if c == ObjectType && objectAttrHooksDefault() {
				return nil, false
			}
			if fn, ok := c.Dict.GetStr(name); ok {
				if b, isB := fn.(*Builtin); isB && b.Owner == ObjectType {
					return nil, false
				}
				return fn, true
			}
		}
		return nil, false
	}
	fn, ok := t.Lookup(name)
	if !ok {
		return nil, false
	}
	if b, isB := fn.(*Builtin); isB && b.Owner == ObjectType {
		return nil, false
	}
	return fn, true
}

// objectAttrHooksDefault reports whether object's __getattribute__ and
// __setattr__ are absent or object's own natives (object is immutable, so
// the answer is computed once).
var objectAttrHooksDefault = sync.OnceValue(func() bool {
	for _, name := range []string{"__getattribute__", "__setattr__"} {
		if fn, ok := ObjectType.Dict.GetStr(name); ok {
			if b, isB := fn.(*Builtin); !isB || b.Owner != ObjectType {
				return false
			}
		}
	}
	return true
})

// userClass reports whether v's class is defined by the program (so its
// special methods may be Python code).
func userClass(v Value) bool { return !v.Type().Builtin }

// callSpecial looks up name on v's class and calls it as a method;
// found is false when the class has no such method.
func callSpecial(th *Thread, v Value, name string, args ...Value) (res Value, found bool, err error) {
	fn, ok := lookupSpecial(v, name)
	if !ok {
		return nil, false, nil
	}
	res, err = callMethod(th, fn, v, args...)
	return res, true, err
}

// identical reports whether a and b are the same object (Python's `is`)
// for the purposes of container comparisons. Values without identity
// (ints, strs…) are identical when they are the same Go value.
func identical(a, b Value) bool {
	switch x := a.(type) {
	case Tuple:
		y, ok := b.(Tuple)
		return ok && len(x) == len(y) && (len(x) == 0 || &x[0] == &y[0])
	case *List:
		return a == b
	case Float:
		// Floats have no identity here: the same value read twice from a
		// container is the same object in CPython (so [nan] == [nan] when
		// both lists hold the same nan).
		y, ok := b.(Float)
		return ok && math.Float64bits(float64(x)) == math.Float64bits(float64(y))
	}
	if _, ok := b.(Tuple); ok {
		return false
	}
	return a == b
}

// isStopIteration reports whether err is a StopIteration exception.
func isStopIteration(err error) (*Exception, bool) {
	e, ok := err.(*Exception)
	if ok && e.Class.IsSubtype(StopIterationType) {
		return e, true
	}
	return nil, false
}
