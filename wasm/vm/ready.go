package vm

import "math/bits"

// Readiness is kept incrementally, so that a step costs the same whether
// two or a hundred threads exist. The machine keeps, as bit sets indexed by
// thread id:
//
//   - enabled: the threads that can take a step (Enabled's answer);
//   - probeSet: the started threads paused before an action with no wait
//     known; they are probed again only after a step that changed a
//     primitive;
//   - polled: the threads in a wait without a gate, whose Ready test is
//     asked after every step.
//
// A thread waiting on a [Gate] is in none of them but the gate's own set of
// waiters: when a step changes the gate's primitive, the gate is asked once
// and all its waiters enter or leave the enabled set together. Their state
// (runnable, or blocked in their wait) follows from the gate and is not
// stored per thread unless the run is traced (the state logs and wake and
// block events need each thread's changes).
//
// VerifyReadiness makes every step check the incremental answer against
// a full recomputation.

// VerifyReadiness, when set, makes the machine check after every step that
// its incrementally kept set of enabled threads and the threads' states
// match a recomputation from scratch, panicking on a difference. Tests set
// it; it makes every step cost time proportional to the number of threads.
var VerifyReadiness bool

// Gate is the readiness condition shared by every thread waiting for one
// primitive in the same way: a lock to be free, a semaphore to be positive.
// A primitive with a gate implements [Gated] and names the gate in the
// [Block]s of its waits. The machine asks Open only after a step that
// recorded a write to the primitive ([Machine.RecordAccess],
// [Machine.SyncAccess]) and wakes or blocks all the gate's waiters at once;
// so Open must depend on nothing but the primitive's own state, and every
// change of that state must be recorded as a write to it.
type Gate struct {
	// Open reports whether the gate's waiters can go on.
	Open func() bool

	open    bool   // Open() at the end of the last step, while there are waiters
	waiters bitset // the threads waiting on the gate
	n       int    // how many
	queued  bool   // in Machine.gates, to be asked again after the step
}

// Gated is implemented by primitives whose waits share a [Gate].
type Gated interface {
	// Gate returns the primitive's gate (always the same one).
	Gate() *Gate
}

// bitset is a set of small non-negative integers (thread ids).
type bitset []uint64

func (b bitset) has(i int) bool {
	w := i >> 6
	return w < len(b) && b[w]&(1<<(uint(i)&63)) != 0
}

// grow makes b long enough to hold i.
func (b *bitset) grow(i int) {
	for i>>6 >= len(*b) {
		*b = append(*b, 0)
	}
}

// set adds i, growing b as needed.
func (b *bitset) set(i int) {
	b.grow(i)
	(*b)[i>>6] |= 1 << (uint(i) & 63)
}

func (b bitset) clear(i int) {
	if w := i >> 6; w < len(b) {
		b[w] &^= 1 << (uint(i) & 63)
	}
}

// or adds every element of o; b must be at least as long as o.
func (b bitset) or(o bitset) {
	for i, w := range o {
		b[i] |= w
	}
}

// andNot removes every element of o.
func (b bitset) andNot(o bitset) {
	for i, w := range o {
		if i >= len(b) {
			return
		}
		b[i] &^= w
	}
}

func (b bitset) count() int {
	n := 0
	for _, w := range b {
		n += bits.OnesCount64(w)
	}
	return n
}

// list returns the elements in ascending order, in buf's storage when it
// has room.
func (b bitset) list(buf []int) []int {
	n := b.count()
	if cap(buf) < n {
		buf = make([]int, n, n+n/2)
	}
	out := buf[:n]
	k := 0
	for i, w := range b {
		for w != 0 {
			out[k] = i<<6 + bits.TrailingZeros64(w)
			k++
			w &= w - 1
		}
	}
	return out
}

func (b bitset) equal(o bitset) bool {
	if len(b) != len(o) {
		return false
	}
	for i, w := range b {
		if o[i] != w {
			return false
		}
	}
	return true
}

// listCache keeps the lists of the last two distinct enabled sets that
// Enabled answered with: under contention the set keeps coming back to the
// same large one (every thread waiting for a lock, just released), which is
// then not listed again at every step.
type listCache struct {
	sets   [2]bitset
	lists  [2][]int
	recent int // the entry used last
}

