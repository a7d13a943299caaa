package vm

import (
	"strconv"
)

// This file implements repr() and str() for every value: the builtin
// types' reprs as CPython prints them, recursion markers for containers
// that contain themselves, user __repr__/__str__ through the thread, and
// the `<__main__.Foo object at 0x…>` default with a stable fake address.

// Reprer is implemented by Go values (threading primitives, generators…)
// that format their own repr.
type Reprer interface {
	Repr(th *Thread) (string, error)
}

// maxReprDepth bounds the nesting of containers formatted by repr.
const maxReprDepth = 800

// reprState carries the containers being formatted (for `[...]`) and the
// depth.
type reprState struct {
	th    *Thread
	seen  []Value
	depth int
}

// Repr returns repr(v). th may be nil when no Python code may run.
func Repr(th *Thread, v Value) (string, error) {
	switch x := v.(type) {
	case Str:
		return QuoteStr(string(x)), nil
	case Int:
		return strconv.FormatInt(int64(x), 10), nil
	case Float:
		return FloatRepr(float64(x)), nil
	case Bool:
		if x {
			return "True", nil
		}
		return "False", nil
	case NoneType:
		return "None", nil
	}
	r := reprState{th: th}
	b, err := r.append(nil, v)
	return string(b), err
}

// ToStr returns str(v).
func ToStr(th *Thread, v Value) (string, error) {
	switch x := v.(type) {
	case Str:
		return string(x), nil
	case Int:
		return strconv.FormatInt(int64(x), 10), nil
	case *BigInt:
		return intString(x)
	case Float:
		return FloatRepr(float64(x)), nil
	case *Exception:
		if fn, ok := lookupSpecial(v, "__str__"); ok {
			return callStrMethod(th, fn, v, "__str__")
		}
		return x.Message(), nil
	}
	if fn, ok := lookupSpecial(v, "__str__"); ok {
		return callStrMethod(th, fn, v, "__str__")
	}
	return Repr(th, v)
}

// callStrMethod calls __str__ or __repr__ and checks that it returned a
// str. Python code is not called without a thread: the default repr is
// used instead.
func callStrMethod(th *Thread, fn, v Value, name string) (string, error) {
	if _, isBuiltin := fn.(*Builtin); th == nil && !isBuiltin {
		return defaultRepr(th, v), nil
	}
	r, err := callMethod(th, fn, v)
	if err != nil {
		return "", err
	}
	s, ok := r.(Str)
	if !ok {
		return "", Errorf(TypeErrorType, "%s returned non-string (type %s)", name, TypeName(r))
	}
	return string(s), nil
}

// addressOf returns the fake address of v for reprs.
func addressOf(th *Thread, v Value) uint64 {
	if h, ok := v.(HasHeader); ok {
		return FakeAddress(objectID(th, h.header()))
	}
	h, err := Hash(th, v)
	if err != nil {
		h = HashString(TypeName(v))
	}
	return FakeAddress(uint64(h) & 0xffffff)
}

// hexAddr formats an address as 0x….
func hexAddr(a uint64) string { return "0x" + strconv.FormatUint(a, 16) }

// qualTypeName returns "module.QualName" for types outside builtins.
func qualTypeName(t *Type) string {
	if t.Module == "builtins" || t.Module == "" {
		return t.QualName
	}
	return t.Module + "." + t.QualName
}

// defaultRepr is object.__repr__: `<__main__.Foo object at 0x…>`.
func defaultRepr(th *Thread, v Value) string {
	return "<" + qualTypeName(v.Type()) + " object at " + hexAddr(addressOf(th, v)) + ">"
}

// enter marks a container as being formatted; it reports false when the
// container is already being formatted (a self-reference).
func (r *reprState) enter(v Value) (bool, error) {
	for _, s := range r.seen {
		if s == v {
			return false, nil
		}
	}
	if len(r.seen) >= maxReprDepth {
		return false, Errorf(RecursionErrorType, "maximum recursion depth exceeded while getting the repr of an object")
	}
	r.seen = append(r.seen, v)
	return true, nil
}

func (r *reprState) leave() { r.seen = r.seen[:len(r.seen)-1] }

