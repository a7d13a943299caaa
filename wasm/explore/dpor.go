package explore

import (
	"fmt"
	"slices"

	"lockstep/wasm/sched"
)

// This file implements optimal stateless DPOR (Abdulla, Aronis, Jonsson,
// Sagonas, JACM 2017, Algorithm "Optimal-DPOR") with the blocking extension
// described in the package comment.
//
// The search is a depth-first walk over states E (prefixes of runs). Each
// state on the current path is a node holding
//   - the enabled threads,
//   - its sleep set: threads whose next event leads only to interleavings
//     already explored, with that event,
//   - its wakeup tree: the sequences still to explore from here (the child
//     being explored is the first child; new sequences are appended).
// At the end of each run, every race e ≲ e' among the new events is reversed:
// v = notdep(e, E).e' is inserted into the wakeup tree of the state before e,
// unless a sleeping thread is a weak initial of v. Nothing is stored between
// runs except this path; each run re-executes the program from the start.

// wev is an event as the wakeup trees and sleep sets see it: a thread's next
// step and what it touches.
type wev struct {
	thread  int
	acc     []Access
	spawned []int
}

// dependent reports whether x and y cannot be swapped: same thread,
// conflicting accesses, one starts the other's thread, or both start threads
// (thread ids follow creation order).
func dependent(x, y *wev) bool {
	if x.thread == y.thread {
		return true
	}
	if len(x.spawned) > 0 && (len(y.spawned) > 0 || contains(x.spawned, y.thread)) {
		return true
	}
	if len(y.spawned) > 0 && contains(y.spawned, x.thread) {
		return true
	}
	for i := range x.acc {
		for j := range y.acc {
			if x.acc[i].Conflicts(y.acc[j]) {
				return true
			}
		}
	}
	return false
}

// weakInitial reports whether q (with next event q) is a weak initial of the
// sequence v after the current state: either q's first event in v has no
// dependent event before it in v, or q does not occur in v and its next event
// is independent of all of v.
func weakInitial(q *wev, v []wev) bool {
	for k := range v {
		if v[k].thread == q.thread {
			for i := 0; i < k; i++ {
				if dependent(&v[i], &v[k]) {
					return false
				}
			}
			return true
		}
	}
	for k := range v {
		if dependent(q, &v[k]) {
			return false
		}
	}
	return true
}

// wnode is a node of a wakeup tree: an event and the sequences after it.
type wnode struct {
	ev       wev
	children []*wnode
}

func (n *wnode) remove(c *wnode) {
	if i := slices.Index(n.children, c); i >= 0 {
		n.children = slices.Delete(n.children, i, i+1)
	}
}

// node is a state on the current path.
type node struct {
	enabled  []int
	sleep    []wev
	wut      *wnode // children: the sequences to explore from here
	cur      *wnode // the child being explored (its event is the next step)
	last     int    // thread that took the previous step, -1 at the start
	preempts int    // preemptions before this state
}

// vclock maps a thread id to the number of its events that happen before
// (or are) an event.
type vclock []int32

func (v vclock) get(t int) int32 {
	if t < len(v) {
		return v[t]
	}
	return 0
}

func (v *vclock) join(o vclock) {
	if len(o) > len(*v) {
		*v = append(*v, make(vclock, len(o)-len(*v))...)
	}
	w := *v
	for i, x := range o {
		if x > w[i] {
			w[i] = x
		}
	}
}

func (v *vclock) set(t int, x int32) {
	if t >= len(*v) {
		*v = append(*v, make(vclock, t+1-len(*v))...)
	}
	(*v)[t] = x
}

// event is a step of the current run, with its place in happens-before.
type event struct {
	wev
	tidx int32   // 1-based position among its thread's events
	pred int32   // index of the thread's previous event, or of the event that started it; -1
	vc   vclock  // happens-before: vc[t] = events of t before or equal to this one
	deps []int32 // earlier events it depends on (enough for races), descending
}

// hbBefore reports whether e happens before (or is) the event with clock vc.
func (e *event) hbBefore(vc vclock) bool { return vc.get(e.thread) >= e.tidx }

// accRec is an access in the per-object index.
type accRec struct {
	idx    int32
	thread int32
	key    string
	write  bool
	sync   Sync
}

