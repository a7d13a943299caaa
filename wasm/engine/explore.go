package engine

import (
	"context"
	"encoding/json"

	"lockstep/wasm/explore"
	"lockstep/wasm/runner"
)

// DefaultPageExecutions bounds an exploration started from the page when
// the request gives no budget.
const DefaultPageExecutions = 20000

// explored is the answer to an explore request.
type explored struct {
	Type string `json:"type"`
	*explore.Result
	Reason string `json:"reason,omitempty"`
}

func handleExplore(req *Request, progress Progress) (any, error) {
	prog, failed := compile(req)
	if failed != nil {
		return failed, nil
	}
	st, err := explore.ParseStrategy(req.Strategy)
	if err != nil {
		return nil, err
	}
	opts := explore.DefaultOptions()
	opts.Strategy = st
	opts.Seed = req.Seed
	opts.MaxExecutions = req.MaxExecutions
	if opts.MaxExecutions <= 0 {
		opts.MaxExecutions = DefaultPageExecutions
	}
	if req.PreemptionBound != nil {
		opts.PreemptionBound = *req.PreemptionBound
	}
	if req.MaxSteps > 0 && req.MaxSteps < explore.DefaultMaxSteps*100 {
		opts.MaxSteps = req.MaxSteps
	}
	if progress != nil {
		opts.ProgressEvery = 25
		opts.Progress = func(executions, outcomes int) bool {
			report, _ := json.Marshal(map[string]any{"type": "progress", "executions": executions, "outcomes": outcomes})
			return progress(report)
		}
	}
	res, err := runner.Explore(context.Background(), prog, opts)
	if err != nil {
		return nil, err
	}
	return explored{Type: "explored", Result: res, Reason: res.Stopped}, nil
}