// appendSeq appends the items of a list, tuple or set between open and
// close.
func (r *reprState) appendSeq(b []byte, open, close string, items []Value) ([]byte, error) {
	b = append(b, open...)
	var err error
	for i, it := range items {
		if i > 0 {
			b = append(b, ", "...)
		}
		if b, err = r.append(b, it); err != nil {
			return nil, err
		}
	}
	return append(b, close...), nil
}

// append appends repr(v) to b.
func (r *reprState) append(b []byte, v Value) ([]byte, error) {
	th := r.th
	switch x := v.(type) {
	case Str:
		return appendQuotedStr(b, string(x)), nil
	case Int:
		return strconv.AppendInt(b, int64(x), 10), nil
	case *BigInt:
		s, err := intString(x)
		return append(b, s...), err
	case Float:
		return append(b, FloatRepr(float64(x))...), nil
	case Bool:
		if x {
			return append(b, "True"...), nil
		}
		return append(b, "False"...), nil
	case NoneType:
		return append(b, "None"...), nil
	case EllipsisType:
		return append(b, "Ellipsis"...), nil
	case NotImplementedType:
		return append(b, "NotImplemented"...), nil
	case Tuple:
		if len(x) == 0 {
			return append(b, "()"...), nil
		}
		r.depth++
		if r.depth > maxReprDepth {
			return nil, Errorf(RecursionErrorType, "maximum recursion depth exceeded while getting the repr of an object")
		}
		var err error
		if len(x) == 1 {
			b = append(b, '(')
			if b, err = r.append(b, x[0]); err != nil {
				return nil, err
			}
			b = append(b, ",)"...)
		} else if b, err = r.appendSeq(b, "(", ")", x); err != nil {
			return nil, err
		}
		r.depth--
		return b, nil
	case *List:
		ok, err := r.enter(x)
		if err != nil {
			return nil, err
		}
		if !ok {
			return append(b, "[...]"...), nil
		}
		b, err = r.appendSeq(b, "[", "]", x.Elems)
		r.leave()
		return b, err
	case *Dict:
		ok, err := r.enter(x)
		if err != nil {
			return nil, err
		}
		if !ok {
			return append(b, "{...}"...), nil
		}
		b, err = r.appendDict(b, x)
		r.leave()
		return b, err
	case *Set:
		if x.items.Len() == 0 {
			if x.Frozen {
				return append(b, "frozenset()"...), nil
			}
			return append(b, "set()"...), nil
		}
		ok, err := r.enter(x)
		if err != nil {
			return nil, err
		}
		if !ok {
			return append(b, TypeName(x)+"(...)"...), nil
		}
		if x.Frozen {
			b, err = r.appendSeq(b, "frozenset({", "})", x.items.Keys())
		} else {
			b, err = r.appendSeq(b, "{", "}", x.items.Keys())
		}
		r.leave()
		return b, err
	case *DictView:
		ok, err := r.enter(x)
		if err != nil {
			return nil, err
		}
		if !ok {
			return append(b, "..."...), nil
		}
		b = append(b, TypeName(x)+"("...)
		b, err = r.appendSeq(b, "[", "])", x.values())
		r.leave()
		return b, err
	case *Range:
		b = append(b, "range("...)
		b = strconv.AppendInt(b, x.Start, 10)
		b = append(b, ", "...)
		b = strconv.AppendInt(b, x.Stop, 10)
		if x.Step != 1 {
			b = append(b, ", "...)
			b = strconv.AppendInt(b, x.Step, 10)
		}
		return append(b, ')'), nil
	case *BigRange:
		return append(b, bigRangeRepr(x)...), nil
	case *Slice:
		return r.appendSeq(b, "slice(", ")", []Value{x.Start, x.Stop, x.Step})
	case *Type:
		return append(b, "<class '"+qualTypeName(x)+"'>"...), nil
	case *Function:
		return append(b, "<function "+x.QualName+" at "+hexAddr(addressOf(th, x))+">"...), nil
	case *Builtin:
		return append(b, builtinRepr(th, x)...), nil
	case *BoundMethod:
		b = append(b, "<bound method "...)
		b = append(b, funcQualName(x.Func)...)
		b = append(b, " of "...)
		var err error
		if b, err = r.append(b, x.Self); err != nil {
			return nil, err
		}
		return append(b, '>'), nil
	case *Module:
		return append(b, "<module '"+x.Name+"'>"...), nil
	case *Exception:
		if fn, ok := lookupSpecial(v, "__repr__"); ok {
			if _, isB := fn.(*Builtin); !isB {
				s, err := callStrMethod(th, fn, v, "__repr__")
				return append(b, s...), err
			}
		}
		b = append(b, x.Class.Name...)
		if len(x.Args) == 1 {
			b = append(b, '(')
			b, err := r.append(b, x.Args[0])
			return append(b, ')'), err
		}
		return r.append(b, x.Args)
	case *Cell:
		if x.V == nil {
			return append(b, "<cell at "+hexAddr(addressOf(th, x))+": empty>"...), nil
		}
		return append(b, "<cell at "+hexAddr(addressOf(th, x))+": "+TypeName(x.V)+" object at "+hexAddr(addressOf(th, x.V))+">"...), nil
	case *StaticMethod:
		b = append(b, "<staticmethod("...)
		b, err := r.append(b, x.Func)
		return append(b, ")>"...), err
	case *ClassMethod:
		b = append(b, "<classmethod("...)
		b, err := r.append(b, x.Func)
		return append(b, ")>"...), err
	case Reprer:
		s, err := x.Repr(th)
		return append(b, s...), err
	}
	if fn, ok := lookupSpecial(v, "__repr__"); ok {
		s, err := callStrMethod(th, fn, v, "__repr__")
		return append(b, s...), err
	}
	return append(b, defaultRepr(th, v)...), nil
}

