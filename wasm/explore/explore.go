package explore

import (
	"context"
	"errors"
	"fmt"

	"lockstep/wasm/sched"
)

// ErrNondeterministic is returned (wrapped) when re-running a prefix of
// choices does not reproduce the same steps: the Program is not
// deterministic, so the search cannot be trusted.
var ErrNondeterministic = errors.New("explore: the program is not deterministic")

// Run explores the runs of prog as opts say and returns the outcomes found.
// A search cut short by a budget, a preemption bound, opts.Progress or ctx
// returns the partial result with Complete false and a nil error; errors are
// for invalid options and misbehaving programs (see [ErrNondeterministic]).
func Run(ctx context.Context, prog Program, opts Options) (*Result, error) {
	strategy, err := ParseStrategy(string(opts.Strategy))
	if err != nil {
		return nil, err
	}
	if opts.MaxExecutions < 0 {
		return nil, fmt.Errorf("explore: negative MaxExecutions %d", opts.MaxExecutions)
	}
	if opts.MaxSteps <= 0 {
		opts.MaxSteps = DefaultMaxSteps
	}
	if opts.ProgressEvery <= 0 {
		opts.ProgressEvery = 1
	}
	if ctx == nil {
		ctx = context.Background()
	}
	e := &engine{ctx: ctx, prog: prog, opts: opts, res: &Result{Outcomes: []OutcomeGroup{}}, groups: map[Outcome]int{}}
	switch strategy {
	case DPOR:
		err = newDPOR(e).explore()
	case Naive:
		err = e.naive()
	default:
		err = e.sample(strategy)
	}
	if err != nil {
		return nil, err
	}
	e.res.Complete = e.res.Stopped == ""
	return e.res, nil
}

// engine holds what every strategy shares: the program, the options, and
// the result being built.
type engine struct {
	ctx    context.Context
	prog   Program
	opts   Options
	res    *Result
	groups map[Outcome]int // outcome -> index in res.Outcomes
	pruned bool            // a schedule was skipped by the preemption bound
}

// start returns a fresh execution.
func (e *engine) start() (Execution, error) {
	x := e.prog()
	if x == nil {
		return nil, errors.New("explore: Program returned a nil Execution")
	}
	return x, nil
}

// record counts a finished run; schedule is called only for a new outcome.
func (e *engine) record(out Outcome, schedule func() string) {
	e.res.Executions++
	if i, ok := e.groups[out]; ok {
		e.res.Outcomes[i].Count++
		return
	}
	e.groups[out] = len(e.res.Outcomes)
	e.res.Outcomes = append(e.res.Outcomes, OutcomeGroup{Outcome: out, Count: 1, Schedule: schedule()})
}

// outcome is the outcome of a run that ended (truncated: stopped at MaxSteps).
func outcome(x Execution, truncated bool) Outcome {
	out := x.Outcome()
	if truncated {
		out.Status = StatusStepLimit
	}
	return out
}

// proceed is called between runs when more runs remain: it reports
// progress and checks the budgets, and returns false (setting
// res.Stopped) when the search must stop.
func (e *engine) proceed() bool {
	if e.opts.Progress != nil && e.res.Executions%e.opts.ProgressEvery == 0 &&
		!e.opts.Progress(e.res.Executions, len(e.res.Outcomes)) {
		e.res.Stopped = "canceled"
		return false
	}
	if err := e.ctx.Err(); err != nil {
		e.res.Stopped = "canceled"
		return false
	}
	if e.opts.MaxExecutions > 0 && e.res.Executions >= e.opts.MaxExecutions {
		e.res.Stopped = "max-executions"
		return false
	}
	return true
}

// finish marks a search that ran to its end.
func (e *engine) finish() {
	if e.pruned {
		e.res.Stopped = "preemption-bound"
	}
}

// allowed reports whether running t after last (with en enabled and pre
// preemptions so far) stays within the preemption bound, and the new count.
func (e *engine) allowed(en []int, last, t, pre int) (int, bool) {
	if last >= 0 && t != last && contains(en, last) {
		pre++
	}
	if e.opts.PreemptionBound >= 0 && pre > e.opts.PreemptionBound {
		e.pruned = true
		return pre, false
	}
	return pre, true
}

