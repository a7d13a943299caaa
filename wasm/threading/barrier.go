package threading

import (
	"fmt"

	"lockstep/wasm/vm"
)

// Barrier is threading.Barrier: parties threads meet before any goes on.
type Barrier struct {
	vm.Header
	parties    int
	action     vm.Value
	timeout    vm.Value
	count      int // threads waiting in the current generation
	generation int
	broken     bool
	releasedAt int
	// resets lists the generations that reset() ended while threads were
	// (or could still be) waiting in them: those threads get
	// BrokenBarrierError instead of passing.
	resets []int
}

// wasReset reports whether generation gen was ended by reset().
func (b *Barrier) wasReset(gen int) bool {
	for _, g := range b.resets {
		if g == gen {
			return true
		}
	}
	return false
}

// leave takes a waiter of generation gen off the count when it leaves with
// BrokenBarrierError.
func (b *Barrier) leave(gen int) {
	if gen == b.generation && b.count > 0 {
		b.count--
	}
}

// GetAttr implements vm.AttrGetter: parties, n_waiting and broken.
func (b *Barrier) GetAttr(th *vm.Thread, name string) (vm.Value, bool, error) {
	switch name {
	case "parties":
		return vm.MakeInt(int64(b.parties)), true, nil
	case "n_waiting":
		th.Machine().RecordAccess(b, "", false)
		if b.broken {
			return vm.MakeInt(0), true, nil
		}
		return vm.MakeInt(int64(b.count)), true, nil
	case "broken":
		th.Machine().RecordAccess(b, "", false)
		return boolValue(b.broken), true, nil
	}
	return nil, false, nil
}

// The barrier types.
var (
	BarrierType            = vm.NewBuiltinType("threading", "Barrier", nil)
	BrokenBarrierErrorType = vm.NewBuiltinType("threading", "BrokenBarrierError", vm.RuntimeErrorType)
)

// Type implements vm.Value.
func (*Barrier) Type() *vm.Type { return BarrierType }

// Describe implements vm.Describer.
func (b *Barrier) Describe(m *vm.Machine) vm.PrimitiveInfo {
	text := fmt.Sprintf("%d of %d waiting", b.count, b.parties)
	if b.broken {
		text = "broken"
	}
	return vm.PrimitiveInfo{Type: "Barrier", Parties: ptr(b.parties), Waiting: ptr(b.count), Waiters: waitersOf(m, b), Text: text}
}

func brokenError() error { return vm.NewException(BrokenBarrierErrorType) }

func newBarrier(th *vm.Thread, args []vm.Value, kwnames []string) (vm.Value, error) {
	a, err := bindArgs("Barrier", args, kwnames, []string{"parties", "action", "timeout"}, []vm.Value{nil, vm.None, vm.None})
	if err != nil {
		return nil, err
	}
	n, ok := a[0].(vm.Int)
	if !ok {
		return nil, vm.Errorf(vm.TypeErrorType, "'%s' object cannot be interpreted as an integer", vm.TypeName(a[0]))
	}
	return &Barrier{parties: int(n), action: a[1], timeout: a[2]}, nil
}

