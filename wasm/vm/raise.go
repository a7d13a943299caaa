package vm

import (
	"errors"
	"os"
	"runtime/debug"
)

// errBudget is returned when the step or tick budget is exhausted.
var errBudget = errors.New("vm: step budget exhausted")

// internalError wraps a Go error that is not a Python exception.
func internalError(err error) *Exception {
	return Errorf(SystemErrorType, "lockstep internal error: %v", err)
}

// panicError turns a recovered Go panic into an exception, so that a bug in
// the interpreter never crashes the page or the command line.
func panicError(r any) *Exception {
	if os.Getenv("LOCKSTEP_DEBUG") != "" {
		return Errorf(SystemErrorType, "lockstep internal error: %v\n%s", r, debug.Stack())
	}
	return Errorf(SystemErrorType, "lockstep internal error: %v", r)
}

// unwind handles exc raised in the thread's innermost frame: it records the
// traceback, finds the innermost handler block (popping frames as needed) and
// returns the frame to continue in. handled is false when the exception
// leaves the frames run is responsible for (a frame called from Go, or the
// thread's bottom frame): that frame has been popped.
func (th *Thread) unwind(exc *Exception, base int) (*Frame, bool) {
	first := true
	for {
		fr := th.frame()
		if first {
			if !exc.reraised {
				th.setContext(exc)
				th.addTraceback(exc, fr)
			}
			exc.reraised = false
			first = false
		} else {
			th.addTraceback(exc, fr)
		}
		for len(fr.blocks) > 0 {
			b := fr.blocks[len(fr.blocks)-1]
			fr.blocks = fr.blocks[:len(fr.blocks)-1]
			if b.kind == blockHandler {
				if len(th.handling) > 0 {
					th.handling = th.handling[:len(th.handling)-1]
				}
				continue
			}
			for i := int(b.level); i < fr.sp; i++ {
				fr.stack[i] = nil
			}
			fr.sp = int(b.level)
			fr.push(exc)
			fr.pc = int(b.handler)
			return fr, true
		}
		th.popFrame(fr)
		switch fr.ret {
		case retNested, retThread:
			return nil, false
		case retGenerator:
			g := fr.gen
			g.done = true
			g.running = false
			if exc.Class.IsSubtype(StopIterationType) {
				rt := Errorf(RuntimeErrorType, "generator raised StopIteration")
				rt.Cause = exc
				rt.Context = exc
				rt.SuppressContext = true
				rt.Traceback = append(rt.Traceback, exc.Traceback...)
				exc = rt
			}
			if g.mode == resumeNested {
				return nil, false
			}
		}
		if len(th.frames) == 0 {
			return nil, false
		}
	}
}

// setContext links exc to the exception being handled, as CPython's
// implicit chaining does.
func (th *Thread) setContext(exc *Exception) {
	if len(th.handling) == 0 {
		return
	}
	cur := th.handling[len(th.handling)-1]
	if cur == nil || cur == exc || exc.Context != nil {
		return
	}
	// avoid cycles
	for c := cur; c != nil; c = c.Context {
		if c == exc {
			return
		}
	}
	exc.Context = cur
}

func (th *Thread) addTraceback(exc *Exception, fr *Frame) {
	if fr.code.Internal {
		return
	}
	exc.Traceback = append(exc.Traceback, TracebackEntry{Code: fr.code, PC: fr.lastPC})
}

// raise implements RAISE_VARARGS.
func (th *Thread) raise(fr *Frame, n int) error {
	switch n {
	case 0:
		if len(th.handling) == 0 || th.handling[len(th.handling)-1] == nil {
			return Errorf(RuntimeErrorType, "No active exception to reraise")
		}
		exc := th.handling[len(th.handling)-1]
		return exc
	case 1:
		v := fr.pop()
		return th.makeRaisable(v)
	default:
		cause := fr.pop()
		v := fr.pop()
		err := th.makeRaisable(v)
		exc, ok := err.(*Exception)
		if !ok || exc.Class == TypeErrorType && exc.Message() == "exceptions must derive from BaseException" && v.Type() != TypeErrorType {
			return err
		}
		switch c := cause.(type) {
		case NoneType:
			exc.Cause = nil
		case *Exception:
			exc.Cause = c
		case *Type:
			ce, err := th.makeRaisable(c).(*Exception)
			if !err {
				return Errorf(TypeErrorType, "exception causes must derive from BaseException")
			}
			exc.Cause = ce
		default:
			return Errorf(TypeErrorType, "exception causes must derive from BaseException")
		}
		exc.SuppressContext = true
		return exc
	}
}

// makeRaisable turns the operand of raise into an exception: an instance,
// or a class called with no arguments.
func (th *Thread) makeRaisable(v Value) error {
	switch x := v.(type) {
	case *Exception:
		return x
	case *Type:
		if x.IsSubtype(BaseExceptionType) {
			r, err := th.Call(x, nil, nil)
			if err != nil {
				return err
			}
			if e, ok := r.(*Exception); ok {
				return e
			}
		}
	}
	return Errorf(TypeErrorType, "exceptions must derive from BaseException")
}

// excMatches implements CHECK_EXC_MATCH.
func excMatches(exc, typ Value) (bool, error) {
	switch t := typ.(type) {
	case *Type:
		if !t.IsSubtype(BaseExceptionType) {
			return false, Errorf(TypeErrorType, "catching classes that do not inherit from BaseException is not allowed")
		}
		return exc.Type().IsSubtype(t), nil
	case Tuple:
		for _, e := range t {
			ok, err := excMatches(exc, e)
			if err != nil || ok {
				return ok, err
			}
		}
		return false, nil
	}
	return false, Errorf(TypeErrorType, "catching classes that do not inherit from BaseException is not allowed")
}
