package explore

import (
	"context"
	"fmt"
	"slices"
	"sort"
	"strings"
	"testing"

	"lockstep/wasm/sched"
)

// traced runs a program and keeps every execution (or, with keysOnly, the
// trace keys of the finished ones), to inspect them.
type traced struct {
	prog     *toyProgram
	keysOnly bool
	runs     []*toyExec
	keys     []string
}

func (t *traced) start() Execution {
	t.flush()
	x := t.prog.start().(*toyExec)
	t.runs = append(t.runs, x)
	return x
}

// flush replaces kept runs by their keys when only keys are wanted.
func (t *traced) flush() {
	if !t.keysOnly {
		return
	}
	for _, x := range t.runs {
		if len(x.Enabled()) == 0 {
			t.keys = append(t.keys, traceKey(x.steps))
		}
	}
	t.runs = t.runs[:0]
}

// traceKey identifies the Mazurkiewicz trace of a run: for every event
// (named by thread and position in its thread), the events before it that it
// depends on. Two runs have the same key exactly when one is a reordering of
// the other's independent steps.
func traceKey(steps []Step) string {
	type ev struct {
		w    wev
		name string
	}
	count := map[int]int{}
	evs := make([]ev, len(steps))
	for i, s := range steps {
		count[s.Thread]++
		evs[i] = ev{wev{s.Thread, s.Accesses, s.Spawned}, fmt.Sprintf("%d.%d", s.Thread, count[s.Thread])}
	}
	lines := make([]string, len(evs))
	for j := range evs {
		var before []string
		for i := 0; i < j; i++ {
			if evs[i].w.thread != evs[j].w.thread && dependent(&evs[i].w, &evs[j].w) {
				before = append(before, evs[i].name)
			}
		}
		sort.Strings(before)
		lines[j] = evs[j].name + "<" + strings.Join(before, ",")
	}
	sort.Strings(lines)
	return strings.Join(lines, ";")
}

// finished returns the trace keys of the runs that reached their end.
func (t *traced) finished() []string {
	if t.keysOnly {
		t.flush()
		return t.keys
	}
	var keys []string
	for _, x := range t.runs {
		if len(x.Enabled()) == 0 {
			keys = append(keys, traceKey(x.steps))
		}
	}
	return keys
}

// sameTraces reports whether a and b hold the same set of trace keys.
func sameTraces(a, b []string) bool {
	a, b = slices.Clone(a), slices.Clone(b)
	slices.Sort(a)
	slices.Sort(b)
	return slices.Equal(slices.Compact(a), slices.Compact(b))
}

func distinct(keys []string) int {
	m := map[string]bool{}
	for _, k := range keys {
		m[k] = true
	}
	return len(m)
}

func explore(t testing.TB, p *toyProgram, opts Options) (*Result, *traced) {
	t.Helper()
	tr := &traced{prog: p}
	res, err := Run(context.Background(), tr.start, opts)
	if err != nil {
		t.Fatalf("%s: %v", p.name, err)
	}
	return res, tr
}

// naiveRun is what naive exploration found for a program.
type naiveRun struct {
	res    *Result
	traces []string // trace keys of the runs that ended
}

var naiveCache = map[string]naiveRun{}

// naive explores p with the naive strategy (complete), caching by program
// name: ownership hints change nothing for naive.
func naive(t testing.TB, p *toyProgram) naiveRun {
	t.Helper()
	if r, ok := naiveCache[p.name]; ok {
		return r
	}
	tr := &traced{prog: p, keysOnly: true}
	res, err := Run(context.Background(), tr.start, withStrategy(Naive))
	if err != nil {
		t.Fatal(err)
	}
	r := naiveRun{res, tr.finished()}
	naiveCache[p.name] = r
	return r
}

func withStrategy(s Strategy) Options {
	o := DefaultOptions()
	o.Strategy = s
	return o
}

func outcomeSet(r *Result) []string {
	var s []string
	for _, g := range r.Outcomes {
		s = append(s, fmt.Sprintf("%s|%q|%q", g.Status, g.Stdout, g.Stderr))
	}
	sort.Strings(s)
	return s
}

func stdouts(r *Result) []string {
	var s []string
	for _, g := range r.Outcomes {
		s = append(s, strings.TrimSpace(g.Stdout))
	}
	sort.Strings(s)
	return s
}

// checkReplay replays every outcome's schedule on a fresh run.
func checkReplay(t *testing.T, p *toyProgram, r *Result, maxSteps int) {
	t.Helper()
	for _, g := range r.Outcomes {
		rep, err := sched.Decode(g.Schedule)
		if err != nil {
			t.Fatalf("%s: schedule %q: %v", p.name, g.Schedule, err)
		}
		x := p.start()
		last, steps := -1, 0
		for en := x.Enabled(); len(en) > 0 && (maxSteps == 0 || steps < maxSteps); en = x.Enabled() {
			th, err := rep.Next(en)
			if err != nil {
				t.Fatalf("%s: replaying %q: %v", p.name, g.Schedule, err)
			}
			x.Step(th)
			last = th
			steps++
		}
		_ = last
		if err := rep.Finish(); err != nil {
			t.Fatalf("%s: replaying %q: %v", p.name, g.Schedule, err)
		}
		got := x.Outcome()
		if maxSteps > 0 && len(x.Enabled()) > 0 {
			got.Status = StatusStepLimit
		}
		if got != g.Outcome {
			t.Errorf("%s: schedule %q replays to %+v, want %+v", p.name, g.Schedule, got, g.Outcome)
		}
	}
}

