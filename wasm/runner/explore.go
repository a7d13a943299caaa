package runner

import (
	"context"

	"lockstep/wasm/explore"
	"lockstep/wasm/vm"
)

// execution adapts a vm.Machine to explore.Execution.
type execution struct {
	m *vm.Machine
	// acc and spawned hold the last step's report (explore copies what it
	// keeps).
	acc     []explore.Access
	spawned []int
}

// Enabled implements explore.Execution.
func (x *execution) Enabled() []int { return x.m.Enabled() }

// Step implements explore.Execution.
func (x *execution) Step(thread int) explore.Step {
	x.m.Step(thread)
	st := explore.Step{Thread: thread}
	if acc := x.m.Accesses(); len(acc) > 0 {
		x.acc = x.acc[:0]
		for _, a := range acc {
			x.acc = append(x.acc, explore.Access{Obj: a.Obj, Key: a.Key, Write: a.Write, Sync: explore.Sync(a.Sync)})
		}
		st.Accesses = x.acc
	}
	if sp := x.m.Spawned(); len(sp) > 0 {
		x.spawned = append(x.spawned[:0], sp...)
		st.Spawned = x.spawned
	}
	return st
}

// Pending implements explore.Execution.
func (x *execution) Pending(thread int) ([]explore.Access, bool) {
	acc, ok := x.m.PendingAccesses(thread)
	if !ok {
		return nil, false
	}
	x.acc = x.acc[:0]
	for _, a := range acc {
		x.acc = append(x.acc, explore.Access{Obj: a.Obj, Key: a.Key, Write: a.Write})
	}
	return x.acc, true
}

// Outcome implements explore.Execution.
func (x *execution) Outcome() explore.Outcome {
	return explore.Outcome{Status: string(x.m.Status()), Stdout: x.m.Stdout(), Stderr: x.m.Stderr()}
}

// ExploreProgram returns the explore.Program that runs prog afresh. The
// runs share a frame pool, so the Program must not be called from several
// goroutines at once.
func ExploreProgram(prog *vm.Program, maxSteps int) explore.Program {
	frames := &vm.FramePool{}
	return func() explore.Execution {
		m := vm.NewMachine(prog, vm.Options{Accesses: true, MaxSteps: maxSteps, Frames: frames})
		m.Start()
		return &execution{m: m}
	}
}

// Explore runs the exploration of prog (with the garbage collector's target
// raised while it runs, see exploreGCPercent).
func Explore(ctx context.Context, prog *vm.Program, opts explore.Options) (*explore.Result, error) {
	defer raiseGC()()
	return explore.Run(ctx, ExploreProgram(prog, opts.MaxSteps), opts)
}
