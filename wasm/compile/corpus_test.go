package compile

import (
	"os"
	"path/filepath"
	"testing"

	"lockstep/wasm/syntax"
)

// TestCorpus compiles every program of the shared test corpus that parses
// and verifies the result.
func TestCorpus(t *testing.T) {
	files, _ := filepath.Glob("../testdata/*/*.py")
	more, _ := filepath.Glob("../testdata/*/*/*.py")
	files = append(files, more...)
	if len(files) == 0 {
		t.Skip("no corpus")
	}
	for _, f := range files {
		src, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		_, err = compileSrc(t, string(src))
		if e, ok := err.(*syntax.Error); ok && e.Type == "SystemError" {
			t.Errorf("%s: %v", f, err)
		} else if err != nil {
			t.Logf("%s: %v", f, err)
		}
	}
}
