package runner

import (
	"encoding/json"
	"strings"
	"testing"

	"lockstep/wasm/sched"
	"lockstep/wasm/vm"
)

const raceSource = `import threading

counter = 0

def work():
    global counter
    counter += 1

t1 = threading.Thread(target=work)
t2 = threading.Thread(target=work)
t1.start()
t2.start()
t1.join()
t2.join()
print(counter)
`

func mustCompile(t testing.TB, src string) *vm.Program {
	t.Helper()
	prog, cerr := Compile("race.py", []byte(src))
	if cerr != nil {
		t.Fatalf("compile: %s", cerr.Text)
	}
	return prog
}

// TestStepByStep drives two threads through the Go API, one step at a
// time, choosing the order that loses an update.
func TestStepByStep(t *testing.T) {
	prog := mustCompile(t, raceSource)
	m := vm.NewMachine(prog, vm.Options{Trace: true})
	m.Start()
	// Main has started T1 and is paused before t2.start; run Main until both
	// workers exist and are paused before their first step.
	step := func(id int) {
		t.Helper()
		if !contains(m.Enabled(), id) {
			t.Fatalf("thread %d is not enabled (enabled: %v)", id, m.Enabled())
		}
		m.Step(id)
	}
	for len(m.Threads()) < 3 {
		step(0)
	}
	// T1 starts and reads counter (0); T2 starts and reads counter (0).
	t1, t2 := 1, 2
	step(t1) // start, runs to the read of counter
	step(t1) // read counter -> 0
	step(t2)
	step(t2) // read counter -> 0
	if got := m.Threads()[t1].NextAction(); got != "write counter ← 1" {
		t.Errorf("T1's next action is %q", got)
	}
	step(t1) // write counter <- 1
	step(t2) // write counter <- 1: the update of T1 is lost
	for {
		en := m.Enabled()
		if len(en) == 0 {
			break
		}
		m.Step(en[0])
	}
	if m.Stdout() != "1\n" {
		t.Errorf("stdout %q, want the lost update (1)", m.Stdout())
	}
}

// TestSeedsShowTheRace checks that different seeds give both results and
// that a Lock always gives the right one.
func TestSeedsShowTheRace(t *testing.T) {
	prog := mustCompile(t, raceSource)
	seen := map[string]bool{}
	for seed := uint64(0); seed < 200; seed++ {
		res, err := Run(prog, Config{Seed: seed})
		if err != nil {
			t.Fatal(err)
		}
		seen[res.Stdout] = true
	}
	if !seen["1\n"] || !seen["2\n"] {
		t.Errorf("outputs over 200 seeds: %v, want both 1 and 2", seen)
	}
	locked := mustCompile(t, `import threading
counter = 0
lock = threading.Lock()
def work():
    global counter
    with lock:
        counter += 1
ts = [threading.Thread(target=work) for _ in range(3)]
for t in ts: t.start()
for t in ts: t.join()
print(counter)
`)
	for seed := uint64(0); seed < 200; seed++ {
		res, _ := Run(locked, Config{Seed: seed})
		if res.Stdout != "3\n" {
			t.Fatalf("seed %d: %q with a lock", seed, res.Stdout)
		}
	}
}

// TestDeterminism runs every seed twice and compares the traces byte for
// byte, then replays the recorded schedule.
func TestDeterminism(t *testing.T) {
	prog := mustCompile(t, raceSource)
	n := 1000
	if testing.Short() {
		n = 100
	}
	for seed := uint64(0); seed < uint64(n); seed++ {
		a, _ := Run(prog, Config{Seed: seed, Trace: true})
		b, _ := Run(prog, Config{Seed: seed, Trace: true})
		ja, _ := json.Marshal(a)
		jb, _ := json.Marshal(b)
		if string(ja) != string(jb) {
			t.Fatalf("seed %d: two runs differ", seed)
		}
		if seed%50 == 0 {
			c, err := Run(prog, Config{Schedule: a.Schedule, Trace: true})
			if err != nil {
				t.Fatal(err)
			}
			c.Policy, c.Seed = a.Policy, a.Seed
			jc, _ := json.Marshal(c)
			if string(jc) != string(ja) {
				t.Fatalf("seed %d: replaying %s differs", seed, a.Schedule)
			}
		}
	}
}

func TestBadScheduleIsAnError(t *testing.T) {
	prog := mustCompile(t, raceSource)
	for _, s := range []string{"!!!", "Z", "B9999999"} {
		if _, err := Run(prog, Config{Schedule: s}); err == nil {
			if _, derr := sched.Decode(s); derr != nil {
				t.Errorf("schedule %q: no error", s)
			}
		}
	}
}

// TestLivelockIsReported: a thread spinning on a flag nobody sets ends the
// run as a livelock, with a report, long before the step budget.
func TestLivelockIsReported(t *testing.T) {
	prog := mustCompile(t, `import threading
ready = False
def waiter():
    while not ready:
        pass
t = threading.Thread(target=waiter)
t.start()
t.join()
`)
	res, err := Run(prog, Config{Seed: 1})
	if err != nil {
		t.Fatal(err)
	}
	if res.Status != "livelock" || res.ExitCode != 4 || !strings.Contains(res.Stderr, "T1 (Thread-1 (waiter)) at race.py:4") {
		t.Errorf("status %s, exit %d, stderr %q", res.Status, res.ExitCode, res.Stderr)
	}
}
