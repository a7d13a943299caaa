package vm

import (
	"math/big"
	"sort"
	"strconv"
	"unicode/utf8"

	"lockstep/wasm/compile"
)

// This file implements the builtin functions about numbers, objects and
// types (abs, round, divmod, pow, hex, ord, chr, hash, id, repr, isinstance,
// getattr…), and registers the builtin types under their names.

// isCallable is callable(v).
func isCallable(v Value) bool {
	switch v.(type) {
	case *Function, *Builtin, *BoundMethod, *Type, *StaticMethod:
		return true
	}
	_, ok := v.Type().Lookup("__call__")
	return ok
}

// ObjectAddress returns id(v): the fake address of heap objects (as shown in
// reprs), and a number derived from the value for others.
func ObjectAddress(th *Thread, v Value) int64 {
	if h, ok := v.(HasHeader); ok {
		return int64(FakeAddress(objectID(th, h.header())))
	}
	switch x := v.(type) {
	case NoneType:
		return 0x7f3900001000
	case Bool:
		if x {
			return 0x7f3900001040
		}
		return 0x7f3900001080
	case *Builtin:
		return 0x7f3800000000 + (HashString(x.Name)&0xffffff)*0x40
	}
	h, err := Hash(th, v)
	if err != nil {
		h = HashString(TypeName(v))
	}
	return 0x7f3700000000 + (h&0xffffffff)*0x10
}

// intPrefixed formats an int in base 2, 8 or 16 with its prefix, as bin(),
// oct() and hex().
func intPrefixed(th *Thread, v Value, base int, prefix string) (Value, error) {
	i, err := Index(th, v)
	if err != nil {
		return nil, err
	}
	var s string
	if n, ok := i.(Int); ok {
		if n < 0 {
			s = "-" + prefix + strconv.FormatUint(uint64(-(n+1))+1, base)
		} else {
			s = prefix + strconv.FormatInt(int64(n), base)
		}
	} else {
		b := toBig(i)
		if b.Sign() < 0 {
			s = "-" + prefix + new(big.Int).Neg(b).Text(base)
		} else {
			s = prefix + b.Text(base)
		}
	}
	return Str(s), nil
}

// classInfoCheck reports whether t matches a class or a tuple of classes
// (nested tuples allowed); ok is false when info is neither.
func classInfoCheck(t *Type, info Value) (match, ok bool) {
	switch x := info.(type) {
	case *Type:
		return t.IsSubtype(x), true
	case *Union:
		return classInfoCheck(t, x.Args)
	case Tuple:
		for _, c := range x {
			m, ok := classInfoCheck(t, c)
			if !ok {
				return false, false
			}
			if m {
				return true, true
			}
		}
		return false, true
	}
	return false, false
}

// builtinDivmod is divmod(a, b).
func builtinDivmod(th *Thread, args []Value, kwnames []string) (Value, error) {
	if _, err := posArgs("divmod", args, kwnames, 2, 2); err != nil {
		return nil, err
	}
	a, b := args[0], args[1]
	if isInt(a) && isInt(b) {
		q, m, err := intDivMod(a, b)
		if err != nil {
			return nil, err
		}
		return Tuple{q, m}, nil
	}
	if userClass(a) || userClass(b) {
		if r, found, err := callSpecial(th, a, "__divmod__", b); found && (err != nil || r != NotImplemented) {
			return r, err
		}
		if r, found, err := callSpecial(th, b, "__rdivmod__", a); found && (err != nil || r != NotImplemented) {
			return r, err
		}
	} else {
		x, xok, err := toFloat(a)
		if err != nil {
			return nil, err
		}
		y, yok, err := toFloat(b)
		if err != nil {
			return nil, err
		}
		if xok && yok {
			if y == 0 {
				return nil, Errorf(ZeroDivisionErrorType, "float divmod()")
			}
			q, m := floatDivMod(x, y)
			return Tuple{Float(q), Float(m)}, nil
		}
	}
	return nil, Errorf(TypeErrorType, "unsupported operand type(s) for divmod(): '%s' and '%s'", TypeName(a), TypeName(b))
}

