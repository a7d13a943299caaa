package engine

import "errors"

// handleExplore is replaced when the explorer lands.
func handleExplore(req *Request, progress Progress) (any, error) {
	return nil, errors.New("Explore is not available yet")
}
