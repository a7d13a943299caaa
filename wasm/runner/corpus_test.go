package runner

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
)

// corpusDir holds the differential corpus: programs with the output
// CPython 3.11 gives them (see wasm/testdata/py/README.md).
const corpusDir = "../testdata/py"

type golden struct {
	stdout, stderr string
	code           int
}

func readGolden(t *testing.T, path string) golden {
	base := strings.TrimSuffix(path, ".py")
	var g golden
	out, err := os.ReadFile(base + ".stdout")
	if err != nil {
		t.Fatalf("missing golden: %v", err)
	}
	g.stdout = string(out)
	if errOut, err := os.ReadFile(base + ".stderr"); err == nil {
		g.stderr = string(errOut)
	}
	if c, err := os.ReadFile(base + ".code"); err == nil {
		g.code, _ = strconv.Atoi(strings.TrimSpace(string(c)))
	}
	return g
}

// runFile runs a program as `lockstep run` does, with the file named as
// it is in the corpus directory.
func runFile(t *testing.T, path string, seed uint64) golden {
	src, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	name := filepath.Base(path)
	prog, cerr := Compile(name, src)
	if cerr != nil {
		return golden{stderr: cerr.Text, code: 1}
	}
	res, err := Run(prog, Config{Seed: seed})
	if err != nil {
		t.Fatal(err)
	}
	return golden{stdout: res.Stdout, stderr: res.Stderr, code: res.ExitCode}
}

func corpusFiles(t *testing.T) []string {
	files, err := filepath.Glob(filepath.Join(corpusDir, "*.py"))
	if err != nil || len(files) == 0 {
		t.Fatalf("no corpus programs in %s", corpusDir)
	}
	return files
}

// TestCorpus runs every program of the differential corpus and compares
// its output, error output and exit status with CPython's.
func TestCorpus(t *testing.T) {
	for _, path := range corpusFiles(t) {
		path := path
		t.Run(filepath.Base(path), func(t *testing.T) {
			want := readGolden(t, path)
			got := runFile(t, path, 0)
			if got.stdout != want.stdout {
				t.Errorf("stdout differs:\n%s", diff(want.stdout, got.stdout))
			}
			if got.stderr != want.stderr {
				t.Errorf("stderr differs:\n%s", diff(want.stderr, got.stderr))
			}
			if got.code != want.code {
				t.Errorf("exit status %d, want %d", got.code, want.code)
			}
		})
	}
}

// TestCorpusGoldensMatchCPython checks, where python3 is installed, that
// the committed goldens are still what CPython prints.
func TestCorpusGoldensMatchCPython(t *testing.T) {
	py, err := exec.LookPath("python3")
	if err != nil {
		t.Skip("python3 not installed")
	}
	ver, err := exec.Command(py, "-c", "import sys; print(sys.version_info[:2] == (3, 11))").Output()
	if err != nil || strings.TrimSpace(string(ver)) != "True" {
		t.Skip("python3 is not CPython 3.11")
	}
	if testing.Short() {
		t.Skip("short mode")
	}
	abs, _ := filepath.Abs(corpusDir)
	for _, path := range corpusFiles(t) {
		want := readGolden(t, path)
		cmd := exec.Command(py, "-X", "utf8", filepath.Base(path))
		cmd.Dir = abs
		cmd.Env = append(os.Environ(), "PYTHONHASHSEED=0")
		var stdout, stderr bytes.Buffer
		cmd.Stdout, cmd.Stderr = &stdout, &stderr
		code := 0
		if err := cmd.Run(); err != nil {
			if ee, ok := err.(*exec.ExitError); ok {
				code = ee.ExitCode()
			} else {
				t.Fatal(err)
			}
		}
		gotErr := strings.ReplaceAll(stderr.String(), abs+string(filepath.Separator), "")
		if stdout.String() != want.stdout || gotErr != want.stderr || code != want.code {
			t.Errorf("%s: the golden no longer matches CPython (run wasm/testdata/py/regen.sh)", filepath.Base(path))
		}
	}
}

// diff shows the first differing line of two texts.
func diff(want, got string) string {
	wl := strings.Split(want, "\n")
	gl := strings.Split(got, "\n")
	for i := 0; i < len(wl) || i < len(gl); i++ {
		var w, g string
		if i < len(wl) {
			w = wl[i]
		}
		if i < len(gl) {
			g = gl[i]
		}
		if w != g {
			return "line " + strconv.Itoa(i+1) + ":\n  want: " + strconv.Quote(w) + "\n  got:  " + strconv.Quote(g)
		}
	}
	return "(identical lines, different lengths)"
}
