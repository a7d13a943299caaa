package compile

import (
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

var update = flag.Bool("update", false, "rewrite the golden disassembly files")

// TestGolden compares the disassembly of each testdata/golden/*.py with its
// .dis file (go test -run Golden -update rewrites them).
func TestGolden(t *testing.T) {
	files, _ := filepath.Glob("testdata/golden/*.py")
	for _, f := range files {
		src, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		code, err := compileSrc(t, string(src))
		if err != nil {
			t.Errorf("%s: %v", f, err)
			continue
		}
		got := Disassemble(code)
		golden := strings.TrimSuffix(f, ".py") + ".dis"
		if *update {
			if err := os.WriteFile(golden, []byte(got), 0o644); err != nil {
				t.Fatal(err)
			}
			continue
		}
		want, err := os.ReadFile(golden)
		if err != nil {
			t.Errorf("%s: %v (run go test -run Golden -update)", f, err)
			continue
		}
		if got != string(want) {
			t.Errorf("%s: disassembly differs from %s:\n%s", f, golden, got)
		}
	}
}
