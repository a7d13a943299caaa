// Package engine is the single entry point that the browser worker and the
// command line share: it takes a JSON request (run, step, snapshot, explore)
// and answers with the JSON documented in docs/trace.md and docs/protocol.md.
package engine

import "encoding/json"

// Progress receives exploration progress as JSON; returning false cancels the
// request that reported it.
type Progress func(report []byte) bool

// Handle answers one request. It never panics: a failure inside the core is
// reported as {"type":"error","message":...}.
func Handle(request []byte, progress Progress) []byte {
	out, _ := json.Marshal(map[string]string{"type": "error", "message": "the core is not built yet"})
	return out
}
