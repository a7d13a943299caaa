package compile

import (
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"lockstep/wasm/syntax"
)

// corpusFiles lists every .py file under the shared test corpus.
func corpusFiles(t *testing.T) []string {
	var files []string
	filepath.WalkDir("../testdata", func(path string, d fs.DirEntry, err error) error {
		if err == nil && !d.IsDir() && strings.HasSuffix(path, ".py") {
			files = append(files, path)
		}
		return nil
	})
	return files
}

// TestCorpus compiles every program of the shared test corpus that parses
// and verifies the result (compileSrc fails the test if the verifier
// rejects the code).
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
		_, err = compileSrc(t, string(src))
		if e, ok := err.(*syntax.Error); ok && e.Type == "SystemError" {
			t.Errorf("%s: %v", f, err)
		} else if err != nil {
			t.Logf("%s: %v", f, err)
		}
	}
}
