package vm

import (
	"strings"
)

// This file holds the builtins that need the interpreter itself: print,
// property and friends, globals, and the refusals of what Lockstep does not
// support.

// Stream is sys.stdout or sys.stderr.
type Stream struct {
	Name string // "stdout" or "stderr"
}

// StreamType is the type of sys.stdout and sys.stderr.
var StreamType = NewBuiltinType("_io", "TextIOWrapper", nil)

// Type implements Value.
func (*Stream) Type() *Type { return StreamType }

// The two output streams.
var (
	Stdout = &Stream{Name: "stdout"}
	Stderr = &Stream{Name: "stderr"}
)

func (th *Thread) write(s *Stream, text string) {
	if s == Stderr {
		th.m.stderr.WriteString(text)
	} else {
		th.m.stdout.WriteString(text)
	}
}

func builtinPrint(th *Thread, args []Value, kwnames []string) (Value, error) {
	npos := len(args) - len(kwnames)
	sep, end := " ", "\n"
	out := Stdout
	for i, name := range kwnames {
		v := args[npos+i]
		switch name {
		case "sep", "end":
			s := " "
			if name == "end" {
				s = "\n"
			}
			switch x := v.(type) {
			case NoneType:
			case Str:
				s = string(x)
			default:
				return nil, Errorf(TypeErrorType, "%s must be None or a string, not %s", name, TypeName(v))
			}
			if name == "sep" {
				sep = s
			} else {
				end = s
			}
		case "file":
			switch x := v.(type) {
			case NoneType:
			case *Stream:
				out = x
			default:
				if _, ok := v.Type().Lookup("write"); !ok {
					return nil, Errorf(AttributeErrorType, "'%s' object has no attribute 'write'", TypeName(v))
				}
				return nil, Errorf(NotImplementedErrorType, "lockstep does not support print(file=...) to a %s", TypeName(v))
			}
		case "flush":
		default:
			return nil, Errorf(TypeErrorType, "'%s' is an invalid keyword argument for print()", name)
		}
	}
	var b strings.Builder
	for i, v := range args[:npos] {
		if i > 0 {
			b.WriteString(sep)
		}
		s, err := ToStr(th, v)
		if err != nil {
			return nil, err
		}
		b.WriteString(s)
	}
	b.WriteString(end)
	text := b.String()
	th.write(out, text)
	if th.m.tracing {
		kind := "print"
		shown := strings.TrimSuffix(text, "\n")
		if out == Stderr {
			th.Event(kind, "stderr", shown, "print to stderr: "+shown)
		} else {
			th.Event(kind, "stdout", shown, "print: "+shown)
		}
	}
	return None, nil
}

func refuse(what string) NativeFunc {
	return func(th *Thread, args []Value, kwnames []string) (Value, error) {
		return nil, Errorf(NotImplementedErrorType, "lockstep does not support %s", what)
	}
}

