// Package sched holds Lockstep's schedules and scheduling policies.
//
// A run of a program is a sequence of steps; before each step the VM asks a
// [Policy] which of the enabled (runnable) threads takes it. Thread ids are
// small integers: 0 is the main thread, 1, 2, ... the threads the program
// creates, in creation order.
//
// # Schedules
//
// The sequence of threads chosen at each step is the run's schedule. Lockstep
// writes it as a compact, URL-safe string (see [Encode]) that stores only the
// steps where the choice differs from the default rule (see [DefaultChoice]):
// keep running the thread that took the previous step while it is enabled,
// otherwise run the lowest-numbered enabled thread. Most steps follow that
// rule, so a typical race fits in a handful of characters. [Decode] turns the
// string back into a [Replay] policy that reproduces the run exactly.
//
// # Policies
//
// [Random] (seeded, the default), [RoundRobin] (a quantum of steps per thread,
// like CPython's switch interval), [PCT] (probabilistic concurrency testing
// with priority change points) and [Replay] all implement [Policy]. A
// [Recorder] wraps any policy and records its choices so that every run yields
// its schedule. [ParsePolicy] reads the command line's --policy flag.
//
// Every policy is deterministic: the same seed and the same enabled sets give
// the same choices, on every platform and Go version (the package uses its own
// small PRNG, never math/rand).
package sched
