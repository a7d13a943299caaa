package sched

import (
	"fmt"
	"sort"
	"strconv"
	"strings"
)

// Policy decides which thread takes each step of a run.
//
// Before every step the VM calls Choose with the ids of the enabled threads
// (ascending, never empty) and the thread that took the previous step (-1
// before the first step); Choose returns one of the enabled ids. A policy
// serves one run; make a new one (or Reset a [Replay]) for the next.
//
// Policies need no notification when threads are created: a thread is new to
// the policy the first time it appears in an enabled set, and that is the
// first moment its priority (for [PCT]) can matter.
type Policy interface {
	// Choose returns the thread to run next; it must be an element of enabled.
	Choose(enabled []int, last int) int
	// Name is the policy as traces report it: "random", "rr:Q", "pct:D",
	// "replay" or "manual".
	Name() string
}

// Random picks uniformly among the enabled threads at every step, from a
// seeded generator. It is the default policy.
type Random struct {
	r rng
}

// NewRandom returns a random policy seeded with seed.
func NewRandom(seed uint64) *Random { return &Random{r: newRNG(seed)} }

// Choose implements [Policy].
func (p *Random) Choose(enabled []int, last int) int {
	if len(enabled) == 1 {
		return enabled[0]
	}
	return enabled[p.r.intn(len(enabled))]
}

// Name implements [Policy].
func (p *Random) Name() string { return "random" }

// RoundRobin keeps the current thread for Quantum steps (while it stays
// enabled), then passes to the next enabled thread in id order, cyclically -
// like CPython's switch interval, counted in steps.
type RoundRobin struct {
	Quantum int // steps per turn, at least 1

	cur  int // thread whose turn it is, -1 before the first step
	used int // steps cur has taken in its turn
}

// NewRoundRobin returns a round-robin policy with the given quantum (values
// below 1 mean 1).
func NewRoundRobin(quantum int) *RoundRobin {
	if quantum < 1 {
		quantum = 1
	}
	return &RoundRobin{Quantum: quantum, cur: -1}
}

// Choose implements [Policy].
func (p *RoundRobin) Choose(enabled []int, last int) int {
	if last >= 0 && last != p.cur {
		p.cur, p.used = last, 1 // someone else chose the last step; start its turn
	}
	if p.cur >= 0 && p.used < p.Quantum && contains(enabled, p.cur) {
		p.used++
		return p.cur
	}
	next := -1
	for _, t := range enabled { // smallest id after cur, else smallest id
		if t > p.cur && (next < 0 || t < next) {
			next = t
		}
	}
	if next < 0 {
		next = DefaultChoice(enabled, -1)
	}
	p.cur, p.used = next, 1
	return next
}

// Name implements [Policy]: "rr:Q".
func (p *RoundRobin) Name() string { return "rr:" + strconv.Itoa(p.Quantum) }

// DefaultPCTSteps is the run length PCT assumes when none is given (the k of
// the PCT paper, used to place priority change points).
const DefaultPCTSteps = 100

// DefaultPCTDepth is the bug depth PCT targets when none is given.
const DefaultPCTDepth = 3

// PCT is probabilistic concurrency testing (Burckhardt, Kothari, Musuvathi,
// Nagarakatte, ASPLOS 2010). Each thread gets a random priority when it first
// becomes enabled; at every step the enabled thread with the highest priority
// runs. Depth-1 change points are drawn uniformly among the first Steps steps;
// when the i-th change point is reached, the thread about to run drops to
// priority depth-i, below every initial priority, and the next highest runs
// instead. A run finds any bug of depth d with
// probability at least 1/(n * k^(d-1)) for n threads and k steps.
type PCT struct {
	depth   int
	steps   int
	r       rng
	prio    []int64 // per thread; 0 = not yet assigned
	changes []int   // change points (1-based step numbers), ascending
	used    int     // change points passed
	step    int     // steps taken
}

// NewPCT returns a PCT policy for bugs of the given depth (at least 1) in runs
// of about steps steps (values below 1 mean [DefaultPCTSteps]).
func NewPCT(seed uint64, depth, steps int) *PCT {
	if depth < 1 {
		depth = 1
	}
	if steps < 1 {
		steps = DefaultPCTSteps
	}
	p := &PCT{depth: depth, steps: steps, r: newRNG(seed)}
	n := depth - 1
	if n > steps {
		n = steps
	}
	seen := make(map[int]bool, n)
	for len(p.changes) < n {
		k := 1 + p.r.intn(steps)
		if !seen[k] {
			seen[k] = true
			p.changes = append(p.changes, k)
		}
	}
	sort.Ints(p.changes)
	return p
}

