package engine

import (
	"context"
	"encoding/json"
	"time"

	"lockstep/wasm/explore"
	"lockstep/wasm/runner"
)

// DefaultPageExecutions bounds an exploration started from the page when
// the request gives no budget.
const DefaultPageExecutions = 20000

// DefaultTimeLimit bounds an exploration started from the page when the
// request gives no time limit; the result then says it is incomplete.
const DefaultTimeLimit = 20 * time.Second

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
	limit := DefaultTimeLimit
	if req.TimeLimitMs > 0 {
		limit = time.Duration(req.TimeLimitMs) * time.Millisecond
	}
	ctx, cancel := context.WithTimeout(context.Background(), limit)
	defer cancel()
	res, err := runner.Explore(ctx, prog, opts)
	if err != nil {
		return nil, err
	}
	return explored{Type: "explored", Result: res, Reason: res.Stopped}, nil
}