func barrierWait(th *vm.Thread, args []vm.Value, kwnames []string) (vm.Value, error) {
	b := args[0].(*Barrier)
	a, err := bindArgs("wait", args, kwnames, []string{"timeout"}, []vm.Value{vm.None})
	if err != nil {
		return nil, err
	}
	tv := a[0]
	if tv == vm.None {
		tv = b.timeout
	}
	secs, timed, err := timeoutArg(tv)
	if err != nil {
		return nil, err
	}
	name := th.CallTarget(b, "barrier")
	m := th.Machine()
	st, _ := th.OpState().(*waitState)
	if st == nil {
		if b.broken {
			if th.Probing() {
				return nil, nil
			}
			m.RecordAccess(b, "", true)
			return nil, brokenError()
		}
		if th.Probing() {
			return nil, nil
		}
		index := b.count
		b.count++
		m.RecordAccess(b, "", true)
		if b.count == b.parties {
			if th.Tracing() {
				th.Event("barrier", name, fmt.Sprint(index), fmt.Sprintf("%s arrives at %s last (%d of %d): everyone goes on", th.Label(), name, b.count, b.parties))
			}
			if b.action != vm.None {
				if _, err := th.Call(b.action, nil, nil); err != nil {
					b.broken = true
					b.count = 0
					return nil, err
				}
			}
			b.generation++
			b.count = 0
			b.releasedAt = th.Step()
			return vm.MakeInt(int64(index)), nil
		}
		if th.Tracing() {
			th.Event("barrier", name, fmt.Sprint(index), fmt.Sprintf("%s arrives at %s (%d of %d)", th.Label(), name, b.count, b.parties))
		}
		st = &waitState{phase: 1, gen: b.generation, saved: index}
		if timed {
			st.deadline = th.Now() + int64(secs*1e9)
		}
		th.SetOpState(st)
		return nil, b.block(st, name, timed)
	}
	// waiting for the generation to end
	if b.generation != st.gen {
		if th.Probing() {
			return nil, nil
		}
		m.RecordAccess(b, "", true)
		if b.wasReset(st.gen) {
			if th.Tracing() {
				th.Event("barrier", name, "", th.Label()+" was waiting at "+name+" when it was reset: BrokenBarrierError")
			}
			return nil, brokenError()
		}
		if th.Tracing() {
			th.EventCause("wake", name, fmt.Sprint(st.saved), th.Label()+" passes "+name, b.releasedAt)
		}
		return vm.MakeInt(int64(st.saved)), nil
	}
	if b.broken {
		if th.Probing() {
			return nil, nil
		}
		b.leave(st.gen)
		m.RecordAccess(b, "", true)
		if th.Tracing() {
			th.Event("barrier", name, "", th.Label()+" finds "+name+" broken: BrokenBarrierError")
		}
		return nil, brokenError()
	}
	if th.TimedOut() {
		if th.Probing() {
			return nil, nil
		}
		b.broken = true
		b.leave(st.gen)
		m.RecordAccess(b, "", true)
		if th.Tracing() {
			th.Event("timeout", name, "", th.Label()+" times out at "+name+": the barrier breaks")
		}
		return nil, brokenError()
	}
	return nil, b.block(st, name, timed)
}

func (b *Barrier) block(st *waitState, name string, timed bool) *vm.Block {
	gen := st.gen
	blk := &vm.Block{State: vm.StateWaiting, On: b, What: "barrier " + name,
		Ready: func() bool { return b.generation != gen || b.broken }}
	if timed {
		blk.Deadline, blk.HasDeadline = st.deadline, true
	}
	return blk
}

// barrierReset implements reset(): threads waiting in the current
// generation get BrokenBarrierError and the barrier starts afresh.
func barrierReset(th *vm.Thread, args []vm.Value, kwnames []string) (vm.Value, error) {
	if err := noArgs("reset", args, kwnames); err != nil {
		return nil, err
	}
	b := args[0].(*Barrier)
	name := th.CallTarget(b, "barrier")
	text := th.Label() + " resets " + name
	if b.count > 0 || b.broken {
		b.resets = append(b.resets, b.generation)
		if b.count > 0 {
			text += fmt.Sprintf(": the %d waiting get BrokenBarrierError", b.count)
		}
	}
	b.generation++
	b.count = 0
	b.broken = false
	b.releasedAt = th.Step()
	th.Machine().RecordAccess(b, "", true)
	th.Event("barrier", name, "", text)
	return vm.None, nil
}

func init() {
	BarrierType.New = newBarrier
	BrokenBarrierErrorType.BaseSubclassable = true
	BrokenBarrierErrorType.New = vm.RuntimeErrorType.New
	method(BarrierType, "wait", vm.Primitive, barrierWait)
	method(BarrierType, "abort", vm.Action, func(th *vm.Thread, args []vm.Value, kwnames []string) (vm.Value, error) {
		b := args[0].(*Barrier)
		b.broken = true
		th.Machine().RecordAccess(b, "", true)
		if th.Tracing() {
			th.Event("barrier", th.CallTarget(b, "barrier"), "", th.Label()+" aborts "+th.CallTarget(b, "barrier"))
		}
		return vm.None, nil
	})
	method(BarrierType, "reset", vm.Action, barrierReset)
	method(BarrierType, "__repr__", vm.Pure, func(th *vm.Thread, args []vm.Value, kwnames []string) (vm.Value, error) {
		b := args[0].(*Barrier)
		if b.broken {
			return vm.Str(fmt.Sprintf("<threading.Barrier at %s: broken>", address(th, b))), nil
		}
		return vm.Str(fmt.Sprintf("<threading.Barrier at %s: waiters=%d/%d>", address(th, b), b.count, b.parties)), nil
	})
}
