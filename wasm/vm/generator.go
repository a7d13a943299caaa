package vm

import (
	"errors"

	"lockstep/wasm/compile"
)

// Generator is the object a generator function returns. Its frame is
// suspended between resumptions.
type Generator struct {
	Header
	frame   *Frame
	running bool
	done    bool
	mode    resumeMode
	retval  Value // what the generator returned (StopIteration.value)
}

// Type implements Value.
func (*Generator) Type() *Type { return GeneratorType }

// resumeMode says where a generator's next yielded value goes.
type resumeMode uint8

const (
	resumeForIter   resumeMode = iota // FOR_ITER in the caller frame
	resumeNested                      // Go code (next(), list(), …) waiting in Thread.run
	resumeYieldFrom                   // a delegating generator's YIELD_FROM
)

// errGenExhausted ends Thread.run when a generator resumed from Go returns.
var errGenExhausted = errors.New("vm: generator exhausted")

func newGenerator(fr *Frame) *Generator {
	g := &Generator{frame: fr}
	fr.gen = g
	return g
}

// Name returns the generator function's name.
func (g *Generator) Name() string { return g.frame.code.Name }

// QualName returns the generator function's qualified name.
func (g *Generator) QualName() string { return g.frame.code.QualName }

// resumeGenerator pushes g's frame to continue it. The returned error is an
// exception to raise (inside g when throw is set, else in the caller).
func (th *Thread) resumeGenerator(g *Generator, send Value, throw *Exception, mode resumeMode) error {
	if g.done {
		if throw != nil {
			return throw
		}
		switch mode {
		case resumeForIter:
			caller := th.frame()
			caller.pop()
			caller.pc = int(caller.code.Instrs[caller.lastPC].Arg)
			return nil
		case resumeYieldFrom:
			caller := th.frame()
			caller.stack[caller.sp-1] = None
			return nil
		}
		return errGenExhausted
	}
	if g.running {
		return Errorf(ValueErrorType, "generator already executing")
	}
	fr := g.frame
	if fr.pc == 0 {
		if send != None && send != nil {
			return Errorf(TypeErrorType, "can't send non-None value to a just-started generator")
		}
	} else if fr.code.Instrs[fr.pc].Op != compile.YIELD_FROM {
		fr.push(send)
	}
	if err := th.pushFrame(fr, retGenerator); err != nil {
		return err
	}
	g.running = true
	g.mode = mode
	if throw != nil {
		return throw
	}
	return nil
}

// yieldFrom handles YIELD_VALUE in fr (a generator frame): it suspends fr
// and delivers v.
func (th *Thread) yieldFrom(fr *Frame, v Value, base int) (next *Frame, done bool, result Value, err error) {
	g := th.generatorOf(fr)
	th.popFrame(fr)
	g.running = false
	switch g.mode {
	case resumeForIter:
		caller := th.frame()
		caller.push(v)
		return caller, false, nil, nil
	case resumeYieldFrom:
		caller := th.frame()
		caller.pc = caller.lastPC // resume at the YIELD_FROM again
		return th.yieldFrom(caller, v, base)
	}
	return nil, true, v, nil
}

// generatorOf finds the generator owning fr.
func (th *Thread) generatorOf(fr *Frame) *Generator {
	if fr.gen == nil {
		panic("vm: yield outside a generator frame")
	}
	return fr.gen
}

// generatorReturned handles RETURN_VALUE in a generator frame.
func (th *Thread) generatorReturned(fr *Frame, v Value) (next *Frame, done bool, result Value, err error) {
	g := fr.gen
	g.done = true
	g.running = false
	g.retval = v
	switch g.mode {
	case resumeForIter:
		caller := th.frame()
		caller.pop()
		caller.pc = int(caller.code.Instrs[caller.lastPC].Arg)
		return caller, false, nil, nil
	case resumeYieldFrom:
		caller := th.frame()
		caller.stack[caller.sp-1] = v
		caller.pc = caller.lastPC + 1
		return caller, false, nil, nil
	}
	return nil, true, v, errGenExhausted
}

// execYieldFrom implements YIELD_FROM in fr.
func (th *Thread) execYieldFrom(fr *Frame, base int) (next *Frame, done bool, result Value, err error) {
	sub := fr.top()
	if g, ok := sub.(*Generator); ok {
		if err := th.resumeGenerator(g, None, nil, resumeYieldFrom); err != nil {
			return fr, false, nil, err
		}
		fr.pc = fr.lastPC
		return th.frame(), false, nil, nil
	}
	if _, ok := sub.(Iterator); !ok {
		it, err := GetIter(th, sub)
		if err != nil {
			return fr, false, nil, err
		}
		fr.stack[fr.sp-1] = it
		sub = it
	}
	v, ok, err := Next(th, sub)
	if err != nil {
		return fr, false, nil, err
	}
	if !ok {
		fr.stack[fr.sp-1] = None
		return fr, false, nil, nil
	}
	fr.pc = fr.lastPC
	return th.yieldFrom(fr, v, base)
}

// Next implements Iterator for Go callers (list(gen), next(gen), …): the
// generator runs inside the current step until it yields.
func (g *Generator) Next(th *Thread) (Value, bool, error) {
	if g.done {
		return nil, false, nil
	}
	if th == nil {
		return nil, false, Errorf(RuntimeErrorType, "lockstep: cannot resume a generator here")
	}
	th.nested++
	defer func() { th.nested-- }()
	if err := th.resumeGenerator(g, None, nil, resumeNested); err != nil {
		if err == errGenExhausted {
			return nil, false, nil
		}
		return nil, false, err
	}
	v, err := th.run(0)
	if err == errGenExhausted {
		return nil, false, nil
	}
	if err != nil {
		return nil, false, err
	}
	return v, true, nil
}

// Send resumes the generator with a value (generator.send).
func (g *Generator) Send(th *Thread, v Value) (Value, error) {
	th.nested++
	defer func() { th.nested-- }()
	if err := th.resumeGenerator(g, v, nil, resumeNested); err != nil {
		if err == errGenExhausted {
			return nil, NewException(StopIterationType)
		}
		return nil, err
	}
	r, err := th.run(0)
	if err == errGenExhausted {
		e := NewException(StopIterationType)
		if r != None {
			e.Args = Tuple{r}
		}
		e.Value = r
		return nil, e
	}
	return r, err
}

func init() {
	GeneratorType.SetMethod("send", Pure, func(th *Thread, args []Value, kwnames []string) (Value, error) {
		if len(args) != 2 {
			return nil, Errorf(TypeErrorType, "send() takes exactly one argument (%d given)", len(args)-1)
		}
		return args[0].(*Generator).Send(th, args[1])
	})
	GeneratorType.SetMethod("__next__", Pure, func(th *Thread, args []Value, kwnames []string) (Value, error) {
		v, ok, err := args[0].(*Generator).Next(th)
		if err != nil {
			return nil, err
		}
		if !ok {
			g := args[0].(*Generator)
			if g.retval != nil && g.retval != None {
				e := NewException(StopIterationType, g.retval)
				e.Value = g.retval
				return nil, e
			}
			return nil, NewException(StopIterationType)
		}
		return v, nil
	})
	GeneratorType.SetMethod("__iter__", Pure, func(th *Thread, args []Value, kwnames []string) (Value, error) {
		return args[0], nil
	})
	GeneratorType.SetMethod("close", Pure, func(th *Thread, args []Value, kwnames []string) (Value, error) {
		g := args[0].(*Generator)
		g.done = true
		return None, nil
	})
}
