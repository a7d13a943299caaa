package runner

import (
	"context"
	"fmt"
	"strings"
	"testing"

	"lockstep/wasm/explore"
)

// counterProgram is n threads each doing `counter += 1` once on a global.
func counterProgram(n int) string {
	return fmt.Sprintf(`import threading
counter = 0
def work():
    global counter
    counter += 1
ts = [threading.Thread(target=work) for _ in range(%d)]
for t in ts: t.start()
for t in ts: t.join()
print(counter)
`, n)
}

// TestExploreGoldenCounts: with optimal DPOR, n threads incrementing one
// global have (n!)² Mazurkiewicz traces, explored once each, and every
// possible final count is found.
func TestExploreGoldenCounts(t *testing.T) {
	want := map[int]int{2: 4, 3: 36, 4: 576}
	for n := 2; n <= 4; n++ {
		if n == 4 && testing.Short() {
			continue
		}
		prog := mustCompile(t, counterProgram(n))
		res, err := Explore(context.Background(), prog, explore.DefaultOptions())
		if err != nil {
			t.Fatal(err)
		}
		if !res.Complete || res.Executions != want[n] {
			t.Errorf("n=%d: %d executions (complete %v), want %d", n, res.Executions, res.Complete, want[n])
		}
		if len(res.Outcomes) != n {
			t.Errorf("n=%d: %d outcomes, want %d (1..%d)", n, len(res.Outcomes), n, n)
		}
		for _, o := range res.Outcomes {
			replay, err := Run(prog, Config{Schedule: o.Schedule})
			if err != nil || replay.Stdout != o.Stdout {
				t.Errorf("n=%d: schedule %s replays to %q, want %q (%v)", n, o.Schedule, replay.Stdout, o.Stdout, err)
			}
		}
	}
	// threads that touch only their own globals: one trace
	prog := mustCompile(t, `import threading
def a():
    global x
    x = 1
def b():
    global y
    y = 2
t1 = threading.Thread(target=a); t2 = threading.Thread(target=b)
t1.start(); t2.start(); t1.join(); t2.join()
print(x + y)
`)
	res, err := Explore(context.Background(), prog, explore.DefaultOptions())
	if err != nil || res.Executions != 1 {
		t.Errorf("independent threads: %d executions (%v), want 1", res.Executions, err)
	}
}

// TestExploreDeadlockAndBudgets: the two-lock deadlock is among the
// outcomes; a budget makes the result incomplete.
func TestExploreDeadlockAndBudgets(t *testing.T) {
	prog := mustCompile(t, `import threading
a = threading.Lock()
b = threading.Lock()
def one():
    with a:
        with b:
            pass
def two():
    with b:
        with a:
            pass
t1 = threading.Thread(target=one); t2 = threading.Thread(target=two)
t1.start(); t2.start(); t1.join(); t2.join()
print("done")
`)
	res, err := Explore(context.Background(), prog, explore.DefaultOptions())
	if err != nil {
		t.Fatal(err)
	}
	statuses := map[string]bool{}
	for _, o := range res.Outcomes {
		statuses[o.Status] = true
		if o.Status == "deadlock" && !strings.Contains(o.Stderr, "held by") {
			t.Errorf("deadlock report %q", o.Stderr)
		}
	}
	if !statuses["deadlock"] || !statuses["ok"] {
		t.Errorf("outcomes %v", statuses)
	}
	opts := explore.DefaultOptions()
	opts.MaxExecutions = 1
	res, err = Explore(context.Background(), prog, opts)
	if err != nil || res.Complete {
		t.Errorf("with a budget of 1: complete %v (%v)", res.Complete, err)
	}
}
