package threading

import (
	"fmt"
	"strings"

	"lockstep/wasm/vm"
)

// Lock is threading.Lock (_thread.lock): two states, no owner; any thread
// may release it.
type Lock struct {
	vm.Header
	holder     *vm.Thread // the thread that acquired it, for reports
	releasedAt int        // step of the last release
	gate       vm.Gate    // open while the lock is free
	wait       *vm.Block  // the last untimed wait for it (see lockWait)
}

// RLock is threading.RLock: re-entrant, owned, with a recursion level.
type RLock struct {
	vm.Header
	owner      *vm.Thread
	count      int
	releasedAt int
	gate       vm.Gate   // open while the lock is free
	wait       *vm.Block // the last untimed wait for it (see lockWait)
}

// The types.
var (
	LockType  = vm.NewBuiltinType("_thread", "lock", nil)
	RLockType = vm.NewBuiltinType("_thread", "RLock", nil)
)

// Type implements vm.Value.
func (*Lock) Type() *vm.Type { return LockType }

// Type implements vm.Value.
func (*RLock) Type() *vm.Type { return RLockType }

// Gate implements vm.Gated: the lock is free.
func (l *Lock) Gate() *vm.Gate {
	if l.gate.Open == nil {
		l.gate.Open = func() bool { return l.holder == nil }
	}
	return &l.gate
}

// Gate implements vm.Gated: the lock is free.
func (r *RLock) Gate() *vm.Gate {
	if r.gate.Open == nil {
		r.gate.Open = func() bool { return r.owner == nil }
	}
	return &r.gate
}

// Describe implements vm.Describer.
func (l *Lock) Describe(m *vm.Machine) vm.PrimitiveInfo {
	info := vm.PrimitiveInfo{Type: "Lock", Waiters: waitersOf(m, l)}
	if l.holder != nil {
		info.Owner = ptr(l.holder.ID)
		info.Text = "locked by " + l.holder.Label()
	} else {
		info.Text = "unlocked"
	}
	return appendWaiters(m, info)
}

// Describe implements vm.Describer.
func (r *RLock) Describe(m *vm.Machine) vm.PrimitiveInfo {
	info := vm.PrimitiveInfo{Type: "RLock", Count: ptr(r.count), Waiters: waitersOf(m, r)}
	if r.owner != nil {
		info.Owner = ptr(r.owner.ID)
		info.Text = fmt.Sprintf("held by %s, level %d", r.owner.Label(), r.count)
	} else {
		info.Text = "unlocked"
	}
	return appendWaiters(m, info)
}

// waitersOf lists the threads whose current wait is on p, in id order.
func waitersOf(m *vm.Machine, p vm.Value) []int {
	var out []int
	for _, t := range m.Threads() {
		if b := t.Waiting(); b != nil && b.On == p {
			out = append(out, t.ID)
		}
	}
	if out == nil {
		out = []int{}
	}
	return out
}

func appendWaiters(m *vm.Machine, info vm.PrimitiveInfo) vm.PrimitiveInfo {
	if len(info.Waiters) > 0 {
		info.Text += "; waiting:"
		for _, id := range info.Waiters {
			info.Text += " " + m.Thread(id).Label()
		}
	}
	return info
}

func newLock(th *vm.Thread, args []vm.Value, kwnames []string) (vm.Value, error) {
	if len(args) != 1 {
		return nil, vm.Errorf(vm.TypeErrorType, "lock() takes no arguments")
	}
	return &Lock{}, nil
}

func newRLock(th *vm.Thread, args []vm.Value, kwnames []string) (vm.Value, error) {
	if len(args) != 1 {
		return nil, vm.Errorf(vm.TypeErrorType, "RLock() takes no arguments")
	}
	return &RLock{}, nil
}

// acquireArgs parses acquire(blocking=True, timeout=-1).
func acquireArgs(args []vm.Value, kwnames []string) (blocking bool, secs float64, timed bool, err error) {
	if len(args) == 1 && len(kwnames) == 0 {
		return true, 0, false, nil
	}
	a, err := bindArgs("acquire", args, kwnames, []string{"blocking", "timeout"}, []vm.Value{vm.True, vm.MakeInt(-1)})
	if err != nil {
		return false, 0, false, err
	}
	blocking = truth(a[0])
	t, err := vm.ToSeconds(a[1])
	if err != nil {
		return false, 0, false, err
	}
	if t != -1 {
		if !blocking {
			return false, 0, false, vm.Errorf(vm.ValueErrorType, "can't specify a timeout for a non-blocking call")
		}
		if t < 0 {
			return false, 0, false, vm.Errorf(vm.ValueErrorType, "timeout value must be positive")
		}
		return blocking, t, true, nil
	}
	return blocking, 0, false, nil
}

