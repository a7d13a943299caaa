package main

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"lockstep/wasm/share"
)

func runCLI(t *testing.T, args ...string) (string, string, int) {
	t.Helper()
	var out, errOut bytes.Buffer
	code := run(args, &out, &errOut)
	return out.String(), errOut.String(), code
}

func writeFile(t *testing.T, name, src string) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), name)
	if err := os.WriteFile(path, []byte(src), 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

const raceProgram = `import threading
balance = 0
def change(delta):
    global balance
    balance += delta
t1 = threading.Thread(target=change, args=(100,))
t2 = threading.Thread(target=change, args=(-100,))
t1.start(); t2.start(); t1.join(); t2.join()
print(balance)
`

// TestLessonsBehaveAsTheySay is `lockstep check lessons/`: every scenario's
// declared outcomes hold under Explore and every challenge is solvable.
func TestLessonsBehaveAsTheySay(t *testing.T) {
	out, errOut, code := runCLI(t, "check", "../../lessons")
	if code != 0 {
		t.Fatalf("check failed (%d):\n%s%s", code, out, errOut)
	}
}

func TestRunExitStatuses(t *testing.T) {
	cases := []struct {
		name, src string
		code      int
		stderr    string
	}{
		{"ok.py", "print('hi')\n", 0, ""},
		{"err.py", "1/0\n", 1, "ZeroDivisionError: division by zero"},
		{"syntax.py", "x = = 1\n", 1, "SyntaxError: invalid syntax"},
		{"dead.py", "import threading\nl = threading.Lock()\nl.acquire()\nl.acquire()\n", 3, "deadlock"},
		{"loop.py", "while True:\n    pass\n", 4, "step budget"},
		{"unsupported.py", "async def f():\n    pass\n", 1, "lockstep does not support"},
	}
	for _, c := range cases {
		_, errOut, code := runCLI(t, "run", writeFile(t, c.name, c.src))
		if code != c.code || !strings.Contains(errOut, c.stderr) {
			t.Errorf("%s: exit %d, stderr %q; want %d and %q", c.name, code, errOut, c.code, c.stderr)
		}
	}
	if _, _, code := runCLI(t, "run", "--bogus", "x.py"); code != 2 {
		t.Errorf("bad flag: exit %d, want 2", code)
	}
	if _, _, code := runCLI(t, "run", "/no/such/file.py"); code != 2 {
		t.Errorf("missing file: exit %d, want 2", code)
	}
}

func TestSameSeedSameRun(t *testing.T) {
	path := writeFile(t, "race.py", raceProgram)
	seen := map[string]bool{}
	for _, seed := range []string{"1", "2", "3", "4", "5", "6", "7", "8"} {
		a, _, _ := runCLI(t, "run", "--seed", seed, path)
		b, _, _ := runCLI(t, "run", "--seed", seed, path)
		if a != b {
			t.Fatalf("seed %s: %q then %q", seed, a, b)
		}
		seen[a] = true
	}
	if len(seen) < 2 {
		t.Errorf("eight seeds all printed %v", seen)
	}
}

func TestExploreJSONContract(t *testing.T) {
	path := writeFile(t, "race.py", raceProgram)
	out, errOut, code := runCLI(t, "explore", "--json", path)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	var res struct {
		Complete   bool `json:"complete"`
		Executions int  `json:"executions"`
		Outcomes   []struct {
			Status, Stdout, Stderr, Schedule string
			Count                            int
		} `json:"outcomes"`
	}
	if err := json.Unmarshal([]byte(out), &res); err != nil {
		t.Fatalf("not JSON: %v\n%s", err, out)
	}
	got := map[string]string{}
	for _, o := range res.Outcomes {
		got[o.Stdout] = o.Schedule
	}
	if !res.Complete || len(got) != 3 || got["-100\n"] == "" || got["0\n"] == "" || got["100\n"] == "" {
		t.Fatalf("result %+v", res)
	}
	for want, schedule := range got {
		replay, _, _ := runCLI(t, "run", "--schedule", schedule, path)
		if replay != want {
			t.Errorf("schedule %s replays to %q, want %q", schedule, replay, want)
		}
	}
	if _, _, code := runCLI(t, "explore", writeFile(t, "bad.py", "x = = 1\n")); code != 1 {
		t.Errorf("explore of a bad program: exit %d, want 1", code)
	}
	if _, _, code := runCLI(t, "explore", "--strategy", "nope", path); code != 2 {
		t.Errorf("bad strategy: exit %d, want 2", code)
	}
}

func TestTraceTable(t *testing.T) {
	out, _, code := runCLI(t, "trace", "--seed", "3", writeFile(t, "race.py", raceProgram))
	if code != 0 || !strings.Contains(out, "read     balance -> 0") {
		t.Errorf("exit %d, table:\n%s", code, out)
	}
}

func TestShareMakesALinkTheGoDecoderReads(t *testing.T) {
	path := writeFile(t, "race.py", raceProgram)
	out, errOut, code := runCLI(t, "share", "--schedule", "BDCAB", "--step", "5", path)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	frag := strings.TrimSpace(out)
	if strings.HasPrefix(frag, "#") || !strings.HasPrefix(frag, "v=2&") || !strings.Contains(frag, "schedule=BDCAB") || !strings.Contains(frag, "step=5") || !strings.Contains(frag, "&crc=") {
		t.Errorf("fragment %q", frag)
	}
	l, err := share.Decode(frag)
	if err != nil || l.Code != raceProgram || l.Schedule != "BDCAB" || l.Step != 5 {
		t.Errorf("the fragment decodes to %+v, %v", l, err)
	}
	if _, _, code := runCLI(t, "share", "--schedule", "!!", path); code != 2 {
		t.Errorf("bad schedule: exit %d", code)
	}
}
