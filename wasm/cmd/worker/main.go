//go:build js && wasm

// Command worker is the Lockstep core compiled to WebAssembly for the
// browser. It runs inside a classic Web Worker (web/src/worker.js) and
// exposes one global function,
//
//	lockstepHandle(requestJSON string, progress?: (reportJSON string) => boolean) string
//
// which answers one request of docs/protocol.md with engine.Handle. The
// progress function receives exploration progress; returning false cancels
// the request. Once the function is registered the command calls the global
// lockstepReady() if the worker defined it, then blocks forever so that the
// function stays callable.
//
// Nothing crosses the JavaScript boundary as a panic: every JavaScript access
// goes through github.com/hack-pad/safejs, and a panic inside the core is
// recovered and answered as {"type":"error","message":...}.
package main

import (
	"encoding/json"
	"fmt"
	"os"

	"github.com/hack-pad/safejs"

	"lockstep/wasm/engine"
)

func main() {
	fn, err := safejs.FuncOf(func(_ safejs.Value, args []safejs.Value) any {
		return handle(args)
	})
	if err != nil {
		fmt.Fprintln(os.Stderr, "lockstep: cannot create the handler:", err)
		os.Exit(1)
	}
	global := safejs.Global()
	if err := global.Set("lockstepHandle", fn); err != nil {
		fmt.Fprintln(os.Stderr, "lockstep: cannot register the handler:", err)
		os.Exit(1)
	}
	if ready, err := global.Get("lockstepReady"); err == nil && ready.Type() == safejs.TypeFunction {
		if _, err := ready.Invoke(); err != nil {
			fmt.Fprintln(os.Stderr, "lockstep: lockstepReady failed:", err)
		}
	}
	select {}
}

// handle answers one call of lockstepHandle. It never panics.
func handle(args []safejs.Value) (result any) {
	defer func() {
		if r := recover(); r != nil {
			result = errorJSON(fmt.Sprintf("internal error in the core: %v", r))
		}
	}()
	if len(args) < 1 || args[0].Type() != safejs.TypeString {
		return errorJSON("lockstepHandle needs the request as a JSON string")
	}
	req, err := args[0].String()
	if err != nil {
		return errorJSON("cannot read the request: " + err.Error())
	}
	var progress engine.Progress
	if len(args) > 1 && args[1].Type() == safejs.TypeFunction {
		callback := args[1]
		progress = func(report []byte) bool {
			v, err := callback.Invoke(string(report))
			if err != nil {
				// A throwing callback cannot cancel by accident.
				return true
			}
			if v.Type() == safejs.TypeUndefined {
				return true
			}
			keep, err := v.Truthy()
			return err != nil || keep
		}
	}
	return string(engine.Handle([]byte(req), progress))
}

// errorJSON is the protocol's error answer.
func errorJSON(message string) string {
	b, err := json.Marshal(map[string]string{"type": "error", "message": message})
	if err != nil {
		return `{"type":"error","message":"internal error"}`
	}
	return string(b)
}