type dpor struct {
	*engine
	root   *wnode
	stack  []*node // nodes of the states before each event of the run
	events []event
	final  []int // enabled threads at the end of the run

	// Indexes over events, rebuilt for each run.
	objs    map[uint64][]accRec
	lastOf  []int32 // per thread: index of its last event, -1
	count   []int32 // per thread: its number of events
	startAt []int32 // per thread: index of the event that started it, -1
	spawns  []int32 // indexes of events that started threads
	scratch vclock
	deps    []int32 // scratch for dependencies
	pending []int32 // the dependencies of a pending operation

	// Storage reused from run to run: the events' accesses and spawned
	// threads are cut from blocks (never overwritten: sleep sets and
	// wakeup trees keep them), and nodes taken off the path are kept for
	// the next ones.
	accBlock   []Access
	spawnBlock []int
	free       []*node
}

// keep returns a copy of s cut from *block (nil for an empty s). Blocks
// double in size, from 16 elements up to 1024.
func keep[T any](block *[]T, s []T) []T {
	if len(s) == 0 {
		return nil
	}
	if len(*block)+len(s) > cap(*block) {
		*block = make([]T, 0, max(min(2*cap(*block), 1024), 16, len(s)))
	}
	n := len(*block)
	*block = append(*block, s...)
	return (*block)[n : n+len(s) : n+len(s)]
}

func newDPOR(e *engine) *dpor {
	return &dpor{engine: e, root: &wnode{}, objs: map[uint64][]accRec{}}
}

func (d *dpor) thread(t int) {
	for t >= len(d.lastOf) {
		d.lastOf = append(d.lastOf, -1)
		d.count = append(d.count, 0)
		d.startAt = append(d.startAt, -1)
	}
}

// reindex rebuilds the indexes for events[:n].
func (d *dpor) reindex(n int) {
	for k, v := range d.objs {
		d.objs[k] = v[:0]
	}
	d.lastOf, d.count, d.startAt, d.spawns = d.lastOf[:0], d.count[:0], d.startAt[:0], d.spawns[:0]
	d.thread(0)
	for i := 0; i < n; i++ {
		d.index(i)
	}
}

func (d *dpor) index(i int) {
	e := &d.events[i]
	d.thread(e.thread)
	d.count[e.thread]++
	d.lastOf[e.thread] = int32(i)
	for _, s := range e.spawned {
		d.thread(s)
		d.startAt[s] = int32(i)
	}
	if len(e.spawned) > 0 {
		d.spawns = append(d.spawns, int32(i))
	}
	for _, a := range e.acc {
		d.objs[a.Obj] = append(d.objs[a.Obj], accRec{idx: int32(i), thread: int32(e.thread), key: a.Key, write: a.Write, sync: a.Sync})
	}
}

// depsOf appends to deps the events before index limit that an event with
// these accesses and spawns depends on - for each access, the conflicting
// ones back to the latest write that covers it (everything earlier happens
// before that write) - in descending order without duplicates.
func (d *dpor) depsOf(deps []int32, acc []Access, spawned []int, limit int) []int32 {
	deps = deps[:0]
	for _, a := range acc {
		list := d.objs[a.Obj]
		for i := len(list) - 1; i >= 0; i-- {
			r := &list[i]
			if int(r.idx) >= limit {
				continue
			}
			if !(r.write || a.Write) || !(r.key == a.Key || r.key == "" || a.Key == "") {
				continue
			}
			deps = append(deps, r.idx)
			if r.write && (r.key == "" || r.key == a.Key) {
				break
			}
		}
	}
	if len(spawned) > 0 {
		for i := len(d.spawns) - 1; i >= 0; i-- {
			if int(d.spawns[i]) < limit {
				deps = append(deps, d.spawns[i])
				break
			}
		}
	}
	if len(deps) > 1 {
		slices.SortFunc(deps, func(a, b int32) int { return int(b) - int(a) })
		deps = slices.Compact(deps)
	}
	return deps
}

// add appends the event for step st.
func (d *dpor) add(st Step) {
	t := st.Thread
	d.thread(t)
	k := len(d.events)
	// the clock and dependencies of the event last at index k (of an
	// earlier run) are no longer used: their storage is reused
	var vc vclock
	var deps []int32
	if k < cap(d.events) {
		old := &d.events[:k+1][k]
		vc, deps = old.vc[:0], old.deps[:0]
	}
	e := event{wev: wev{thread: t, acc: keep(&d.accBlock, st.Accesses), spawned: keep(&d.spawnBlock, st.Spawned)}}
	e.tidx = d.count[t] + 1
	e.pred = d.lastOf[t]
	if e.pred < 0 {
		e.pred = d.startAt[t]
	}
	if e.pred >= 0 {
		vc = append(vc, d.events[e.pred].vc...)
	}
	e.deps = d.depsOf(deps, e.acc, e.spawned, k)
	e.vc = vc
	for _, i := range e.deps {
		e.vc.join(d.events[i].vc)
	}
	e.vc.set(t, e.tidx)
	d.events = append(d.events, e)
	d.index(k)
}

