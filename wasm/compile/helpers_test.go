package compile

import (
	"testing"

	"lockstep/wasm/syntax"
)

// compileSrc parses and compiles src, verifying the result.
func compileSrc(t testing.TB, src string) (*Code, error) {
	t.Helper()
	mod, err := syntax.Parse("main.py", []byte(src))
	if err != nil {
		return nil, err
	}
	code, err := Compile(mod)
	if err != nil {
		return nil, err
	}
	if err := Verify(code); err != nil {
		t.Fatalf("verify: %v\n%s", err, Disassemble(code))
	}
	return code, nil
}