// naive explores every interleaving by depth-first search, re-running the
// program from the start for each.
func (e *engine) naive() error {
	type choicePoint struct {
		enabled  []int
		order    []int // candidate threads: the default first, then by id
		idx      int   // current candidate
		last     int
		preempts int // before this step
	}
	var stack []*choicePoint
	// next advances p to its next allowed candidate at or after p.idx.
	next := func(p *choicePoint) bool {
		for ; p.idx < len(p.order); p.idx++ {
			if _, ok := e.allowed(p.enabled, p.last, p.order[p.idx], p.preempts); ok {
				return true
			}
		}
		return false
	}
	for {
		x, err := e.start()
		if err != nil {
			return err
		}
		last, pre, k := -1, 0, 0
		truncated, abandoned := false, false
		for ; ; k++ {
			en := x.Enabled()
			if len(en) == 0 {
				break
			}
			if k >= e.opts.MaxSteps {
				truncated = true
				break
			}
			if k == len(stack) {
				p := &choicePoint{enabled: append([]int(nil), en...), last: last, preempts: pre}
				def := sched.DefaultChoice(en, last)
				p.order = append(p.order, def)
				for _, t := range en {
					if t != def {
						p.order = append(p.order, t)
					}
				}
				if !next(p) {
					abandoned = true // every continuation exceeds the bound
					break
				}
				stack = append(stack, p)
			}
			p := stack[k]
			t := p.order[p.idx]
			if !contains(en, t) {
				return fmt.Errorf("%w: thread %d is not enabled at step %d of a replayed prefix", ErrNondeterministic, t, k+1)
			}
			pre, _ = e.allowed(p.enabled, p.last, t, p.preempts)
			x.Step(t)
			e.res.Steps++
			last = t
		}
		if !abandoned {
			n := k
			e.record(outcome(x, truncated), func() string {
				choices := make([]sched.Choice, n)
				for i, p := range stack[:n] {
					choices[i] = sched.Choice{Thread: p.order[p.idx], Default: sched.DefaultChoice(p.enabled, p.last)}
				}
				return sched.Encode(choices)
			})
		}
		stack = stack[:k]
		for len(stack) > 0 {
			p := stack[len(stack)-1]
			p.idx++
			if next(p) {
				break
			}
			stack = stack[:len(stack)-1]
		}
		if len(stack) == 0 {
			e.finish()
			return nil
		}
		if !e.proceed() {
			return nil
		}
	}
}

// sample runs the program MaxExecutions times (DefaultSamples if 0) under
// seeded random or PCT policies.
func (e *engine) sample(strategy Strategy) error {
	n := e.opts.MaxExecutions
	if n == 0 {
		n = DefaultSamples
	}
	depth := e.opts.PCTDepth
	if depth <= 0 {
		depth = sched.DefaultPCTDepth
	}
	estimate := 0 // PCT's k: the longest run seen so far
	for i := 0; i < n; i++ {
		if i > 0 && !e.proceed() {
			return nil
		}
		x, err := e.start()
		if err != nil {
			return err
		}
		seed := sched.DeriveSeed(e.opts.Seed, i)
		var p sched.Policy = sched.NewRandom(seed)
		if strategy == PCT {
			p = sched.NewPCT(seed, depth, estimate)
		}
		rec := sched.NewRecorder(p)
		last, k, truncated := -1, 0, false
		for ; ; k++ {
			en := x.Enabled()
			if len(en) == 0 {
				break
			}
			if k >= e.opts.MaxSteps {
				truncated = true
				break
			}
			t := rec.Choose(en, last)
			x.Step(t)
			last = t
		}
		e.res.Steps += int64(k)
		if k > estimate {
			estimate = k
		}
		e.record(outcome(x, truncated), rec.Schedule)
	}
	e.res.Stopped = "sampling"
	return nil
}

func contains(s []int, x int) bool {
	for _, v := range s {
		if v == x {
			return true
		}
	}
	return false
}