// lockLike is a Lock or an RLock.
type lockLike interface {
	vm.Gated
	vm.Value
	holderID() int // the id of the thread holding the lock, or -1
}

func (l *Lock) holderID() int {
	if l.holder != nil {
		return l.holder.ID
	}
	return -1
}

func (r *RLock) holderID() int {
	if r.owner != nil {
		return r.owner.ID
	}
	return -1
}

// lockWait makes the Block of a thread waiting for a lock (kind is "lock"
// or "rlock", name what the program calls it). An untimed wait's Block is
// the same for every thread, so the lock keeps the last one in *last and
// hands it out again while the name matches (a wait is probed again after
// every step that changes a lock, and contended locks have many waiters).
func lockWait(th *vm.Thread, on lockLike, last **vm.Block, kind, name string, secs float64, timed bool) *vm.Block {
	if b := *last; !timed && b != nil && len(b.What) == len(kind)+1+len(name) &&
		strings.HasPrefix(b.What, kind) && strings.HasSuffix(b.What, name) {
		return b
	}
	g := on.Gate()
	b := &vm.Block{State: vm.StateBlocked, On: on, What: kind + " " + name, Ready: g.Open, Gate: g, Holder: on.holderID}
	if timed {
		b.Deadline = deadlineOf(th, secs)
		b.HasDeadline = true
	} else {
		*last = b
	}
	return b
}

func lockAcquire(th *vm.Thread, args []vm.Value, kwnames []string) (vm.Value, error) {
	l := args[0].(*Lock)
	blocking, secs, timed, err := acquireArgs(args, kwnames)
	if err != nil {
		return nil, err
	}
	name := th.CallTarget(l, "lock")
	if l.holder == nil {
		if th.Probing() {
			return nil, nil
		}
		l.holder = th
		ownership(th, l, blocking && !timed)
		cause := 0
		if th.Resumed() {
			cause = l.releasedAt
		}
		if th.Tracing() {
			th.EventCause("acquire", name, "True", th.Label()+" acquires "+name, cause)
		}
		return vm.True, nil
	}
	if !blocking || th.TimedOut() {
		if th.Probing() {
			return nil, nil
		}
		th.Machine().RecordAccess(l, "", true)
		if th.Tracing() {
			th.Event("acquire", name, "False", th.Label()+" could not acquire "+name+" (held by "+l.holder.Label()+")")
		}
		return vm.False, nil
	}
	return nil, lockWait(th, l, &l.wait, "lock", name, secs, timed)
}

func lockRelease(th *vm.Thread, args []vm.Value, kwnames []string) (vm.Value, error) {
	l := args[0].(*Lock)
	if l.holder == nil {
		return nil, vm.Errorf(vm.RuntimeErrorType, "release unlocked lock")
	}
	name := th.CallTarget(l, "lock")
	l.holder = nil
	l.releasedAt = th.Step()
	th.Machine().SyncAccess(l, vm.Release)
	if th.Tracing() {
		th.Event("release", name, "", th.Label()+" releases "+name)
	}
	return vm.None, nil
}

func lockLocked(th *vm.Thread, args []vm.Value, kwnames []string) (vm.Value, error) {
	if err := noArgs("locked", args, kwnames); err != nil {
		return nil, err
	}
	l := args[0].(*Lock)
	th.Machine().RecordAccess(l, "", false)
	if th.Tracing() {
		th.Event("read", th.CallTarget(l, "lock")+".locked()", reprBool(l.holder != nil), "")
	}
	return boolValue(l.holder != nil), nil
}

func reprBool(b bool) string {
	if b {
		return "True"
	}
	return "False"
}

func rlockAcquire(th *vm.Thread, args []vm.Value, kwnames []string) (vm.Value, error) {
	r := args[0].(*RLock)
	blocking, secs, timed, err := acquireArgs(args, kwnames)
	if err != nil {
		return nil, err
	}
	name := th.CallTarget(r, "rlock")
	if r.owner == nil || r.owner == th {
		if th.Probing() {
			return nil, nil
		}
		cause := 0
		if th.Resumed() && r.owner == nil {
			cause = r.releasedAt
		}
		nested := r.owner == th
		r.owner = th
		r.count++
		ownership(th, r, !nested && blocking && !timed)
		if th.Tracing() {
			th.EventCause("acquire", name, "True", fmt.Sprintf("%s acquires %s (level %d)", th.Label(), name, r.count), cause)
		}
		return vm.True, nil
	}
	if !blocking || th.TimedOut() {
		if th.Probing() {
			return nil, nil
		}
		th.Machine().RecordAccess(r, "", true)
		if th.Tracing() {
			th.Event("acquire", name, "False", th.Label()+" could not acquire "+name+" (held by "+r.owner.Label()+")")
		}
		return vm.False, nil
	}
	return nil, lockWait(th, r, &r.wait, "rlock", name, secs, timed)
}

