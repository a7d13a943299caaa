package vm

import "lockstep/wasm/compile"

// This file holds the generic operations on values that the interpreter loop
// and the builtins share. (Stubs: being implemented.)

// Hash returns hash(v), as CPython computes it for ints, floats, bools,
// None and tuples of them; str hashes are stable but not CPython's
// (CPython randomises them). Unhashable values raise TypeError
// "unhashable type: 'list'". Instances use __hash__ when defined.
func Hash(th *Thread, v Value) (int64, error) { panic("unimplemented") }

// Equal reports a == b (calling __eq__ where defined).
func Equal(th *Thread, a, b Value) (bool, error) { panic("unimplemented") }

// Compare returns a op b for <, <=, ==, !=, >, >= (rich comparison with
// reflected operands and NotImplemented, as CPython).
func Compare(th *Thread, op compile.CompareOp, a, b Value) (Value, error) { panic("unimplemented") }

// Binary returns a op b for arithmetic and bitwise operators, including the
// in-place forms (op | compile.Inplace).
func Binary(th *Thread, op compile.BinaryOp, a, b Value) (Value, error) { panic("unimplemented") }

// Unary returns op a.
func Unary(th *Thread, op compile.UnaryOp, a Value) (Value, error) { panic("unimplemented") }

// Repr returns repr(v). th may be nil when no Python code may run.
func Repr(th *Thread, v Value) (string, error) { panic("unimplemented") }

// ToStr returns str(v).
func ToStr(th *Thread, v Value) (string, error) { panic("unimplemented") }

func truthSlow(th *Thread, v Value) (bool, error) { panic("unimplemented") }
