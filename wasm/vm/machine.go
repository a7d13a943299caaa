package vm

import (
	"fmt"
	"math/bits"
	"strings"
	"sync"

	"lockstep/wasm/compile"
)

// Program is a compiled module, ready to run any number of times.
type Program struct {
	Code     *compile.Code
	Filename string
	Lines    []string
}

// NewProgram prepares a compiled module for running.
func NewProgram(code *compile.Code, filename string, lines []string) *Program {
	PrepareCode(code)
	return &Program{Code: code, Filename: filename, Lines: lines}
}

// Options configure a run.
type Options struct {
	// Seed seeds the random module (and is reported in the trace).
	Seed uint64
	// MaxSteps bounds the number of steps (0: DefaultMaxSteps).
	MaxSteps int
	// Trace records events for the trace (the page, `lockstep trace`).
	Trace bool
	// Accesses records each step's accesses to shared state (exploration).
	Accesses bool
	// Frames, when set, is the frame pool the machine shares with others
	// run one after another (see FramePool).
	Frames *FramePool
}

// DefaultMaxSteps is the default step budget.
const DefaultMaxSteps = 10_000_000

// Status is how a run ended.
type Status string

// Run statuses.
const (
	StatusRunning   Status = ""
	StatusOK        Status = "ok"
	StatusError     Status = "error"
	StatusDeadlock  Status = "deadlock"
	StatusStepLimit Status = "step-limit"
	StatusLivelock  Status = "livelock"
)

// Event is one entry of the trace (see docs/trace.md).
type Event struct {
	Step   int     `json:"step"`
	Thread int     `json:"thread"`
	Kind   string  `json:"kind"`
	Target string  `json:"target,omitempty"`
	Value  string  `json:"value,omitempty"`
	Line   int     `json:"line,omitempty"`
	Col    int     `json:"col,omitempty"`
	Time   float64 `json:"time"`
	Cause  int     `json:"cause,omitempty"`
	Text   string  `json:"text"`
	Write  bool    `json:"write,omitempty"`
}

// StateChange records that a thread entered a state at a step.
type StateChange struct {
	Step  int
	State ThreadState
}

// Machine is one run of a program: its threads, modules, output and the
// objects' identities. Everything about a run is deterministic given the
// program and the sequence of scheduling choices.
type Machine struct {
	prog     *Program
	opts     Options
	lines    []string
	nextID   uint64
	builtins *Dict
	modules  map[string]*Module
	main     *Module
	mainDict *Dict

	threads    []*Thread
	alive      int  // started and not finished
	preemptive bool // more than one thread alive: visible actions end steps
	running    *Thread

	stdout, stderr strings.Builder

	clock    int64 // virtual time, ns
	stepNo   int
	maxSteps int
	ticks    int64
	maxTicks int64
	// overBudget is set when the step budget ran out in the middle of a step.
	overBudget bool
	// decisions counts the scheduling decisions, which the step budget
	// bounds.
	decisions int
	// primChanges counts changes of primitives (and thread lifetimes), so
	// that threads paused before a primitive are probed again only when
	// something changed.
	primChanges int
	// probedChanges is primChanges when the probe set was last probed.
	probedChanges int
	// readiness, kept incrementally (ready.go): bit sets of thread ids, the
	// gates to ask after the step, and Enabled's answer while it holds
	enabled, probeSet, polled, visit bitset
	gates                            []*Gate
	enabledList                      []int // Enabled's answer
	enabledValid                     bool  // enabledList is up to date
	lists                            listCache
	// truncated is set when the trace stopped recording events (MaxEvents).
	truncated bool
	// the livelock watchdog: writes of shared data so far, and the step of
	// the last one
	writes, writesSeen int
	lastProgress       int
	// depthSlack raises the recursion limit while a traceback is printed.
	depthSlack int

	status   Status
	exitCode int
	message  string
	deadlock []DeadlockEntry

	// tracing
	tracing      bool
	events       []Event
	pendingValue int
	stateLog     [][]StateChange

	// exploration
	recording bool
	accesses  []Access
	spawned   []int

	names map[Value]string // primitives and objects -> the name the program used (nil until the first)
	// the last names entry looked up: steps on one contended primitive ask
	// for its name again and again (entries never change once set)
	lastNamed     Value
	lastNamedName string

	// excepthook, when set (by the threading runtime), reports an
	// exception that ended a thread other than the main one; it returns
	// true when it handled the report.
	excepthook    func(th *Thread, exc *Exception) bool
	mainException *Exception
	// reprThread formats values for the trace: it belongs to the machine
	// (so object addresses are the run's own) but runs no Python code.
	reprThread *Thread
	// sysModules is sys.modules once sys is imported.
	sysModules *Dict
	// drainFn is the machine's instance of the drain helper (drain.go).
	drainFn *Function
	// frames keeps frames for reuse (see FramePool).
	frames *FramePool
}

