package vm

import (
	"fmt"

	"lockstep/wasm/compile"
)

// Exception is an instance of BaseException or of any class deriving from
// it, builtin or defined by the program.
type Exception struct {
	Header
	Class *Type
	Dict  *Dict // attributes set by the program (may be nil until used)
	Args  Tuple
	// Cause is __cause__ (raise … from …), Context is __context__ (the
	// exception being handled when this one was raised); nil when absent.
	Cause, Context  *Exception
	SuppressContext bool
	// Traceback lists the frames the exception passed through, innermost
	// last, as CPython prints them.
	Traceback []TracebackEntry
	// Value is StopIteration's value and SystemExit's code.
	Value Value
	// reraised marks an exception raised again by RERAISE: the frame it is
	// in already has its traceback entry.
	reraised bool
}

// TracebackEntry is one line of a traceback: the code and the instruction
// that was executing.
type TracebackEntry struct {
	Code *compile.Code
	PC   int
}

// Type implements Value.
func (e *Exception) Type() *Type { return e.Class }

// Error implements error: "TypeError: message".
func (e *Exception) Error() string {
	msg := e.Message()
	if msg == "" {
		return e.Class.Name
	}
	return e.Class.Name + ": " + msg
}

// Message returns str(e) for exceptions whose args are plain: the single
// argument's str, or the repr of the args tuple. Exceptions with a custom
// __str__ are formatted by the interpreter instead.
func (e *Exception) Message() string {
	switch len(e.Args) {
	case 0:
		return ""
	case 1:
		if e.Class.IsSubtype(KeyErrorType) {
			return plainRepr(e.Args[0])
		}
		if s, ok := e.Args[0].(Str); ok {
			return string(s)
		}
		return plainStr(e.Args[0])
	}
	return plainRepr(e.Args)
}

// plainRepr and plainStr format simple values without a thread (no Python
// code can run). They fall back to the generic forms for objects.
func plainRepr(v Value) string {
	s, err := Repr(nil, v)
	if err != nil {
		return "<" + TypeName(v) + " object>"
	}
	return s
}

func plainStr(v Value) string {
	s, err := ToStr(nil, v)
	if err != nil {
		return "<" + TypeName(v) + " object>"
	}
	return s
}

// NewException makes an exception of type t with the given args.
func NewException(t *Type, args ...Value) *Exception {
	return &Exception{Class: t, Args: append(Tuple{}, args...)}
}

// Errorf makes an exception of type t whose message is formatted with
// fmt.Sprintf.
func Errorf(t *Type, format string, a ...any) *Exception {
	return &Exception{Class: t, Args: Tuple{Str(fmt.Sprintf(format, a...))}}
}

func newExceptionType(name string, base *Type) *Type {
	t := newBuiltinType(name, base)
	t.BaseSubclassable = true
	return t
}

func init() {
	for _, t := range ExceptionTypes {
		t.New = newExceptionInstance
		RegisterBuiltinValue(t.Name, t)
	}
}

// newExceptionInstance is the constructor shared by every exception type.
func newExceptionInstance(th *Thread, args []Value, kwnames []string) (Value, error) {
	t := args[0].(*Type)
	rest := args[1 : len(args)-len(kwnames)]
	e := &Exception{Class: t, Args: append(Tuple(nil), rest...)}
	if len(e.Args) == 0 {
		e.Args = EmptyTuple
	}
	if t.IsSubtype(StopIterationType) || t.IsSubtype(SystemExitType) {
		e.Value = None
		if len(rest) > 0 {
			e.Value = rest[0]
		}
	}
	return e, nil
}

