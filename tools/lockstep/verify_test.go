package main

import (
	"flag"
	"os"
	"testing"

	"lockstep/wasm/vm"
)

// TestMain makes every run of the tests check the machine's incremental
// readiness bookkeeping after each step (benchmarks run without the check).
func TestMain(m *testing.M) {
	flag.Parse()
	if f := flag.Lookup("test.bench"); f == nil || f.Value.String() == "" {
		vm.VerifyReadiness = true
	}
	os.Exit(m.Run())
}
