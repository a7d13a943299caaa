package compile

import (
	"os"
	"testing"
)

func TestDisDebug(t *testing.T) {
	f := os.Getenv("DIS")
	if f == "" {
		t.Skip()
	}
	src, _ := os.ReadFile(f)
	code, err := compileSrc(t, string(src))
	if err != nil {
		t.Fatal(err)
	}
	t.Log("\n" + Disassemble(code))
}
