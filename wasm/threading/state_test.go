package threading_test

import (
	"strings"
	"testing"

	"lockstep/wasm/runner"
	"lockstep/wasm/sched"
	"lockstep/wasm/vm"
)

// runToEnd runs src under the seeded random policy with tracing and returns
// the finished machine.
func runToEnd(t *testing.T, src string, seed uint64) *vm.Machine {
	t.Helper()
	prog, cerr := runner.Compile("main.py", []byte(src))
	if cerr != nil {
		t.Fatal(cerr.Text)
	}
	m := vm.NewMachine(prog, vm.Options{Seed: seed, Trace: true})
	m.Start()
	p := sched.NewRandom(seed)
	last := 0
	for {
		en := m.Enabled()
		if len(en) == 0 {
			break
		}
		last = p.Choose(en, last)
		m.Step(last)
	}
	return m
}

// TestQueueEvents checks the timeline of a queue: one put or get event per
// call, with the value's repr, the text the timeline shows, and the
// producer's put as the cause of a consumer that had to wait.
func TestQueueEvents(t *testing.T) {
	src := `import queue, threading
q = queue.Queue()
def consumer():
    print(q.get())
t = threading.Thread(target=consumer)
t.start()
q.put("x")
t.join()
`
	for seed := uint64(0); seed < 10; seed++ {
		m := runToEnd(t, src, seed)
		var put, get *vm.Event
		for i, ev := range m.Events() {
			switch ev.Kind {
			case "put":
				put = &m.Events()[i]
			case "get":
				get = &m.Events()[i]
			}
		}
		if put == nil || get == nil {
			t.Fatalf("seed %d: no put or get event in %+v", seed, m.Events())
		}
		if put.Text != "Main put q ← 'x'" || put.Value != "'x'" || put.Target != "q" || put.Line != 7 || !put.Write {
			t.Errorf("seed %d: put event %+v", seed, *put)
		}
		if get.Text != "T1 get q → 'x'" || get.Value != "'x'" || get.Line != 4 {
			t.Errorf("seed %d: get event %+v", seed, *get)
		}
		if get.Cause != 0 && get.Cause != put.Step {
			t.Errorf("seed %d: get caused by step %d, put is step %d", seed, get.Cause, put.Step)
		}
	}
}

// TestDescribe checks what the state panel shows for the queue, local,
// executor and future objects.
func TestDescribe(t *testing.T) {
	src := `import queue, threading
from concurrent.futures import ThreadPoolExecutor
q = queue.Queue(maxsize=3)
q.put(1)
q.put("two")
data = threading.local()
data.x = 5
ex = ThreadPoolExecutor(2)
fut = ex.submit(pow, 2, 10)
fut.result()
ex.shutdown()
lq = queue.LifoQueue()
lq.put(1)
lq.put(2)
`
	m := runToEnd(t, src, 1)
	if m.Status() != vm.StatusOK {
		t.Fatalf("%s: %s", m.Status(), m.Stderr())
	}
	got := map[string]vm.PrimitiveInfo{}
	for _, p := range m.Snapshot().Primitives {
		got[p.Name] = p.Info
	}
	want := map[string]struct{ typ, text string }{
		"q":    {"Queue", "2 items (max 3): [1, 'two']; 2 unfinished"},
		"lq":   {"LifoQueue", "2 items: [2, 1]; 2 unfinished"},
		"data": {"local", "Main: x=5"},
		"ex":   {"ThreadPoolExecutor", "1 of 2 workers: T1; shut down"},
		"fut":  {"Future", "pow(2, 10) → 1024"},
	}
	for name, w := range want {
		info, ok := got[name]
		if !ok {
			t.Errorf("%s missing from the snapshot", name)
			continue
		}
		if info.Type != w.typ || info.Text != w.text {
			t.Errorf("%s: %s %q, want %s %q", name, info.Type, info.Text, w.typ, w.text)
		}
	}
	if v := got["q"].Value; v == nil || *v != 2 {
		t.Errorf("q value %v", v)
	}
}

// TestWaitersInDeadlock checks the deadlock report of threads blocked on a
// queue and on a future: what they wait for, in words.
func TestWaitersInDeadlock(t *testing.T) {
	src := `import queue, threading
from concurrent.futures import Future
q = queue.Queue()
f = Future()
t = threading.Thread(target=q.get, name="getter")
t.start()
f.result()
`
	m := runToEnd(t, src, 3)
	if m.Status() != vm.StatusDeadlock || m.ExitCode() != 3 {
		t.Fatalf("status %s, exit %d", m.Status(), m.ExitCode())
	}
	var texts []string
	for _, e := range m.Deadlock() {
		texts = append(texts, e.Text)
	}
	all := strings.Join(texts, "\n")
	for _, w := range []string{"Main (MainThread) waits for the result of f at main.py:7", "T1 (getter) waits for an item in"} {
		if !strings.Contains(all, w) {
			t.Errorf("report %q lacks %q", all, w)
		}
	}
}
