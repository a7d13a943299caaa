// Package runner ties the core together: it parses and compiles a source
// file, runs it under a scheduling policy or a recorded schedule, and builds
// the trace documents of package trace. The command line, the web worker
// (through package engine) and the explorer all run programs through it.
package runner

import (
	"errors"
	"fmt"
	"os"
	"runtime/debug"
	"strings"

	"lockstep/wasm/compile"
	"lockstep/wasm/sched"
	"lockstep/wasm/syntax"
	_ "lockstep/wasm/threading" // the threading, queue and concurrent.futures modules
	"lockstep/wasm/trace"
	"lockstep/wasm/vm"
)

// Compile parses and compiles a program.
func Compile(filename string, src []byte) (*vm.Program, *trace.CompileError) {
	mod, err := syntax.Parse(filename, src)
	if err == nil {
		var code *compile.Code
		code, err = compile.Compile(mod)
		if err == nil {
			return vm.NewProgram(code, filename, mod.Lines), nil
		}
	}
	var se *syntax.Error
	if errors.As(err, &se) {
		ce := &trace.CompileError{Type: se.Type, Message: se.Msg, Line: int(se.Pos.Line), Col: int(se.Pos.Col), Text: se.Format()}
		if se.End.Line == se.Pos.Line {
			ce.EndCol = int(se.End.Col)
		}
		return nil, ce
	}
	return nil, &trace.CompileError{Type: "SystemError", Message: err.Error(), Text: "SystemError: " + err.Error() + "\n"}
}

// Config says how to run a program.
type Config struct {
	Seed     uint64
	Policy   string // random (default), rr[:Q], pct[:D]
	Schedule string // replay this schedule instead of a policy
	MaxSteps int
	Trace    bool // record events and thread states
}

// Run runs prog to its end. The error is for a bad policy or schedule; the
// program's own failures are in the result.
func Run(prog *vm.Program, cfg Config) (res *trace.Result, err error) {
	defer recoverInternal(&res, &err)
	var policy sched.Policy
	var replay *sched.Replay
	if cfg.Schedule != "" {
		r, err := sched.Decode(cfg.Schedule)
		if err != nil {
			return nil, err
		}
		replay = r
		policy = r
	} else {
		p, err := sched.ParsePolicy(cfg.Policy, cfg.Seed)
		if err != nil {
			return nil, err
		}
		policy = p
	}
	rec := sched.NewRecorder(policy)
	m := vm.NewMachine(prog, vm.Options{Seed: cfg.Seed, MaxSteps: cfg.MaxSteps, Trace: cfg.Trace})
	m.Start()
	last := 0
	for {
		en := m.Enabled()
		if len(en) == 0 {
			break
		}
		t := rec.Choose(en, last)
		if replay != nil {
			if err := replay.Err(); err != nil {
				return nil, err
			}
		}
		m.Step(t)
		last = t
	}
	res = Result(m, prog)
	res.Schedule = rec.Schedule()
	res.Seed = cfg.Seed
	if replay != nil {
		res.Policy = "replay"
	} else {
		res.Policy = policy.Name()
	}
	return res, nil
}

// recoverInternal turns a Go panic escaping the machine (a bug) into an
// error, so that callers never crash.
func recoverInternal(res **trace.Result, err *error) {
	if r := recover(); r != nil {
		*res = nil
		*err = fmt.Errorf("lockstep internal error: %v", r)
		if os.Getenv("LOCKSTEP_DEBUG") != "" {
			*err = fmt.Errorf("%w\n%s", *err, debug.Stack())
		}
	}
}

// Result builds the trace document of a finished (or paused) machine.
func Result(m *vm.Machine, prog *vm.Program) *trace.Result {
	res := &trace.Result{
		Version:  trace.Version,
		Status:   string(m.Status()),
		ExitCode: m.ExitCode(),
		Stdout:   m.Stdout(),
		Stderr:   m.Stderr(),
		Steps:    m.StepNumber(),
		Time:     float64(m.Now()) / 1e9,
		Message:  m.Message(),
	}
	if res.Status == "" {
		res.Status = "running"
	}
	res.Events = m.Events()
	res.Truncated = m.Truncated()
	if res.Events == nil {
		res.Events = []trace.Event{}
	}
	logs := m.StateLog()
	for _, th := range m.Threads() {
		t := trace.Thread{ID: th.ID, Label: th.Label(), Name: th.Name, Daemon: th.Daemon}
		for i, ch := range logs[th.ID] {
			if i == 0 {
				t.Created = ch.Step
			}
			if ch.State == vm.StateDone {
				t.Ended = ch.Step
			}
			t.States = append(t.States, [2]any{ch.Step, stateName(ch.State)})
		}
		res.Threads = append(res.Threads, t)
	}
	if d := m.Deadlock(); len(d) > 0 {
		res.Deadlock = &trace.DeadlockReport{Threads: d}
	}
	return res
}

