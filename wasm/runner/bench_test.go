package runner

import (
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strings"
	"testing"
	"time"

	"lockstep/wasm/explore"
)

// benchDir holds CPU-bound programs timed against CPython.
const benchDir = "../testdata/bench"

// cpythonSeconds times a program under python3, median of three runs; 0
// when python3 is missing.
func cpythonSeconds(path string) float64 {
	py, err := exec.LookPath("python3")
	if err != nil {
		return 0
	}
	var times []float64
	for i := 0; i < 3; i++ {
		start := time.Now()
		if err := exec.Command(py, path).Run(); err != nil {
			return 0
		}
		times = append(times, time.Since(start).Seconds())
	}
	sort.Float64s(times)
	return times[1]
}

// BenchmarkCPUBound runs each program of wasm/testdata/bench and reports
// its time relative to CPython 3.11 (x-cpython, target ≤ 3) and the steps
// per second.
func BenchmarkCPUBound(b *testing.B) {
	files, _ := filepath.Glob(filepath.Join(benchDir, "*.py"))
	for _, path := range files {
		name := strings.TrimSuffix(filepath.Base(path), ".py")
		src, err := os.ReadFile(path)
		if err != nil {
			b.Fatal(err)
		}
		want, _ := os.ReadFile(strings.TrimSuffix(path, ".py") + ".stdout")
		prog, cerr := Compile(filepath.Base(path), src)
		if cerr != nil {
			b.Fatal(cerr.Text)
		}
		py := cpythonSeconds(path)
		b.Run(name, func(b *testing.B) {
			var steps int
			start := time.Now()
			for i := 0; i < b.N; i++ {
				res, err := Run(prog, Config{Seed: 1})
				if err != nil || res.Stdout != string(want) {
					b.Fatalf("%s: wrong output %q (%v)", name, res.Stdout, err)
				}
				steps = res.Steps
			}
			per := time.Since(start).Seconds() / float64(b.N)
			if py > 0 {
				b.ReportMetric(per/py, "x-cpython")
			}
			b.ReportMetric(float64(steps)/per, "steps/s")
		})
	}
}

const threeCounter = `import threading
counter = 0
def work():
    global counter
    counter += 1
ts = [threading.Thread(target=work) for _ in range(3)]
for t in ts: t.start()
for t in ts: t.join()
print(counter)
`

// BenchmarkExplore reports executions per second of a complete DPOR
// exploration (target ≥ 50,000/s natively on the balance race).
func BenchmarkExplore(b *testing.B) {
	for _, c := range []struct{ name, src string }{{"balance-race", raceSourceBalance}, {"counter-3-threads", threeCounter}} {
		prog, cerr := Compile(c.name+".py", []byte(c.src))
		if cerr != nil {
			b.Fatal(cerr.Text)
		}
		b.Run(c.name, func(b *testing.B) {
			execs := 0
			start := time.Now()
			for i := 0; i < b.N; i++ {
				res, err := Explore(context.Background(), prog, explore.DefaultOptions())
				if err != nil || !res.Complete {
					b.Fatalf("%v", err)
				}
				execs += res.Executions
			}
			b.ReportMetric(float64(execs)/time.Since(start).Seconds(), "executions/s")
		})
	}
}

const raceSourceBalance = `import threading

balance = 0

def change(delta):
    global balance
    balance += delta

t1 = threading.Thread(target=change, args=(100,))
t2 = threading.Thread(target=change, args=(-100,))
t1.start()
t2.start()
t1.join()
t2.join()
print(balance)
`
