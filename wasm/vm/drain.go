package vm

import (
	"sync"

	"lockstep/wasm/compile"
	"lockstep/wasm/syntax"
)

// Builtins such as list() and sorted() consume a whole iterable from Go.
// When the iterable is a generator, its code would then run inside the Go
// call, where it could neither be stepped nor wait (a generator that waits
// for futures, as as_completed() does). So such a call first drains the
// generator in a small Python helper, as real frames, and then calls the
// builtin with the items.

const drainSource = `def _drain(fn, i, args, kwargs):
    items = []
    for x in args[i]:
        items.append(x)
    args = list(args)
    args[i] = items
    return fn(*args, **kwargs)
`

var (
	drainOnce sync.Once
	drainCode *compile.Code
)

// drainingBuiltins are the callables that consume every item of their
// iterable arguments.
var drainingBuiltins = map[Value]bool{}

func init() {
	for _, t := range []*Type{ListType, TupleType, SetType, FrozenSetType, DictType} {
		drainingBuiltins[t] = true
	}
}

// markDraining registers the builtins registered by name that consume
// whole iterables (called lazily: other files register them from init).
func markDraining() {
	for _, name := range []string{"sorted", "sum", "min", "max"} {
		if v, ok := builtinNames[name]; ok {
			drainingBuiltins[v] = true
		}
	}
}

func drainFunction(m *Machine) *Function {
	drainOnce.Do(func() {
		markDraining()
		mod, err := syntax.Parse("<lockstep drain>", []byte(drainSource))
		if err != nil {
			panic("vm: drain helper: " + err.Error())
		}
		code, err := compile.Compile(mod)
		if err != nil {
			panic("vm: drain helper: " + err.Error())
		}
		code = code.Consts[0].(*compile.Code) // the function's code
		code.Internal = true
		PrepareCode(code)
		drainCode = code
	})
	if m.drainFn == nil {
		m.drainFn = &Function{Code: drainCode, Globals: m.mainDict, Module: m.main, Name: "_drain", QualName: "_drain"}
	}
	return m.drainFn
}

// drainGenerators calls fn through the drain helper when one of its
// positional arguments is an unfinished generator; handled reports whether
// it did.
func (th *Thread) drainGenerators(fr *Frame, fn Value, args []Value, kwnames []string, base int) (bool, error) {
	if th.nested > 0 || th.noPython {
		return false, nil
	}
	// most calls have no generator argument: look for one before asking
	// what fn is (every builtin call comes through here)
	npos := len(args) - len(kwnames)
	for i, a := range args[:npos] {
		g, ok := a.(*Generator)
		if !ok || g.done || g.running {
			continue
		}
		drainFn := drainFunction(th.m)
		if !drainingBuiltins[fn] {
			return false, nil
		}
		kw := NewDict()
		for j, name := range kwnames {
			kw.SetStr(name, args[npos+j])
		}
		pos := append(Tuple{}, args[:npos]...)
		return true, th.invoke(fr, drainFn, []Value{fn, MakeInt(int64(i)), pos, kw}, nil, base)
	}
	return false, nil
}
