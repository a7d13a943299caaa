package explore

import (
	"fmt"
	"hash/fnv"
	"strings"
)

// This file is a toy VM implementing Execution, for the tests: threads run
// short programs of operations on integer variables, locks, threads and the
// output.
//
// Variables: "x" is the global x (object globals, key "x"); "o.k" is key k of
// object o; "o.*" is the whole object o (key ""): reading it sums its items,
// writing it sets every item.

type opKind int

const (
	opRead    opKind = iota // reg = var
	opWrite                 // var = expr
	opLock                  // acquire a lock (blocks while held)
	opUnlock                // release a lock
	opSpawn                 // start thread body n; reg (if set) = its id
	opJoin                  // wait for the thread whose id is expr
	opPrint                 // print expr (or text)
	opAssert                // if expr == 0: stderr gets text, status error
	opNop                   // a visible step touching nothing
	opSemAcq                // semaphore acquire (blocks at 0)
	opSemRel                // semaphore release
	opWait                  // event wait (blocks until set)
	opSetEv                 // event set
	opClearEv               // event clear
	opSet                   // local: reg = expr
	opJumpIf                // local: if expr != 0, go to op n
)

// regs are a thread's registers.
type regs map[string]int

type op struct {
	kind   opKind
	v      string            // variable
	target func(regs) string // variable chosen at run time (overrides v)
	reg    string
	expr   func(regs) int
	text   string
	n      int
}

// Operation constructors.
func read(v, reg string) op               { return op{kind: opRead, v: v, reg: reg} }
func write(v string, e func(regs) int) op { return op{kind: opWrite, v: v, expr: e} }
func writeAt(t func(regs) string, e func(regs) int) op {
	return op{kind: opWrite, target: t, expr: e}
}
func writeC(v string, c int) op            { return write(v, func(regs) int { return c }) }
func lock(l string) op                     { return op{kind: opLock, v: l} }
func unlock(l string) op                   { return op{kind: opUnlock, v: l} }
func semAcq(s string) op                   { return op{kind: opSemAcq, v: s} }
func semRel(s string) op                   { return op{kind: opSemRel, v: s} }
func wait(e string) op                     { return op{kind: opWait, v: e} }
func setEv(e string) op                    { return op{kind: opSetEv, v: e} }
func clearEv(e string) op                  { return op{kind: opClearEv, v: e} }
func spawn(body int) op                    { return op{kind: opSpawn, n: body} }
func spawnR(body int, reg string) op       { return op{kind: opSpawn, n: body, reg: reg} }
func join(id int) op                       { return op{kind: opJoin, expr: func(regs) int { return id }} }
func joinR(reg string) op                  { return op{kind: opJoin, expr: func(r regs) int { return r[reg] }} }
func printR(reg string) op                 { return op{kind: opPrint, reg: reg} }
func printS(s string) op                   { return op{kind: opPrint, text: s} }
func assert(e func(regs) int, s string) op { return op{kind: opAssert, expr: e, text: s} }
func nop() op                              { return op{kind: opNop} }
func jumpIf(e func(regs) int, to int) op   { return op{kind: opJumpIf, expr: e, n: to} }
func inc(reg string) func(regs) int        { return func(r regs) int { return r[reg] + 1 } }
func regIs(reg string, v int) func(regs) int {
	return func(r regs) int {
		if r[reg] == v {
			return 1
		}
		return 0
	}
}

// toyProgram is a program: bodies[0] is the main thread.
type toyProgram struct {
	name    string
	bodies  [][]op
	noHints bool           // report every access as Plain (no Acquire/Release marks)
	sems    map[string]int // initial semaphore counts (default 0)
}

// withoutHints returns a copy of p that does not mark ownership accesses.
func (p *toyProgram) withoutHints() *toyProgram {
	c := *p
	c.noHints = true
	return &c
}

const (
	objGlobals = 1
	objStdout  = 2
	objStderr  = 3
	objThread  = 1 << 40 // + thread id
)

func objID(name string) uint64 {
	h := fnv.New64a()
	h.Write([]byte(name))
	return h.Sum64()>>8 + 1000
}

// location maps a variable name to its (object, key).
func location(v string) (uint64, string) {
	o, k, ok := strings.Cut(v, ".")
	if !ok {
		return objGlobals, v
	}
	if k == "*" {
		k = ""
	}
	return objID(o), k
}

type toyThread struct {
	body []op
	pc   int
	regs regs
	done bool
}

type toyObject struct {
	items map[string]int
	def   int
}

type toyExec struct {
	prog    *toyProgram
	threads []*toyThread
	objs    map[uint64]*toyObject
	locks   map[string]int // holder, absent when free
	sems    map[string]int // semaphore counts
	events  map[string]bool
	stdout  strings.Builder
	stderr  strings.Builder
	failed  bool
	steps   []Step // every step taken, for the tests
}

func (p *toyProgram) start() Execution {
	x := &toyExec{prog: p, objs: map[uint64]*toyObject{}, locks: map[string]int{}, sems: map[string]int{}, events: map[string]bool{}}
	for k, v := range p.sems {
		x.sems[k] = v
	}
	x.newThread(0)
	return x
}

func (x *toyExec) newThread(body int) int {
	t := &toyThread{body: x.prog.bodies[body], regs: regs{}}
	x.threads = append(x.threads, t)
	x.local(t)
	if t.done {
		panic(fmt.Sprintf("toy %s: body %d has no visible operation", x.prog.name, body))
	}
	return len(x.threads) - 1
}