// SetExceptHook installs the reporter of uncaught exceptions in threads.
func (m *Machine) SetExceptHook(hook func(th *Thread, exc *Exception) bool) { m.excepthook = hook }

// NewMachine prepares a run of prog. Call Start, then Step threads chosen
// among Enabled until Done.
func NewMachine(prog *Program, opts Options) *Machine {
	if opts.MaxSteps <= 0 {
		opts.MaxSteps = DefaultMaxSteps
	}
	m := &Machine{
		prog:         prog,
		opts:         opts,
		lines:        prog.Lines,
		modules:      map[string]*Module{},
		maxSteps:     opts.MaxSteps,
		tracing:      opts.Trace,
		recording:    opts.Accesses,
		pendingValue: -1,
	}
	m.maxTicks = int64(opts.MaxSteps) * 2
	if m.maxTicks < 20_000_000 {
		m.maxTicks = 20_000_000
	}
	m.reprThread = &Thread{m: m, ID: -1, Name: "<repr>", noPython: true, state: StateDone}
	m.builtins = sharedBuiltins()
	m.main = NewModule("__main__")
	m.mainDict = m.main.Dict
	m.mainDict.SetStr("__file__", Str(prog.Filename))
	m.mainDict.SetStr("__builtins__", builtinsModule(m))
	m.modules["__main__"] = m.main
	return m
}

var (
	builtinsOnce sync.Once
	builtinsDict *Dict
)

// sharedBuiltins returns the builtins namespace, built once and shared by
// every machine: programs read it, and Lockstep offers no way to change it
// (the builtins module is not importable).
func sharedBuiltins() *Dict {
	builtinsOnce.Do(func() {
		builtinsDict = NewDictSize(len(builtinNames) + 8)
		builtinsDict.id = globalID()
		for _, name := range BuiltinNames() {
			builtinsDict.SetStr(name, builtinNames[name])
		}
	})
	return builtinsDict
}

func builtinsModule(m *Machine) *Module {
	mod := &Module{Name: "builtins", Dict: m.builtins}
	return mod
}

// Seed returns the run's seed.
func (m *Machine) Seed() uint64 { return m.opts.Seed }

// Stdout returns what the program printed so far.
func (m *Machine) Stdout() string { return m.stdout.String() }

// Stderr returns what the program wrote to standard error so far.
func (m *Machine) Stderr() string { return m.stderr.String() }

// WriteStdout appends to the program's standard output.
func (m *Machine) WriteStdout(s string) { m.stdout.WriteString(s) }

// WriteStderr appends to the program's standard error.
func (m *Machine) WriteStderr(s string) { m.stderr.WriteString(s) }

// Filename returns the program's file name.
func (m *Machine) Filename() string { return m.prog.Filename }

// Now returns the virtual clock in nanoseconds.
func (m *Machine) Now() int64 { return m.clock }

// StepNumber returns the number of the current (or last) step.
func (m *Machine) StepNumber() int { return m.stepNo }

// Threads returns every thread created so far, by id.
func (m *Machine) Threads() []*Thread { return m.threads }

// Thread returns the thread with the given id.
func (m *Machine) Thread(id int) *Thread { return m.threads[id] }

// Running returns the thread taking the current step.
func (m *Machine) Running() *Thread { return m.running }

// MainModule returns the program's __main__ module.
func (m *Machine) MainModule() *Module { return m.main }

// Status returns how the run ended, or StatusRunning.
func (m *Machine) Status() Status { return m.status }

// ExitCode returns the command line's exit status for the run.
func (m *Machine) ExitCode() int { return m.exitCode }

// Message returns a one-paragraph summary of how the run ended.
func (m *Machine) Message() string { return m.message }

// Deadlock returns the deadlock report, if the run deadlocked.
func (m *Machine) Deadlock() []DeadlockEntry { return m.deadlock }

// MaxEvents caps the events a trace keeps; later ones are dropped and the
// trace says it is truncated.
const MaxEvents = 200_000

// Truncated reports whether events were dropped (see MaxEvents).
func (m *Machine) Truncated() bool { return m.truncated }

// Events returns the trace events recorded so far.
func (m *Machine) Events() []Event { return m.events }

// StateLog returns, per thread, its state changes.
func (m *Machine) StateLog() [][]StateChange { return m.stateLog }

