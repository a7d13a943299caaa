package main

import (
	"context"
	"sort"
	"testing"

	"lockstep/tools/internal/lesson"
	"lockstep/wasm/explore"
	"lockstep/wasm/runner"
)

// TestDPORAgreesWithNaive explores every lesson scenario (and reference
// solution) twice, with partial-order reduction and with every
// interleaving, and checks that both find the same outcomes. Programs whose
// naive exploration is too large are skipped; at least 30 must be compared.
func TestDPORAgreesWithNaive(t *testing.T) {
	lessons, err := lesson.LoadDir("../../lessons")
	if err != nil {
		t.Fatal(err)
	}
	type program struct{ name, src string }
	var programs []program
	for _, l := range lessons {
		for _, s := range l.Scenarios {
			programs = append(programs, program{l.Name + "/" + s.ID, s.Source})
		}
		for _, s := range l.Solutions {
			programs = append(programs, program{l.Name + "/" + s.For + "-solution", s.Source})
		}
	}
	budget := 3000
	if testing.Short() {
		budget = 300
	}
	compared := 0
	for _, p := range programs {
		prog, cerr := runner.Compile(p.name+".py", []byte(p.src))
		if cerr != nil {
			t.Errorf("%s: %s", p.name, cerr.Text)
			continue
		}
		outcomes := func(s explore.Strategy) ([]string, bool) {
			opts := explore.DefaultOptions()
			opts.Strategy = s
			opts.MaxExecutions = budget
			res, err := runner.Explore(context.Background(), prog, opts)
			if err != nil {
				t.Fatalf("%s (%s): %v", p.name, s, err)
			}
			var out []string
			for _, o := range res.Outcomes {
				out = append(out, o.Status+"|"+o.Stdout+"|"+o.Stderr)
			}
			sort.Strings(out)
			return out, res.Complete
		}
		naive, complete := outcomes(explore.Naive)
		if !complete {
			continue
		}
		dpor, _ := outcomes(explore.DPOR)
		if len(naive) != len(dpor) {
			t.Errorf("%s: naive finds %d outcomes, dpor %d:\n%q\n%q", p.name, len(naive), len(dpor), naive, dpor)
			continue
		}
		for i := range naive {
			if naive[i] != dpor[i] {
				t.Errorf("%s: outcome %q (naive) vs %q (dpor)", p.name, naive[i], dpor[i])
			}
		}
		compared++
	}
	t.Logf("compared %d programs", compared)
	if compared < 30 && !testing.Short() {
		t.Errorf("only %d programs were small enough to compare", compared)
	}
}
