package vm_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"lockstep/wasm/runner"
)

// exprProgram builds the program gen_exprs.py runs under CPython: each test
// line's statements, then the repr of its last expression or the
// exception's type and message.
func exprProgram(lines []string) string {
	var b strings.Builder
	for _, line := range lines {
		parts := strings.Split(line, " ;; ")
		b.WriteString("try:\n")
		for _, p := range parts[:len(parts)-1] {
			b.WriteString("    " + p + "\n")
		}
		b.WriteString("    print(repr(" + parts[len(parts)-1] + "))\n")
		b.WriteString("except Exception as e:\n    print(type(e).__name__ + ': ' + str(e))\n")
	}
	return b.String()
}

// TestExprs runs the expressions of testdata/exprs.txt and compares each
// result with CPython 3.11's in testdata/exprs.golden (regenerate it with
// `python3 gen_exprs.py` in testdata).
func TestExprs(t *testing.T) {
	data, err := os.ReadFile("testdata/exprs.golden")
	if err != nil {
		t.Fatal(err)
	}
	rows := strings.Split(strings.TrimSuffix(string(data), "\n"), "\n")
	var lines, want []string
	for i := 0; i+1 < len(rows); i += 2 {
		lines = append(lines, rows[i])
		want = append(want, strings.TrimPrefix(rows[i+1], "=> "))
	}
	prog, cerr := runner.Compile("exprs.py", []byte(exprProgram(lines)))
	if cerr != nil {
		t.Fatalf("compile: %s", cerr.Text)
	}
	res, err := runner.Run(prog, runner.Config{})
	if err != nil {
		t.Fatal(err)
	}
	if res.Stderr != "" {
		t.Errorf("stderr: %s", res.Stderr)
	}
	got := strings.Split(strings.TrimSuffix(res.Stdout, "\n"), "\n")
	for i, line := range lines {
		g := "<missing>"
		if i < len(got) {
			g = got[i]
		}
		if g != want[i] {
			t.Errorf("%s\n  got:  %s\n  want: %s", line, g, want[i])
		}
	}
}

// TestPrograms runs the programs of testdata/py and compares their output
// with CPython 3.11's (the .out files, made with `python3 prog.py > prog.out`).
func TestPrograms(t *testing.T) {
	files, err := filepath.Glob("testdata/py/*.py")
	if err != nil || len(files) == 0 {
		t.Fatal("no programs")
	}
	for _, path := range files {
		path := path
		t.Run(filepath.Base(path), func(t *testing.T) {
			src, err := os.ReadFile(path)
			if err != nil {
				t.Fatal(err)
			}
			want, err := os.ReadFile(strings.TrimSuffix(path, ".py") + ".out")
			if err != nil {
				t.Fatal(err)
			}
			prog, cerr := runner.Compile(filepath.Base(path), src)
			if cerr != nil {
				t.Fatalf("compile: %s", cerr.Text)
			}
			res, err := runner.Run(prog, runner.Config{})
			if err != nil {
				t.Fatal(err)
			}
			got := res.Stdout + res.Stderr
			if got != string(want) {
				gl, wl := strings.Split(got, "\n"), strings.Split(string(want), "\n")
				for i := 0; i < len(gl) || i < len(wl); i++ {
					var g, w string
					if i < len(gl) {
						g = gl[i]
					}
					if i < len(wl) {
						w = wl[i]
					}
					if g != w {
						t.Errorf("line %d:\n  got:  %s\n  want: %s", i+1, g, w)
					}
				}
			}
		})
	}
}
