package main

import (
	"fmt"
	"io"

	"lockstep/wasm/sched"
	"lockstep/wasm/share"
)

// cmdShare prints the share-link fragment (without '#') for a program,
// optionally with the interleaving to open and the step to open at.
func cmdShare(args []string, stdout, stderr io.Writer) int {
	fs := newFlagSet("share", stderr)
	schedule := fs.String("schedule", "", "the interleaving to open (from explore or run --trace)")
	step := fs.Int("step", 0, "the step to open at (with --schedule)")
	seed := fs.Uint64("seed", 0, "the seed to show")
	if err := fs.Parse(args); err != nil {
		return 2
	}
	_, path, src, code := loadProgram(fs, stderr)
	if src == nil {
		return code
	}
	if *schedule != "" {
		if _, err := sched.Decode(*schedule); err != nil {
			fmt.Fprintf(stderr, "lockstep share: %v\n", err)
			return 2
		}
	}
	if *step < 0 || *step > 0 && *schedule == "" {
		fmt.Fprintln(stderr, "lockstep share: --step needs --schedule and a positive number")
		return 2
	}
	_ = path
	fmt.Fprintln(stdout, share.Encode(share.Link{Code: string(src), Schedule: *schedule, Step: *step, Seed: *seed}))
	return 0
}