func rlockRelease(th *vm.Thread, args []vm.Value, kwnames []string) (vm.Value, error) {
	r := args[0].(*RLock)
	if r.owner != th {
		return nil, vm.Errorf(vm.RuntimeErrorType, "cannot release un-acquired lock")
	}
	name := th.CallTarget(r, "rlock")
	r.count--
	if r.count == 0 {
		r.owner = nil
		r.releasedAt = th.Step()
		th.Machine().SyncAccess(r, vm.Release)
	} else {
		th.Machine().RecordAccess(r, "", true)
	}
	if th.Tracing() {
		th.Event("release", name, "", fmt.Sprintf("%s releases %s (level %d)", th.Label(), name, r.count))
	}
	return vm.None, nil
}

func init() {
	LockType.New = newLock
	RLockType.New = newRLock
	for _, n := range []string{"acquire", "acquire_lock", "__enter__"} {
		method(LockType, n, vm.Primitive, lockAcquire)
		method(RLockType, n, vm.Primitive, rlockAcquire)
	}
	for _, n := range []string{"release", "release_lock"} {
		method(LockType, n, vm.Action, lockRelease)
		method(RLockType, n, vm.Action, rlockRelease)
	}
	exit := func(release vm.NativeFunc) vm.NativeFunc {
		return func(th *vm.Thread, args []vm.Value, kwnames []string) (vm.Value, error) {
			if _, err := release(th, args[:1], nil); err != nil {
				return nil, err
			}
			return vm.None, nil
		}
	}
	method(LockType, "__exit__", vm.Action, exit(lockRelease))
	method(RLockType, "__exit__", vm.Action, exit(rlockRelease))
	method(LockType, "locked", vm.Action, lockLocked)
	method(LockType, "locked_lock", vm.Action, lockLocked)
	method(LockType, "__repr__", vm.Pure, func(th *vm.Thread, args []vm.Value, kwnames []string) (vm.Value, error) {
		l := args[0].(*Lock)
		state := "unlocked"
		if l.holder != nil {
			state = "locked"
		}
		return vm.Str(fmt.Sprintf("<%s _thread.lock object at %s>", state, address(th, l))), nil
	})
	method(RLockType, "__repr__", vm.Pure, func(th *vm.Thread, args []vm.Value, kwnames []string) (vm.Value, error) {
		r := args[0].(*RLock)
		state, owner := "unlocked", 0
		if r.owner != nil {
			state, owner = "locked", identOf(r.owner)
		}
		return vm.Str(fmt.Sprintf("<%s _thread.RLock object owner=%d count=%d at %s>", state, owner, r.count, address(th, r))), nil
	})
	// RLock internals used by Condition.
	method(RLockType, "_is_owned", vm.Pure, func(th *vm.Thread, args []vm.Value, kwnames []string) (vm.Value, error) {
		return boolValue(args[0].(*RLock).owner == th), nil
	})
}

// ownership records a successful acquire for exploration: a blocking
// acquire without timeout could only happen once the lock was free, which
// the explorer may assume (an Acquire mark); a try-acquire or a timed one
// behaves differently when the lock is held, so it is a plain access.
func ownership(th *vm.Thread, lock vm.HasHeader, owning bool) {
	if owning {
		th.Machine().SyncAccess(lock, vm.Acquire)
	} else {
		th.Machine().RecordAccess(lock, "", true)
	}
}

// address is the stable fake address shown in reprs.
func address(th *vm.Thread, o vm.HasHeader) string {
	var id uint64
	if th != nil {
		id = o.(interface{ ObjectID(*vm.Machine) uint64 }).ObjectID(th.Machine())
	}
	return fmt.Sprintf("0x%012x", 0x7f0000000000+id*0x40)
}

// identOf is the thread identifier threading.get_ident() returns.
func identOf(t *vm.Thread) int { return 140000000000000 + t.ID*4096 + 1792 }
