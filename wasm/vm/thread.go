package vm

import (
	"fmt"
	"strings"

	"lockstep/wasm/compile"
)

// ThreadState is what a thread is doing, as the timeline shows it.
type ThreadState uint8

// Thread states.
const (
	StateNew      ThreadState = iota // created by start(), has not run yet
	StateRunnable                    // paused before a visible action it can perform
	StateBlocked                     // waits for a lock or a semaphore
	StateWaiting                     // waits for a condition, event, join, barrier or queue
	StateSleeping                    // waits for the virtual clock
	StateDone                        // finished
)

var stateNames = [...]string{"new", "runnable", "blocked", "waiting", "sleeping", "done"}

func (s ThreadState) String() string { return stateNames[s] }

// Block is returned (as an error) by a primitive native function that cannot
// complete now. The thread stays before the call and runs it again once Ready
// reports true or the deadline passes; the function then finds its progress
// in OpState and whether it timed out in TimedOut.
type Block struct {
	State ThreadState // StateBlocked, StateWaiting or StateSleeping
	On    Value       // the primitive waited for (for snapshots), may be nil
	Key   string      // the part of On the wait is about (exploration), usually ""
	What  string      // what is waited for, in words: "lock", "event done"
	Ready func() bool
	// Gate, when set, is the primitive's gate that Ready tests: the wait
	// ends when the gate opens, and the machine asks the gate instead of
	// Ready after each step (see Gate).
	Gate *Gate
	// Deadline is the virtual time (ns) at which the wait times out, when
	// HasDeadline is set.
	Deadline    int64
	HasDeadline bool
	// Holder returns the id of the thread that holds what is waited for, or
	// -1; used by deadlock reports and the state panel. May be nil.
	Holder func() int
}

func (b *Block) Error() string { return "blocked on " + b.What }

// Thread is one simulated thread.
type Thread struct {
	hdr  Header // the thread's identity, for join dependencies
	m    *Machine
	ID   int    // 0 for the main thread, then in creation order
	Name string // threading's name
	// Daemon threads do not keep the program alive.
	Daemon bool
	// Object is the Python-level threading.Thread object, or nil.
	Object Value

	frames   []*Frame
	handling []*Exception // exceptions being handled (innermost last)

	state    ThreadState
	started  bool // has taken its first step
	entry    Value
	entryArg []Value

	stepUsed bool // a visible action has been performed in this step
	nested   int  // depth of Go→Python calls in progress (no pausing inside)

	block    *Block // the wait the thread is paused in, or nil
	probing  bool
	opState  any
	timedOut bool
	paused   bool  // paused before a visible action (pc re-executes it)
	resumed  bool  // this step continues a call that had to wait
	probedAt int   // Machine.primChanges when the thread was last probed
	gate     *Gate // the gate the thread waits on (its state follows it), or nil
	label    string
	noPython bool // formatting only: calling Python code is refused

	// Exception is the exception that ended the thread, or nil.
	Exception *Exception
	// pendingErr is an error raised while setting up the thread's first
	// call, delivered when it runs.
	pendingErr error
}

// Machine returns the machine the thread belongs to.
func (th *Thread) Machine() *Machine {
	if th == nil {
		return nil
	}
	return th.m
}

// State returns the thread's state.
func (th *Thread) State() ThreadState {
	if g := th.gate; g != nil {
		if g.open {
			return StateRunnable
		}
		return th.block.State
	}
	return th.state
}

// Label returns the thread's short label: Main, T1, T2, ...
func (th *Thread) Label() string {
	if th.label == "" {
		if th.ID == 0 {
			th.label = "Main"
		} else {
			th.label = fmt.Sprintf("T%d", th.ID)
		}
	}
	return th.label
}

// Probing reports whether a primitive is being asked whether it would block,
// without acting. A primitive must check it after deciding that it can
// proceed and before any side effect, and then return (nil, nil).
func (th *Thread) Probing() bool { return th.probing }

// OpState returns the progress a multi-phase primitive stored with
// SetOpState during an earlier execution of the same call.
func (th *Thread) OpState() any { return th.opState }

// SetOpState stores progress of a multi-phase primitive (e.g. a condition
// wait that has released its lock). It is cleared when the call completes.
func (th *Thread) SetOpState(s any) { th.opState = s }

// TimedOut reports whether the thread is running again because the deadline
// of its wait passed (rather than because the wait became ready).
func (th *Thread) TimedOut() bool { return th.timedOut }

// Waiting returns the wait the thread is in, or nil when it can run.
func (th *Thread) Waiting() *Block {
	if st := th.State(); st == StateRunnable || st == StateDone || st == StateNew {
		return nil
	}
	return th.block
}

// Resumed reports whether the current step continues a call that had to
// wait (the thread was blocked, waiting or sleeping before it).
func (th *Thread) Resumed() bool { return th.resumed }

// Step returns the number of the current step.
func (th *Thread) Step() int { return th.m.stepNo }

// CallTarget names the object a primitive method is called on, as the
// program wrote it: "lock" for lock.acquire() or `with lock:`, "self.lock"
// for self.lock.release(). It falls back to the name the object was stored
// under, then to fallback.
func (th *Thread) CallTarget(obj Value, fallback string) string {
	if n := th.m.NameOf(obj); n != "" {
		return n
	}
	if fr := th.userFrame(); fr != nil && fr.lastPC < len(fr.code.Instrs) {
		text := th.m.spanText(fr)
		switch fr.code.Instrs[fr.lastPC].Op {
		case compile.BEFORE_WITH:
			if text != "" {
				return text
			}
		case compile.CALL_METHOD, compile.CALL_METHOD_KW:
			if i := strings.Index(text, "("); i > 0 {
				text = text[:i]
			}
			if i := strings.LastIndex(text, "."); i > 0 {
				return text[:i]
			}
		}
	}
	return fallback
}

// Now returns the virtual clock in nanoseconds.
func (th *Thread) Now() int64 { return th.m.clock }

// IsAlive reports whether the thread has started and not finished.
func (th *Thread) IsAlive() bool { return th.state != StateDone }

// Done reports whether the thread has finished.
func (th *Thread) Done() bool { return th.state == StateDone }

// frame returns the innermost frame.
func (th *Thread) frame() *Frame {
	if len(th.frames) == 0 {
		return nil
	}
	return th.frames[len(th.frames)-1]
}

// CurrentLine returns the line the thread is at (its innermost visible
// frame), or 0.
func (th *Thread) CurrentLine() int {
	for i := len(th.frames) - 1; i >= 0; i-- {
		fr := th.frames[i]
		if fr.code.Internal {
			continue
		}
		if fr.lastPC < len(fr.code.Spans) && th.paused && i == len(th.frames)-1 {
			return int(fr.code.Spans[fr.pc].Line)
		}
		return fr.Line()
	}
	return 0
}