// Choose implements [Policy].
func (p *PCT) Choose(enabled []int, last int) int {
	p.step++
	for _, t := range enabled {
		for t >= len(p.prio) {
			p.prio = append(p.prio, 0)
		}
		if p.prio[t] == 0 {
			// Initial priorities lie above depth, change-point priorities
			// (depth-1 .. 1) below; a random 62-bit value orders the threads
			// uniformly at random.
			p.prio[t] = int64(p.depth) + 1 + int64(p.r.next()>>2)
		}
	}
	best := p.highest(enabled)
	if p.used < len(p.changes) && p.changes[p.used] == p.step {
		p.used++
		p.prio[best] = int64(p.depth - p.used)
		best = p.highest(enabled)
	}
	return best
}

func (p *PCT) highest(enabled []int) int {
	best := enabled[0]
	for _, t := range enabled[1:] {
		if p.prio[t] > p.prio[best] {
			best = t
		}
	}
	return best
}

// Name implements [Policy]: "pct:D".
func (p *PCT) Name() string { return "pct:" + strconv.Itoa(p.depth) }

// ParsePolicy makes a policy from the command line's --policy value:
//
//	random       seeded uniform random choice (the default, also for "")
//	rr, rr:Q     round-robin with a quantum of Q steps (default 1)
//	pct, pct:D   PCT for bug depth D (default 3) in runs of about 100 steps
//	pct:D:K      PCT for bug depth D in runs of about K steps
//
// seed seeds the random and PCT policies.
func ParsePolicy(spec string, seed uint64) (Policy, error) {
	name, args, _ := strings.Cut(spec, ":")
	var nums []int
	if args != "" || strings.Contains(spec, ":") {
		for _, a := range strings.Split(args, ":") {
			n, err := strconv.Atoi(a)
			if err != nil || n < 1 {
				return nil, fmt.Errorf("policy %q: %q is not a positive whole number", spec, a)
			}
			nums = append(nums, n)
		}
	}
	switch name {
	case "", "random":
		if len(nums) > 0 {
			return nil, fmt.Errorf("policy %q: random takes no parameters", spec)
		}
		return NewRandom(seed), nil
	case "rr", "round-robin":
		switch len(nums) {
		case 0:
			return NewRoundRobin(1), nil
		case 1:
			return NewRoundRobin(nums[0]), nil
		}
		return nil, fmt.Errorf("policy %q: expected rr or rr:QUANTUM", spec)
	case "pct":
		switch len(nums) {
		case 0:
			return NewPCT(seed, DefaultPCTDepth, DefaultPCTSteps), nil
		case 1:
			return NewPCT(seed, nums[0], DefaultPCTSteps), nil
		case 2:
			return NewPCT(seed, nums[0], nums[1]), nil
		}
		return nil, fmt.Errorf("policy %q: expected pct, pct:DEPTH or pct:DEPTH:STEPS", spec)
	}
	return nil, fmt.Errorf("unknown policy %q (want random, rr, rr:Q, pct or pct:D)", spec)
}

// Recorder wraps a policy and records every choice, so that any run yields
// its schedule. With a nil Policy it only records: callers that choose
// threads themselves (manual stepping, systematic exploration) report each
// choice with [Recorder.Record].
type Recorder struct {
	Policy  Policy // the policy that chooses; may be nil
	choices []Choice
}

// NewRecorder returns a recorder around p (which may be nil).
func NewRecorder(p Policy) *Recorder { return &Recorder{Policy: p} }

// Choose implements [Policy]: it asks the wrapped policy and records the
// answer. It panics if the recorder wraps no policy.
func (r *Recorder) Choose(enabled []int, last int) int {
	t := r.Policy.Choose(enabled, last)
	r.Record(enabled, last, t)
	return t
}

// Record records that thread (one of enabled) took a step when enabled were
// the enabled threads and last took the previous step.
func (r *Recorder) Record(enabled []int, last, thread int) {
	def := last // thread is enabled, so when it is last the default rule picks it
	if thread != last || last < 0 {
		def = DefaultChoice(enabled, last)
	}
	r.choices = append(r.choices, Choice{Thread: thread, Default: def})
}

// Name implements [Policy]: the wrapped policy's name, or "manual".
func (r *Recorder) Name() string {
	if r.Policy == nil {
		return "manual"
	}
	return r.Policy.Name()
}

// Len returns the number of steps recorded.
func (r *Recorder) Len() int { return len(r.choices) }

// Truncate forgets every step after the first n (for undo in manual stepping).
func (r *Recorder) Truncate(n int) {
	if n >= 0 && n < len(r.choices) {
		r.choices = r.choices[:n]
	}
}

// Choices returns the recorded choices (the recorder's own slice).
func (r *Recorder) Choices() []Choice { return r.choices }

// Schedule returns the compact schedule of the steps recorded so far.
func (r *Recorder) Schedule() string { return Encode(r.choices) }
