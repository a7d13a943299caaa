package sched

import (
	"errors"
	"fmt"
	"strings"
)

// Version is the format version of the schedule strings [Encode] writes. It is
// stored in the first character of every schedule.
const Version = 1

// alphabet is the base64url alphabet; a character stands for its index.
const alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"

// Limits on decoded values, so that a corrupted or hostile string cannot ask
// for absurd thread ids or step numbers.
const (
	maxValue = 1<<31 - 1 // largest gap or thread id in a schedule
	maxStep  = 1 << 40   // largest step number a schedule may reach
)

var (
	// ErrCorrupt is wrapped by every error [Decode] returns for a string that
	// is not a valid schedule (bad characters, truncated or malformed data).
	ErrCorrupt = errors.New("invalid schedule")
	// ErrVersion is wrapped by the error [Decode] returns for a schedule
	// written by a newer (or unknown) version of the format.
	ErrVersion = errors.New("unsupported schedule version")
	// ErrMismatch is wrapped by the errors a [Replay] returns when the
	// schedule cannot be followed by the program it is replayed on.
	ErrMismatch = errors.New("schedule does not match this program")
)

// Choice is one step of a run: the thread that took it and the thread the
// default rule ([DefaultChoice]) would have picked. Only steps where the two
// differ are stored in a schedule string.
type Choice struct {
	Thread  int // the thread that took the step
	Default int // DefaultChoice(enabled, last) at that step
}

// DefaultChoice is the default rule that schedules are encoded against: the
// thread that took the previous step (last; -1 before the first step) if it is
// still enabled, otherwise the lowest-numbered enabled thread. It returns -1
// when enabled is empty.
func DefaultChoice(enabled []int, last int) int {
	best := -1
	for _, t := range enabled {
		if t == last && last >= 0 {
			return last
		}
		if best < 0 || t < best {
			best = t
		}
	}
	return best
}

// Label is a thread's short label in messages: "Main" for thread 0, "T1",
// "T2", ... for the others.
func Label(thread int) string {
	if thread == 0 {
		return "Main"
	}
	return fmt.Sprintf("T%d", thread)
}

// Encode returns the compact string form of a run's choices.
//
// The format: the first character is the format version (its base64url value,
// "B" for version 1); then, for each step whose thread differs from its
// default, two numbers: the count of default steps since the previous such
// step (or since the start), and the thread id. Each number is written in
// little-endian groups of 5 bits, one base64url character per group, with the
// character's sixth bit set on every group but the last. Numbers below 32 take
// one character, so a deviation usually costs two. A run that never deviates
// encodes as "B". Thread ids must not be negative (Encode panics otherwise).
func Encode(choices []Choice) string {
	var b strings.Builder
	b.WriteByte(alphabet[Version])
	gap := 0
	for _, c := range choices {
		if c.Thread == c.Default {
			gap++
			continue
		}
		if c.Thread < 0 {
			panic(fmt.Sprintf("sched.Encode: negative thread id %d", c.Thread))
		}
		putNumber(&b, gap)
		putNumber(&b, c.Thread)
		gap = 0
	}
	return b.String()
}

func putNumber(b *strings.Builder, v int) {
	for v >= 32 {
		b.WriteByte(alphabet[32|v&31])
		v >>= 5
	}
	b.WriteByte(alphabet[v])
}

// charValue returns the base64url value of c, or -1.
func charValue(c byte) int {
	switch {
	case 'A' <= c && c <= 'Z':
		return int(c - 'A')
	case 'a' <= c && c <= 'z':
		return int(c-'a') + 26
	case '0' <= c && c <= '9':
		return int(c-'0') + 52
	case c == '-':
		return 62
	case c == '_':
		return 63
	}
	return -1
}

// deviation is a step (0-based) whose thread is not the default one.
type deviation struct {
	step   int
	thread int
}

// Decode parses a schedule string written by [Encode] and returns a [Replay]
// positioned at the first step. Errors wrap [ErrCorrupt] (the string is
// damaged: unknown characters, truncated or malformed numbers) or
// [ErrVersion] (the string comes from a newer format); Decode never panics.
// Only the canonical encoding of a schedule is accepted, so
// Decode(s).String() == s whenever Decode succeeds.
func Decode(s string) (*Replay, error) {
	if s == "" {
		return nil, fmt.Errorf("%w: empty string", ErrCorrupt)
	}
	v := charValue(s[0])
	if v < 0 {
		return nil, fmt.Errorf("%w: character %q at position 1 is not URL-safe base64", ErrCorrupt, s[0])
	}
	if v != Version {
		if v > Version {
			return nil, fmt.Errorf("%w: the schedule uses format version %d, newer than this Lockstep understands (version %d)", ErrVersion, v, Version)
		}
		return nil, fmt.Errorf("%w: format version %d", ErrVersion, v)
	}
	var devs []deviation
	pos := 1
	step := -1
	for pos < len(s) {
		gap, n, err := readNumber(s, pos)
		if err != nil {
			return nil, err
		}
		pos = n
		if pos >= len(s) {
			return nil, fmt.Errorf("%w: truncated (a step at position %d has no thread)", ErrCorrupt, pos)
		}
		thread, n, err := readNumber(s, pos)
		if err != nil {
			return nil, err
		}
		pos = n
		step += gap + 1
		if step > maxStep {
			return nil, fmt.Errorf("%w: step numbers are too large", ErrCorrupt)
		}
		devs = append(devs, deviation{step: step, thread: thread})
	}
	return &Replay{devs: devs, last: -1}, nil
}