// The builtin exception hierarchy (the part Lockstep programs meet).
var (
	BaseExceptionType       = newExceptionType("BaseException", ObjectType)
	SystemExitType          = newExceptionType("SystemExit", BaseExceptionType)
	KeyboardInterruptType   = newExceptionType("KeyboardInterrupt", BaseExceptionType)
	GeneratorExitType       = newExceptionType("GeneratorExit", BaseExceptionType)
	ExceptionType           = newExceptionType("Exception", BaseExceptionType)
	StopIterationType       = newExceptionType("StopIteration", ExceptionType)
	ArithmeticErrorType     = newExceptionType("ArithmeticError", ExceptionType)
	ZeroDivisionErrorType   = newExceptionType("ZeroDivisionError", ArithmeticErrorType)
	OverflowErrorType       = newExceptionType("OverflowError", ArithmeticErrorType)
	AssertionErrorType      = newExceptionType("AssertionError", ExceptionType)
	AttributeErrorType      = newExceptionType("AttributeError", ExceptionType)
	LookupErrorType         = newExceptionType("LookupError", ExceptionType)
	IndexErrorType          = newExceptionType("IndexError", LookupErrorType)
	KeyErrorType            = newExceptionType("KeyError", LookupErrorType)
	NameErrorType           = newExceptionType("NameError", ExceptionType)
	UnboundLocalErrorType   = newExceptionType("UnboundLocalError", NameErrorType)
	TypeErrorType           = newExceptionType("TypeError", ExceptionType)
	ValueErrorType          = newExceptionType("ValueError", ExceptionType)
	UnicodeErrorType        = newExceptionType("UnicodeError", ValueErrorType)
	RuntimeErrorType        = newExceptionType("RuntimeError", ExceptionType)
	RecursionErrorType      = newExceptionType("RecursionError", RuntimeErrorType)
	NotImplementedErrorType = newExceptionType("NotImplementedError", RuntimeErrorType)
	ImportErrorType         = newExceptionType("ImportError", ExceptionType)
	ModuleNotFoundErrorType = newExceptionType("ModuleNotFoundError", ImportErrorType)
	MemoryErrorType         = newExceptionType("MemoryError", ExceptionType)
	OSErrorType             = newExceptionType("OSError", ExceptionType)
	TimeoutErrorType        = newExceptionType("TimeoutError", OSErrorType)
	SyntaxErrorType         = newExceptionType("SyntaxError", ExceptionType)
	IndentationErrorType    = newExceptionType("IndentationError", SyntaxErrorType)
	TabErrorType            = newExceptionType("TabError", IndentationErrorType)
	WarningType             = newExceptionType("Warning", ExceptionType)
	UserWarningType         = newExceptionType("UserWarning", WarningType)
	DeprecationWarningType  = newExceptionType("DeprecationWarning", WarningType)
	RuntimeWarningType      = newExceptionType("RuntimeWarning", WarningType)
	BufferErrorType         = newExceptionType("BufferError", ExceptionType)
	EOFErrorType            = newExceptionType("EOFError", ExceptionType)
	FloatingPointErrorType  = newExceptionType("FloatingPointError", ArithmeticErrorType)
	ConnectionErrorType     = newExceptionType("ConnectionError", OSErrorType)
	FileNotFoundErrorType   = newExceptionType("FileNotFoundError", OSErrorType)
	PermissionErrorType     = newExceptionType("PermissionError", OSErrorType)
	ReferenceErrorType      = newExceptionType("ReferenceError", ExceptionType)
	SystemErrorType         = newExceptionType("SystemError", ExceptionType)
)

// ExceptionTypes lists the builtin exception types, for the builtins module.
var ExceptionTypes = []*Type{
	BaseExceptionType, SystemExitType, KeyboardInterruptType, GeneratorExitType,
	ExceptionType, StopIterationType, ArithmeticErrorType, ZeroDivisionErrorType,
	OverflowErrorType, AssertionErrorType, AttributeErrorType, LookupErrorType,
	IndexErrorType, KeyErrorType, NameErrorType, UnboundLocalErrorType,
	TypeErrorType, ValueErrorType, UnicodeErrorType, RuntimeErrorType,
	RecursionErrorType, NotImplementedErrorType, ImportErrorType,
	ModuleNotFoundErrorType, MemoryErrorType, OSErrorType, TimeoutErrorType,
	SyntaxErrorType, IndentationErrorType, TabErrorType, WarningType,
	UserWarningType, DeprecationWarningType, RuntimeWarningType, BufferErrorType,
	EOFErrorType, FloatingPointErrorType, ConnectionErrorType,
	FileNotFoundErrorType, PermissionErrorType, ReferenceErrorType, SystemErrorType,
}