// appendQuotedStr appends repr(s).
func appendQuotedStr(b []byte, s string) []byte {
	return append(b, QuoteStr(s)...)
}

// appendDict appends {k: v, …}.
func (r *reprState) appendDict(b []byte, d *Dict) ([]byte, error) {
	b = append(b, '{')
	first := true
	var err error
	for i := 0; ; i++ {
		k, v, ok := d.Entry(i)
		if !ok {
			break
		}
		if k == nil {
			continue
		}
		if !first {
			b = append(b, ", "...)
		}
		first = false
		if b, err = r.append(b, k); err != nil {
			return nil, err
		}
		b = append(b, ": "...)
		if b, err = r.append(b, v); err != nil {
			return nil, err
		}
	}
	return append(b, '}'), nil
}

// isDunder reports whether name is a special method name (__add__).
func isDunder(name string) bool {
	return len(name) > 4 && name[:2] == "__" && name[len(name)-2:] == "__"
}

// funcQualName returns the qualified name of a function-like value.
func funcQualName(f Value) string {
	switch x := f.(type) {
	case *Function:
		return x.QualName
	case *Builtin:
		if x.Owner != nil {
			return x.Owner.Name + "." + x.Name
		}
		return x.Name
	case *BoundMethod:
		return funcQualName(x.Func)
	}
	return "?"
}

// builtinRepr formats a builtin function or method.
func builtinRepr(th *Thread, x *Builtin) string {
	switch {
	case x.Self == nil && x.Owner == nil:
		return "<built-in function " + x.Name + ">"
	case x.Self == nil:
		if isDunder(x.Name) {
			return "<slot wrapper '" + x.Name + "' of '" + x.Owner.Name + "' objects>"
		}
		return "<method '" + x.Name + "' of '" + x.Owner.Name + "' objects>"
	}
	if _, ok := x.Self.(*Module); ok {
		return "<built-in function " + x.Name + ">"
	}
	if t, ok := x.Self.(*Type); ok {
		return "<built-in method " + x.Name + " of type object at " + hexAddr(addressOf(th, t)) + ">"
	}
	if isDunder(x.Name) && x.Owner != nil {
		return "<method-wrapper '" + x.Name + "' of " + TypeName(x.Self) + " object at " + hexAddr(addressOf(th, x.Self)) + ">"
	}
	return "<built-in method " + x.Name + " of " + TypeName(x.Self) + " object at " + hexAddr(addressOf(th, x.Self)) + ">"
}
