// Package trace defines the JSON documents a run produces: the run result
// with its events and per-thread states, snapshots of the state at a step,
// and compile errors. docs/trace.md describes every field; the command line,
// the web worker and the page all read these types.
package trace

import "lockstep/wasm/vm"

// Version is the format version written in every Result.
const Version = 1

// Event is one trace event (see vm.Event).
type Event = vm.Event

// Result is a whole run.
type Result struct {
	Type      string          `json:"type,omitempty"` // "trace" in worker answers
	Version   int             `json:"version"`
	Status    string          `json:"status"`
	ExitCode  int             `json:"exitCode"`
	Stdout    string          `json:"stdout"`
	Stderr    string          `json:"stderr"`
	Seed      uint64          `json:"seed"`
	Policy    string          `json:"policy"`
	Schedule  string          `json:"schedule"`
	Steps     int             `json:"steps"`
	Time      float64         `json:"time"`
	Truncated bool            `json:"truncated"`
	Threads   []Thread        `json:"threads"`
	Events    []Event         `json:"events"`
	Error     *CompileError   `json:"error"`
	Deadlock  *DeadlockReport `json:"deadlock"`
	Message   string          `json:"message"`

	// Manual stepping (the worker's "step" request).
	Paused   bool       `json:"paused"`
	Runnable []NextStep `json:"runnable,omitempty"`
	Snapshot *Snapshot  `json:"snapshot,omitempty"`
	Choices  []int      `json:"choices,omitempty"`
}

// Thread describes one thread of a run.
type Thread struct {
	ID      int      `json:"id"`
	Label   string   `json:"label"`
	Name    string   `json:"name"`
	Daemon  bool     `json:"daemon"`
	Created int      `json:"created"`
	Ended   int      `json:"ended"` // 0 while alive
	States  [][2]any `json:"states"`
}

// CompileError is a syntax error or an unsupported construct found before
// the program runs.
type CompileError struct {
	Type    string `json:"type"`
	Message string `json:"message"`
	Line    int    `json:"line"`
	Col     int    `json:"col"`
	EndCol  int    `json:"endCol,omitempty"`
	Text    string `json:"text"` // CPython's display, ready to print
}

// DeadlockReport lists the blocked threads of a deadlocked run.
type DeadlockReport struct {
	Threads []vm.DeadlockEntry `json:"threads"`
}

// NextStep is a thread's next action, for stepping by hand.
type NextStep struct {
	Thread  int    `json:"thread"`
	Label   string `json:"label"`
	Name    string `json:"name"`
	Next    string `json:"next"`
	Line    int    `json:"line"`
	Enabled bool   `json:"enabled"`
	Reason  string `json:"reason,omitempty"`
}

// Snapshot is the state of a run at one step.
type Snapshot struct {
	Type       string           `json:"type,omitempty"`
	Step       int              `json:"step"`
	Time       float64          `json:"time"`
	Threads    []ThreadState    `json:"threads"`
	Variables  []Variable       `json:"variables"`
	Primitives []PrimitiveState `json:"primitives"`
}

// ThreadState is a thread in a snapshot.
type ThreadState struct {
	ID       int    `json:"id"`
	Label    string `json:"label"`
	Name     string `json:"name"`
	State    string `json:"state"`
	Line     int    `json:"line"`
	WaitsFor string `json:"waitsFor,omitempty"`
	Next     string `json:"next,omitempty"`
}

// Variable is a global of the main module.
type Variable struct {
	Name  string `json:"name"`
	Value string `json:"value"`
}

// PrimitiveState is a synchronization object in a snapshot.
type PrimitiveState struct {
	Name    string `json:"name"`
	Type    string `json:"type"`
	Owner   *int   `json:"owner"`
	Count   *int   `json:"count"`
	Waiters []int  `json:"waiters"`
	Value   *int   `json:"value"`
	Flag    *bool  `json:"flag"`
	Parties *int   `json:"parties"`
	Waiting *int   `json:"waiting"`
	Text    string `json:"text"`
}
