// Package vm is Lockstep's Python interpreter: values, types, frames, the
// bytecode loop, builtins and modules. Every simulated thread is a *Thread
// with its own explicit frame stack, so a thread can stop after any
// instruction and resume later; the Machine runs one step of one thread at a
// time, as a scheduler chooses.
//
// Values are Go values implementing Value. Small ints are Int (int64) and
// grow into *BigInt transparently; floats are Float; strings are Str; the
// containers and objects are pointers to structs.
package vm

import (
	"math/big"
	"sync/atomic"
)

// Value is a Python object.
type Value interface {
	// Type returns the object's class.
	Type() *Type
}

// NoneType is the type of None.
type NoneType struct{}

// None is Python's None.
var None Value = NoneType{}

// Type implements Value.
func (NoneType) Type() *Type { return NoneTypeType }

// NotImplementedType is the type of NotImplemented.
type NotImplementedType struct{}

// NotImplemented is the value binary dunder methods return to decline.
var NotImplemented Value = NotImplementedType{}

// Type implements Value.
func (NotImplementedType) Type() *Type { return NotImplementedTypeType }

// EllipsisType is the type of `...`.
type EllipsisType struct{}

// Ellipsis is `...`.
var Ellipsis Value = EllipsisType{}

// Type implements Value.
func (EllipsisType) Type() *Type { return EllipsisTypeType }

// Bool is True or False.
type Bool bool

// The two booleans.
const (
	True  = Bool(true)
	False = Bool(false)
)

// Type implements Value.
func (Bool) Type() *Type { return BoolType }

// Int is an int that fits in 64 bits. Arithmetic that overflows produces a
// *BigInt; a *BigInt whose value fits is always normalised back to Int, so
// the two never represent the same number.
type Int int64

// Type implements Value.
func (Int) Type() *Type { return IntType }

// BigInt is an int outside the int64 range. Its value is never mutated.
type BigInt struct {
	V *big.Int
}

// Type implements Value.
func (*BigInt) Type() *Type { return IntType }

// smallInts holds pre-boxed Values for frequently used ints, so that
// MakeInt does not allocate for them.
var smallInts [smallIntMax - smallIntMin + 1]Value

const (
	smallIntMin = -256
	smallIntMax = 1024
)

func init() {
	for i := range smallInts {
		smallInts[i] = Int(i + smallIntMin)
	}
}

// MakeInt returns n as a Value without allocating for small n.
func MakeInt(n int64) Value {
	if n >= smallIntMin && n <= smallIntMax {
		return smallInts[n-smallIntMin]
	}
	return Int(n)
}

// MakeBigInt returns b as an int Value, normalised to Int when it fits.
// b must not be modified afterwards.
func MakeBigInt(b *big.Int) Value {
	if b.IsInt64() {
		return MakeInt(b.Int64())
	}
	return &BigInt{V: b}
}

// Float is a Python float.
type Float float64

// Type implements Value.
func (Float) Type() *Type { return FloatType }

// Str is a Python str, held as UTF-8. Indexing and len count code points.
type Str string

// Type implements Value.
func (Str) Type() *Type { return StrType }

// Tuple is an immutable sequence.
type Tuple []Value

// Type implements Value.
func (Tuple) Type() *Type { return TupleType }

// EmptyTuple is ().
var EmptyTuple = Tuple{}

// Header is embedded in every mutable heap object. It carries the object's
// identity, used for id(), for exploration (which location a step touched)
// and for the trace.
type Header struct {
	id uint64
}

// ObjectID returns the object's identity, assigning the next one from m the
// first time it is asked (assignment order is deterministic, so ids are too).
func (h *Header) ObjectID(m *Machine) uint64 {
	if h.id == 0 {
		m.nextID++
		h.id = m.nextID
	}
	return h.id
}

// globalIDs numbers the objects every machine shares (builtin types, the
// builtins namespace) when they are created, from a range of their own, so
// that a machine's identities never depend on what other machines did.
var globalIDs atomic.Uint64

func globalID() uint64 { return 1<<40 + globalIDs.Add(1) }