// enabledAt returns the enabled threads in state s (before event s).
func (d *dpor) enabledAt(s int) []int {
	if s < len(d.stack) {
		return d.stack[s].enabled
	}
	return d.final
}

func asleep(n *node, t int) bool {
	for i := range n.sleep {
		if n.sleep[i].thread == t {
			return true
		}
	}
	return false
}

// usable reports whether the wakeup-tree child for thread t can be explored
// from n. Children that cannot (the thread is blocked - the race that led to
// them was not reversible - or sleeping, or over the preemption bound) are
// dropped.
func (d *dpor) usable(n *node, t int) bool {
	if !contains(n.enabled, t) || asleep(n, t) {
		return false
	}
	_, ok := d.allowed(n.enabled, n.last, t, n.preempts)
	return ok
}

// newNode makes the node for state k (k == len(events)) and chooses its
// first step. It returns nil when every enabled thread sleeps.
func (d *dpor) newNode(k int, en []int) *node {
	var n *node
	if f := len(d.free); f > 0 {
		n = d.free[f-1]
		d.free = d.free[:f-1]
		*n = node{enabled: append(n.enabled[:0], en...), sleep: n.sleep[:0], last: -1, wut: d.root}
	} else {
		n = &node{enabled: slices.Clone(en), last: -1, wut: d.root}
	}
	if k > 0 {
		p := d.stack[k-1]
		n.wut, n.last = p.cur, p.cur.ev.thread
		n.preempts, _ = d.allowed(p.enabled, p.last, n.last, p.preempts)
		ev := &d.events[k-1].wev
		for i := range p.sleep {
			if !dependent(&p.sleep[i], ev) {
				n.sleep = append(n.sleep, p.sleep[i])
			}
		}
	}
	if !d.choose(n, true) {
		d.release(n)
		return nil
	}
	return n
}

// release keeps a node taken off the path for reuse.
func (d *dpor) release(n *node) {
	clear(n.sleep) // let go of the events' accesses
	d.free = append(d.free, n)
}

// choose sets n.cur to the first usable child of n's wakeup tree, dropping
// the unusable ones. A fresh node with an empty tree takes any thread that is
// not asleep, the default rule's choice first.
//
// A child whose thread is blocked here comes from a race that could not be
// reversed where it was found (a blocking operation the VM did not mark, see
// [Sync]). As a safety net every enabled thread that is not asleep then
// becomes a child - the classic DPOR fallback - so that the impossible
// sequence cannot hide a possible one it covered in the tree.
func (d *dpor) choose(n *node, fresh bool) bool {
	blocked := false
	for len(n.wut.children) > 0 {
		c := n.wut.children[0]
		if d.usable(n, c.ev.thread) {
			n.cur = c
			return true
		}
		if !contains(n.enabled, c.ev.thread) {
			blocked = true
		}
		n.wut.children = n.wut.children[1:]
	}
	if !fresh && !blocked {
		return false
	}
	def := sched.DefaultChoice(n.enabled, n.last)
	for i := -1; i < len(n.enabled); i++ {
		t := def // the default rule's choice first, then by id
		if i >= 0 {
			t = n.enabled[i]
		}
		if (i >= 0 && t == def) || asleep(n, t) {
			continue
		}
		if _, ok := d.allowed(n.enabled, n.last, t, n.preempts); !ok {
			continue
		}
		n.wut.children = append(n.wut.children, &wnode{ev: wev{thread: t}})
		if !blocked {
			break
		}
	}
	if len(n.wut.children) == 0 {
		return false
	}
	n.cur = n.wut.children[0]
	return true
}