func TestGoldenCounter(t *testing.T) {
	for _, c := range []struct {
		n, want int
		outs    []string
	}{
		{2, 4, []string{"1", "2"}},
		{3, 36, []string{"1", "2", "3"}},
		{4, 576, []string{"1", "2", "3", "4"}},
	} {
		p := counter(c.n)
		res, tr := explore(t, p, DefaultOptions())
		if res.Executions != c.want || !res.Complete || res.Redundant != 0 {
			t.Errorf("counter(%d): dpor ran %d executions (%d redundant, complete %v), want %d",
				c.n, res.Executions, res.Redundant, res.Complete, c.want)
		}
		if got := stdouts(res); !slices.Equal(got, c.outs) {
			t.Errorf("counter(%d): dpor outcomes %v, want %v", c.n, got, c.outs)
		}
		if keys := tr.finished(); distinct(keys) != len(keys) {
			t.Errorf("counter(%d): dpor explored %d runs but only %d distinct traces", c.n, len(keys), distinct(keys))
		}
		if c.n == 4 && testing.Short() {
			continue
		}
		nv := naive(t, p)
		if got := stdouts(nv.res); !slices.Equal(got, c.outs) {
			t.Errorf("counter(%d): naive outcomes %v, want %v", c.n, got, c.outs)
		}
		if d := distinct(nv.traces); d != c.want {
			t.Errorf("counter(%d): naive found %d distinct traces in %d runs, want %d", c.n, d, nv.res.Executions, c.want)
		}
		if !sameTraces(tr.finished(), nv.traces) {
			t.Errorf("counter(%d): dpor and naive explored different traces", c.n)
		}
		checkReplay(t, p, res, 0)
		t.Logf("counter(%d): dpor %d executions, naive %d", c.n, res.Executions, nv.res.Executions)
	}
}

func TestIndependent(t *testing.T) {
	p := corpus[4]
	if p.name != "independent" {
		t.Fatal(p.name)
	}
	res, _ := explore(t, p, DefaultOptions())
	if res.Executions != 1 || len(res.Outcomes) != 1 || res.Outcomes[0].Stdout != "1\n1\n1\n" {
		t.Errorf("independent threads: %d executions, outcomes %+v", res.Executions, res.Outcomes)
	}
}

func TestLockedCounter(t *testing.T) {
	for n, want := range map[int]int{2: 2, 3: 6, 4: 24} {
		res, _ := explore(t, lockedCounter(n), DefaultOptions())
		if res.Executions != want || len(res.Outcomes) != 1 || res.Outcomes[0].Stdout != fmt.Sprintf("%d\n", n) {
			t.Errorf("locked counter(%d): %d executions (want %d), outcomes %+v", n, res.Executions, want, res.Outcomes)
		}
	}
}

func TestDeadlock(t *testing.T) {
	p := corpus[5]
	if p.name != "opposite-locks" {
		t.Fatal(p.name)
	}
	res, _ := explore(t, p, DefaultOptions())
	found := false
	for _, g := range res.Outcomes {
		if g.Status == StatusDeadlock {
			found = true
		}
	}
	if !found || len(res.Outcomes) != 3 {
		t.Errorf("opposite locks: outcomes %+v", res.Outcomes)
	}
	checkReplay(t, p, res, 0)
}

// TestCorpus compares dpor with naive on every toy program: the same
// outcomes, and one dpor run per Mazurkiewicz trace (optimality).
func TestCorpus(t *testing.T) {
	for _, p := range corpus {
		t.Run(p.name, func(t *testing.T) {
			res, tr := explore(t, p, DefaultOptions())
			nv := naive(t, p)
			nres := nv.res
			if !res.Complete || !nres.Complete {
				t.Fatalf("complete: dpor %v naive %v", res.Complete, nres.Complete)
			}
			if a, b := outcomeSet(res), outcomeSet(nres); !slices.Equal(a, b) {
				t.Errorf("outcomes differ:\n dpor  %v\n naive %v", a, b)
			}
			keys := tr.finished()
			traces := distinct(nv.traces)
			if !sameTraces(keys, nv.traces) {
				t.Errorf("dpor and naive explored different sets of traces")
			}
			if distinct(keys) != len(keys) {
				t.Errorf("dpor ran %d executions for %d distinct traces", len(keys), distinct(keys))
			}
			if res.Executions != traces || res.Redundant != 0 {
				t.Errorf("dpor ran %d executions (%d redundant); there are %d traces (naive: %d interleavings)",
					res.Executions, res.Redundant, traces, nres.Executions)
			}
			checkReplay(t, p, res, 0)
			t.Logf("%d outcomes; dpor %d executions, %d traces, naive %d", len(res.Outcomes), res.Executions, traces, nres.Executions)
		})
	}
}

// TestCorpusWithoutHints explores the corpus with every access Plain (a VM
// that does not mark ownership): the outcomes must still be exactly the
// naive ones; runs abandoned on impossible orders are allowed.
func TestCorpusWithoutHints(t *testing.T) {
	for _, p := range corpus {
		p := p.withoutHints()
		t.Run(p.name, func(t *testing.T) {
			res, tr := explore(t, p, DefaultOptions())
			nv := naive(t, p)
			if a, b := outcomeSet(res), outcomeSet(nv.res); !slices.Equal(a, b) {
				t.Errorf("outcomes differ:\n dpor  %v\n naive %v", a, b)
			}
			keys := tr.finished()
			if !sameTraces(keys, nv.traces) {
				t.Errorf("dpor and naive explored different sets of traces")
			}
			checkReplay(t, p, res, 0)
			t.Logf("dpor %d executions (%d distinct traces), %d abandoned", res.Executions, distinct(keys), res.Redundant)
		})
	}
}
