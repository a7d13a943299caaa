package explore

import (
	"encoding/json"
	"fmt"
)

// Strategy selects how [Run] searches the interleavings.
type Strategy string

// The strategies.
const (
	// DPOR explores one interleaving per class of equivalent ones (optimal
	// dynamic partial-order reduction). Complete unless a budget stops it.
	DPOR Strategy = "dpor"
	// Naive explores every interleaving: exponential, for validation.
	Naive Strategy = "naive"
	// Random samples runs under seeded uniformly random scheduling.
	Random Strategy = "random"
	// PCT samples runs under seeded PCT scheduling (priorities with change
	// points), which finds shallow ordering bugs with good probability.
	PCT Strategy = "pct"
)

// ParseStrategy reads a strategy name as the command line spells it:
// "dpor" (or ""), "naive", "random" or "pct".
func ParseStrategy(s string) (Strategy, error) {
	switch Strategy(s) {
	case "", DPOR:
		return DPOR, nil
	case Naive, Random, PCT:
		return Strategy(s), nil
	}
	return "", fmt.Errorf("unknown exploration strategy %q (want dpor, naive, random or pct)", s)
}

// Defaults used for zero fields of [Options].
const (
	// DefaultMaxSteps is the per-run step budget when Options.MaxSteps is 0.
	DefaultMaxSteps = 10000
	// DefaultSamples is the number of runs of the random and pct
	// strategies when Options.MaxExecutions is 0.
	DefaultSamples = 1000
)

// Options configure [Run]. Start from [DefaultOptions]: the zero value of
// PreemptionBound means "no preemptions at all", not "no bound".
type Options struct {
	// Strategy is the search: dpor (also for ""), naive, random or pct.
	Strategy Strategy
	// MaxExecutions stops the search after this many runs (Complete is
	// then false if runs remained). 0 means no limit for dpor and naive,
	// and DefaultSamples runs for random and pct.
	MaxExecutions int
	// PreemptionBound skips every schedule with more than this many
	// preemptions (a preemption switches away from a thread that could
	// have continued); -1 means no bound. When schedules were skipped the
	// result is not Complete. With dpor, bounding may also miss some
	// schedules within the bound (partial-order reduction assumes it can
	// reorder freely).
	PreemptionBound int
	// Seed seeds the random and pct strategies; run i uses
	// sched.DeriveSeed(Seed, i).
	Seed uint64
	// PCTDepth is the bug depth for pct (0 means sched.DefaultPCTDepth).
	PCTDepth int
	// MaxSteps ends a run with status "step-limit" after this many steps
	// (0 means DefaultMaxSteps). It is a safety net; the VM has its own.
	// Where the cut falls is not preserved by reordering independent
	// steps, so for runs cut short dpor reports that the limit is reached
	// but not every partial output such runs can have; runs that end
	// within the budget are all covered.
	MaxSteps int
	// Progress, if set, is called every ProgressEvery runs with the number
	// of runs so far and of distinct outcomes found; returning false
	// cancels the search (the result is then not Complete).
	Progress func(executions int, outcomes int) bool
	// ProgressEvery is the number of runs between Progress calls (0 means
	// every run).
	ProgressEvery int
}

// DefaultOptions returns the options of a complete dpor search: no
// preemption bound, no execution limit, default step budget.
func DefaultOptions() Options {
	return Options{Strategy: DPOR, PreemptionBound: -1}
}

// OutcomeGroup is one distinct outcome with the number of runs that ended
// that way and the schedule of the first of them.
type OutcomeGroup struct {
	Outcome
	// Count is the number of runs (executions) that ended with this
	// outcome. With dpor, a run stands for a whole class of equivalent
	// interleavings, so counts are not probabilities.
	Count int `json:"count"`
	// Schedule is the compact schedule (see sched.Encode) of the first run
	// that ended this way; sched.Decode replays it.
	Schedule string `json:"schedule"`
}

// Result is what [Run] found. Its JSON form is the command line's and the
// worker's exploration result:
//
//	{"complete": true, "executions": 4,
//	 "outcomes": [{"status": "ok", "stdout": "2\n", "stderr": "", "count": 2, "schedule": "B"}]}
type Result struct {
	// Complete is true when every interleaving is covered: the search ran
	// to its end (dpor or naive) without a budget, bound or cancellation
	// cutting it short. Sampling strategies are never complete.
	Complete bool `json:"complete"`
	// Executions is the number of runs that reached an end.
	Executions int `json:"executions"`
	// Outcomes lists the distinct outcomes (by status, stdout and stderr)
	// in the order they were first found.
	Outcomes []OutcomeGroup `json:"outcomes"`

	// Stopped says why the search is not complete: "max-executions",
	// "preemption-bound", "canceled" or "sampling"; "" when complete.
	Stopped string `json:"-"`
	// Redundant counts dpor runs abandoned part-way because they could only
	// repeat already explored interleavings (not counted in Executions).
	// Optimal DPOR keeps it at 0; it can rise with blocking corner cases.
	Redundant int `json:"-"`
	// Steps is the total number of steps taken, over all runs.
	Steps int64 `json:"-"`
}

// JSON returns the result's JSON form (see [Result]).
func (r *Result) JSON() ([]byte, error) {
	if r.Outcomes == nil {
		c := *r
		c.Outcomes = []OutcomeGroup{}
		return json.Marshal(&c)
	}
	return json.Marshal(r)
}
