package threading_test

import (
	"bytes"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"testing"

	"lockstep/wasm/runner"
	"lockstep/wasm/trace"
	"lockstep/wasm/vm"
)

// The test programs live in testdata/programs (one behaviour each, the
// threading tests of CPython's Lib/test/lock_tests.py and friends, written
// anew) and testdata/topics (one per curriculum topic). Each NAME.py has
// golden files: NAME.stdout (required), NAME.stderr, NAME.code (exit
// status, default 0) and NAME.status (run status, default "ok"). Every
// program's outcome is fixed: it must be the same for every seed.
//
// A first-line comment may say how the program relates to CPython:
//
//	# cpython: skip     the output is Lockstep's own (a deadlock, exact
//	                    virtual times): not compared with python3
//	# cpython: stdout   only stdout and the exit status are compared
//	                    (stderr has tracebacks through library frames,
//	                    which Lockstep hides)
//
// Otherwise stdout, stderr and the exit status must equal python3's.
//
// Regenerate the golden files from Lockstep with -update (and check the
// result against python3 with TestProgramsMatchCPython).

var update = flag.Bool("update", false, "rewrite the golden files from Lockstep's output")

// seeds is how many seeds each program runs with in TestPrograms.
func seeds() int {
	if testing.Short() {
		return 5
	}
	return 20
}

type program struct {
	path string
	name string // file name, as the program sees it in tracebacks
	src  []byte
	mode string // "", "skip" or "stdout"
}

func programs(t testing.TB) []program {
	var out []program
	for _, dir := range []string{"testdata/programs", "testdata/topics"} {
		files, err := filepath.Glob(filepath.Join(dir, "*.py"))
		if err != nil {
			t.Fatal(err)
		}
		for _, f := range files {
			src, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			p := program{path: f, name: filepath.Base(f), src: src}
			first, _, _ := bytes.Cut(src, []byte("\n"))
			if m, ok := strings.CutPrefix(string(first), "# cpython: "); ok {
				p.mode = strings.TrimSpace(m)
			}
			out = append(out, p)
		}
	}
	if len(out) == 0 {
		t.Fatal("no test programs")
	}
	return out
}

var warmOnce sync.Once

// warmUp runs every program once, one after the other, before the tests
// that compare runs. The VM gives process-global objects (builtin types
// such as queue.LifoQueue) an identity the first time a machine asks for
// one, from that machine's counter; a later machine then skips that
// number, so the first run in a process numbers its objects differently
// from the next ones (and machines running in parallel race on it).
// Running everything once first makes the runs being compared equal.
func warmUp(t testing.TB) {
	warmOnce.Do(func() {
		for _, p := range programs(t) {
			for seed := uint64(0); seed < 2; seed++ {
				run(t, p, runner.Config{Seed: seed, Trace: true})
			}
		}
	})
}

type outcome struct {
	stdout, stderr string
	code           int
	status         string
}

func (o outcome) String() string {
	return fmt.Sprintf("status %s, exit %d\n--- stdout\n%s--- stderr\n%s", o.status, o.code, o.stdout, o.stderr)
}

func golden(t *testing.T, p program) outcome {
	base := strings.TrimSuffix(p.path, ".py")
	read := func(ext string) (string, bool) {
		b, err := os.ReadFile(base + ext)
		if err != nil {
			return "", false
		}
		return string(b), true
	}
	var o outcome
	var ok bool
	if o.stdout, ok = read(".stdout"); !ok && !*update {
		t.Fatalf("missing %s.stdout", base)
	}
	o.stderr, _ = read(".stderr")
	if c, ok := read(".code"); ok {
		o.code, _ = strconv.Atoi(strings.TrimSpace(c))
	}
	o.status = "ok"
	if s, ok := read(".status"); ok {
		o.status = strings.TrimSpace(s)
	}
	return o
}

