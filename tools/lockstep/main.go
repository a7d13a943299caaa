// Command lockstep runs Python programs whose threads interleave under a
// deterministic scheduler, explores every possible outcome, prints traces,
// makes share links and checks lessons.
//
//	lockstep run [--seed N] [--max-steps N] [--policy P] [--schedule S] [--trace out.json] FILE.py
//	lockstep trace [--seed N] [--schedule S] FILE.py
//	lockstep explore [--json] [--max-executions N] [--preemption-bound K] [--strategy S] [--seed N] FILE.py
//	lockstep share [--schedule S] [--step N] FILE.py
//	lockstep check [DIR]
//
// Exit status of run: 0 normal end, 1 uncaught exception (or a program that
// does not compile), 2 usage error, 3 deadlock, 4 step budget exceeded.
package main

import (
	"fmt"
	"io"
	"os"
)

const usage = `usage:
  lockstep run [--seed N] [--max-steps N] [--policy random|rr[:Q]|pct[:D]] [--schedule S] [--trace out.json] FILE.py
  lockstep trace [--seed N] [--policy P] [--schedule S] [--max-steps N] FILE.py
  lockstep explore [--json] [--max-executions N] [--preemption-bound K] [--strategy dpor|naive|random|pct] [--seed N] FILE.py
  lockstep share [--schedule S] [--step N] FILE.py
  lockstep check [DIR]
`

func main() {
	os.Exit(run(os.Args[1:], os.Stdout, os.Stderr))
}

// run dispatches a command line and returns the exit status.
func run(args []string, stdout, stderr io.Writer) int {
	if len(args) == 0 {
		fmt.Fprint(stderr, usage)
		return 2
	}
	cmd, rest := args[0], args[1:]
	switch cmd {
	case "run":
		return cmdRun(rest, stdout, stderr)
	case "trace":
		return cmdTrace(rest, stdout, stderr)
	case "explore":
		return cmdExplore(rest, stdout, stderr)
	case "share":
		return cmdShare(rest, stdout, stderr)
	case "check":
		return cmdCheck(rest, stdout, stderr)
	case "help", "-h", "--help":
		fmt.Fprint(stdout, usage)
		return 0
	}
	fmt.Fprintf(stderr, "lockstep: unknown command %q\n%s", cmd, usage)
	return 2
}