// HasHeader is implemented by every heap object that embeds a Header.
type HasHeader interface {
	Value
	header() *Header
}

func (h *Header) header() *Header { return h }

// List is a Python list.
type List struct {
	Header
	Elems []Value
}

// Type implements Value.
func (*List) Type() *Type { return ListType }

// NewList returns a list holding elems (not copied).
func NewList(elems []Value) *List { return &List{Elems: elems} }

// Cell is a variable captured by a closure.
type Cell struct {
	Header
	V Value // nil when unbound
}

// Type implements Value.
func (*Cell) Type() *Type { return CellType }

// Slice is a slice object `lo:hi:step`; absent parts are None.
type Slice struct {
	Start, Stop, Step Value
}

// Type implements Value.
func (*Slice) Type() *Type { return SliceType }

// Range is range(start, stop, step).
type Range struct {
	Start, Stop, Step int64
}

// Type implements Value.
func (*Range) Type() *Type { return RangeType }

// Module is an imported module.
type Module struct {
	Header
	Name string
	Dict *Dict
}

// Type implements Value.
func (*Module) Type() *Type { return ModuleType }

// KwArgs describes keyword arguments in the vectorcall convention used by
// every native function: the last len(kwnames) entries of args are the
// keyword values, named by kwnames in order.
type KwArgs = []string

// NativeFunc is the Go signature of every builtin function and method.
// For methods, args[0] is the receiver. The last len(kwnames) args are
// keyword arguments. It returns the result or an error, which is normally a
// *Exception; see also Block and CallRequest.
type NativeFunc func(th *Thread, args []Value, kwnames []string) (Value, error)

// Builtin is a function or method implemented in Go.
type Builtin struct {
	Name string
	Fn   NativeFunc
	// Self is the bound receiver, or nil for a plain function or an
	// unbound method found on a type.
	Self Value
	// Owner is the type a method belongs to (for repr and binding), or nil.
	Owner *Type
	// Effect says how a call touches shared state, for stepping and
	// exploration.
	Effect Effect
}

// Effect classifies how a native call touches shared state.
type Effect uint8

// Effects of native calls. A call whose effect is not Pure, on a receiver
// other threads can see, is a visible action: a step of its own.
const (
	Pure       Effect = iota // touches no shared state (or only its arguments' values)
	ReadsSelf                // reads the receiver container as a whole (len, copy, iteration helpers)
	WritesSelf               // mutates the receiver container (append, pop, update…)
	Primitive                // a synchronization or scheduling operation that may block (acquire, wait, join, sleep…)
	Action                   // a visible operation that never blocks (release, notify, set, print, start…)
)

// Type implements Value.
func (b *Builtin) Type() *Type {
	if b.Self != nil || b.Owner != nil {
		return BuiltinMethodType
	}
	return BuiltinFunctionType
}

// BoundMethod is a Python function bound to its receiver.
type BoundMethod struct {
	Self Value
	Func Value
}

// Type implements Value.
func (*BoundMethod) Type() *Type { return MethodType }

// Property is the result of @property.
type Property struct {
	Fget, Fset, Fdel Value // nil when absent
	Doc              Value
}

// Type implements Value.
func (*Property) Type() *Type { return PropertyType }

// StaticMethod is the result of @staticmethod.
type StaticMethod struct{ Func Value }

// Type implements Value.
func (*StaticMethod) Type() *Type { return StaticMethodType }

// ClassMethod is the result of @classmethod.
type ClassMethod struct{ Func Value }

// Type implements Value.
func (*ClassMethod) Type() *Type { return ClassMethodType }

// Truth reports whether v is true in a boolean context. It may call
// __bool__ or __len__, so it can fail.
func Truth(th *Thread, v Value) (bool, error) {
	switch x := v.(type) {
	case Bool:
		return bool(x), nil
	case Int:
		return x != 0, nil
	case NoneType:
		return false, nil
	case Str:
		return x != "", nil
	case *List:
		return len(x.Elems) != 0, nil
	case Tuple:
		return len(x) != 0, nil
	case Float:
		return x != 0, nil
	case *BigInt:
		return true, nil
	}
	return truthSlow(th, v)
}
