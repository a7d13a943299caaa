package threading

import (
	"testing"

	"lockstep/wasm/vm"
)

// TestThreadingTemplate checks that the threading prelude can be copied
// into machines rather than executed in each (a change to the prelude that
// makes the copy impossible would silently cost every run its speed).
func TestThreadingTemplate(t *testing.T) {
	code, err := preludeCode("threading")
	if err != nil {
		t.Fatal(err)
	}
	if vm.NewModuleTemplate("threading", code) == nil {
		t.Fatal("the threading prelude cannot be made a template")
	}
}
