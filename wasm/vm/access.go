package vm

import (
	"strconv"
	"strings"
)

// Access is one touch of shared state by a step, for exploration.
type Access struct {
	Obj   uint64 // the object's identity
	Key   string // attribute name, global name, item key; "" for the whole object
	Write bool
	Sync  Sync
}

// Sync marks ownership operations for exploration: taking a lock or
// joining a thread (Acquire), freeing a lock or ending a thread (Release).
type Sync uint8

// The ownership roles of an access.
const (
	Plain Sync = iota
	Acquire
	Release
)

// visible is called before a visible action. It reports whether the thread
// must pause first (it already performed a visible action in this step); in
// that case the instruction will run again when the thread is scheduled.
func (th *Thread) visible(fr *Frame) bool {
	if fr.code.Internal {
		return false
	}
	return th.visibleAction(fr)
}

// visibleAction is visible for primitive operations, which are steps even
// when Lockstep's own library code performs them (Thread.join calls the
// runtime's join from Python, a Queue's get waits inside the library).
func (th *Thread) visibleAction(fr *Frame) bool {
	if th.nested > 0 {
		return false
	}
	m := th.m
	if !m.preemptive {
		// alone, every visible action is a step of its own (the first one
		// belongs to the step the scheduler chose)
		// (no budget here: a lone thread cannot interleave, and its loops
		// and calls are bounded by the tick budget)
		if th.stepUsed {
			m.stepNo++
		}
		th.stepUsed = true
		return false
	}
	if th.stepUsed {
		th.paused = true
		fr.pc = fr.lastPC
		return true
	}
	th.stepUsed = true
	return false
}

// isStatic reports whether reading a variable that holds v is folded into
// the surrounding step: functions, classes, modules and synchronization
// primitives are rarely rebound, and showing every read of them would bury
// the interesting steps. The read is still recorded for exploration.
func isStatic(v Value) bool {
	switch x := v.(type) {
	case *Function, *Builtin, *Type, *Module, *BoundMethod, *StaticMethod, *ClassMethod, *Property:
		return true
	case Describer:
		return true
	case *Instance:
		// objects of Lockstep's library classes (threading.Thread,
		// futures, executors) are handles, like primitives
		m := x.Class.Module
		return m != "__main__" && m != ""
	}
	return false
}

// isShared reports whether accesses to obj can be seen by other threads:
// mutable heap objects. Immutable values (str, tuple, int) never are.
func isShared(obj Value) bool {
	switch obj.(type) {
	case *Instance, *List, *Dict, *Set, *Type, *Exception:
		return true
	}
	return false
}

// accessGlobal handles the visibility of a global variable access.
func (th *Thread) accessGlobal(fr *Frame, name string, v Value, write bool) bool {
	m := th.m
	if !write && v != nil && isStatic(v) {
		m.recordAccess(th, m.globalsID(fr.globals), name, false)
		return false
	}
	if th.visible(fr) {
		return true
	}
	m.noteWrite(write)
	m.recordAccess(th, m.globalsID(fr.globals), name, write)
	if m.tracing && th.nested == 0 && !fr.code.Internal {
		kind := "read"
		if write {
			kind = "write"
		}
		m.event(th, fr, kind, name, v)
	}
	return false
}

// accessCell handles a closure variable access (cells can be shared
// between threads running closures of the same function).
func (th *Thread) accessCell(fr *Frame, c *Cell, write bool) bool {
	m := th.m
	if !write && c.V != nil && isStatic(c.V) {
		m.recordAccess(th, c.ObjectID(m), "", false)
		return false
	}
	if !m.preemptive || fr.code.Internal {
		return false
	}
	if th.visible(fr) {
		return true
	}
	m.noteWrite(write)
	m.recordAccess(th, c.ObjectID(m), "", write)
	if m.tracing && th.nested == 0 {
		kind := "read"
		if write {
			kind = "write"
		}
		m.event(th, fr, kind, m.spanText(fr), c.V)
	}
	return false
}

// accessAttr handles an attribute access on obj.
func (th *Thread) accessAttr(fr *Frame, obj Value, name string, write bool) bool {
	if !isShared(obj) {
		return false
	}
	m := th.m
	h := obj.(HasHeader).header()
	if !write {
		if inst, ok := obj.(*Instance); ok {
			if v, ok := inst.Dict.GetStr(name); ok && isStatic(v) {
				m.recordAccess(th, h.ObjectID(m), name, false)
				return false
			}
			if _, ok := inst.Dict.GetStr(name); !ok {
				// a method or class attribute: reading the class
				if v, ok := inst.Class.Lookup(name); ok && isStatic(v) {
					return false
				}
			}
		} else if t, ok := obj.(*Type); ok {
			if v, ok := t.Lookup(name); ok && isStatic(v) {
				return false
			}
		}
	}
	if fr.code.Internal {
		m.recordAccess(th, h.ObjectID(m), name, write)
		return false
	}
	if th.visible(fr) {
		return true
	}
	m.noteWrite(write)
	m.recordAccess(th, h.ObjectID(m), name, write)
	if m.tracing && th.nested == 0 {
		kind := "read"
		var v Value
		if write {
			kind = "write"
			v = fr.stack[fr.sp-2]
		}
		m.event(th, fr, kind, m.spanText(fr), v)
	}
	return false
}

