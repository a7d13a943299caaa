package vm

import (
	"strings"

	"lockstep/wasm/compile"
)

// PrimitiveInfo describes a synchronization object for snapshots and the
// state panel. Nil pointers mean "not applicable".
type PrimitiveInfo struct {
	Type    string
	Owner   *int // thread id
	Count   *int // recursion level (RLock)
	Waiters []int
	Value   *int // semaphore value, queue size
	Flag    *bool
	Parties *int
	Waiting *int
	Text    string
}

// Describer is implemented by synchronization objects.
type Describer interface {
	Describe(m *Machine) PrimitiveInfo
}

// NextAction describes, in words, the visible action the thread will
// perform when it next takes a step ("write balance ← 100", "acquire lock").
func (th *Thread) NextAction() string {
	if th.state == StateDone {
		return "done"
	}
	if !th.started {
		return "start"
	}
	fr := th.frame()
	if fr == nil || fr.pc >= len(fr.code.Instrs) {
		return "continue"
	}
	m := th.m
	if fr.code.Internal {
		// paused inside Lockstep's library: describe the program's call
		if uf := th.userFrame(); uf != nil {
			text := m.spanText(uf)
			if len(text) > 60 {
				text = text[:57] + "..."
			}
			return callVerb(text) + text
		}
	}
	in := fr.code.Instrs[fr.pc]
	saved := fr.lastPC
	fr.lastPC = fr.pc
	defer func() { fr.lastPC = saved }()
	text := m.spanText(fr)
	switch in.Op {
	case compile.LOAD_GLOBAL:
		return "read " + fr.code.Names[in.Arg]
	case compile.STORE_GLOBAL:
		return "write " + fr.code.Names[in.Arg] + " ← " + th.m.shortRepr(fr.top())
	case compile.LOAD_ATTR, compile.LOAD_METHOD:
		if text == "" {
			text = fr.code.Names[in.Arg]
		}
		return "read " + text
	case compile.STORE_ATTR:
		if text == "" {
			text = fr.code.Names[in.Arg]
		}
		return "write " + text + " ← " + th.m.shortRepr(fr.stack[fr.sp-2])
	case compile.BINARY_SUBSCR:
		return "read " + text
	case compile.STORE_SUBSCR:
		return "write " + text + " ← " + th.m.shortRepr(fr.stack[fr.sp-3])
	case compile.DELETE_SUBSCR, compile.DELETE_ATTR, compile.DELETE_GLOBAL:
		return "delete " + text
	case compile.LOAD_DEREF:
		return "read " + text
	case compile.STORE_DEREF:
		return "write " + text + " ← " + th.m.shortRepr(fr.top())
	case compile.CONTAINS_OP:
		return "read " + text
	case compile.FOR_ITER:
		return "next item of " + text
	case compile.BEFORE_WITH:
		return "with " + text
	case compile.CALL, compile.CALL_KW, compile.CALL_METHOD, compile.CALL_METHOD_KW, compile.CALL_EX:
		if len(text) > 60 {
			text = text[:57] + "..."
		}
		return callVerb(text) + text
	}
	return strings.TrimSpace("run " + text)
}

// callVerb names the kind of a visible call for NextAction.
func callVerb(text string) string {
	for _, p := range []string{"print(", "sleep(", ".acquire(", ".release(", ".wait(", ".notify", ".set(", ".clear(", ".join(", ".start(", ".put(", ".get(", ".submit("} {
		if strings.Contains(text, p) {
			return ""
		}
	}
	return "call "
}

// Snapshot describes every thread, the main module's data globals and the
// primitives reachable from them.
type Snapshot struct {
	Threads    []ThreadSnapshot
	Variables  [][2]string
	Primitives []NamedPrimitive
}

// ThreadSnapshot is one thread in a Snapshot.
type ThreadSnapshot struct {
	ID       int
	Label    string
	Name     string
	State    ThreadState
	Line     int
	WaitsFor string
	Next     string
}

// NamedPrimitive is a primitive with the name the program uses for it.
type NamedPrimitive struct {
	Name string
	Info PrimitiveInfo
}

// Snapshot returns the current state of the run.
func (m *Machine) Snapshot() Snapshot {
	var s Snapshot
	for _, t := range m.threads {
		ts := ThreadSnapshot{ID: t.ID, Label: t.Label(), Name: t.Name, State: t.State(), Line: t.CurrentLine()}
		if t.block != nil && ts.State != StateRunnable {
			ts.WaitsFor = t.block.What
		}
		if t.state != StateDone {
			ts.Next = t.NextAction()
		}
		s.Threads = append(s.Threads, ts)
	}
	seen := map[Value]bool{}
	var visit func(name string, v Value, depth int)
	visit = func(name string, v Value, depth int) {
		if d, ok := v.(Describer); ok {
			if !seen[v] {
				seen[v] = true
				s.Primitives = append(s.Primitives, NamedPrimitive{Name: name, Info: d.Describe(m)})
			}
			return
		}
		if depth > 2 {
			return
		}
		switch x := v.(type) {
		case *Instance:
			if x.Type().Module != "__main__" {
				return
			}
			x.Dict.Range(func(k, val Value) bool {
				if ks, ok := k.(Str); ok {
					visit(name+"."+string(ks), val, depth+1)
				}
				return true
			})
		case *List:
			for i, e := range x.Elems {
				if i >= 16 {
					break
				}
				visit(name+"["+itoa(i)+"]", e, depth+1)
			}
		case *Dict:
			n := 0
			x.Range(func(k, val Value) bool {
				n++
				visit(name+"["+m.shortRepr(k)+"]", val, depth+1)
				return n < 16
			})
		}
	}
	m.mainDict.Range(func(k, v Value) bool {
		name, ok := k.(Str)
		if !ok || strings.HasPrefix(string(name), "__") {
			return true
		}
		visit(string(name), v, 0)
		if _, isPrim := v.(Describer); isPrim || isStatic(v) {
			return true
		}
		if inst, ok := v.(*Instance); ok && inst.Class.Module != "__main__" {
			return true
		}
		s.Variables = append(s.Variables, [2]string{string(name), m.shortRepr(v)})
		return true
	})
	return s
}