// Done reports whether the run has ended.
func (m *Machine) Done() bool { return m.status != StatusRunning }

// Start creates the main thread and runs it until it first pauses (when it
// has started another thread) or the program ends.
func (m *Machine) Start() {
	for _, w := range m.prog.Code.Warnings {
		// CPython prints compile-time warnings before the program runs.
		fmt.Fprintf(&m.stderr, "%s:%d: %s: %s\n", w.Filename, w.Line, w.Category, w.Msg)
		if w.Line > 0 && int(w.Line) <= len(m.lines) {
			m.stderr.WriteString("  " + strings.TrimSpace(m.lines[w.Line-1]) + "\n")
		}
	}
	fr := m.newFrame(m.prog.Code, m.mainDict)
	th := m.newThread("MainThread", false, nil)
	th.frames = append(th.frames, fr)
	fr.ret = retThread
	th.started = true
	m.stepNo = 1
	m.setState(th, StateRunnable)
	m.event(th, nil, "start", th.Name, nil)
	th.stepUsed = true
	m.runThread(th)
	m.afterStep(th)
}

func (m *Machine) newThread(name string, daemon bool, obj Value) *Thread {
	th := &Thread{m: m, ID: len(m.threads), Name: name, Daemon: daemon, Object: obj, state: StateNew}
	m.threads = append(m.threads, th)
	m.stateLog = append(m.stateLog, nil)
	m.probeSet.grow(th.ID)
	m.polled.grow(th.ID)
	m.visit.grow(th.ID)
	m.setEnabled(th, true)
	m.alive++
	m.preemptive = m.alive > 1
	return th
}

// StartThread creates a thread that will call entry(args...) when first
// scheduled. obj is the Python threading.Thread object, if any.
func (m *Machine) StartThread(entry Value, args []Value, name string, daemon bool, obj Value) *Thread {
	th := m.newThread(name, daemon, obj)
	th.entry = entry
	th.entryArg = args
	th.paused = true
	m.setState(th, StateRunnable)
	m.spawned = append(m.spawned, th.ID)
	return th
}

// Spawned returns the threads started during the last step.
func (m *Machine) Spawned() []int { return m.spawned }

// Accesses returns the accesses recorded during the last step.
func (m *Machine) Accesses() []Access { return m.accesses }

// Enabled returns the ids of the threads that can take a step, ascending.
// When none can but some wait with a timeout, the virtual clock jumps to the
// earliest deadline; when none can at all, the run ends in a deadlock. The
// slice is the machine's own: it stays valid until the next Step (callers
// that keep it must copy it) and must not be modified.
func (m *Machine) Enabled() []int {
	if m.Done() {
		return nil
	}
	for {
		if !m.enabledValid {
			m.enabledList = m.lists.get(m.enabled)
			m.enabledValid = true
		}
		if len(m.enabledList) > 0 {
			return m.enabledList
		}
		var earliest int64 = -1
		for _, th := range m.threads {
			if th.state == StateDone {
				continue
			}
			if th.block != nil && th.block.HasDeadline {
				if earliest < 0 || th.block.Deadline < earliest {
					earliest = th.block.Deadline
				}
			}
		}
		if earliest < 0 {
			m.reportDeadlock()
			return nil
		}
		if earliest > m.clock {
			m.clock = earliest
		} else {
			m.clock++ // cannot happen, but never loop forever
		}
		// the clock moved: waits whose deadline passed can end, and waits
		// on the clock itself may be ready
		for _, th := range m.threads {
			if th.state != StateDone && th.block != nil {
				if th.gate != nil && th.block.HasDeadline && m.clock >= th.block.Deadline {
					m.gateLeave(th)
					m.polled.set(th.ID)
				}
				if th.gate == nil {
					m.setEnabled(th, th.enabled())
				}
			}
		}
	}
}

// enabled reports whether th can take a step, asking its wait afresh.
func (th *Thread) enabled() bool {
	if th.state == StateDone {
		return false
	}
	if th.block == nil {
		return true
	}
	if th.block.Ready != nil && th.block.Ready() {
		return true
	}
	return th.block.HasDeadline && th.m.clock >= th.block.Deadline
}