// builtinPow is pow(base, exp, mod=None).
func builtinPow(th *Thread, args []Value, kwnames []string) (Value, error) {
	a, err := parseArgs("pow", args, kwnames, 2, "base", "exp", "mod")
	if err != nil {
		return nil, err
	}
	if a[2] == nil || a[2] == None {
		return Binary(th, compile.OpPow, a[0], a[1])
	}
	if !isInt(a[0]) || !isInt(a[1]) || !isInt(a[2]) {
		if userClass(a[0]) {
			if r, found, err := callSpecial(th, a[0], "__pow__", a[1], a[2]); found && (err != nil || r != NotImplemented) {
				return r, err
			}
		}
		return nil, Errorf(TypeErrorType, "pow() 3rd argument not allowed unless all arguments are integers")
	}
	base, exp, mod := toBig(a[0]), toBig(a[1]), toBig(a[2])
	if mod.Sign() == 0 {
		return nil, Errorf(ValueErrorType, "pow() 3rd argument cannot be 0")
	}
	m := new(big.Int).Abs(mod)
	b := new(big.Int).Mod(base, m)
	if exp.Sign() < 0 {
		inv := new(big.Int).ModInverse(b, m)
		if inv == nil {
			return nil, Errorf(ValueErrorType, "base is not invertible for the given modulus")
		}
		b = inv
		exp = new(big.Int).Neg(exp)
	}
	r := new(big.Int).Exp(b, exp, m)
	if mod.Sign() < 0 && r.Sign() != 0 {
		r.Add(r, mod)
	}
	return MakeBigInt(r), nil
}

// attrName checks the name argument of getattr & co.
func attrName(v Value) (string, error) {
	s, ok := v.(Str)
	if !ok {
		return "", Errorf(TypeErrorType, "attribute name must be string, not '%s'", TypeName(v))
	}
	return string(s), nil
}

