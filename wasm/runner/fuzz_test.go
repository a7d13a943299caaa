package runner

import (
	"os"
	"path/filepath"
	"testing"
)

// FuzzRun runs arbitrary programs: nothing may make the Go code panic or
// hang (the step budget is small); bad programs get Python errors.
func FuzzRun(f *testing.F) {
	files, _ := filepath.Glob(filepath.Join(corpusDir, "*.py"))
	for _, path := range files {
		if src, err := os.ReadFile(path); err == nil && len(src) < 4000 {
			f.Add(string(src))
		}
	}
	for _, s := range []string{
		raceSource,
		"import threading\nl = threading.Lock()\nl.acquire()\nl.acquire()\n",
		"def f(): return f()\nf()\n",
		"x = [0] * 10**10\n",
		"while True: pass\n",
		"class A:\n  def __eq__(s, o): return s == o\nA() == A()\n",
		"def g():\n  yield from g()\nlist(g())\n",
		"import threading\nc = threading.Condition()\nwith c:\n  c.wait(0.1)\nprint('ok')\n",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, src string) {
		prog, cerr := Compile("fuzz.py", []byte(src))
		if cerr != nil {
			if cerr.Text == "" {
				t.Errorf("compile error without text: %+v", cerr)
			}
			return
		}
		res, err := Run(prog, Config{Seed: 1, MaxSteps: 2000})
		if err != nil {
			t.Fatalf("run: %v", err)
		}
		if res.Status == "" || res.Status == "running" {
			t.Fatalf("run did not end: %q", res.Status)
		}
	})
}