// stateName maps VM states to the trace's names ("new" shows as runnable).
func stateName(s vm.ThreadState) string {
	if s == vm.StateNew {
		return "runnable"
	}
	return s.String()
}

// CompileErrorResult is the trace of a program that did not compile.
func CompileErrorResult(ce *trace.CompileError) *trace.Result {
	return &trace.Result{
		Version:  trace.Version,
		Status:   "error",
		ExitCode: 1,
		Stderr:   ce.Text,
		Threads:  []trace.Thread{},
		Events:   []trace.Event{},
		Error:    ce,
		Message:  fmt.Sprintf("%s at line %d: %s", ce.Type, ce.Line, ce.Message),
	}
}

// Snapshot converts the machine's current state into the trace form.
func Snapshot(m *vm.Machine) *trace.Snapshot {
	s := m.Snapshot()
	out := &trace.Snapshot{Step: m.StepNumber(), Time: float64(m.Now()) / 1e9}
	for _, t := range s.Threads {
		out.Threads = append(out.Threads, trace.ThreadState{ID: t.ID, Label: t.Label, Name: t.Name, State: stateName(t.State), Line: t.Line, WaitsFor: t.WaitsFor, Next: t.Next})
	}
	for _, v := range s.Variables {
		out.Variables = append(out.Variables, trace.Variable{Name: v[0], Value: v[1]})
	}
	for _, p := range s.Primitives {
		out.Primitives = append(out.Primitives, trace.PrimitiveState{Name: p.Name, Type: p.Info.Type, Owner: p.Info.Owner, Count: p.Info.Count,
			Waiters: p.Info.Waiters, Value: p.Info.Value, Flag: p.Info.Flag, Parties: p.Info.Parties, Waiting: p.Info.Waiting, Text: p.Info.Text})
	}
	if out.Threads == nil {
		out.Threads = []trace.ThreadState{}
	}
	if out.Variables == nil {
		out.Variables = []trace.Variable{}
	}
	if out.Primitives == nil {
		out.Primitives = []trace.PrimitiveState{}
	}
	return out
}

// Step replays choices (thread ids, one per step) and pauses: the manual
// stepping of the page. The result carries the trace so far, the snapshot,
// and every unfinished thread with its next action.
func Step(prog *vm.Program, choices []int, maxSteps int) (*trace.Result, error) {
	m := vm.NewMachine(prog, vm.Options{MaxSteps: maxSteps, Trace: true})
	m.Start()
	rec := sched.NewRecorder(nil)
	last := 0
	for i, t := range choices {
		en := m.Enabled()
		if !contains(en, t) {
			return nil, fmt.Errorf("step %d: thread %s cannot run now", i+1, sched.Label(t))
		}
		rec.Record(en, last, t)
		m.Step(t)
		last = t
	}
	en := m.Enabled()
	res := Result(m, prog)
	res.Schedule = rec.Schedule()
	res.Policy = "manual"
	res.Choices = append([]int{}, choices...)
	res.Paused = !m.Done()
	res.Snapshot = Snapshot(m)
	for _, th := range m.Threads() {
		if th.Done() {
			continue
		}
		ns := trace.NextStep{Thread: th.ID, Label: th.Label(), Name: th.Name, Next: th.NextAction(), Line: th.CurrentLine(), Enabled: contains(en, th.ID)}
		if !ns.Enabled {
			ns.Reason = strings.TrimSpace(waitText(m, th))
		}
		res.Runnable = append(res.Runnable, ns)
	}
	return res, nil
}

func waitText(m *vm.Machine, th *vm.Thread) string {
	for _, t := range m.Snapshot().Threads {
		if t.ID == th.ID {
			if t.WaitsFor != "" {
				return "waits for " + t.WaitsFor
			}
			return t.State.String()
		}
	}
	return ""
}

func contains(s []int, x int) bool {
	for _, v := range s {
		if v == x {
			return true
		}
	}
	return false
}

// SnapshotAt replays a schedule up to step n (or the end) and returns the
// state there.
func SnapshotAt(prog *vm.Program, schedule string, n int) (*trace.Snapshot, error) {
	r, err := sched.Decode(schedule)
	if err != nil {
		return nil, err
	}
	m := vm.NewMachine(prog, vm.Options{Trace: true})
	m.Start()
	last := 0
	for m.StepNumber() < n {
		en := m.Enabled()
		if len(en) == 0 {
			break
		}
		t := r.Choose(en, last)
		if err := r.Err(); err != nil {
			return nil, err
		}
		m.Step(t)
		last = t
	}
	return Snapshot(m), nil
}