// dirNames returns the sorted attribute names of v for dir(v).
func dirNames(th *Thread, v Value) ([]Value, error) {
	names := map[string]bool{}
	add := func(d *Dict) {
		if d == nil {
			return
		}
		d.Range(func(k, _ Value) bool {
			if s, ok := k.(Str); ok {
				names[string(s)] = true
			}
			return true
		})
	}
	switch x := v.(type) {
	case *Module:
		add(x.Dict)
	case *Type:
		for _, c := range x.MRO {
			add(c.Dict)
		}
	case *Instance:
		add(x.Dict)
		for _, c := range x.Class.MRO {
			add(c.Dict)
		}
	default:
		if e, ok := v.(*Exception); ok {
			add(e.Dict)
			names["args"] = true
		}
		for _, c := range v.Type().MRO {
			add(c.Dict)
		}
	}
	keys := make([]string, 0, len(names))
	for k := range names {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	out := make([]Value, len(keys))
	for i, k := range keys {
		out[i] = Str(k)
	}
	return out, nil
}

func init() {
	RegisterBuiltin("abs", Pure, func(th *Thread, args []Value, kwnames []string) (Value, error) {
		if err := funcOneArg("abs", args, kwnames); err != nil {
			return nil, err
		}
		return absValue(th, args[0])
	})
	RegisterBuiltin("round", Pure, func(th *Thread, args []Value, kwnames []string) (Value, error) {
		a, err := parseArgs("round", args, kwnames, 1, "number", "ndigits")
		if err != nil {
			return nil, err
		}
		if a[1] == nil {
			return roundValue(th, a[0], nil)
		}
		return roundValue(th, a[0], a[1:])
	})
	RegisterBuiltin("divmod", Pure, builtinDivmod)
	RegisterBuiltin("pow", Pure, builtinPow)
	RegisterBuiltin("hex", Pure, func(th *Thread, args []Value, kwnames []string) (Value, error) {
		if err := funcOneArg("hex", args, kwnames); err != nil {
			return nil, err
		}
		return intPrefixed(th, args[0], 16, "0x")
	})
	RegisterBuiltin("oct", Pure, func(th *Thread, args []Value, kwnames []string) (Value, error) {
		if err := funcOneArg("oct", args, kwnames); err != nil {
			return nil, err
		}
		return intPrefixed(th, args[0], 8, "0o")
	})
	RegisterBuiltin("bin", Pure, func(th *Thread, args []Value, kwnames []string) (Value, error) {
		if err := funcOneArg("bin", args, kwnames); err != nil {
			return nil, err
		}
		return intPrefixed(th, args[0], 2, "0b")
	})
	RegisterBuiltin("ord", Pure, func(th *Thread, args []Value, kwnames []string) (Value, error) {
		if err := funcOneArg("ord", args, kwnames); err != nil {
			return nil, err
		}
		s, ok := args[0].(Str)
		if !ok {
			return nil, Errorf(TypeErrorType, "ord() expected string of length 1, but %s found", TypeName(args[0]))
		}
		if n := utf8.RuneCountInString(string(s)); n != 1 {
			return nil, Errorf(TypeErrorType, "ord() expected a character, but string of length %d found", n)
		}
		r, _ := utf8.DecodeRuneInString(string(s))
		return MakeInt(int64(r)), nil
	})
	RegisterBuiltin("chr", Pure, func(th *Thread, args []Value, kwnames []string) (Value, error) {
		if err := funcOneArg("chr", args, kwnames); err != nil {
			return nil, err
		}
		i, err := Index(th, args[0])
		if err != nil {
			return nil, err
		}
		n, ok := i.(Int)
		if !ok {
			return nil, Errorf(OverflowErrorType, "Python int too large to convert to C int")
		}
		if n < 0 || n > 0x10ffff {
			return nil, Errorf(ValueErrorType, "chr() arg not in range(0x110000)")
		}
		return Str(string(rune(n))), nil
	})
	RegisterBuiltin("hash", Pure, func(th *Thread, args []Value, kwnames []string) (Value, error) {
		if err := funcOneArg("hash", args, kwnames); err != nil {
			return nil, err
		}
		h, err := Hash(th, args[0])
		if err != nil {
			return nil, err
		}
		return MakeInt(h), nil
	})
	RegisterBuiltin("id", Pure, func(th *Thread, args []Value, kwnames []string) (Value, error) {
		if err := funcOneArg("id", args, kwnames); err != nil {
			return nil, err
		}
		return MakeInt(ObjectAddress(th, args[0])), nil
	})
	RegisterBuiltin("repr", Pure, func(th *Thread, args []Value, kwnames []string) (Value, error) {
		if err := funcOneArg("repr", args, kwnames); err != nil {
			return nil, err
		}
		s, err := Repr(th, args[0])
		return Str(s), err
	})
	RegisterBuiltin("ascii", Pure, func(th *Thread, args []Value, kwnames []string) (Value, error) {
		if err := funcOneArg("ascii", args, kwnames); err != nil {
			return nil, err
		}
		s, err := Repr(th, args[0])
		return Str(asciiEscape(s)), err
	})
	RegisterBuiltin("callable", Pure, func(th *Thread, args []Value, kwnames []string) (Value, error) {
		if err := funcOneArg("callable", args, kwnames); err != nil {
			return nil, err
		}
		return Bool(isCallable(args[0])), nil
	})
	RegisterBuiltin("isinstance", Pure, func(th *Thread, args []Value, kwnames []string) (Value, error) {
		if _, err := posArgs("isinstance", args, kwnames, 2, 2); err != nil {
			return nil, err
		}
		m, ok := classInfoCheck(args[0].Type(), args[1])
		if !ok {
			return nil, Errorf(TypeErrorType, "isinstance() arg 2 must be a type, a tuple of types, or a union")
		}
		return Bool(m), nil
	})
	RegisterBuiltin("issubclass", Pure, func(th *Thread, args []Value, kwnames []string) (Value, error) {
		if _, err := posArgs("issubclass", args, kwnames, 2, 2); err != nil {
			return nil, err
		}
		t, ok := args[0].(*Type)
		if !ok {
			return nil, Errorf(TypeErrorType, "issubclass() arg 1 must be a class")
		}
		m, ok := classInfoCheck(t, args[1])
		if !ok {
			return nil, Errorf(TypeErrorType, "issubclass() arg 2 must be a class, a tuple of classes, or a union")
		}
		return Bool(m), nil
	})
	RegisterBuiltin("getattr", ReadsSelf, func(th *Thread, args []Value, kwnames []string) (Value, error) {
		if _, err := posArgs("getattr", args, kwnames, 2, 3); err != nil {
			return nil, err
		}
		name, err := attrName(args[1])
		if err != nil {
			return nil, err
		}
		v, err := GetAttr(th, args[0], name)
		if err != nil && len(args) == 3 && isAttributeError(err) {
			return args[2], nil
		}
		return v, err
	})
	RegisterBuiltin("hasattr", ReadsSelf, func(th *Thread, args []Value, kwnames []string) (Value, error) {
		if _, err := posArgs("hasattr", args, kwnames, 2, 2); err != nil {
			return nil, err
		}
		name, err := attrName(args[1])
		if err != nil {
			return nil, err
		}
		_, err = GetAttr(th, args[0], name)
		if err != nil {
			if isAttributeError(err) {
				return False, nil
			}
			return nil, err
		}
		return True, nil
	})
	RegisterBuiltin("setattr", WritesSelf, func(th *Thread, args []Value, kwnames []string) (Value, error) {
		if _, err := posArgs("setattr", args, kwnames, 3, 3); err != nil {
			return nil, err
		}
		name, err := attrName(args[1])
		if err != nil {
			return nil, err
		}
		return None, SetAttr(th, args[0], name, args[2])
	})
	RegisterBuiltin("delattr", WritesSelf, func(th *Thread, args []Value, kwnames []string) (Value, error) {
		if _, err := posArgs("delattr", args, kwnames, 2, 2); err != nil {
			return nil, err
		}
		name, err := attrName(args[1])
		if err != nil {
			return nil, err
		}
		return None, DelAttr(th, args[0], name)
	})
	RegisterBuiltin("vars", Pure, func(th *Thread, args []Value, kwnames []string) (Value, error) {
		if _, err := posArgs("vars", args, kwnames, 0, 1); err != nil {
			return nil, err
		}
		if len(args) == 0 {
			if l, ok := builtinNames["locals"]; ok {
				return callValue(th, l, nil, nil)
			}
			return NewDict(), nil
		}
		v, err := GetAttr(th, args[0], "__dict__")
		if err != nil {
			if isAttributeError(err) {
				return nil, Errorf(TypeErrorType, "vars() argument must have __dict__ attribute")
			}
			return nil, err
		}
		return v, nil
	})
	RegisterBuiltin("dir", Pure, func(th *Thread, args []Value, kwnames []string) (Value, error) {
		if _, err := posArgs("dir", args, kwnames, 0, 1); err != nil {
			return nil, err
		}
		if len(args) == 0 {
			l, ok := builtinNames["locals"]
			if !ok {
				return NewList(nil), nil
			}
			d, err := callValue(th, l, nil, nil)
			if err != nil {
				return nil, err
			}
			keys, err := collect(th, d, "")
			if err != nil {
				return nil, err
			}
			if err := SortValues(th, keys, nil, false); err != nil {
				return nil, err
			}
			return NewList(keys), nil
		}
		if fn, ok := lookupSpecial(args[0], "__dir__"); ok {
			r, err := callMethod(th, fn, args[0])
			if err != nil {
				return nil, err
			}
			items, err := collect(th, r, "")
			if err != nil {
				return nil, err
			}
			if err := SortValues(th, items, nil, false); err != nil {
				return nil, err
			}
			return NewList(items), nil
		}
		names, err := dirNames(th, args[0])
		if err != nil {
			return nil, err
		}
		return NewList(names), nil
	})
	RegisterBuiltinValue("NotImplemented", NotImplemented)
	RegisterBuiltinValue("Ellipsis", Ellipsis)
	for _, t := range []*Type{ObjectType, TypeType, IntType, BoolType, FloatType, StrType, ListType,
		TupleType, DictType, SetType, FrozenSetType, RangeType, SliceType} {
		RegisterBuiltinValue(t.Name, t)
	}
}
