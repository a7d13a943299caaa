package main

import (
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"os"
	"strings"

	"lockstep/wasm/runner"
	"lockstep/wasm/vm"
)

// loadProgram reads and compiles FILE.py; on failure it prints the error
// and returns the exit status to use.
func loadProgram(fs *flag.FlagSet, stderr io.Writer) (*vm.Program, string, []byte, int) {
	if fs.NArg() != 1 {
		fmt.Fprintf(stderr, "lockstep %s: expected one FILE.py argument\n", fs.Name())
		fs.Usage()
		return nil, "", nil, 2
	}
	path := fs.Arg(0)
	src, err := os.ReadFile(path)
	if err != nil {
		fmt.Fprintf(stderr, "lockstep: %v\n", err)
		return nil, "", nil, 2
	}
	if fs.Name() == "share" {
		return nil, path, src, 0
	}
	prog, cerr := runner.Compile(path, src)
	if cerr != nil {
		fmt.Fprint(stderr, cerr.Text)
		return nil, path, src, 1
	}
	return prog, path, src, 0
}

// runFlags are the flags shared by run and trace.
type runFlags struct {
	seed     uint64
	maxSteps int
	policy   string
	schedule string
}

func (f *runFlags) register(fs *flag.FlagSet) {
	fs.Uint64Var(&f.seed, "seed", 0, "seed of the random scheduler (and of the random module)")
	fs.IntVar(&f.maxSteps, "max-steps", vm.DefaultMaxSteps, "step budget")
	fs.StringVar(&f.policy, "policy", "random", "scheduling policy: random, rr[:QUANTUM] or pct[:DEPTH]")
	fs.StringVar(&f.schedule, "schedule", "", "replay this schedule (from explore or a previous run)")
}

func (f *runFlags) config(trace bool) runner.Config {
	return runner.Config{Seed: f.seed, Policy: f.policy, Schedule: f.schedule, MaxSteps: f.maxSteps, Trace: trace}
}

func newFlagSet(name string, stderr io.Writer) *flag.FlagSet {
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	fs.SetOutput(stderr)
	return fs
}

func cmdRun(args []string, stdout, stderr io.Writer) int {
	fs := newFlagSet("run", stderr)
	var rf runFlags
	rf.register(fs)
	traceOut := fs.String("trace", "", "write the trace as JSON to this file")
	if err := fs.Parse(args); err != nil {
		return 2
	}
	prog, _, _, code := loadProgram(fs, stderr)
	if prog == nil {
		return code
	}
	res, err := runner.Run(prog, rf.config(*traceOut != ""))
	if err != nil {
		fmt.Fprintf(stderr, "lockstep: %v\n", err)
		return 2
	}
	io.WriteString(stdout, res.Stdout)
	io.WriteString(stderr, res.Stderr)
	if *traceOut != "" {
		data, err := json.MarshalIndent(res, "", " ")
		if err == nil {
			err = os.WriteFile(*traceOut, append(data, '\n'), 0o644)
		}
		if err != nil {
			fmt.Fprintf(stderr, "lockstep: %v\n", err)
			return 2
		}
	}
	return res.ExitCode
}

func cmdTrace(args []string, stdout, stderr io.Writer) int {
	fs := newFlagSet("trace", stderr)
	var rf runFlags
	rf.register(fs)
	if err := fs.Parse(args); err != nil {
		return 2
	}
	prog, _, _, code := loadProgram(fs, stderr)
	if prog == nil {
		return code
	}
	res, err := runner.Run(prog, rf.config(true))
	if err != nil {
		fmt.Fprintf(stderr, "lockstep: %v\n", err)
		return 2
	}
	labels := map[int]string{}
	for _, t := range res.Threads {
		labels[t.ID] = t.Label
	}
	fmt.Fprintf(stdout, "%5s  %-5s %-8s %s\n", "step", "thread", "kind", "what")
	for _, ev := range res.Events {
		what := ev.Target
		if ev.Value != "" {
			switch ev.Kind {
			case "write":
				what += " <- " + ev.Value
			case "print":
				what = ev.Value
			default:
				what += " -> " + ev.Value
			}
		}
		if ev.Kind == "block" || ev.Kind == "wake" || ev.Kind == "wait" {
			what = ev.Text
		}
		line := ""
		if ev.Line > 0 {
			line = fmt.Sprintf("  (line %d)", ev.Line)
		}
		fmt.Fprintf(stdout, "%5d  %-5s %-8s %s%s\n", ev.Step, labels[ev.Thread], ev.Kind, strings.ReplaceAll(what, "\n", "\\n"), line)
	}
	fmt.Fprintf(stdout, "%s\nstatus: %s, %d steps, schedule %s\n", strings.Repeat("-", 40), res.Status, res.Steps, res.Schedule)
	if res.Stdout != "" {
		fmt.Fprintf(stdout, "stdout:\n%s", res.Stdout)
	}
	if res.Stderr != "" {
		fmt.Fprintf(stdout, "stderr:\n%s", res.Stderr)
	}
	return res.ExitCode
}
