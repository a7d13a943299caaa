// Package compile turns a syntax tree into bytecode: it resolves every name
// to a local slot, a cell, a global or a class-body name, and emits a Code
// object per module, function, lambda, comprehension and class body.
//
// The instruction set is a stack machine close to CPython 3.11's (see
// opcode.go for every opcode's stack effect); package vm executes it one
// instruction at a time, so a thread can stop after any instruction.
//
// Compile works in two passes, like CPython's compiler: a symbol table
// (symtab.go, resolve.go) decides for every name of every scope whether it
// is a fast local, a cell, a free variable, a global or a class-body name;
// code generation (stmt.go, expr.go and their neighbours) then emits one
// Code per scope, removes unreachable instructions and computes
// Code.StackSize with the verifier of verify.go, which follows every path
// and rejects inconsistent stack depths or block stacks. Disassemble prints
// a Code for tests and debugging.
package compile

import "math/big"

// Instr is one instruction.
type Instr struct {
	Op  Opcode
	Arg uint32
}

// Span is the source extent of an instruction: the expression or statement
// it was compiled from. Lines are 1-based; columns are 1-based character
// offsets; End is just after the last character. Tracebacks print the line
// of Start and underline Start..End.
type Span struct {
	Line, Col       int32
	EndLine, EndCol int32
}

// Flags describe a Code object.
type Flags uint16

// Code flags.
const (
	FlagVarargs       Flags = 1 << iota // has *args (the slot after the named parameters)
	FlagVarkw                           // has **kwargs (the slot after *args, if any)
	FlagGenerator                       // calling the function creates a generator
	FlagClassBody                       // a class body: LOAD_NAME/STORE_NAME use a fresh locals dict, and the body ends with LOAD_LOCALS; RETURN_VALUE
	FlagModule                          // module top level: names are globals
	FlagLambda                          // a lambda (name "<lambda>")
	FlagComprehension                   // a comprehension or generator expression body; its single parameter ".0" is the iterator
)

// Ellipsis is the constant `...`.
type Ellipsis struct{}

// Code is a compiled function body (or module, class body, comprehension).
//
// Consts holds: nil (None), bool, int64, *big.Int, float64, string,
// Ellipsis, *Code, and []any tuples of constants (keyword-name tuples for
// CALL_KW are []any of strings).
type Code struct {
	Name      string // "f", "<module>", "<lambda>", "<listcomp>", "<genexpr>", class name
	QualName  string // "Account.deposit", "f.<locals>.g"
	Filename  string
	FirstLine int32
	Flags     Flags

	Instrs []Instr
	Spans  []Span // one per instruction

	Consts []any
	Names  []string // global, attribute and class-body names

	// Varnames are the fast local slots: first the parameters (positional-
	// only, positional-or-keyword, keyword-only, then *args, then **kwargs),
	// then the other locals.
	Varnames     []string
	ArgCount     int // positional parameters, positional-only included
	PosOnlyCount int
	KwOnlyCount  int
	Cellvars     []string // locals captured by inner functions (cell slots 0..len-1)
	Freevars     []string // captured from enclosing functions (cell slots after Cellvars)
	// CellParams maps a cell slot to the parameter slot it is initialised
	// from when a parameter is captured (-1 when the cell is not a parameter).
	CellParams []int

	// StackSize is the largest number of values the code ever has on its
	// value stack (computed by the compiler; frames can preallocate it).
	StackSize int

	// Warnings are the compile-time warnings (SyntaxWarning) of the whole
	// module, in the order CPython emits them; set on the module's Code
	// only. CPython prints them to stderr before the program runs.
	Warnings []Warning

	// Doc is the docstring, or "" (kept for __doc__).
	Doc string

	// Internal marks code of Lockstep's own Python-level library modules:
	// its frames are hidden from tracebacks and its accesses to shared state
	// are not steps of their own.
	Internal bool

	// Extra is reserved for the interpreter (decoded constants, caches).
	Extra any
}

// BigInt is a helper for compilers of integer literals too large for int64.
func BigInt(text string, base int) (*big.Int, bool) {
	return new(big.Int).SetString(text, base)
}
