package threading

import (
	"fmt"

	"lockstep/wasm/vm"
)

// Condition is threading.Condition: a lock (an RLock unless one is given)
// and a FIFO of waiting threads.
type Condition struct {
	vm.Header
	lock       vm.Value // *Lock or *RLock
	waiters    []*condWaiter
	notifiedAt int
}

type condWaiter struct {
	th *vm.Thread
	st *waitState
}

// ConditionType is threading.Condition.
var ConditionType = vm.NewBuiltinType("threading", "Condition", nil)

// Type implements vm.Value.
func (*Condition) Type() *vm.Type { return ConditionType }

// Describe implements vm.Describer.
func (c *Condition) Describe(m *vm.Machine) vm.PrimitiveInfo {
	info := vm.PrimitiveInfo{Type: "Condition"}
	for _, w := range c.waiters {
		info.Waiters = append(info.Waiters, w.th.ID)
	}
	if info.Waiters == nil {
		info.Waiters = []int{}
	}
	owner := c.owner()
	if owner != nil {
		info.Owner = ptr(owner.ID)
		info.Text = "lock held by " + owner.Label()
	} else {
		info.Text = "lock free"
	}
	if len(c.waiters) > 0 {
		info.Text += "; waiting for notify:"
		for _, w := range c.waiters {
			info.Text += " " + w.th.Label()
		}
	}
	return info
}

func (c *Condition) owner() *vm.Thread {
	switch l := c.lock.(type) {
	case *Lock:
		return l.holder
	case *RLock:
		return l.owner
	}
	return nil
}

func (c *Condition) free() bool { return c.owner() == nil }

func (c *Condition) ownedBy(th *vm.Thread) bool {
	switch l := c.lock.(type) {
	case *Lock:
		return l.holder != nil // CPython can only tell "locked" for a plain Lock
	case *RLock:
		return l.owner == th
	}
	return false
}

// release gives the lock up completely, returning the RLock level to
// restore.
func (c *Condition) release(th *vm.Thread) int {
	switch l := c.lock.(type) {
	case *Lock:
		l.holder = nil
		l.releasedAt = th.Step()
		return 1
	case *RLock:
		n := l.count
		l.owner, l.count = nil, 0
		l.releasedAt = th.Step()
		return n
	}
	return 0
}

func (c *Condition) reacquire(th *vm.Thread, level int) {
	switch l := c.lock.(type) {
	case *Lock:
		l.holder = th
	case *RLock:
		l.owner, l.count = th, level
	}
}

func (c *Condition) lockObj() vm.HasHeader { return c.lock.(vm.HasHeader) }

func newCondition(th *vm.Thread, args []vm.Value, kwnames []string) (vm.Value, error) {
	a, err := bindArgs("Condition", args, kwnames, []string{"lock"}, []vm.Value{vm.None})
	if err != nil {
		return nil, err
	}
	c := &Condition{lock: a[0]}
	switch a[0].(type) {
	case vm.NoneType:
		c.lock = &RLock{}
	case *Lock, *RLock:
	default:
		return nil, vm.Errorf(vm.NotImplementedErrorType, "lockstep supports Condition(lock) only with a threading.Lock or RLock, not %s", vm.TypeName(a[0]))
	}
	return c, nil
}

// delegate calls the lock's method of the same name.
func delegate(name string) vm.NativeFunc {
	return func(th *vm.Thread, args []vm.Value, kwnames []string) (vm.Value, error) {
		c := args[0].(*Condition)
		fn, _ := c.lock.Type().Lookup(name)
		b := fn.(*vm.Builtin)
		a := append([]vm.Value{c.lock}, args[1:]...)
		return b.Fn(th, a, kwnames)
	}
}

func condWait(th *vm.Thread, args []vm.Value, kwnames []string) (vm.Value, error) {
	c := args[0].(*Condition)
	a, err := bindArgs("wait", args, kwnames, []string{"timeout"}, []vm.Value{vm.None})
	if err != nil {
		return nil, err
	}
	secs, timed, err := timeoutArg(a[0])
	if err != nil {
		return nil, err
	}
	name := th.CallTarget(c, "condition")
	m := th.Machine()
	st, _ := th.OpState().(*waitState)
	if st == nil || st.phase == 0 {
		// phase 0: release the lock and join the waiters
		if !c.ownedBy(th) {
			return nil, vm.Errorf(vm.RuntimeErrorType, "cannot wait on un-acquired lock")
		}
		if th.Probing() {
			return nil, nil
		}
		st = &waitState{phase: 1}
		if timed {
			st.deadline = th.Now() + int64(secs*1e9)
		}
		st.saved = c.release(th)
		th.SetOpState(st)
		c.waiters = append(c.waiters, &condWaiter{th: th, st: st})
		m.RecordAccess(c, "", true)
		m.RecordAccess(c.lockObj(), "", true)
		if th.Tracing() {
			th.Event("wait", name, "", th.Label()+" waits on "+name+" (releasing its lock)")
		}
		return nil, c.block(th, st, name, timed)
	}
	// phase 1: notified (or timed out) and the lock is free
	if st.phase == 1 && !st.notified && !th.TimedOut() {
		return nil, c.block(th, st, name, timed)
	}
	if !c.free() {
		if th.Probing() {
			return nil, nil
		}
		// timed out while another thread holds the lock: wait for it
		c.forget(st)
		st.phase = 2
		g := c.lock.(vm.Gated).Gate() // open when c.free()
		return nil, &vm.Block{State: vm.StateBlocked, On: c.lock, What: "the lock of " + name, Ready: g.Open, Gate: g,
			Holder: func() int {
				if o := c.owner(); o != nil {
					return o.ID
				}
				return -1
			}}
	}
	if th.Probing() {
		return nil, nil
	}
	c.forget(st)
	c.reacquire(th, st.saved)
	m.RecordAccess(c, "", true)
	m.RecordAccess(c.lockObj(), "", true)
	if st.notified {
		if th.Tracing() {
			th.EventCause("wake", name, "True", th.Label()+" was notified and re-acquires the lock of "+name, st.gen)
		}
		return vm.True, nil
	}
	if th.Tracing() {
		th.Event("timeout", name, "False", th.Label()+" stops waiting on "+name+" (timeout) and re-acquires its lock")
	}
	return vm.False, nil
}