func (d *dpor) explore() error {
	resume := 0 // the run diverges from the previous one at this state
	for {
		x, err := d.start()
		if err != nil {
			return err
		}
		d.events = d.events[:resume]
		d.reindex(resume)
		for k := 0; k < resume; k++ { // replay the common prefix
			t := d.stack[k].cur.ev.thread
			if !contains(x.Enabled(), t) {
				return fmt.Errorf("%w: thread %d is not enabled at step %d of a replayed prefix", ErrNondeterministic, t, k+1)
			}
			st := x.Step(t)
			if st.Thread != t || !slices.Equal(st.Accesses, d.events[k].acc) || !slices.Equal(st.Spawned, d.events[k].spawned) {
				return fmt.Errorf("%w: step %d of thread %d differs when replayed", ErrNondeterministic, k+1, t)
			}
		}
		d.res.Steps += int64(resume)
		ended, truncated := false, false
		for {
			k := len(d.events)
			en := x.Enabled()
			if len(en) == 0 {
				ended = true
				d.final = d.final[:0]
				break
			}
			if k >= d.opts.MaxSteps {
				ended, truncated = true, true
				d.final = append(d.final[:0], en...)
				break
			}
			var n *node
			if k < len(d.stack) {
				n = d.stack[k]
			} else if n = d.newNode(k, en); n == nil {
				d.final = append(d.final[:0], en...) // sleep-set blocked: redundant
				break
			} else {
				d.stack = append(d.stack, n)
			}
			st := x.Step(n.cur.ev.thread)
			if st.Thread != n.cur.ev.thread {
				return fmt.Errorf("explore: Step(%d) reported thread %d", n.cur.ev.thread, st.Thread)
			}
			d.add(st)
			n.cur.ev = d.events[k].wev
			d.res.Steps++
			if k&1023 == 1023 && d.ctx.Err() != nil {
				d.res.Stopped = "canceled"
				return nil
			}
		}
		if ended {
			d.record(outcome(x, truncated), d.schedule)
		} else {
			d.res.Redundant++
		}
		d.races(resume, x)

		// Backtrack to the deepest state with a sequence left to explore.
		resume = -1
		for k := len(d.stack) - 1; k >= 0 && resume < 0; k-- {
			n := d.stack[k]
			n.wut.remove(n.cur)
			n.sleep = append(n.sleep, n.cur.ev)
			n.cur = nil
			if d.choose(n, false) {
				resume = k
			} else {
				d.release(n)
				d.stack[k] = nil
				d.stack = d.stack[:k]
			}
		}
		if resume < 0 {
			d.finish()
			return nil
		}
		if !d.proceed() {
			return nil
		}
	}
}

// schedule returns the compact schedule of the current run.
func (d *dpor) schedule() string {
	choices := make([]sched.Choice, len(d.events))
	for i := range d.events {
		n := d.stack[i]
		choices[i] = sched.Choice{Thread: d.events[i].thread, Default: sched.DefaultChoice(n.enabled, n.last)}
	}
	return sched.Encode(choices)
}

// races finds the races of the events from index from on (the earlier ones
// were analysed in previous runs), and of the pending operations of the
// threads that have not finished - blocked ones, and enabled ones when the
// run was cut short - and reverses them.
func (d *dpor) races(from int, x Execution) {
	for j := from; j < len(d.events); j++ {
		e := &d.events[j]
		d.racesOf(j, &e.wev, e.pred, e.deps)
	}
	n := len(d.events)
	for t := range d.lastOf {
		if t != 0 && d.startAt[t] < 0 {
			continue
		}
		acc, ok := x.Pending(t)
		if !ok {
			continue
		}
		w := wev{thread: t, acc: keep(&d.accBlock, acc)}
		pred := d.lastOf[t]
		if pred < 0 {
			pred = d.startAt[t]
		}
		d.pending = d.depsOf(d.pending, w.acc, nil, n)
		d.racesOf(n, &w, pred, d.pending)
	}
}

// racesOf reverses the races of event w at index j (j == len(events) for a
// blocked thread's pending operation) of thread p = w.thread, whose previous
// event (or starting event) is at pred and which depends on deps.
func (d *dpor) racesOf(j int, w *wev, pred int32, deps []int32) {
	p := w.thread
	// Ordinary races: dependent events of other threads with no event
	// ordered between them and w. B accumulates the happens-before past of
	// w's other predecessors, latest first.
	b := d.scratch[:0]
	if pred >= 0 {
		b = append(b, d.events[pred].vc...)
	}
	// feasible filters out reversals that cannot happen: w was pending but
	// blocked when the event at index i ran.
	feasible := func(i int) bool { return i <= int(pred) || contains(d.enabledAt(i), p) }
	for _, i := range deps {
		e := &d.events[i]
		if e.thread == p {
			continue
		}
		if !e.hbBefore(b) {
			if !releaseAcquire(&e.wev, w) && feasible(int(i)) {
				d.reverse(int(i), j, w)
			}
			// The race can also be reversed earlier in e's
			// thread's run of writes to the object (at the acquire
			// of the lock e releases): that is where w can go when
			// it cannot go right before e.
			for _, a := range d.chainPoints(int(i), w) {
				if ea := &d.events[a]; !ea.hbBefore(b) && !releaseAcquire(&ea.wev, w) && feasible(a) {
					d.reverse(a, j, w)
				}
			}
		}
		b.join(e.vc)
	}
	d.scratch = b
	// Blocking races: for each stretch of states where w was pending but
	// blocked, the event that blocked it - the step just before the
	// stretch, or, when p arrived blocked, the latest event w depends on.
	start := int(pred) + 1
	for s := start; s <= j; s++ {
		if contains(d.enabledAt(s), p) || (s > start && !contains(d.enabledAt(s-1), p)) {
			continue
		}
		di := -1
		if s > start {
			di = s - 1
		} else if d.deps = d.depsOf(d.deps, w.acc, w.spawned, s); len(d.deps) > 0 {
			di = int(d.deps[0])
		}
		if di < 0 {
			continue
		}
		e := &d.events[di]
		if e.thread == p || (pred >= 0 && e.hbBefore(d.events[pred].vc)) {
			continue
		}
		d.reverse(di, j, w)
	}
}