// Step runs one step of thread id, which must be enabled.
func (m *Machine) Step(id int) {
	if m.Done() {
		return
	}
	th := m.threads[id]
	m.stepNo++
	m.decisions++
	if m.decisions > m.maxSteps {
		m.stepLimit()
		return
	}
	m.accesses = m.accesses[:0]
	m.spawned = m.spawned[:0]
	th.stepUsed = false
	th.resumed = th.block != nil || th.state != StateRunnable
	m.forget(th)
	th.timedOut = false
	if th.block != nil {
		th.timedOut = !(th.block.Ready != nil && th.block.Ready())
		if th.timedOut {
			m.event(th, th.frame(), "timeout", th.block.What, nil)
		}
		th.block = nil
	}
	th.paused = false
	if !th.started {
		th.started = true
		m.event(th, nil, "start", th.Name, nil)
		m.threadEntry(th)
		th.stepUsed = true // starting is the step's visible action
	}
	m.setState(th, StateRunnable)
	m.runThread(th)
	m.afterStep(th)
	m.watchdog()
}

// LivelockWindow is how many steps several threads may run without any of
// them changing shared data before the run is ended as a livelock.
const LivelockWindow = 200_000

// watchdog ends the run when threads keep taking steps but none changes
// shared data (busy-waiting for something that never happens, or threads
// politely giving way to each other forever).
func (m *Machine) watchdog() {
	if m.writes != m.writesSeen || !m.preemptive {
		m.writesSeen = m.writes
		m.lastProgress = m.stepNo
		return
	}
	if m.Done() || m.stepNo-m.lastProgress < LivelockWindow {
		return
	}
	var b strings.Builder
	fmt.Fprintf(&b, "lockstep: livelock: for %d steps the threads kept running but none changed any shared data; they make no progress.\n", LivelockWindow)
	for _, t := range m.threads {
		if t.state != StateDone {
			fmt.Fprintf(&b, "  %s (%s) at %s:%d\n", t.Label(), t.Name, m.prog.Filename, t.CurrentLine())
		}
	}
	m.stderr.WriteString(b.String())
	m.finish(StatusLivelock, 4, strings.TrimSuffix(b.String(), "\n"))
}

// threadEntry sets up a new thread's bottom frame and the call of its entry.
func (m *Machine) threadEntry(th *Thread) {
	root := &Frame{code: threadRootCode, stack: make([]Value, 2), globals: m.mainDict, ret: retThread}
	th.frames = append(th.frames, root)
	err := th.invoke(root, th.entry, th.entryArg, nil, 0)
	if err != nil {
		th.pendingErr = err
	}
	th.entry, th.entryArg = nil, nil
}

// threadRootCode is the bottom frame of every thread but the main one: it
// returns whatever the entry call left on its stack.
var threadRootCode = &compile.Code{Name: "<thread>", Internal: true, Instrs: []compile.Instr{{Op: compile.RETURN_VALUE}}, Spans: []compile.Span{{}}}

// runThread runs th until it pauses, blocks or ends.
func (m *Machine) runThread(th *Thread) {
	m.running = th
	err := th.pendingErr
	th.pendingErr = nil
	if err == nil {
		err = m.safeRun(th)
	} else if exc, ok := err.(*Exception); ok {
		// an exception raised while setting up the call: unwind normally
		if _, handled := th.unwind(exc, 0); handled {
			err = m.safeRun(th)
		}
	}
	if m.overBudget {
		m.stepLimit()
		return
	}
	switch err {
	case errPause:
		return
	case errThreadEnd, nil:
		m.threadEnded(th, nil)
	case errBudget:
		m.stepLimit()
	default:
		exc, ok := err.(*Exception)
		if !ok {
			exc = internalError(err)
		}
		m.threadEnded(th, exc)
	}
}

// safeRun runs the thread, turning a Go panic into an internal error.
func (m *Machine) safeRun(th *Thread) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = panicError(r)
			th.frames = th.frames[:0]
		}
	}()
	_, err = th.run(0)
	return err
}

// threadEnded finishes a thread, reporting an uncaught exception.
func (m *Machine) threadEnded(th *Thread, exc *Exception) {
	th.frames = nil
	th.handling = nil
	th.block = nil
	th.paused = false
	th.Exception = exc
	if exc != nil {
		m.reportUncaught(th, exc)
	}
	m.event(th, nil, "exit", th.Name, nil)
	if m.recording && m.preemptive {
		m.accesses = append(m.accesses, Access{Obj: m.threadObjID(th), Key: lifetimeKey, Write: true, Sync: Release})
	}
	m.setState(th, StateDone)
	m.forget(th)
	m.setEnabled(th, false)
	m.alive--
	m.preemptive = m.alive > 1
	m.primChanges++
}