// readNumber reads one number starting at s[pos] and returns it with the
// position after it.
func readNumber(s string, pos int) (v, next int, err error) {
	var x uint64
	shift := uint(0)
	for i := pos; i < len(s); i++ {
		c := charValue(s[i])
		if c < 0 {
			return 0, 0, fmt.Errorf("%w: character %q at position %d is not URL-safe base64", ErrCorrupt, s[i], i+1)
		}
		group := uint64(c & 31)
		if shift > 0 && group == 0 && c&32 == 0 {
			return 0, 0, fmt.Errorf("%w: malformed number at position %d", ErrCorrupt, pos+1)
		}
		x |= group << shift
		if x > maxValue {
			return 0, 0, fmt.Errorf("%w: number at position %d is too large", ErrCorrupt, pos+1)
		}
		if c&32 == 0 {
			return int(x), i + 1, nil
		}
		shift += 5
		if shift > 30 {
			return 0, 0, fmt.Errorf("%w: number at position %d is too large", ErrCorrupt, pos+1)
		}
	}
	return 0, 0, fmt.Errorf("%w: truncated number at position %d", ErrCorrupt, pos+1)
}

// Replay is the policy that follows a decoded schedule. Use [Replay.Next] (or
// [Replay.Choose], its [Policy] form) once per step, then [Replay.Finish] when
// the run has ended. The zero Replay follows the default rule throughout.
type Replay struct {
	devs []deviation
	next int   // index of the next deviation to apply
	step int   // steps taken so far
	last int   // thread that took the previous step, -1 before the first
	err  error // first mismatch, sticky
}

// Next returns the thread to run at the next step given the enabled threads,
// or an error wrapping [ErrMismatch] if the schedule names a thread that is
// not runnable here (for example a schedule made for another program):
// "schedule does not match this program (step N: thread T2 is not runnable)".
// Steps are numbered from 1. After an error, Next keeps returning it.
func (r *Replay) Next(enabled []int) (int, error) {
	if r.err != nil {
		return -1, r.err
	}
	if len(enabled) == 0 {
		r.err = fmt.Errorf("%w (step %d: no thread is runnable)", ErrMismatch, r.step+1)
		return -1, r.err
	}
	t := DefaultChoice(enabled, r.last)
	if r.next < len(r.devs) && r.devs[r.next].step == r.step {
		want := r.devs[r.next].thread
		if !contains(enabled, want) {
			r.err = fmt.Errorf("%w (step %d: thread %s is not runnable)", ErrMismatch, r.step+1, Label(want))
			return -1, r.err
		}
		r.next++
		t = want
	}
	r.step++
	r.last = t
	return t, nil
}

// Choose implements [Policy]. It is [Replay.Next] for callers that cannot
// handle an error at each step: on a mismatch it falls back to the default
// rule, and [Replay.Err] reports the mismatch.
func (r *Replay) Choose(enabled []int, last int) int {
	if r.err == nil {
		r.last = last
	}
	t, err := r.Next(enabled)
	if err != nil {
		return DefaultChoice(enabled, last)
	}
	return t
}

// Err returns the first mismatch met so far, or nil.
func (r *Replay) Err() error { return r.err }

// Finish reports whether the whole schedule was used once the run has ended:
// it returns the first mismatch, or an error wrapping [ErrMismatch] if the run
// ended before the schedule's last recorded step.
func (r *Replay) Finish() error {
	if r.err != nil {
		return r.err
	}
	if r.next < len(r.devs) {
		return fmt.Errorf("%w (the run ended after %d steps, but the schedule goes on to step %d)",
			ErrMismatch, r.step, r.devs[len(r.devs)-1].step+1)
	}
	return nil
}

// Reset rewinds the replay to the first step, for another run.
func (r *Replay) Reset() {
	r.next, r.step, r.last, r.err = 0, 0, -1, nil
}

// Steps returns the number of steps the schedule pins down: the step number of
// its last deviation from the default rule (0 if there is none). A run may be
// longer; its later steps follow the default rule.
func (r *Replay) Steps() int {
	if len(r.devs) == 0 {
		return 0
	}
	return r.devs[len(r.devs)-1].step + 1
}

// String returns the schedule in its compact form (the canonical encoding).
func (r *Replay) String() string {
	var b strings.Builder
	b.WriteByte(alphabet[Version])
	prev := -1
	for _, d := range r.devs {
		putNumber(&b, d.step-prev-1)
		putNumber(&b, d.thread)
		prev = d.step
	}
	return b.String()
}

// Name implements [Policy]: replayed runs are reported as "replay".
func (r *Replay) Name() string { return "replay" }

func contains(s []int, x int) bool {
	for _, v := range s {
		if v == x {
			return true
		}
	}
	return false
}
