package threading

import (
	"fmt"

	"lockstep/wasm/vm"
)

// Semaphore is threading.Semaphore or, with bounded set,
// threading.BoundedSemaphore.
type Semaphore struct {
	vm.Header
	value      int
	initial    int
	bounded    bool
	releasedAt int
	gate       vm.Gate // open while the value is positive
}

// The semaphore types.
var (
	SemaphoreType        = vm.NewBuiltinType("threading", "Semaphore", nil)
	BoundedSemaphoreType = vm.NewBuiltinType("threading", "BoundedSemaphore", SemaphoreType)
)

// Type implements vm.Value.
func (s *Semaphore) Type() *vm.Type {
	if s.bounded {
		return BoundedSemaphoreType
	}
	return SemaphoreType
}

// Gate implements vm.Gated: the value is positive.
func (s *Semaphore) Gate() *vm.Gate {
	if s.gate.Open == nil {
		s.gate.Open = func() bool { return s.value > 0 }
	}
	return &s.gate
}

// Describe implements vm.Describer.
func (s *Semaphore) Describe(m *vm.Machine) vm.PrimitiveInfo {
	typ := "Semaphore"
	text := fmt.Sprintf("value %d", s.value)
	if s.bounded {
		typ = "BoundedSemaphore"
		text = fmt.Sprintf("value %d of %d", s.value, s.initial)
	}
	return appendWaiters(m, vm.PrimitiveInfo{Type: typ, Value: ptr(s.value), Waiters: waitersOf(m, s), Text: text})
}

func newSemaphore(bounded bool) vm.NativeFunc {
	return func(th *vm.Thread, args []vm.Value, kwnames []string) (vm.Value, error) {
		a, err := bindArgs("Semaphore", args, kwnames, []string{"value"}, []vm.Value{vm.MakeInt(1)})
		if err != nil {
			return nil, err
		}
		n, ok := a[0].(vm.Int)
		if !ok {
			return nil, vm.Errorf(vm.TypeErrorType, "'%s' object cannot be interpreted as an integer", vm.TypeName(a[0]))
		}
		if n < 0 {
			return nil, vm.Errorf(vm.ValueErrorType, "semaphore initial value must be >= 0")
		}
		return &Semaphore{value: int(n), initial: int(n), bounded: bounded}, nil
	}
}

func semAcquire(th *vm.Thread, args []vm.Value, kwnames []string) (vm.Value, error) {
	s := args[0].(*Semaphore)
	a, err := bindArgs("acquire", args, kwnames, []string{"blocking", "timeout"}, []vm.Value{vm.True, vm.None})
	if err != nil {
		return nil, err
	}
	blocking := truth(a[0])
	secs, timed, err := timeoutArg(a[1])
	if err != nil {
		return nil, err
	}
	if !blocking && timed {
		return nil, vm.Errorf(vm.ValueErrorType, "can't specify timeout for non-blocking acquire")
	}
	name := th.CallTarget(s, "semaphore")
	if s.value > 0 {
		if th.Probing() {
			return nil, nil
		}
		s.value--
		th.Machine().RecordAccess(s, "", true)
		cause := 0
		if th.Resumed() {
			cause = s.releasedAt
		}
		if th.Tracing() {
			th.EventCause("acquire", name, "True", fmt.Sprintf("%s acquires %s (value now %d)", th.Label(), name, s.value), cause)
		}
		return vm.True, nil
	}
	if !blocking || th.TimedOut() || timed && secs == 0 {
		if th.Probing() {
			return nil, nil
		}
		th.Machine().RecordAccess(s, "", true)
		if th.Tracing() {
			th.Event("acquire", name, "False", th.Label()+" could not acquire "+name)
		}
		return vm.False, nil
	}
	g := s.Gate()
	b := &vm.Block{State: vm.StateBlocked, On: s, What: "semaphore " + name, Ready: g.Open, Gate: g}
	if timed {
		b.Deadline, b.HasDeadline = deadlineOf(th, secs), true
	}
	return nil, b
}

func semRelease(th *vm.Thread, args []vm.Value, kwnames []string) (vm.Value, error) {
	s := args[0].(*Semaphore)
	a, err := bindArgs("release", args, kwnames, []string{"n"}, []vm.Value{vm.MakeInt(1)})
	if err != nil {
		return nil, err
	}
	n, ok := a[0].(vm.Int)
	if !ok {
		return nil, vm.Errorf(vm.TypeErrorType, "'%s' object cannot be interpreted as an integer", vm.TypeName(a[0]))
	}
	if n < 1 {
		return nil, vm.Errorf(vm.ValueErrorType, "n must be one or more")
	}
	if s.bounded && s.value+int(n) > s.initial {
		return nil, vm.Errorf(vm.ValueErrorType, "Semaphore released too many times")
	}
	s.value += int(n)
	s.releasedAt = th.Step()
	th.Machine().RecordAccess(s, "", true)
	name := th.CallTarget(s, "semaphore")
	if th.Tracing() {
		th.Event("release", name, "", fmt.Sprintf("%s releases %s (value now %d)", th.Label(), name, s.value))
	}
	return vm.None, nil
}

func init() {
	SemaphoreType.New = newSemaphore(false)
	BoundedSemaphoreType.New = newSemaphore(true)
	for _, t := range []*vm.Type{SemaphoreType, BoundedSemaphoreType} {
		method(t, "acquire", vm.Primitive, semAcquire)
		method(t, "__enter__", vm.Primitive, semAcquire)
		method(t, "release", vm.Action, semRelease)
		method(t, "__exit__", vm.Action, func(th *vm.Thread, args []vm.Value, kwnames []string) (vm.Value, error) {
			return semRelease(th, args[:1], nil)
		})
		method(t, "__repr__", vm.Pure, func(th *vm.Thread, args []vm.Value, kwnames []string) (vm.Value, error) {
			s := args[0].(*Semaphore)
			if s.bounded {
				return vm.Str(fmt.Sprintf("<threading.BoundedSemaphore at %s: value=%d/%d>", address(th, s), s.value, s.initial)), nil
			}
			return vm.Str(fmt.Sprintf("<threading.Semaphore at %s: value=%d>", address(th, s), s.value)), nil
		})
	}
}
