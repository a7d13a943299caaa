package threading

import (
	"fmt"

	"lockstep/wasm/vm"
)

// Event is threading.Event: a flag threads can wait for.
type Event struct {
	vm.Header
	flag    bool
	setAt   int          // step of the last set()
	waiters []*waitState // waits in progress, marked notified by set()
}

// EventType is threading.Event.
var EventType = vm.NewBuiltinType("threading", "Event", nil)

// Type implements vm.Value.
func (*Event) Type() *vm.Type { return EventType }

// Describe implements vm.Describer.
func (e *Event) Describe(m *vm.Machine) vm.PrimitiveInfo {
	info := vm.PrimitiveInfo{Type: "Event", Flag: ptr(e.flag), Waiters: waitersOf(m, e)}
	if e.flag {
		info.Text = "set"
	} else {
		info.Text = "not set"
	}
	return appendWaiters(m, info)
}

func eventSet(th *vm.Thread, args []vm.Value, kwnames []string) (vm.Value, error) {
	if err := noArgs("set", args, kwnames); err != nil {
		return nil, err
	}
	e := args[0].(*Event)
	e.flag = true
	e.setAt = th.Step()
	for _, w := range e.waiters {
		w.notified = true
	}
	e.waiters = nil
	th.Machine().RecordAccess(e, "", true)
	if th.Tracing() {
		th.Event("set", th.CallTarget(e, "event"), "", th.Label()+" sets "+th.CallTarget(e, "event"))
	}
	return vm.None, nil
}

func eventClear(th *vm.Thread, args []vm.Value, kwnames []string) (vm.Value, error) {
	if err := noArgs("clear", args, kwnames); err != nil {
		return nil, err
	}
	e := args[0].(*Event)
	e.flag = false
	th.Machine().RecordAccess(e, "", true)
	if th.Tracing() {
		th.Event("clear", th.CallTarget(e, "event"), "", th.Label()+" clears "+th.CallTarget(e, "event"))
	}
	return vm.None, nil
}

func eventIsSet(th *vm.Thread, args []vm.Value, kwnames []string) (vm.Value, error) {
	if err := noArgs("is_set", args, kwnames); err != nil {
		return nil, err
	}
	e := args[0].(*Event)
	th.Machine().RecordAccess(e, "", false)
	if th.Tracing() {
		th.Event("read", th.CallTarget(e, "event")+".is_set()", reprBool(e.flag), "")
	}
	return boolValue(e.flag), nil
}

func eventWait(th *vm.Thread, args []vm.Value, kwnames []string) (vm.Value, error) {
	e := args[0].(*Event)
	a, err := bindArgs("wait", args, kwnames, []string{"timeout"}, []vm.Value{vm.None})
	if err != nil {
		return nil, err
	}
	secs, timed, err := timeoutArg(a[0])
	if err != nil {
		return nil, err
	}
	name := th.CallTarget(e, "event")
	m := th.Machine()
	st, _ := th.OpState().(*waitState)
	if st == nil {
		// The call itself is a step (it reads the flag and, when it is
		// not set, joins the waiters), so a set that comes before it and
		// a set that comes after are different interleavings.
		if th.Probing() {
			return nil, nil
		}
		m.RecordAccess(e, "", true)
		if e.flag {
			if th.Tracing() {
				th.Event("wait", name, "True", th.Label()+" sees "+name+" already set")
			}
			return vm.True, nil
		}
		if timed && secs == 0 {
			if th.Tracing() {
				th.Event("timeout", name, "False", th.Label()+" finds "+name+" not set")
			}
			return vm.False, nil
		}
		st = &waitState{phase: 1}
		if timed {
			st.deadline = th.Now() + int64(secs*1e9)
		}
		th.SetOpState(st)
		e.waiters = append(e.waiters, st)
		return nil, e.block(st, name, timed)
	}
	if st.notified {
		if th.Probing() {
			return nil, nil
		}
		m.RecordAccess(e, "", true)
		if th.Tracing() {
			th.EventCause("wake", name, "True", th.Label()+" wakes: "+name+" was set", e.setAt)
		}
		return vm.True, nil
	}
	if th.TimedOut() {
		if th.Probing() {
			return nil, nil
		}
		e.forget(st)
		m.RecordAccess(e, "", true)
		if th.Tracing() {
			th.Event("timeout", name, "False", th.Label()+" stops waiting for "+name+" (timeout)")
		}
		return vm.False, nil
	}
	return nil, e.block(st, name, timed)
}

func (e *Event) block(st *waitState, name string, timed bool) *vm.Block {
	b := &vm.Block{State: vm.StateWaiting, On: e, What: "event " + name, Ready: func() bool { return st.notified }}
	if timed {
		b.Deadline, b.HasDeadline = st.deadline, true
	}
	return b
}

func (e *Event) forget(st *waitState) {
	for i, w := range e.waiters {
		if w == st {
			e.waiters = append(e.waiters[:i:i], e.waiters[i+1:]...)
			return
		}
	}
}

func init() {
	EventType.New = func(th *vm.Thread, args []vm.Value, kwnames []string) (vm.Value, error) {
		if len(args) != 1 {
			return nil, vm.Errorf(vm.TypeErrorType, "Event.__init__() takes 1 positional argument but %d were given", len(args))
		}
		return &Event{}, nil
	}
	method(EventType, "set", vm.Action, eventSet)
	method(EventType, "clear", vm.Action, eventClear)
	method(EventType, "is_set", vm.Action, eventIsSet)
	method(EventType, "isSet", vm.Action, eventIsSet)
	method(EventType, "wait", vm.Primitive, eventWait)
	method(EventType, "__repr__", vm.Pure, func(th *vm.Thread, args []vm.Value, kwnames []string) (vm.Value, error) {
		e := args[0].(*Event)
		state := "unset"
		if e.flag {
			state = "set"
		}
		return vm.Str(fmt.Sprintf("<threading.Event at %s: %s>", address(th, e), state)), nil
	})
}
