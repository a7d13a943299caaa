package runner

import (
	"runtime/debug"
	"sync"
)

// exploreGCPercent is the garbage collector's target while an exploration
// runs. An exploration keeps little alive (the program, the search's tree)
// but allocates a fresh machine for each of thousands of executions, so
// with Go's default of 100 the collector runs every few executions; a
// higher target trades a few megabytes of heap for fewer collections
// (about a tenth more executions per second).
const exploreGCPercent = 400

// gcRaise holds the raised target while at least one exploration runs:
// explorations may overlap (tests, several CLI checks in one process), and
// the last to finish restores the previous setting.
var gcRaise struct {
	sync.Mutex
	active   int
	previous int
}

// raiseGC raises the collector's target for an exploration; the returned
// function lowers it again.
func raiseGC() (restore func()) {
	gcRaise.Lock()
	if gcRaise.active == 0 {
		gcRaise.previous = debug.SetGCPercent(exploreGCPercent)
	}
	gcRaise.active++
	gcRaise.Unlock()
	return func() {
		gcRaise.Lock()
		gcRaise.active--
		if gcRaise.active == 0 {
			debug.SetGCPercent(gcRaise.previous)
		}
		gcRaise.Unlock()
	}
}
