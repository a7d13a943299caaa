// Package threading is Lockstep's threading runtime: the threading, queue,
// concurrent.futures and logging modules with CPython 3.11's behaviour,
// built on the VM's stepping API. Every primitive operation is a visible
// step; an operation that cannot complete returns a *vm.Block, so the
// thread waits (blocked, waiting or sleeping) until the primitive lets it go
// on or its timeout passes on the virtual clock.
//
// Primitives are Go objects; the Thread class, Timer, ThreadPoolExecutor and
// logging are written in Python (prelude/*.py) on top of them, marked
// internal so that their own frames are not steps of their own and do not
// show in tracebacks.
package threading

import (
	"math"

	"lockstep/wasm/vm"
)

// args binds the arguments of a native method (args[0] is the receiver) to
// names, CPython-style: positional first, then keywords. defaults supplies
// values for missing ones (nil = required).
func bindArgs(fname string, args []vm.Value, kwnames []string, names []string, defaults []vm.Value) ([]vm.Value, error) {
	out := make([]vm.Value, len(names))
	npos := len(args) - len(kwnames)
	pos := args[1:npos]
	if len(pos) > len(names) {
		return nil, vm.Errorf(vm.TypeErrorType, "%s() takes at most %d arguments (%d given)", fname, len(names), len(pos))
	}
	copy(out, pos)
	for i, k := range kwnames {
		found := false
		for j, n := range names {
			if n == k {
				if out[j] != nil {
					return nil, vm.Errorf(vm.TypeErrorType, "%s() got multiple values for argument '%s'", fname, k)
				}
				out[j] = args[npos+i]
				found = true
			}
		}
		if !found {
			return nil, vm.Errorf(vm.TypeErrorType, "%s() got an unexpected keyword argument '%s'", fname, k)
		}
	}
	for i := range out {
		if out[i] == nil {
			if defaults[i] == nil {
				return nil, vm.Errorf(vm.TypeErrorType, "%s() missing required argument '%s' (pos %d)", fname, names[i], i+1)
			}
			out[i] = defaults[i]
		}
	}
	return out, nil
}

// truth is the truth value of simple values (flags such as blocking=).
func truth(v vm.Value) bool {
	ok, err := vm.Truth(nil, v)
	return err == nil && ok
}

// timeoutArg reads the timeout argument of a wait: None means no timeout
// (has = false); a negative number means "do not wait", as 0 does (CPython
// passes it down to a non-blocking acquire).
func timeoutArg(v vm.Value) (secs float64, has bool, err error) {
	if v == vm.None {
		return 0, false, nil
	}
	s, err := vm.ToSeconds(v)
	if err != nil {
		return 0, false, err
	}
	if s < 0 {
		s = 0
	}
	return s, true, nil
}

// deadlineOf pins the deadline of a timed wait in the thread's op state the
// first time the call is seen (probed or run), so that later retries of the
// same call keep it.
func deadlineOf(th *vm.Thread, secs float64) int64 {
	if st, ok := th.OpState().(*waitState); ok {
		return st.deadline
	}
	d := th.Now() + int64(math.Round(secs*1e9))
	th.SetOpState(&waitState{deadline: d})
	return d
}

// waitState is the op state of a call that waits.
type waitState struct {
	deadline int64
	phase    int // for multi-phase operations (Condition.wait, Barrier.wait)
	notified bool
	gen      int
	saved    int // RLock level saved by Condition.wait
}

func ptr[T any](v T) *T { return &v }

func boolValue(b bool) vm.Value {
	if b {
		return vm.True
	}
	return vm.False
}

// method registers a method on t.
func method(t *vm.Type, name string, effect vm.Effect, fn vm.NativeFunc) {
	t.SetMethod(name, effect, fn)
}

func noArgs(fname string, args []vm.Value, kwnames []string) error {
	if len(args) != 1 || len(kwnames) != 0 {
		return vm.Errorf(vm.TypeErrorType, "%s() takes no arguments (%d given)", fname, len(args)-1)
	}
	return nil
}