// reportUncaught prints an exception that ended a thread.
func (m *Machine) reportUncaught(th *Thread, exc *Exception) {
	if exc.Class.IsSubtype(SystemExitType) {
		if th.ID == 0 {
			code, text := exitCodeOf(exc)
			m.exitCode = code
			if text != "" {
				m.stderr.WriteString(text + "\n")
			}
		}
		return
	}
	if th.ID != 0 {
		if hook := m.excepthook; hook != nil {
			if hook(th, exc) {
				return
			}
		}
		m.stderr.WriteString("Exception in thread " + th.Name + ":\n")
		m.stderr.WriteString(m.FormatException(th, exc))
		return
	}
	m.stderr.WriteString(m.FormatException(th, exc))
	m.exitCode = 1
	m.mainException = exc
}

func exitCodeOf(exc *Exception) (int, string) {
	switch v := exc.Value.(type) {
	case nil, NoneType:
		return 0, ""
	case Int:
		return int(v), ""
	case Bool:
		if v {
			return 1, ""
		}
		return 0, ""
	}
	s, _ := ToStr(nil, exc.Value)
	return 1, s
}

// afterStep updates the threads' states after th's step and decides whether
// the program has ended. Only the threads whose readiness may have changed
// are looked at (see ready.go): th, the threads paused before an action when
// a primitive changed, the threads in waits without a gate, and the waiters
// of a gate that opened or closed (their state is logged only when tracing;
// their place in the enabled set changes with the gate).
func (m *Machine) afterStep(th *Thread) {
	m.running = nil
	if m.Done() {
		return
	}
	v := m.visit
	for i := range v {
		v[i] = 0
	}
	m.runGates()
	if th.state != StateDone {
		v.set(th.ID)
	}
	if m.probedChanges != m.primChanges {
		m.probedChanges = m.primChanges
		v.or(m.probeSet)
	}
	v.or(m.polled)
	for i, w := range v {
		for w != 0 {
			t := m.threads[i<<6+bits.TrailingZeros64(w)]
			w &= w - 1
			if t.state == StateDone || !t.started {
				continue
			}
			// A thread paused before a primitive that could proceed is asked
			// again only when some primitive changed since (a wait, once
			// known, keeps its own readiness test).
			if t.paused && t.block == nil && (t.probedAt != m.primChanges || t == th) {
				t.block = t.probe()
				t.probedAt = m.primChanges
			}
			st := m.settle(t)
			if st != t.state {
				prev := t.state
				m.setState(t, st)
				if m.tracing {
					if st != StateRunnable {
						m.blockEvent(t)
					} else if prev != StateNew && t != th {
						m.wakeEvent(t, th)
					}
				}
			}
		}
	}
	if VerifyReadiness {
		m.verifyReadiness()
	}
	m.checkEnd()
}

// checkEnd ends the run when the main thread and every non-daemon thread
// have finished.
func (m *Machine) checkEnd() {
	for _, t := range m.threads {
		if t.state != StateDone && (t.ID == 0 || !t.Daemon) {
			return
		}
	}
	if m.mainException != nil {
		m.finish(StatusError, m.exitCode, "The main thread raised "+m.mainException.Class.Name+".")
		return
	}
	if m.exitCode != 0 {
		m.finish(StatusError, m.exitCode, fmt.Sprintf("The program exited with status %d.", m.exitCode))
		return
	}
	m.finish(StatusOK, 0, "The program finished.")
}

func (m *Machine) finish(st Status, code int, msg string) {
	m.status = st
	m.exitCode = code
	m.message = msg
}

func (m *Machine) stepLimit() {
	msg := fmt.Sprintf("lockstep: the program was stopped after %d steps (the step budget); it may loop forever.", m.maxSteps)
	if m.ticks > m.maxTicks {
		msg = "lockstep: the program was stopped: it ran too long without finishing (the step budget); it may loop forever."
	}
	m.stderr.WriteString(msg + "\n")
	m.finish(StatusStepLimit, 4, msg)
}

// probe asks a thread paused before a primitive call whether the call would
// block now; it returns the wait, or nil when the thread can proceed.
func (th *Thread) probe() *Block {
	fr := th.frame()
	if fr == nil || fr.pc >= len(fr.code.Instrs) {
		return nil
	}
	in := fr.code.Instrs[fr.pc]
	var fn Value
	var args []Value
	var kwnames []string
	switch in.Op {
	case compile.CALL, compile.CALL_KW, compile.CALL_METHOD, compile.CALL_METHOD_KW, compile.CALL_EX:
		var err error
		saved := fr.lastPC
		fn, args, kwnames, _, err = th.decodeCall(fr, in)
		fr.lastPC = saved
		if err != nil {
			return nil
		}
	case compile.BEFORE_WITH:
		if fr.withCall {
			fn = fr.stack[fr.sp-1]
		} else {
			mgr := fr.top()
			enter, ok := mgr.Type().Lookup("__enter__")
			if !ok {
				return nil
			}
			fn = enter
			args = []Value{mgr}
		}
	default:
		return nil
	}
	b, ok := fn.(*Builtin)
	if !ok || b.Effect != Primitive {
		return nil
	}
	if b.Self != nil {
		args = prepend(b.Self, args)
	}
	// the call being probed is the instruction at pc (names in events and
	// reports come from its source text)
	saved := fr.lastPC
	fr.lastPC = fr.pc
	th.probing = true
	_, err := b.Fn(th, args, kwnames)
	th.probing = false
	fr.lastPC = saved
	if blk, ok := err.(*Block); ok {
		return blk
	}
	return nil
}