// releaseAcquire reports whether e releases an object that w acquires: then
// w could not have run before e (see [Sync]).
func releaseAcquire(e, w *wev) bool {
	for _, x := range e.acc {
		if x.Sync != Release {
			continue
		}
		for _, y := range w.acc {
			if y.Sync == Acquire && x.Conflicts(y) {
				return true
			}
		}
	}
	return false
}

// chainPoints returns earlier events where a race between the event at
// index i and w can also be reversed, when i is a write: the events of i's
// thread in its uninterrupted run of writes to the object through which i
// conflicts with w (no other thread writes it in between) - the previous
// write, the latest one marked Acquire (the acquire of the lock i releases)
// and the first. Earlier points of the run are reached from the runs these
// reversals start.
func (d *dpor) chainPoints(i int, w *wev) []int {
	e := &d.events[i]
	var points []int
	add := func(k int) {
		if k >= 0 && k != i && !slices.Contains(points, k) {
			points = append(points, k)
		}
	}
	for _, x := range e.acc {
		if !x.Write || !conflictsAny(x, w.acc) {
			continue
		}
		list := d.objs[x.Obj]
		k := len(list) - 1
		for k >= 0 && int(list[k].idx) >= i {
			k--
		}
		prev, acquire, first := -1, -1, -1
		for ; k >= 0; k-- {
			r := &list[k]
			if !r.write || !(r.key == x.Key || r.key == "" || x.Key == "") {
				continue
			}
			if int(r.thread) != e.thread {
				break
			}
			if prev < 0 {
				prev = int(r.idx)
			}
			if acquire < 0 && r.sync == Acquire {
				acquire = int(r.idx)
			}
			first = int(r.idx)
		}
		add(prev)
		add(acquire)
		add(first)
	}
	return points
}

func conflictsAny(x Access, acc []Access) bool {
	for _, y := range acc {
		if x.Conflicts(y) {
			return true
		}
	}
	return false
}

// reverse inserts v = notdep(e, E).w into the wakeup tree of the state
// before e (index i), unless a thread asleep there is a weak initial of v.
func (d *dpor) reverse(i, j int, w *wev) {
	e := &d.events[i]
	var v []wev
	for k := i + 1; k < j && k < len(d.events); k++ {
		if x := &d.events[k]; !e.hbBefore(x.vc) {
			v = append(v, x.wev)
		}
	}
	v = append(v, *w)
	n := d.stack[i]
	for q := range n.sleep {
		if weakInitial(&n.sleep[q], v) {
			return
		}
	}
	insert(n, v)
}

// insert adds v to n's wakeup tree unless the tree already has a sequence
// that v is (up to reordering independent events) a prefix of.
func insert(n *node, v []wev) {
	t := n.wut
	for {
		var next *wnode
		for _, c := range t.children {
			if !weakInitial(&c.ev, v) {
				continue
			}
			if c == n.cur || len(c.children) == 0 {
				// Covered: by the subtree being explored (which the
				// paper's algorithm discards afterwards), or by a
				// leaf whose exploration will reach v.
				return
			}
			next = c
			break
		}
		if next == nil {
			for k := range v {
				c := &wnode{ev: v[k]}
				t.children = append(t.children, c)
				t = c
			}
			return
		}
		// Remove next's event from v (if v contains it; a weak initial
		// that does not occur in v leaves v unchanged).
		for k := range v {
			if v[k].thread == next.ev.thread {
				v = slices.Delete(slices.Clone(v), k, k+1)
				break
			}
		}
		if len(v) == 0 {
			return
		}
		t = next
	}
}
