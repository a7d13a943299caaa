package compile

import (
	"os"
	"testing"
)

// TestDisassembleFile prints the disassembly of the file named by the DIS
// environment variable, a debugging aid:
//
//	DIS=/tmp/prog.py go test ./wasm/compile -run DisassembleFile -v
func TestDisassembleFile(t *testing.T) {
	f := os.Getenv("DIS")
	if f == "" {
		t.Skip("set DIS=file.py to disassemble a file")
	}
	src, err := os.ReadFile(f)
	if err != nil {
		t.Fatal(err)
	}
	code, err := compileSrc(t, string(src))
	if err != nil {
		t.Fatal(err)
	}
	t.Log("\n" + Disassemble(code))
}