func (m *Machine) setState(th *Thread, st ThreadState) {
	th.state = st
	if !m.tracing {
		return
	}
	log := m.stateLog[th.ID]
	if n := len(log); n > 0 && log[n-1].Step == m.stepNo {
		log[n-1].State = st
		if n > 1 && log[n-2].State == st {
			log = log[:n-1]
		}
		m.stateLog[th.ID] = log
		return
	}
	if n := len(log); n > 0 && log[n-1].State == st {
		return
	}
	m.stateLog[th.ID] = append(log, StateChange{Step: m.stepNo, State: st})
}

// event appends a trace event for th at the current instruction of fr.
func (m *Machine) event(th *Thread, fr *Frame, kind, target string, v Value) {
	if !m.tracing {
		return
	}
	ev := Event{Step: m.stepNo, Thread: th.ID, Kind: kind, Target: target, Time: float64(m.clock) / 1e9}
	if fr == nil {
		fr = th.userFrame()
	}
	if fr != nil && fr.lastPC < len(fr.code.Spans) && !fr.code.Internal {
		sp := fr.code.Spans[fr.lastPC]
		ev.Line, ev.Col = int(sp.Line), int(sp.Col)
	}
	if kind == "write" || kind == "release" || kind == "set" || kind == "notify" {
		ev.Write = true
	}
	if len(m.events) >= MaxEvents {
		m.truncated = true
		m.pendingValue = -1
		return
	}
	if v != nil {
		ev.Value = m.shortRepr(v)
		m.pendingValue = -1
	} else if kind == "read" || kind == "write" {
		m.pendingValue = len(m.events)
	}
	ev.Text = describeEvent(&ev)
	m.events = append(m.events, ev)
}

// userFrame returns the innermost frame of the program's own code.
func (th *Thread) userFrame() *Frame {
	for i := len(th.frames) - 1; i >= 0; i-- {
		if !th.frames[i].code.Internal {
			return th.frames[i]
		}
	}
	return nil
}

// Event records a trace event for a primitive operation performed by th
// (used by the threading runtime). text is the event in words.
func (th *Thread) Event(kind, target, value, text string) int {
	return th.EventCause(kind, target, value, text, 0)
}

// EventCause records a trace event that was enabled by an earlier step
// (the release an acquire waited for, the notify a wait woke from).
func (th *Thread) EventCause(kind, target, value, text string, cause int) int {
	m := th.m
	if !m.tracing {
		return 0
	}
	ev := Event{Step: m.stepNo, Thread: th.ID, Kind: kind, Target: target, Value: value, Time: float64(m.clock) / 1e9, Text: text, Cause: cause}
	if fr := th.userFrame(); fr != nil && fr.lastPC < len(fr.code.Spans) {
		sp := fr.code.Spans[fr.lastPC]
		ev.Line, ev.Col = int(sp.Line), int(sp.Col)
	}
	switch kind {
	case "release", "set", "notify", "put", "write", "clear", "submit":
		ev.Write = true
	}
	if text == "" {
		ev.Text = describeEvent(&ev)
	}
	if len(m.events) >= MaxEvents {
		m.truncated = true
		return 0
	}
	m.events = append(m.events, ev)
	return len(m.events) - 1
}

func (m *Machine) blockEvent(t *Thread) {
	if len(m.events) >= MaxEvents {
		m.truncated = true
		return
	}
	b := t.block
	text := t.Label() + " waits for " + b.What
	if b.Holder != nil {
		if h := b.Holder(); h >= 0 {
			text += " (held by " + m.threads[h].Label() + ")"
		}
	}
	kind := "block"
	if b.State == StateSleeping {
		kind = "sleep"
	} else if b.State == StateWaiting {
		kind = "wait"
	}
	ev := Event{Step: m.stepNo, Thread: t.ID, Kind: kind, Target: b.What, Time: float64(m.clock) / 1e9, Text: text}
	if fr := t.userFrame(); fr != nil && fr.pc < len(fr.code.Spans) {
		sp := fr.code.Spans[fr.pc]
		ev.Line, ev.Col = int(sp.Line), int(sp.Col)
	}
	m.events = append(m.events, ev)
}

