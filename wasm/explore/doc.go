// Package explore answers "show me every possible outcome": it runs a program
// many times under different interleavings of its threads and groups the runs
// by how they ended.
//
// The VM plugs in through [Execution]: a fresh, deterministic run of the
// program that explore drives one step at a time, and that reports what each
// step touched ([Step], [Access]). From those reports explore computes which
// steps are independent (they commute), and with dynamic partial-order
// reduction runs one interleaving per class of equivalent ones (one per
// Mazurkiewicz trace) instead of all of them.
//
// Strategies (see [Strategy]):
//
//   - dpor: optimal stateless DPOR with source sets, wakeup trees and sleep
//     sets (Abdulla, Aronis, Jonsson, Sagonas: "Source Sets: A Foundation for
//     Optimal Dynamic Partial Order Reduction", JACM 2017), extended to
//     blocking operations (see below). Complete unless a budget stops it.
//   - naive: every interleaving, by depth-first search over all choices. For
//     validating dpor and for tiny programs.
//   - random, pct: a number of runs under seeded [sched.Random] or [sched.PCT]
//     policies, for programs too large to explore completely.
//
// Budgets (executions, preemption bound, cancellation) stop a search early;
// the [Result] then says Complete: false. Every outcome comes with the compact
// schedule ([sched.Encode]) of one run that produced it, so it can be
// replayed with [sched.Decode].
//
// # Blocking
//
// A thread blocked in a primitive (a held lock, an unset event, a join) is
// absent from Execution.Enabled. Reordering two dependent steps can be
// impossible because of blocking: a thread that waits for a lock cannot
// acquire it before the release that freed it. So besides the ordinary races
// (two dependent steps with nothing ordered between them), a step of a thread
// p races with the step that made p's pending operation blocked (the acquire
// that took the lock p wants); reversing that race runs p's operation first.
// A race is not reversed when p's operation was blocked at that point. Threads
// still blocked when a run ends (a deadlock) take part through
// Execution.Pending.
package explore