func writeGolden(t *testing.T, p program, o outcome) {
	base := strings.TrimSuffix(p.path, ".py")
	write := func(ext, s string, keep bool) {
		if !keep {
			os.Remove(base + ext)
			return
		}
		if err := os.WriteFile(base+ext, []byte(s), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write(".stdout", o.stdout, true)
	write(".stderr", o.stderr, o.stderr != "")
	write(".code", strconv.Itoa(o.code)+"\n", o.code != 0)
	write(".status", o.status+"\n", o.status != "ok")
}

func run(t testing.TB, p program, cfg runner.Config) *trace.Result {
	prog, cerr := runner.Compile(p.name, p.src)
	if cerr != nil {
		t.Fatalf("%s: %s", p.name, cerr.Text)
	}
	res, err := runner.Run(prog, cfg)
	if err != nil {
		t.Fatalf("%s: %v", p.name, err)
	}
	return res
}

func outcomeOf(res *trace.Result) outcome {
	return outcome{stdout: res.Stdout, stderr: res.Stderr, code: res.ExitCode, status: res.Status}
}

// TestPrograms runs every test program with several seeds: each run must
// give the golden outcome.
func TestPrograms(t *testing.T) {
	warmUp(t)
	for _, p := range programs(t) {
		p := p
		t.Run(strings.TrimSuffix(p.name, ".py"), func(t *testing.T) {
			t.Parallel()
			want := golden(t, p)
			for seed := uint64(0); seed < uint64(seeds()); seed++ {
				got := outcomeOf(run(t, p, runner.Config{Seed: seed}))
				if *update && seed == 0 {
					writeGolden(t, p, got)
					want = got
				}
				if got != want {
					t.Fatalf("seed %d:\n%s\nwant:\n%s", seed, got, want)
				}
			}
		})
	}
}

// TestDeadlockReports checks the deadlocking programs: every blocked
// thread is named with what it waits for, and who holds it when someone
// does.
func TestDeadlockReports(t *testing.T) {
	warmUp(t)
	n := 0
	for _, p := range programs(t) {
		want := golden(t, p)
		if want.status != "deadlock" {
			continue
		}
		n++
		res := run(t, p, runner.Config{Seed: 1})
		if res.ExitCode != 3 || res.Deadlock == nil || len(res.Deadlock.Threads) == 0 {
			t.Errorf("%s: exit %d, report %+v", p.name, res.ExitCode, res.Deadlock)
			continue
		}
		held := 0
		for _, e := range res.Deadlock.Threads {
			if e.Label == "" || e.Name == "" || e.WaitsFor == "" || e.Line == 0 || !strings.Contains(e.Text, e.WaitsFor) {
				t.Errorf("%s: incomplete entry %+v", p.name, e)
			}
			if e.HeldBy >= 0 {
				held++
				if !strings.Contains(e.Text, "held by ") {
					t.Errorf("%s: %q does not say who holds it", p.name, e.Text)
				}
			}
			if !strings.Contains(res.Stderr, e.Text) {
				t.Errorf("%s: stderr does not report %q", p.name, e.Text)
			}
		}
		if strings.Contains(string(p.src), "Lock()") && held == 0 {
			t.Errorf("%s: no holder named in %+v", p.name, res.Deadlock.Threads)
		}
	}
	if n == 0 {
		t.Fatal("no deadlocking program")
	}
}

// TestProgramsMatchCPython runs the programs with python3 (3.11) when it
// is installed: the golden files must be CPython's output.
func TestProgramsMatchCPython(t *testing.T) {
	if testing.Short() {
		t.Skip("runs python3")
	}
	py, err := exec.LookPath("python3")
	if err != nil {
		t.Skip("python3 not found")
	}
	if v, err := exec.Command(py, "-c", "import sys; print(sys.version_info[:2] == (3, 11))").Output(); err != nil || strings.TrimSpace(string(v)) != "True" {
		t.Skip("python3 is not CPython 3.11")
	}
	for _, p := range programs(t) {
		p := p
		if p.mode == "skip" {
			continue
		}
		t.Run(strings.TrimSuffix(p.name, ".py"), func(t *testing.T) {
			t.Parallel()
			want := golden(t, p)
			if p.mode == "stdout" {
				want.stderr = ""
			}
			want.status = ""
			// CPython runs these programs in real time (sleeps of a few
			// milliseconds order the threads), so on a loaded machine a
			// run can come out differently: it must match at least once
			// in three tries.
			var got outcome
			for try := 0; try < 3; try++ {
				got = runCPython(t, py, p)
				if p.mode == "stdout" {
					got.stderr = ""
				}
				got.status = ""
				if got == want {
					return
				}
			}
			t.Errorf("python3 gives\n%s\ngolden:\n%s", got, want)
		})
	}
}

func runCPython(t *testing.T, py string, p program) outcome {
	dir, err := filepath.Abs(filepath.Dir(p.path))
	if err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command(py, p.name)
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), "PYTHONHASHSEED=0", "TZ=UTC")
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	err = cmd.Run()
	o := outcome{stdout: stdout.String(), stderr: strings.ReplaceAll(stderr.String(), dir+"/", "")}
	if ee, ok := err.(*exec.ExitError); ok {
		o.code = ee.ExitCode()
	} else if err != nil {
		t.Fatal(err)
	}
	return o
}

// TestDeterminism runs every program with many seeds, twice each: the
// traces must be identical, and replaying a run's schedule must reproduce
// its trace.
func TestDeterminism(t *testing.T) {
	nseeds := 200
	if testing.Short() {
		nseeds = 10
	}
	warmUp(t)
	for _, p := range programs(t) {
		p := p
		t.Run(strings.TrimSuffix(p.name, ".py"), func(t *testing.T) {
			t.Parallel()
			prog, cerr := runner.Compile(p.name, p.src)
			if cerr != nil {
				t.Fatal(cerr.Text)
			}
			for seed := uint64(0); seed < uint64(nseeds); seed++ {
				traceJSON(t, prog, runner.Config{Seed: seed, Trace: true}) // see warmUp
				a := traceJSON(t, prog, runner.Config{Seed: seed, Trace: true})
				b := traceJSON(t, prog, runner.Config{Seed: seed, Trace: true})
				if !bytes.Equal(a.json, b.json) {
					t.Fatalf("seed %d: two runs differ", seed)
				}
				c := traceJSON(t, prog, runner.Config{Schedule: a.res.Schedule, Trace: true})
				if !bytes.Equal(a.body, c.body) {
					t.Fatalf("seed %d: replaying %q gives another trace", seed, a.res.Schedule)
				}
			}
		})
	}
}

type marshalled struct {
	res  *trace.Result
	json []byte // the whole result
	body []byte // without the fields that name the policy
}

func traceJSON(t *testing.T, prog *vm.Program, cfg runner.Config) marshalled {
	res, err := runner.Run(prog, cfg)
	if err != nil {
		t.Fatal(err)
	}
	whole, err := json.Marshal(res)
	if err != nil {
		t.Fatal(err)
	}
	c := *res
	c.Seed, c.Policy = 0, ""
	body, err := json.Marshal(&c)
	if err != nil {
		t.Fatal(err)
	}
	return marshalled{res: res, json: whole, body: body}
}