func (c *Condition) block(th *vm.Thread, st *waitState, name string, timed bool) *vm.Block {
	b := &vm.Block{State: vm.StateWaiting, On: c, What: "notify on " + name,
		Ready: func() bool { return st.notified && c.free() }}
	if timed {
		b.Deadline, b.HasDeadline = st.deadline, true
	}
	return b
}

func (c *Condition) forget(st *waitState) {
	for i, w := range c.waiters {
		if w.st == st {
			c.waiters = append(c.waiters[:i:i], c.waiters[i+1:]...)
			return
		}
	}
}

func condNotify(all bool) vm.NativeFunc {
	return func(th *vm.Thread, args []vm.Value, kwnames []string) (vm.Value, error) {
		c := args[0].(*Condition)
		n := len(c.waiters)
		if !all {
			a, err := bindArgs("notify", args, kwnames, []string{"n"}, []vm.Value{vm.MakeInt(1)})
			if err != nil {
				return nil, err
			}
			k, ok := a[0].(vm.Int)
			if !ok {
				return nil, vm.Errorf(vm.TypeErrorType, "'%s' object cannot be interpreted as an integer", vm.TypeName(a[0]))
			}
			n = int(k)
		} else if err := noArgs("notify_all", args, kwnames); err != nil {
			return nil, err
		}
		if !c.ownedBy(th) {
			return nil, vm.Errorf(vm.RuntimeErrorType, "cannot notify on un-acquired lock")
		}
		name := th.CallTarget(c, "condition")
		woken := ""
		count := 0
		for _, w := range c.waiters {
			if count >= n {
				break
			}
			if w.st.notified {
				continue
			}
			w.st.notified = true
			w.st.gen = th.Step()
			woken += " " + w.th.Label()
			count++
		}
		c.notifiedAt = th.Step()
		th.Machine().RecordAccess(c, "", true)
		verb := "notify"
		if all {
			verb = "notify_all"
		}
		text := th.Label() + " calls " + name + "." + verb + "()"
		if woken != "" {
			text += ": wakes" + woken
		} else {
			text += ": nobody is waiting"
		}
		th.Event("notify", name, "", text)
		return vm.None, nil
	}
}

// condWaitFor runs the Python helper threading._wait_for as a real frame.
func condWaitFor(th *vm.Thread, args []vm.Value, kwnames []string) (vm.Value, error) {
	fn, err := preludeFunc(th, "_wait_for")
	if err != nil {
		return nil, err
	}
	return nil, &vm.CallRequest{Fn: fn, Args: append([]vm.Value(nil), args...), Kwnames: kwnames}
}

func init() {
	ConditionType.New = newCondition
	method(ConditionType, "acquire", vm.Primitive, delegate("acquire"))
	method(ConditionType, "__enter__", vm.Primitive, delegate("acquire"))
	method(ConditionType, "release", vm.Action, delegate("release"))
	method(ConditionType, "__exit__", vm.Action, func(th *vm.Thread, args []vm.Value, kwnames []string) (vm.Value, error) {
		return delegate("release")(th, args[:1], nil)
	})
	method(ConditionType, "wait", vm.Primitive, condWait)
	method(ConditionType, "wait_for", vm.Pure, condWaitFor)
	method(ConditionType, "notify", vm.Action, condNotify(false))
	method(ConditionType, "notify_all", vm.Action, condNotify(true))
	method(ConditionType, "notifyAll", vm.Action, condNotify(true))
	method(ConditionType, "__repr__", vm.Pure, func(th *vm.Thread, args []vm.Value, kwnames []string) (vm.Value, error) {
		c := args[0].(*Condition)
		lr, err := vm.Repr(th, c.lock)
		if err != nil {
			return nil, err
		}
		return vm.Str(fmt.Sprintf("<Condition(%s, %d)>", lr, len(c.waiters))), nil
	})
}
