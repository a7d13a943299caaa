package engine

import (
	"encoding/json"
	"strings"
	"testing"
)

const race = `import threading

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

func call(t *testing.T, req map[string]any) map[string]any {
	t.Helper()
	data, _ := json.Marshal(req)
	out := Handle(data, nil)
	var m map[string]any
	if err := json.Unmarshal(out, &m); err != nil {
		t.Fatalf("answer is not JSON: %v\n%s", err, out)
	}
	return m
}

func TestRunAnswersATrace(t *testing.T) {
	m := call(t, map[string]any{"type": "run", "source": race, "seed": 7})
	if m["type"] != "trace" || m["status"] != "ok" {
		t.Fatalf("got %v %v: %v", m["type"], m["status"], m["message"])
	}
	out := m["stdout"].(string)
	if out != "0\n" && out != "100\n" && out != "-100\n" {
		t.Errorf("stdout %q", out)
	}
	if len(m["events"].([]any)) == 0 || len(m["threads"].([]any)) != 3 {
		t.Errorf("want events and 3 threads, got %d threads", len(m["threads"].([]any)))
	}
	// replaying the schedule gives the same trace
	again := call(t, map[string]any{"type": "run", "source": race, "schedule": m["schedule"]})
	a, _ := json.Marshal(m["events"])
	b, _ := json.Marshal(again["events"])
	if string(a) != string(b) {
		t.Error("replaying the schedule gave another trace")
	}
}

func TestCompileErrorIsATrace(t *testing.T) {
	m := call(t, map[string]any{"type": "run", "source": "x = = 1\n"})
	if m["status"] != "error" {
		t.Fatalf("status %v", m["status"])
	}
	e := m["error"].(map[string]any)
	if e["type"] != "SyntaxError" || e["line"].(float64) != 1 || e["col"].(float64) != 5 {
		t.Errorf("error %v", e)
	}
	if !strings.Contains(e["text"].(string), "^") {
		t.Errorf("no caret in %q", e["text"])
	}
}

func TestStepByHandAndUndo(t *testing.T) {
	m := call(t, map[string]any{"type": "step", "source": race, "choices": []int{}})
	if m["paused"] != true {
		t.Fatalf("not paused: %v", m["message"])
	}
	runnable := m["runnable"].([]any)
	if len(runnable) < 2 {
		t.Fatalf("runnable %v", runnable)
	}
	// always pick the first enabled thread until the end
	var choices []int
	for i := 0; i < 200 && m["paused"] == true; i++ {
		for _, r := range m["runnable"].([]any) {
			r := r.(map[string]any)
			if r["enabled"] == true {
				choices = append(choices, int(r["thread"].(float64)))
				break
			}
		}
		m = call(t, map[string]any{"type": "step", "source": race, "choices": choices})
	}
	if m["paused"] != false || m["status"] != "ok" {
		t.Fatalf("did not finish: %v", m["status"])
	}
	undo := call(t, map[string]any{"type": "step", "source": race, "choices": choices[:len(choices)-1]})
	if undo["paused"] != true {
		t.Error("undo did not go back to a paused run")
	}
}

func TestSnapshotShowsVariables(t *testing.T) {
	m := call(t, map[string]any{"type": "run", "source": race, "seed": 1})
	s := call(t, map[string]any{"type": "snapshot", "source": race, "schedule": m["schedule"], "step": 3})
	if s["type"] != "snapshot" {
		t.Fatalf("got %v", s)
	}
	found := false
	for _, v := range s["variables"].([]any) {
		if v.(map[string]any)["name"] == "balance" {
			found = true
		}
	}
	if !found {
		t.Errorf("balance not among the variables: %v", s["variables"])
	}
}

func TestBadRequestsAreAnswered(t *testing.T) {
	for _, req := range []string{"", "{", `{"type":"nope"}`, `{"type":"run","source":"while True: pass"}`, `{"type":"snapshot","source":"x=1","schedule":"!!"}`} {
		out := Handle([]byte(req), nil)
		var m map[string]any
		if err := json.Unmarshal(out, &m); err != nil {
			t.Errorf("%q: answer is not JSON: %s", req, out)
		}
	}
}

func TestExploreFindsEveryOutcome(t *testing.T) {
	reports := 0
	data, _ := json.Marshal(map[string]any{"type": "explore", "source": race})
	out := Handle(data, func(report []byte) bool { reports++; return true })
	var m map[string]any
	if err := json.Unmarshal(out, &m); err != nil {
		t.Fatal(err)
	}
	if m["type"] != "explored" || m["complete"] != true {
		t.Fatalf("answer %s", out)
	}
	got := map[string]bool{}
	for _, o := range m["outcomes"].([]any) {
		got[o.(map[string]any)["stdout"].(string)] = true
	}
	if len(got) != 3 || !got["-100\n"] || !got["0\n"] || !got["100\n"] {
		t.Errorf("outcomes %v", got)
	}
	// cancelling at the first report stops early
	out = Handle(data, func(report []byte) bool { return false })
	json.Unmarshal(out, &m)
	if m["type"] != "explored" {
		t.Errorf("cancelled answer %s", out)
	}
}