func (m *Machine) wakeEvent(t, by *Thread) {
	if len(m.events) >= MaxEvents {
		m.truncated = true
		return
	}
	ev := Event{Step: m.stepNo, Thread: t.ID, Kind: "wake", Target: "", Time: float64(m.clock) / 1e9, Cause: m.stepNo,
		Text: t.Label() + " can go on (after " + by.Label() + "'s step " + fmt.Sprint(m.stepNo) + ")"}
	if fr := t.userFrame(); fr != nil && fr.pc < len(fr.code.Spans) {
		sp := fr.code.Spans[fr.pc]
		ev.Line, ev.Col = int(sp.Line), int(sp.Col)
	}
	m.events = append(m.events, ev)
}

// recordAccess notes an access for exploration.
func (m *Machine) recordAccess(th *Thread, obj uint64, key string, write bool) {
	if !m.recording || !m.preemptive {
		return
	}
	m.accesses = append(m.accesses, Access{Obj: obj, Key: key, Write: write})
}

// RecordAccess notes an access to a primitive or object by the running
// step (used by the threading runtime).
func (m *Machine) RecordAccess(obj HasHeader, key string, write bool) {
	if write {
		m.primChanges++
		m.touchGate(obj)
	}
	if !m.recording || !m.preemptive {
		return
	}
	m.accesses = append(m.accesses, Access{Obj: obj.header().ObjectID(m), Key: key, Write: write})
}

// ThreadAccess notes an access to a thread's lifetime (join, is_alive).
func (m *Machine) ThreadAccess(t *Thread, write bool) {
	m.recordAccess(t, m.threadObjID(t), lifetimeKey, write)
}

// lifetimeKey is the key of a thread object that stands for the thread
// being alive: its start and exit write it, joins and is_alive read it.
const lifetimeKey = LifetimeKey

// LifetimeKey is the access key of a thread's lifetime (see JoinAccess).
const LifetimeKey = "<alive>"

// JoinAccess notes a successful join of t: it acquires t's lifetime, which
// t's exit released.
func (m *Machine) JoinAccess(t *Thread) {
	m.primChanges++
	if m.recording && m.preemptive {
		m.accesses = append(m.accesses, Access{Obj: m.threadObjID(t), Key: lifetimeKey, Write: true, Sync: Acquire})
	}
}

// SyncAccess notes an ownership operation on a lock: Acquire when the step
// took it, Release when it freed it.
func (m *Machine) SyncAccess(obj HasHeader, sync Sync) {
	m.primChanges++
	m.touchGate(obj)
	if m.recording && m.preemptive {
		m.accesses = append(m.accesses, Access{Obj: obj.header().ObjectID(m), Write: true, Sync: sync})
	}
}

// threadObjID is the identity standing for a thread's lifetime: its
// threading.Thread object when it has one (what join waits on), else the
// thread itself.
func (m *Machine) threadObjID(t *Thread) uint64 {
	if h, ok := t.Object.(HasHeader); ok {
		return h.header().ObjectID(m)
	}
	return t.hdr.ObjectID(m)
}

