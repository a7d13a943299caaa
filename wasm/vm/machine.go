package vm

// Machine is one run of a program: its threads, modules, output and the
// objects' identities. Everything about a run is deterministic given the
// program and the sequence of scheduling choices.
type Machine struct {
	nextID uint64
}

// Thread is one simulated thread: its own frame stack, run one step at a
// time by the Machine.
type Thread struct {
	m *Machine
}

// Machine returns the machine the thread belongs to.
func (th *Thread) Machine() *Machine {
	if th == nil {
		return nil
	}
	return th.m
}

// Call calls a Python callable from Go code and returns its result. Python
// code called this way runs to completion inside the current step (it cannot
// be preempted); a blocking operation inside it is reported as an error.
// th may be nil in contexts where no Python code can run; then calling a
// Python function fails with a TypeError.
func (th *Thread) Call(fn Value, args []Value, kwnames []string) (Value, error) {
	return nil, Errorf(NotImplementedErrorType, "calls are not implemented yet")
}