// local runs local operations until the next visible one.
func (x *toyExec) local(t *toyThread) {
	for n := 0; t.pc < len(t.body); n++ {
		if n > 1000 {
			panic("toy: local loop")
		}
		switch o := t.body[t.pc]; o.kind {
		case opSet:
			t.regs[o.reg] = o.expr(t.regs)
			t.pc++
		case opJumpIf:
			if o.expr(t.regs) != 0 {
				t.pc = o.n
			} else {
				t.pc++
			}
		default:
			return
		}
	}
	t.done = true
}

func (x *toyExec) obj(id uint64) *toyObject {
	o := x.objs[id]
	if o == nil {
		o = &toyObject{items: map[string]int{}}
		x.objs[id] = o
	}
	return o
}

func (x *toyExec) blocked(t *toyThread) bool {
	switch o := t.body[t.pc]; o.kind {
	case opLock:
		_, held := x.locks[o.v]
		return held
	case opSemAcq:
		return x.sems[o.v] == 0
	case opWait:
		return !x.events[o.v]
	case opJoin:
		id := o.expr(t.regs)
		if id >= len(x.threads) {
			panic(fmt.Sprintf("toy %s: join of thread %d, which does not exist", x.prog.name, id))
		}
		return !x.threads[id].done
	}
	return false
}

func (x *toyExec) Enabled() []int {
	var en []int
	for i, t := range x.threads {
		if !t.done && !x.blocked(t) {
			en = append(en, i)
		}
	}
	return en
}

func (t *toyThread) variable(o op) string {
	if o.target != nil {
		return o.target(t.regs)
	}
	return o.v
}

// accesses returns what thread id's next operation touches.
func (x *toyExec) accesses(id int) []Access {
	t := x.threads[id]
	switch o := t.body[t.pc]; o.kind {
	case opRead, opWrite:
		obj, key := location(t.variable(o))
		return []Access{{Obj: obj, Key: key, Write: o.kind == opWrite}}
	case opLock:
		return []Access{{Obj: objID("lock:" + o.v), Write: true, Sync: x.hint(Acquire)}}
	case opUnlock:
		return []Access{{Obj: objID("lock:" + o.v), Write: true, Sync: x.hint(Release)}}
	case opJoin:
		return []Access{{Obj: objThread + uint64(o.expr(t.regs)), Sync: x.hint(Acquire)}}
	case opSemAcq, opSemRel:
		return []Access{{Obj: objID("sem:" + o.v), Write: true}}
	case opWait, opSetEv, opClearEv:
		return []Access{{Obj: objID("event:" + o.v), Write: true}}
	case opPrint:
		return []Access{{Obj: objStdout, Write: true}}
	case opAssert:
		if o.expr(t.regs) == 0 {
			return []Access{{Obj: objStderr, Write: true}}
		}
	}
	return nil
}

func (x *toyExec) hint(s Sync) Sync {
	if x.prog.noHints {
		return Plain
	}
	return s
}

func (x *toyExec) Pending(id int) ([]Access, bool) {
	if id >= len(x.threads) || x.threads[id].done {
		return nil, false
	}
	return x.accesses(id), true
}

func (x *toyExec) Step(id int) Step {
	t := x.threads[id]
	if t.done || x.blocked(t) {
		panic(fmt.Sprintf("toy %s: thread %d is not enabled", x.prog.name, id))
	}
	st := Step{Thread: id, Accesses: x.accesses(id)}
	switch o := t.body[t.pc]; o.kind {
	case opRead:
		obj, key := location(t.variable(o))
		ob := x.obj(obj)
		if key == "" {
			sum := ob.def
			for _, v := range ob.items {
				sum += v
			}
			t.regs[o.reg] = sum
		} else if v, ok := ob.items[key]; ok {
			t.regs[o.reg] = v
		} else {
			t.regs[o.reg] = ob.def
		}
	case opWrite:
		obj, key := location(t.variable(o))
		ob := x.obj(obj)
		v := o.expr(t.regs)
		if key == "" {
			for k := range ob.items {
				ob.items[k] = v
			}
			ob.def = v
		} else {
			ob.items[key] = v
		}
	case opLock:
		x.locks[o.v] = id
	case opUnlock:
		delete(x.locks, o.v)
	case opSpawn:
		nid := x.newThread(o.n)
		if o.reg != "" {
			t.regs[o.reg] = nid
		}
		st.Spawned = []int{nid}
	case opJoin:
	case opSemAcq:
		x.sems[o.v]--
	case opSemRel:
		x.sems[o.v]++
	case opWait:
	case opSetEv:
		x.events[o.v] = true
	case opClearEv:
		x.events[o.v] = false
	case opPrint:
		if o.text != "" {
			fmt.Fprintln(&x.stdout, o.text)
		} else {
			fmt.Fprintln(&x.stdout, t.regs[o.reg])
		}
	case opAssert:
		if o.expr(t.regs) == 0 {
			fmt.Fprintf(&x.stderr, "T%d: AssertionError: %s\n", id, o.text)
			x.failed = true
		}
	case opNop:
	}
	t.pc++
	x.local(t)
	if t.done {
		st.Accesses = append(st.Accesses, Access{Obj: objThread + uint64(id), Write: true, Sync: x.hint(Release)})
	}
	x.steps = append(x.steps, st)
	return st
}

func (x *toyExec) Outcome() Outcome {
	out := Outcome{Status: StatusOK, Stdout: x.stdout.String(), Stderr: x.stderr.String()}
	for _, t := range x.threads {
		if !t.done {
			out.Status = StatusDeadlock
		}
	}
	if x.failed && out.Status == StatusOK {
		out.Status = StatusError
	}
	return out
}