// accessItem handles an item access on container c.
func (th *Thread) accessItem(fr *Frame, c, key Value, write bool) bool {
	switch c.(type) {
	case *List, *Dict:
	case *Instance:
		return false // __getitem__ runs Python code, whose accesses count
	default:
		return false
	}
	m := th.m
	if fr.code.Internal {
		m.recordAccess(th, c.(HasHeader).header().ObjectID(m), itemKey(key), write)
		return false
	}
	if th.visible(fr) {
		return true
	}
	m.noteWrite(write)
	m.recordAccess(th, c.(HasHeader).header().ObjectID(m), itemKey(key), write)
	if m.tracing && th.nested == 0 {
		kind := "read"
		var v Value
		if write {
			kind = "write"
			v = fr.stack[fr.sp-3]
		}
		m.event(th, fr, kind, m.spanText(fr), v)
	}
	return false
}

// accessContainer handles an operation on a container as a whole (a method
// such as append, len, `in`).
func (th *Thread) accessContainer(fr *Frame, c Value, write bool) bool {
	switch c.(type) {
	case *List, *Dict, *Set:
	default:
		return false
	}
	m := th.m
	if fr.code.Internal || th.nested > 0 {
		m.recordAccess(th, c.(HasHeader).header().ObjectID(m), "", write)
		return false
	}
	if th.visible(fr) {
		return true
	}
	m.noteWrite(write)
	m.recordAccess(th, c.(HasHeader).header().ObjectID(m), "", write)
	if m.tracing {
		kind := "read"
		if write {
			kind = "write"
		}
		m.event(th, fr, kind, m.spanText(fr), nil)
	}
	return false
}

// accessIter handles one step of iterating a shared container.
func (th *Thread) accessIter(fr *Frame, it Iterator) bool {
	src, ok := it.(interface{ Source() Value })
	if !ok {
		return false
	}
	c := src.Source()
	if !isShared(c) {
		return false
	}
	return th.accessContainer(fr, c, false)
}

// itemKey names an item for exploration: ints and strings by value,
// anything else as the whole container.
func itemKey(key Value) string {
	switch k := key.(type) {
	case Int:
		return strconv.FormatInt(int64(k), 10)
	case Str:
		return "'" + string(k)
	}
	return ""
}

// noteWrite counts a change of shared data, for the livelock watchdog.
func (m *Machine) noteWrite(write bool) {
	if write {
		m.writes++
	}
}

// recordValue completes the latest trace event with the value read or
// written.
func (th *Thread) recordValue(v Value) {
	m := th.m
	if !m.tracing || m.pendingValue < 0 {
		return
	}
	ev := &m.events[m.pendingValue]
	m.pendingValue = -1
	ev.Value = m.shortRepr(v)
	ev.Text = describeEvent(ev)
}

// shortRepr returns repr(v) without running Python code, shortened. Object
// addresses come from m's identities, so traces are deterministic.
func (m *Machine) shortRepr(v Value) string {
	if v == nil {
		return ""
	}
	s, err := Repr(m.reprThread, v)
	if err != nil {
		s = "<" + TypeName(v) + " object>"
	}
	if len(s) > 80 {
		s = s[:77] + "..."
	}
	return s
}

// spanText returns the source text of the instruction being executed, when
// it fits on one line (the expression as the program wrote it).
func (m *Machine) spanText(fr *Frame) string {
	if fr.lastPC >= len(fr.code.Spans) || fr.code.Internal || fr.code.Filename != m.prog.Filename {
		return ""
	}
	sp := fr.code.Spans[fr.lastPC]
	if sp.Line != sp.EndLine || sp.Line <= 0 || int(sp.Line) > len(m.lines) {
		return ""
	}
	line := []rune(m.lines[sp.Line-1])
	a, b := int(sp.Col)-1, int(sp.EndCol)-1
	if a < 0 || b > len(line) || a >= b {
		return ""
	}
	return strings.TrimSpace(string(line[a:b]))
}

func describeEvent(ev *Event) string {
	switch ev.Kind {
	case "read":
		return "read " + ev.Target + " → " + ev.Value
	case "write":
		if ev.Value == "" {
			return "write " + ev.Target
		}
		return "write " + ev.Target + " ← " + ev.Value
	}
	if ev.Value != "" {
		return ev.Kind + " " + ev.Target + " → " + ev.Value
	}
	return ev.Kind + " " + ev.Target
}

// Tracing reports whether the run records trace events, so that callers of
// Event and EventCause can skip building texts nobody will read.
func (th *Thread) Tracing() bool { return th.m.tracing }
