package main

import (
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"strings"

	"lockstep/wasm/explore"
	"lockstep/wasm/runner"
)

func cmdExplore(args []string, stdout, stderr io.Writer) int {
	fs := newFlagSet("explore", stderr)
	asJSON := fs.Bool("json", false, "print the result as one JSON object")
	maxExec := fs.Int("max-executions", 0, "stop after this many executions (0: no limit)")
	bound := fs.Int("preemption-bound", -1, "skip schedules with more preemptions than this (-1: no bound)")
	strategy := fs.String("strategy", "dpor", "dpor, naive, random or pct")
	seed := fs.Uint64("seed", 0, "seed of the random and pct strategies")
	maxSteps := fs.Int("max-steps", 0, "step budget of each execution (0: default)")
	if err := fs.Parse(args); err != nil {
		return 2
	}
	prog, path, _, code := loadProgram(fs, stderr)
	if prog == nil {
		return code
	}
	st, err := explore.ParseStrategy(*strategy)
	if err != nil {
		fmt.Fprintf(stderr, "lockstep explore: %v\n", err)
		return 2
	}
	opts := explore.DefaultOptions()
	opts.Strategy = st
	opts.MaxExecutions = *maxExec
	opts.PreemptionBound = *bound
	opts.Seed = *seed
	opts.MaxSteps = *maxSteps
	res, err := runner.Explore(context.Background(), prog, opts)
	if err != nil {
		fmt.Fprintf(stderr, "lockstep explore: %v\n", err)
		return 1
	}
	if *asJSON {
		data, err := json.Marshal(res)
		if err != nil {
			fmt.Fprintf(stderr, "lockstep explore: %v\n", err)
			return 1
		}
		fmt.Fprintf(stdout, "%s\n", data)
		return 0
	}
	printExploreSummary(stdout, path, res)
	return 0
}

func printExploreSummary(w io.Writer, path string, res *explore.Result) {
	s := "s"
	if res.Executions == 1 {
		s = ""
	}
	fmt.Fprintf(w, "%d execution%s, %d distinct outcome", res.Executions, s, len(res.Outcomes))
	if len(res.Outcomes) != 1 {
		fmt.Fprint(w, "s")
	}
	if res.Complete {
		fmt.Fprintln(w, " (every interleaving covered)")
	} else {
		fmt.Fprintf(w, " (INCOMPLETE: %s)\n", res.Stopped)
	}
	for i, o := range res.Outcomes {
		fmt.Fprintf(w, "\n%d. %s, %d execution", i+1, o.Status, o.Count)
		if o.Count != 1 {
			fmt.Fprint(w, "s")
		}
		fmt.Fprintln(w)
		if o.Stdout != "" {
			fmt.Fprintf(w, "   stdout: %s\n", indent(strings.TrimSuffix(o.Stdout, "\n")))
		}
		if o.Stderr != "" {
			fmt.Fprintf(w, "   stderr: %s\n", indent(strings.TrimSuffix(o.Stderr, "\n")))
		}
		fmt.Fprintf(w, "   replay: lockstep run --schedule %s %s\n", o.Schedule, path)
	}
}

func indent(s string) string { return strings.ReplaceAll(s, "\n", "\n           ") }

var _ = flag.ErrHelp
