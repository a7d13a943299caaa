//go:build !unix

package threading_test

import "time"

var processStart = time.Now()

// cpuTime falls back to wall time where the process's CPU time is not
// available.
func cpuTime() time.Duration { return time.Since(processStart) }