func init() {
	RegisterBuiltin("print", Action, builtinPrint)
	RegisterBuiltin("input", Pure, refuse("input(): a program cannot read from the keyboard here"))
	RegisterBuiltin("open", Pure, refuse("files: open() is not available"))
	RegisterBuiltin("eval", Pure, refuse("eval()"))
	RegisterBuiltin("exec", Pure, refuse("exec()"))
	RegisterBuiltin("compile", Pure, refuse("compile()"))
	RegisterBuiltin("breakpoint", Pure, refuse("breakpoint()"))
	RegisterBuiltin("memoryview", Pure, refuse("memoryview"))
	RegisterBuiltin("bytearray", Pure, refuse("bytearray"))
	RegisterBuiltin("bytes", Pure, refuse("bytes"))
	RegisterBuiltin("complex", Pure, refuse("complex numbers"))
	RegisterBuiltin("__import__", Pure, func(th *Thread, args []Value, kwnames []string) (Value, error) {
		if len(args) == 0 {
			return nil, Errorf(TypeErrorType, "__import__() missing required argument 'name' (pos 1)")
		}
		name, ok := args[0].(Str)
		if !ok {
			return nil, Errorf(TypeErrorType, "__import__() argument 1 must be str, not %s", TypeName(args[0]))
		}
		return th.importName(string(name), false)
	})
	RegisterBuiltin("globals", Pure, func(th *Thread, args []Value, kwnames []string) (Value, error) {
		if fr := th.userFrame(); fr != nil {
			return fr.globals, nil
		}
		return th.m.mainDict, nil
	})
	RegisterBuiltin("locals", Pure, func(th *Thread, args []Value, kwnames []string) (Value, error) {
		fr := th.userFrame()
		if fr == nil {
			return NewDict(), nil
		}
		if fr.names != nil {
			return fr.names, nil
		}
		if fr.fn == nil {
			return fr.globals, nil
		}
		d := NewDict()
		for i, name := range fr.code.Varnames {
			if v := fr.locals[i]; v != nil {
				d.SetStr(name, v)
			}
		}
		for i, name := range append(append([]string(nil), fr.code.Cellvars...), fr.code.Freevars...) {
			if c := fr.cells[i]; c != nil && c.V != nil {
				d.SetStr(name, c.V)
			}
		}
		return d, nil
	})

	RegisterBuiltinValue("property", PropertyType)
	PropertyType.New = func(th *Thread, args []Value, kwnames []string) (Value, error) {
		p := &Property{}
		vals := args[1 : len(args)-len(kwnames)]
		slots := []*Value{&p.Fget, &p.Fset, &p.Fdel, &p.Doc}
		for i, v := range vals {
			if i >= len(slots) {
				return nil, Errorf(TypeErrorType, "property() takes at most 4 arguments (%d given)", len(vals))
			}
			if v != None {
				*slots[i] = v
			}
		}
		for i, name := range kwnames {
			v := args[len(args)-len(kwnames)+i]
			if v == None {
				continue
			}
			switch name {
			case "fget":
				p.Fget = v
			case "fset":
				p.Fset = v
			case "fdel":
				p.Fdel = v
			case "doc":
				p.Doc = v
			default:
				return nil, Errorf(TypeErrorType, "property() got an unexpected keyword argument '%s'", name)
			}
		}
		return p, nil
	}
	withAccessor := func(which int) NativeFunc {
		return func(th *Thread, args []Value, kwnames []string) (Value, error) {
			if len(args) != 2 {
				return nil, Errorf(TypeErrorType, "expected 1 argument")
			}
			p := *args[0].(*Property)
			switch which {
			case 0:
				p.Fget = args[1]
			case 1:
				p.Fset = args[1]
			case 2:
				p.Fdel = args[1]
			}
			return &p, nil
		}
	}
	PropertyType.SetMethod("getter", Pure, withAccessor(0))
	PropertyType.SetMethod("setter", Pure, withAccessor(1))
	PropertyType.SetMethod("deleter", Pure, withAccessor(2))

	RegisterBuiltinValue("staticmethod", StaticMethodType)
	StaticMethodType.New = func(th *Thread, args []Value, kwnames []string) (Value, error) {
		if len(args) != 2 {
			return nil, Errorf(TypeErrorType, "staticmethod expected 1 argument, got %d", len(args)-1)
		}
		return &StaticMethod{Func: args[1]}, nil
	}
	RegisterBuiltinValue("classmethod", ClassMethodType)
	ClassMethodType.New = func(th *Thread, args []Value, kwnames []string) (Value, error) {
		if len(args) != 2 {
			return nil, Errorf(TypeErrorType, "classmethod expected 1 argument, got %d", len(args)-1)
		}
		return &ClassMethod{Func: args[1]}, nil
	}
	StreamType.SetMethod("write", Action, func(th *Thread, args []Value, kwnames []string) (Value, error) {
		if len(args) != 2 {
			return nil, Errorf(TypeErrorType, "write() takes exactly one argument (%d given)", len(args)-1)
		}
		s, ok := args[1].(Str)
		if !ok {
			return nil, Errorf(TypeErrorType, "write() argument must be str, not %s", TypeName(args[1]))
		}
		th.write(args[0].(*Stream), string(s))
		return MakeInt(int64(len([]rune(string(s))))), nil
	})
	StreamType.SetMethod("flush", Pure, func(th *Thread, args []Value, kwnames []string) (Value, error) {
		return None, nil
	})
}
