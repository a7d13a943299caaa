package syntax

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// corpusFiles returns the Python programs of the shared test corpus.
func corpusFiles(t testing.TB) []string {
	files, err := filepath.Glob("../testdata/*/*.py")
	if err != nil {
		t.Fatal(err)
	}
	more, _ := filepath.Glob("../testdata/*.py")
	return append(files, more...)
}

// TestCorpus parses every program of wasm/testdata: files whose name
// contains "syntax" must fail, all others must parse.
func TestCorpus(t *testing.T) {
	files := corpusFiles(t)
	if len(files) == 0 {
		t.Skip("no corpus")
	}
	for _, f := range files {
		src, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		_, err = Parse(filepath.Base(f), src)
		wantErr := strings.Contains(filepath.Base(f), "syntax")
		if wantErr && err == nil {
			t.Errorf("%s: parsed, want a syntax error", f)
		}
		if !wantErr && err != nil {
			t.Errorf("%s: %v", f, err)
		}
	}
}

// havePython311 reports whether python3 is CPython 3.11, the reference.
func havePython311() bool {
	out, err := exec.Command("python3", "-c", "import sys; print(sys.version_info[:2] == (3, 11))").Output()
	return err == nil && strings.TrimSpace(string(out)) == "True"
}

// TestCorpusVsCPython compares the trees, positions included, with
// CPython's for every program of the corpus that CPython parses.
func TestCorpusVsCPython(t *testing.T) {
	if !havePython311() {
		t.Skip("python3 3.11 not available")
	}
	files := corpusFiles(t)
	extra, _ := filepath.Glob("testdata/programs/*.py")
	files = append(files, extra...)
	if dir := os.Getenv("SYNTAX_DIFF_DIR"); dir != "" {
		// More programs to compare, e.g. generated ones.
		more, _ := filepath.Glob(filepath.Join(dir, "*.py"))
		files = append(files, more...)
	}
	var todo []string
	for _, f := range files {
		if !strings.Contains(filepath.Base(f), "syntax") {
			todo = append(todo, f)
		}
	}
	out, err := exec.Command("python3", append([]string{"testdata/astdump.py"}, todo...)...).Output()
	if err != nil {
		t.Fatalf("astdump.py: %v", err)
	}
	for _, chunk := range strings.Split(string(out), "=== ")[1:] {
		f, want, _ := strings.Cut(chunk, "\n")
		if strings.HasPrefix(want, "ERROR") {
			continue
		}
		compareWithCPython(t, f, want)
	}
}

func compareWithCPython(t *testing.T, f, want string) {
	t.Helper()
	src, _ := os.ReadFile(f)
	m, perr := Parse(f, src)
	if perr != nil {
		t.Errorf("%s: %v", f, perr)
		return
	}
	got := dumpModule(m, true, true)
	if got != want {
		gl, wl := strings.Split(got, "\n"), strings.Split(want, "\n")
		for i := range wl {
			if i >= len(gl) || gl[i] != wl[i] {
				g := ""
				if i < len(gl) {
					g = gl[i]
				}
				t.Errorf("%s: statement %d differs:\n got: %s\nwant: %s", f, i+1, g, wl[i])
				break
			}
		}
	}
}

// TestDumpFile prints the tree of the file named by $DUMP (a debugging aid).
func TestDumpFile(t *testing.T) {
	f := os.Getenv("DUMP")
	if f == "" {
		t.Skip("set DUMP=file.py")
	}
	src, _ := os.ReadFile(f)
	m, err := Parse(f, src)
	if err != nil {
		t.Fatal(err)
	}
	t.Log("\n" + dumpModule(m, true, true))
}

// TestParseSnippet parses $SNIPPET and prints the tree or the error (a
// debugging aid).
func TestParseSnippet(t *testing.T) {
	src := os.Getenv("SNIPPET")
	if src == "" {
		t.Skip("set SNIPPET=code")
	}
	m, err := Parse("main.py", []byte(src))
	if err != nil {
		if e, ok := err.(*Error); ok {
			t.Logf("%#v\n%s", e, e.Format())
		}
		t.Fatal(err)
	}
	t.Log("\n" + dumpModule(m, true, false))
}
