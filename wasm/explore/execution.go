package explore

// Access is one touch of shared state by a step.
//
// Two accesses conflict when they touch the same object, their keys overlap,
// and at least one writes. Keys overlap when they are equal or when either is
// "", which stands for the whole object: an operation on a whole container
// (len, clear, iteration, repr) uses Key "" and so conflicts with every key of
// that object, and a write of a single item conflicts with it.
type Access struct {
	// Obj identifies the object: the module globals, a list, a dict, an
	// instance, a lock, a thread object, the output streams... Equal ids
	// mean the same object; ids must be stable across runs of the program
	// (assigned deterministically, e.g. in allocation order).
	Obj uint64
	// Key is the part of the object touched: a global or attribute name
	// ("balance"), an index or key ("3"), or "" for the whole object (and
	// for primitives, which have no parts).
	Key string
	// Write is true when the access may change the state. Writes conflict
	// with every overlapping access; reads only with overlapping writes.
	// Operations on synchronization primitives (acquire, release, wait,
	// notify, set, clear, put, get, ...) are writes of (primitive, "").
	Write bool
	// Sync optionally marks ownership operations (see [Sync]). The zero
	// value, Plain, is always correct; the marks only spare explore runs
	// that would try impossible orders.
	Sync Sync
}

// Sync is the ownership role of an access. Some primitives are owned by one
// thread at a time: a Lock or RLock by the thread holding it, a thread's own
// object by the running thread until it exits. Marking their operations lets
// explore know without trying that a step waiting for ownership cannot be
// moved before the step that gave it up.
//
// Mark only what matches these definitions exactly; when unsure, use Plain.
type Sync uint8

const (
	// Plain is an ordinary access (and any primitive operation that is not
	// marked: semaphores, events, queues, barriers, conditions' notify).
	Plain Sync = iota
	// Acquire marks a step that could only happen because no other thread
	// owned Obj: the acquire of a Lock or RLock that takes it (not a
	// nested acquire by the owner), the re-acquire ending Condition.wait,
	// a join of a thread (Obj = the thread's object), which waits until the
	// thread has exited. While another thread owns Obj, such a step blocks.
	Acquire
	// Release marks a step that ends its thread's ownership of Obj: the
	// release of a Lock or RLock that frees it (not a nested release), the
	// release inside Condition.wait, and a thread's exit (its last step,
	// which writes its own object). A thread owns a Lock from its Acquire
	// to its Release, and its own object from its start to its exit.
	Release
)

// Conflicts reports whether a and b conflict: same object, overlapping keys
// (equal, or either is ""), and at least one of them writes.
func (a Access) Conflicts(b Access) bool {
	return a.Obj == b.Obj && (a.Write || b.Write) && (a.Key == b.Key || a.Key == "" || b.Key == "")
}

// Step describes what one step did; [Execution.Step] returns it. Its slices
// need only stay valid until the next call of the Execution's methods:
// explore copies what it keeps.
type Step struct {
	// Thread is the thread that took the step.
	Thread int
	// Accesses lists the shared state the step touched. A step with no
	// accesses commutes with every step of other threads.
	Accesses []Access
	// Spawned lists the threads this step started. A started thread's first
	// step comes after the step that started it. Because thread ids are
	// given in creation order, explore treats every two steps that start
	// threads as dependent (their order decides the ids).
	Spawned []int
}

// Outcome is how a run ended.
type Outcome struct {
	// Status is "ok", "error" (an uncaught exception in the main thread,
	// or a compile error), "deadlock", "step-limit" or "livelock".
	Status string `json:"status"`
	// Stdout and Stderr are everything the run printed.
	Stdout string `json:"stdout"`
	Stderr string `json:"stderr"`
}

// Status values of [Outcome].
const (
	StatusOK        = "ok"
	StatusError     = "error"
	StatusDeadlock  = "deadlock"
	StatusStepLimit = "step-limit"
	StatusLivelock  = "livelock"
)

// Execution is one run of a program, driven step by step by explore. The VM
// implements it. Runs must be deterministic: the same sequence of Step calls
// on a fresh Execution must produce the same Steps and the same Outcome.
//
// Conventions explore relies on:
//   - A step is one visible action: its accesses are decided by the
//     thread's own state before the step (what it read earlier), so a
//     thread's next step touches the same state whatever independent steps
//     other threads take first.
//   - Whole-container operations use Key "" (see [Access]).
//   - Primitive operations (acquire, release, wait, notify, set, put,
//     get, ...) are Write accesses of (primitive, "").
//   - A blocked thread is absent from Enabled. It becomes enabled only
//     through a step of another thread that accessed the primitive it waits
//     for (a release, a set, a notify, a thread's exit), or through virtual
//     time, which the VM handles itself (a sleeper or a timed-out waiter
//     simply becomes enabled once no thread can run).
//   - Thread start: the started thread's first step comes after the
//     starting step, which lists it in Step.Spawned.
//   - Join: the joining step accesses the joined thread's object
//     (Obj = that thread's object, Key ""), and the exiting thread's last
//     step writes it. Marking the join [Acquire] and the exit [Release]
//     (and a Lock's taking acquire and freeing release likewise) is
//     optional and saves runs.
type Execution interface {
	// Enabled returns the ids of the threads that can take a step now, in
	// ascending order. Empty means the run has ended. Explore does not
	// keep or modify the slice beyond the next call.
	Enabled() []int
	// Step performs one step of thread, which is enabled, and describes it.
	Step(thread int) Step
	// Pending describes the step thread would take next: for an enabled
	// thread the accesses of its next step, for a blocked thread the
	// accesses of the operation it is blocked in (the acquire it waits to
	// complete: a Write of the lock). ok is false when the thread has
	// finished or does not exist. Explore calls it for threads still
	// blocked when a run ends, so that a deadlock's waiting operations can
	// be reordered too. Like Step's, the slice need only stay valid until
	// the next call.
	Pending(thread int) (accesses []Access, ok bool)
	// Outcome reports how the run ended, once Enabled is empty. Explore
	// also calls it when it stops a run at its step budget; it then wants
	// the output so far and replaces Status with "step-limit".
	Outcome() Outcome
}

// Program starts a fresh execution of the program from the beginning.
type Program func() Execution
