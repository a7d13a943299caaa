// Package engine is the single entry point that the browser worker and the
// tests share: it takes a JSON request (run, step, snapshot, explore) and
// answers with the JSON documented in docs/trace.md and docs/protocol.md.
package engine

import (
	"encoding/json"
	"fmt"
	"runtime/debug"

	"lockstep/wasm/runner"
	"lockstep/wasm/trace"
	"lockstep/wasm/vm"
)

// Progress receives exploration progress as JSON; returning false cancels
// the request that reported it.
type Progress func(report []byte) bool

// Request is a request of docs/protocol.md; fields unused by a type are
// ignored.
type Request struct {
	Type            string `json:"type"`
	Source          string `json:"source"`
	File            string `json:"file"`
	Seed            uint64 `json:"seed"`
	Policy          string `json:"policy"`
	Schedule        string `json:"schedule"`
	MaxSteps        int    `json:"maxSteps"`
	Choices         []int  `json:"choices"`
	Step            int    `json:"step"`
	Strategy        string `json:"strategy"`
	MaxExecutions   int    `json:"maxExecutions"`
	PreemptionBound *int   `json:"preemptionBound"`
	// TimeLimitMs bounds an exploration's duration (0: DefaultTimeLimit).
	TimeLimitMs int `json:"timeLimitMs"`
}

// MaxSourceBytes bounds the size of a program the engine accepts.
const MaxSourceBytes = 1 << 20

// DefaultPageSteps is the step budget of page runs: long enough for any
// lesson, short enough that a runaway program answers quickly.
const DefaultPageSteps = 1_000_000

// Handle answers one request. It never panics: a failure inside the core is
// reported as {"type":"error","message":...}.
func Handle(request []byte, progress Progress) (out []byte) {
	defer func() {
		if r := recover(); r != nil {
			out = errorJSON(fmt.Sprintf("internal error in the core: %v\n%s", r, debug.Stack()))
		}
	}()
	var req Request
	if err := json.Unmarshal(request, &req); err != nil {
		return errorJSON("bad request: " + err.Error())
	}
	if len(req.Source) > MaxSourceBytes {
		return errorJSON(fmt.Sprintf("the program is too large (%d bytes; the limit is %d)", len(req.Source), MaxSourceBytes))
	}
	if req.File == "" {
		req.File = "main.py"
	}
	if req.MaxSteps <= 0 {
		req.MaxSteps = DefaultPageSteps
	}
	var answer any
	var err error
	switch req.Type {
	case "run":
		answer, err = handleRun(&req)
	case "step":
		answer, err = handleStep(&req)
	case "snapshot":
		answer, err = handleSnapshot(&req)
	case "explore":
		answer, err = handleExplore(&req, progress)
	default:
		return errorJSON(fmt.Sprintf("unknown request type %q", req.Type))
	}
	if err != nil {
		return errorJSON(err.Error())
	}
	data, err := json.Marshal(answer)
	if err != nil {
		return errorJSON(err.Error())
	}
	return data
}

func errorJSON(msg string) []byte {
	out, _ := json.Marshal(map[string]string{"type": "error", "message": msg})
	return out
}

// compile compiles the request's program; a compile error becomes the
// answer (a trace with status error).
func compile(req *Request) (*vm.Program, *trace.Result) {
	prog, cerr := runner.Compile(req.File, []byte(req.Source))
	if cerr != nil {
		res := runner.CompileErrorResult(cerr)
		res.Type = "trace"
		return nil, res
	}
	return prog, nil
}

func handleRun(req *Request) (any, error) {
	prog, failed := compile(req)
	if failed != nil {
		return failed, nil
	}
	res, err := runner.Run(prog, runner.Config{Seed: req.Seed, Policy: req.Policy, Schedule: req.Schedule, MaxSteps: req.MaxSteps, Trace: true})
	if err != nil {
		return nil, err
	}
	res.Type = "trace"
	return res, nil
}

func handleStep(req *Request) (any, error) {
	prog, failed := compile(req)
	if failed != nil {
		return failed, nil
	}
	res, err := runner.Step(prog, req.Choices, req.MaxSteps)
	if err != nil {
		return nil, err
	}
	res.Type = "trace"
	return res, nil
}

func handleSnapshot(req *Request) (any, error) {
	prog, failed := compile(req)
	if failed != nil {
		return failed, nil
	}
	snap, err := runner.SnapshotAt(prog, req.Schedule, req.Step)
	if err != nil {
		return nil, err
	}
	snap.Type = "snapshot"
	return snap, nil
}