// PendingAccesses describes the accesses of the step thread id would take
// next: for a blocked thread, the primitive it waits for (a write). ok is
// false for a finished thread.
func (m *Machine) PendingAccesses(id int) ([]Access, bool) {
	if id < 0 || id >= len(m.threads) {
		return nil, false
	}
	t := m.threads[id]
	if t.state == StateDone {
		return nil, false
	}
	if b := t.block; b != nil && b.On != nil {
		if h, ok := b.On.(HasHeader); ok {
			return []Access{{Obj: h.header().ObjectID(m), Key: b.Key, Write: true}}, true
		}
	}
	fr := t.frame()
	if !t.started || fr == nil || fr.pc >= len(fr.code.Instrs) {
		return nil, true
	}
	in := fr.code.Instrs[fr.pc]
	obj := func(v Value, key string, write bool) ([]Access, bool) {
		if h, ok := v.(HasHeader); ok && isShared(v) || ok && isDescriber(v) {
			return []Access{{Obj: h.header().ObjectID(m), Key: key, Write: write}}, true
		}
		return nil, true
	}
	switch in.Op {
	case compile.LOAD_GLOBAL, compile.STORE_GLOBAL, compile.DELETE_GLOBAL:
		return []Access{{Obj: fr.globals.ObjectID(m), Key: fr.code.Names[in.Arg], Write: in.Op != compile.LOAD_GLOBAL}}, true
	case compile.LOAD_ATTR, compile.LOAD_METHOD, compile.DELETE_ATTR:
		return obj(fr.top(), fr.code.Names[in.Arg], in.Op == compile.DELETE_ATTR)
	case compile.STORE_ATTR:
		return obj(fr.top(), fr.code.Names[in.Arg], true)
	case compile.BINARY_SUBSCR, compile.DELETE_SUBSCR:
		return obj(fr.stack[fr.sp-2], itemKey(fr.top()), in.Op == compile.DELETE_SUBSCR)
	case compile.STORE_SUBSCR:
		return obj(fr.stack[fr.sp-2], itemKey(fr.top()), true)
	case compile.BEFORE_WITH:
		return obj(fr.top(), "", true)
	case compile.CALL, compile.CALL_KW, compile.CALL_METHOD, compile.CALL_METHOD_KW:
		saved := fr.lastPC
		fn, args, _, _, err := t.decodeCall(fr, in)
		fr.lastPC = saved
		if err != nil {
			return nil, true
		}
		if b, ok := fn.(*Builtin); ok {
			if b.Self != nil {
				return obj(b.Self, "", true)
			}
			if len(args) > 0 {
				return obj(args[0], "", true)
			}
		}
	}
	return nil, true
}

func isDescriber(v Value) bool {
	_, ok := v.(Describer)
	return ok
}

func (m *Machine) globalsID(d *Dict) uint64 { return d.ObjectID(m) }

// noteName remembers the first global name a primitive or object was stored
// under, for snapshots.
func (m *Machine) noteName(v Value, name string) {
	if _, ok := v.(Describer); !ok {
		return
	}
	if _, ok := m.names[v]; !ok {
		if m.names == nil {
			m.names = map[Value]string{}
		}
		m.names[v] = name
	}
}

// noteAttrName remembers `obj.attr` names of primitives stored in
// attributes.
func (m *Machine) noteAttrName(fr *Frame, v Value) {
	if _, ok := v.(Describer); !ok {
		return
	}
	if _, ok := m.names[v]; !ok {
		if s := m.spanText(fr); s != "" {
			if m.names == nil {
				m.names = map[Value]string{}
			}
			m.names[v] = s
		}
	}
}

// NameOf returns the name the program used for a primitive, or "".
func (m *Machine) NameOf(v Value) string {
	if v == m.lastNamed && v != nil {
		return m.lastNamedName
	}
	n := m.names[v]
	if n != "" {
		m.lastNamed, m.lastNamedName = v, n
	}
	return n
}

func (m *Machine) moduleFor(globals *Dict) *Module {
	if globals == m.mainDict {
		return m.main
	}
	for _, mod := range m.modules {
		if mod.Dict == globals {
			return mod
		}
	}
	return m.main
}

// DeadlockEntry describes one blocked thread in a deadlock report.
type DeadlockEntry struct {
	Thread   int    `json:"thread"`
	Label    string `json:"label"`
	Name     string `json:"name"`
	WaitsFor string `json:"waitsFor"`
	HeldBy   int    `json:"heldBy"`
	Line     int    `json:"line"`
	Text     string `json:"text"`
}

func (m *Machine) reportDeadlock() {
	var b strings.Builder
	b.WriteString("lockstep: deadlock: every thread is blocked and none can go on.\n")
	for _, t := range m.threads {
		if t.state == StateDone {
			continue
		}
		e := DeadlockEntry{Thread: t.ID, Label: t.Label(), Name: t.Name, HeldBy: -1, Line: t.CurrentLine()}
		if t.block != nil {
			e.WaitsFor = t.block.What
			if t.block.Holder != nil {
				e.HeldBy = t.block.Holder()
			}
		} else {
			e.WaitsFor = "nothing it can get"
		}
		e.Text = fmt.Sprintf("%s (%s) waits for %s at %s:%d", t.Label(), t.Name, e.WaitsFor, m.prog.Filename, e.Line)
		if e.HeldBy >= 0 {
			h := m.threads[e.HeldBy]
			e.Text += fmt.Sprintf(", held by %s (%s)", h.Label(), h.Name)
		}
		m.deadlock = append(m.deadlock, e)
		b.WriteString("  " + e.Text + "\n")
	}
	m.stderr.WriteString(b.String())
	m.finish(StatusDeadlock, 3, strings.TrimSuffix(b.String(), "\n"))
}

// Module returns the machine's instance of a module, or nil when the program
// has not imported it.
func (m *Machine) Module(name string) *Module { return m.modules[name] }