// get returns the list of the elements of set; it stays valid until get is
// called with two other sets.
func (c *listCache) get(set bitset) []int {
	if c.sets[c.recent].equal(set) {
		return c.lists[c.recent]
	}
	i := 1 - c.recent
	c.recent = i
	if !c.sets[i].equal(set) {
		c.sets[i] = append(c.sets[i][:0], set...)
		c.lists[i] = set.list(c.lists[i])
	}
	return c.lists[i]
}

// setEnabled adds t to the enabled threads or removes it.
func (m *Machine) setEnabled(t *Thread, on bool) {
	if m.enabled.has(t.ID) == on {
		return
	}
	if on {
		m.enabled.set(t.ID)
	} else {
		m.enabled.clear(t.ID)
	}
	m.enabledValid = false
}

// touchGate notes that obj changed, so that its gate, if it has waiters, is
// asked again after the step.
func (m *Machine) touchGate(obj HasHeader) {
	gd, ok := obj.(Gated)
	if !ok {
		return
	}
	if g := gd.Gate(); g.n > 0 && !g.queued {
		g.queued = true
		m.gates = append(m.gates, g)
	}
}

// gateJoin makes t, whose wait names gate g, one of g's waiters.
func (m *Machine) gateJoin(t *Thread, g *Gate) {
	if g.n == 0 && !g.queued {
		g.open = g.Open()
	}
	g.waiters.set(t.ID)
	g.n++
	t.gate = g
}

// gateLeave ends t's membership in its gate's waiters, storing the state
// the gate gave it.
func (m *Machine) gateLeave(t *Thread) {
	g := t.gate
	if g == nil {
		return
	}
	t.state = t.State()
	g.waiters.clear(t.ID)
	g.n--
	t.gate = nil
}

// forget removes t from every readiness set (t ended, or is about to step).
func (m *Machine) forget(t *Thread) {
	m.gateLeave(t)
	m.probeSet.clear(t.ID)
	m.polled.clear(t.ID)
}

// runGates asks every gate whose primitive changed during the step, and
// moves its waiters in or out of the enabled set when its answer changed.
// When the run is traced, the waiters of a gate that changed are added to
// m.visit, so that their state changes are logged.
func (m *Machine) runGates() {
	for i, g := range m.gates {
		m.gates[i] = nil
		g.queued = false
		if g.n == 0 {
			continue
		}
		open := g.Open()
		if open == g.open {
			continue
		}
		g.open = open
		if open {
			m.enabled.or(g.waiters)
		} else {
			m.enabled.andNot(g.waiters)
		}
		m.enabledValid = false
		if m.tracing {
			m.visit.or(g.waiters)
		}
	}
	m.gates = m.gates[:0]
}

// settle files t, just probed or stepped, in the readiness sets and returns
// its state.
func (m *Machine) settle(t *Thread) ThreadState {
	b := t.block
	if b == nil {
		if t.paused {
			m.probeSet.set(t.ID)
		} else {
			m.probeSet.clear(t.ID)
		}
		m.setEnabled(t, true)
		return StateRunnable
	}
	m.probeSet.clear(t.ID)
	expired := b.HasDeadline && m.clock >= b.Deadline
	if b.Gate != nil && !expired {
		if t.gate == nil {
			m.polled.clear(t.ID)
			m.gateJoin(t, b.Gate)
		}
		g := t.gate
		m.setEnabled(t, g.open)
		if g.open {
			return StateRunnable
		}
		return b.State
	}
	m.gateLeave(t)
	m.polled.set(t.ID)
	if b.Ready != nil && b.Ready() || expired {
		m.setEnabled(t, true)
		return StateRunnable
	}
	m.setEnabled(t, false)
	return b.State
}

// verifyReadiness checks the incremental bookkeeping (see VerifyReadiness).
func (m *Machine) verifyReadiness() {
	if m.Done() {
		return
	}
	for _, t := range m.threads {
		if got, want := m.enabled.has(t.ID), t.enabled(); got != want {
			panic("lockstep: readiness: " + t.Label() + " enabled mismatch")
		}
		if t.state == StateDone || !t.started {
			continue
		}
		st := StateRunnable
		if b := t.block; b != nil && !t.enabled() {
			st = b.State
		}
		if got := t.State(); got != st {
			panic("lockstep: readiness: " + t.Label() + " is " + got.String() + ", should be " + st.String())
		}
		if m.tracing && t.state != st {
			panic("lockstep: readiness: " + t.Label() + " logged as " + t.state.String() + ", should be " + st.String())
		}
		if t.paused && t.block == nil && !m.probeSet.has(t.ID) {
			panic("lockstep: readiness: " + t.Label() + " not in the probe set")
		}
	}
}
