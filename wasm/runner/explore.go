package runner

import (
	"context"

	"lockstep/wasm/explore"
	"lockstep/wasm/vm"
)

// execution adapts a vm.Machine to explore.Execution.
type execution struct {
	m *vm.Machine
}

// Enabled implements explore.Execution.
func (x *execution) Enabled() []int { return x.m.Enabled() }

// Step implements explore.Execution.
func (x *execution) Step(thread int) explore.Step {
	x.m.Step(thread)
	acc := x.m.Accesses()
	st := explore.Step{Thread: thread}
	if len(acc) > 0 {
		st.Accesses = make([]explore.Access, len(acc))
		for i, a := range acc {
			st.Accesses[i] = explore.Access{Obj: a.Obj, Key: a.Key, Write: a.Write, Sync: explore.Sync(a.Sync)}
		}
	}
	if sp := x.m.Spawned(); len(sp) > 0 {
		st.Spawned = append([]int(nil), sp...)
	}
	return st
}

// Pending implements explore.Execution.
func (x *execution) Pending(thread int) ([]explore.Access, bool) {
	acc, ok := x.m.PendingAccesses(thread)
	if !ok {
		return nil, false
	}
	out := make([]explore.Access, len(acc))
	for i, a := range acc {
		out[i] = explore.Access{Obj: a.Obj, Key: a.Key, Write: a.Write}
	}
	return out, true
}

// Outcome implements explore.Execution.
func (x *execution) Outcome() explore.Outcome {
	return explore.Outcome{Status: string(x.m.Status()), Stdout: x.m.Stdout(), Stderr: x.m.Stderr()}
}

// ExploreProgram returns the explore.Program that runs prog afresh.
func ExploreProgram(prog *vm.Program, maxSteps int) explore.Program {
	return func() explore.Execution {
		m := vm.NewMachine(prog, vm.Options{Accesses: true, MaxSteps: maxSteps})
		m.Start()
		return &execution{m: m}
	}
}

// Explore runs the exploration of prog.
func Explore(ctx context.Context, prog *vm.Program, opts explore.Options) (*explore.Result, error) {
	return explore.Run(ctx, ExploreProgram(prog, opts.MaxSteps), opts)
}
