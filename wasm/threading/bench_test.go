package threading_test

import (
	"fmt"
	"testing"
	"time"

	"lockstep/wasm/runner"
	"lockstep/wasm/sched"
	"lockstep/wasm/vm"
)

// benchWork is the total number of lock/unlock pairs of a benchmark run,
// split evenly between its threads.
const benchWork = 12000

// lockLoopProgram is a program whose n threads each take and release one
// lock work/n times; main starts them and joins them.
func lockLoopProgram(n, work int) string {
	return fmt.Sprintf(`import threading
lock = threading.Lock()
def worker(k):
    for _ in range(k):
        lock.acquire()
        lock.release()
threads = [threading.Thread(target=worker, args=(%d,)) for _ in range(%d)]
for t in threads:
    t.start()
for t in threads:
    t.join()
`, work/n, n)
}

// runMachine runs prog to its end under the seeded random policy, as
// runner.Run does, without building the trace document; it returns the
// number of steps.
func runMachine(b *testing.B, prog *vm.Program, seed uint64) int {
	m := vm.NewMachine(prog, vm.Options{Seed: seed})
	m.Start()
	policy := sched.NewRandom(seed)
	last := 0
	for {
		en := m.Enabled()
		if len(en) == 0 {
			break
		}
		last = policy.Choose(en, last)
		m.Step(last)
	}
	if m.Status() != vm.StatusOK {
		b.Fatalf("status %s: %s", m.Status(), m.Stderr())
	}
	return m.StepNumber()
}

// BenchmarkSchedulingOverhead measures the cost of a step when many threads
// compete (2, 10, 100 threads doing lock/unlock loops) against one thread
// doing the same total work (threads=1: one worker, main waiting in join),
// reporting steps/s (wall clock), steps per CPU second and CPU ns/step
// (CPU time, including the garbage collector's, is steadier than the wall
// clock on a busy machine) and, for several threads, the ratio of their
// CPU cost per step to the one-thread case ("slowdown"; the target is at
// most 1.5). The machine/ cases step the VM directly; the run/ cases go through
// runner.Run, which also builds the result document (thread state logs).
func BenchmarkSchedulingOverhead(b *testing.B) {
	for _, mode := range []string{"machine", "run"} {
		var base float64 // ns per step with one thread
		for _, n := range []int{1, 2, 10, 100} {
			src := lockLoopProgram(n, benchWork)
			prog, cerr := runner.Compile("bench.py", []byte(src))
			if cerr != nil {
				b.Fatal(cerr.Text)
			}
			b.Run(fmt.Sprintf("%s/threads=%d", mode, n), func(b *testing.B) {
				steps := 0
				start, cpu := time.Now(), cpuTime()
				for i := 0; i < b.N; i++ {
					if mode == "machine" {
						steps += runMachine(b, prog, uint64(i))
						continue
					}
					res, err := runner.Run(prog, runner.Config{Seed: uint64(i)})
					if err != nil || res.Status != string(vm.StatusOK) {
						b.Fatalf("%v %s %s", err, res.Status, res.Stderr)
					}
					steps += res.Steps
				}
				elapsed := time.Since(start)
				used := cpuTime() - cpu
				nsPerStep := float64(used.Nanoseconds()) / float64(steps)
				b.ReportMetric(float64(steps)/elapsed.Seconds(), "steps/s")
				b.ReportMetric(float64(steps)/used.Seconds(), "steps/cpu-s")
				b.ReportMetric(nsPerStep, "cpu-ns/step")
				if n == 1 {
					base = nsPerStep
				} else if base > 0 {
					b.ReportMetric(nsPerStep/base, "slowdown")
				}
			})
		}
	}
}
