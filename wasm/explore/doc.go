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
// absent from Execution.Enabled, and reversing a race is only useful when
// the reversed order can happen. Explore handles this as follows:
//
//   - A race is not reversed when the later operation was pending but
//     blocked at the point where it would have to run.
//   - A step of thread p also races with the step that made p's pending
//     operation block (the acquire that took the lock p wants, or, when p
//     arrives at a held lock, the latest step on that lock); reversing that
//     race runs p's operation first.
//   - A race with a write w of an object is also reversed earlier in w's
//     thread's uninterrupted run of writes to that object: at the previous
//     write, at the latest acquire (the one whose lock w releases) and at
//     the first of the run.
//   - Threads still blocked (or, in a run cut short by MaxSteps, still
//     enabled) when a run ends take part through Execution.Pending, so a
//     deadlock's waiting acquires are reordered too.
//   - The VM may mark ownership operations with [Acquire] and [Release]
//     (lock acquire/release, join and thread exit). Explore then knows,
//     without trying, that an acquire cannot move before the release it
//     waited for. Without the marks, such orders are tried and abandoned
//     part-way when the thread turns out blocked (Result.Redundant counts
//     these runs); at that state every enabled thread not asleep is then
//     explored, so nothing is missed.
//
// With the marks, every run explores a distinct Mazurkiewicz trace and none
// is abandoned (the tests check this against naive exploration on a corpus
// and on random programs); without them, complete runs are still one per
// trace, plus the abandoned partial runs.
//
// # Step limits
//
// A run cut by Options.MaxSteps ends with status "step-limit". Where a step
// budget cuts a run is not preserved by reordering independent steps, so for
// programs that can run past the budget dpor reports that the limit can be
// hit but not necessarily every partial output at the cut; all runs that end
// within the budget are covered.
package explore
