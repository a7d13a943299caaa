package compile

import (
	"fmt"
	"os"
	"path/filepath"
	"testing"

	"lockstep/wasm/syntax"
)

// FuzzCompile checks that any program the parser accepts compiles without
// a panic, and that the code it compiles to passes Verify.
func FuzzCompile(f *testing.F) {
	for _, tc := range errorCases {
		f.Add(tc.src)
	}
	for _, pattern := range []string{"testdata/golden/*.py", "testdata/scopes/*.py"} {
		files, _ := filepath.Glob(pattern)
		for _, name := range files {
			src, err := os.ReadFile(name)
			if err == nil {
				f.Add(string(src))
			}
		}
	}
	f.Fuzz(func(t *testing.T, src string) {
		mod, err := parseNoPanic(src)
		if err != nil {
			return
		}
		code, err := Compile(mod)
		if err != nil {
			if _, ok := err.(*syntax.Error); !ok {
				t.Fatalf("error of type %T: %v", err, err)
			}
			if err.(*syntax.Error).Type == "SystemError" {
				t.Fatalf("internal error: %v", err)
			}
			return
		}
		if err := Verify(code); err != nil {
			t.Fatalf("verify: %v", err)
		}
	})
}

// parseNoPanic parses src; a panic of the parser (its own bug, for its own
// fuzzing to find) is returned as an error so this target tests the compiler.
func parseNoPanic(src string) (mod *syntax.Module, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("parser panic: %v", r)
		}
	}()
	return syntax.Parse("main.py", []byte(src))
}
