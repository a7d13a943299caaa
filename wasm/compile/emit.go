package compile

import (
	"math"
	"math/big"
	"strings"

	"lockstep/wasm/syntax"
)

// This file emits instructions: labels and jumps, constants and names,
// variable access (nameop), closures and dead code removal.

// emit appends an instruction with the current span and returns its index.
func (c *compiler) emit(op Opcode, arg uint32) int {
	code := c.u.code
	code.Instrs = append(code.Instrs, Instr{Op: op, Arg: arg})
	code.Spans = append(code.Spans, c.u.span)
	return len(code.Instrs) - 1
}

func (c *compiler) emitOp(op Opcode) { c.emit(op, 0) }

func (c *compiler) emitInt(op Opcode, n int) {
	if n < 0 || n > math.MaxInt32 {
		c.internalf("argument %d out of range", n)
	}
	c.emit(op, uint32(n))
}

func (c *compiler) newLabel() label {
	c.u.labels = append(c.u.labels, -1)
	return label(len(c.u.labels) - 1)
}

func (c *compiler) bind(l label) { c.u.labels[l] = len(c.u.code.Instrs) }

func (c *compiler) jump(op Opcode, l label) { c.emit(op, uint32(l)) }

// removeDeadCode drops the instructions no path reaches (code after a
// return, a raise or an unconditional jump) and renumbers jump targets.
func removeDeadCode(code *Code) {
	n := len(code.Instrs)
	live := make([]bool, n)
	work := []int{0}
	for len(work) > 0 {
		pc := work[len(work)-1]
		work = work[:len(work)-1]
		if pc < 0 || pc >= n || live[pc] {
			continue
		}
		live[pc] = true
		in := code.Instrs[pc]
		if isJump(in.Op) {
			work = append(work, int(in.Arg))
		}
		switch in.Op {
		case JUMP, RETURN_VALUE, RERAISE, RAISE_VARARGS:
		default:
			work = append(work, pc+1)
		}
	}
	newIndex := make([]int, n+1)
	j := 0
	for i := 0; i < n; i++ {
		newIndex[i] = j
		if live[i] {
			code.Instrs[j] = code.Instrs[i]
			code.Spans[j] = code.Spans[i]
			j++
		}
	}
	newIndex[n] = j
	code.Instrs, code.Spans = code.Instrs[:j], code.Spans[:j]
	for i, in := range code.Instrs {
		if isJump(in.Op) {
			code.Instrs[i].Arg = uint32(newIndex[in.Arg])
		}
	}
}

// isJump reports whether op's argument is an instruction index.
func isJump(op Opcode) bool {
	switch op {
	case JUMP, POP_JUMP_IF_FALSE, POP_JUMP_IF_TRUE, JUMP_IF_FALSE_OR_POP,
		JUMP_IF_TRUE_OR_POP, FOR_ITER, SETUP_FINALLY:
		return true
	}
	return false
}

// withSpan runs f with the current span set to n's extent.
func (c *compiler) withSpan(n syntax.Node, f func()) {
	saved := c.u.span
	c.u.span = spanOf(n)
	f()
	c.u.span = saved
}

type noneKey struct{}

type floatKey uint64

type bigKey string

type tupleKey string

// constIndex returns the index of v in Consts, adding it if needed.
func (c *compiler) constIndex(v any) int {
	var key any
	switch v := v.(type) {
	case nil:
		key = noneKey{}
	case bool, int64, string, Ellipsis:
		key = v
	case float64:
		key = floatKey(math.Float64bits(v))
	case *big.Int:
		key = bigKey(v.String())
	case []any:
		var b strings.Builder
		for _, x := range v {
			s, ok := x.(string)
			if !ok {
				b.Reset()
				break
			}
			b.WriteString(s)
			b.WriteByte(0)
		}
		if b.Len() > 0 || len(v) == 0 {
			key = tupleKey(b.String())
		}
	}
	if key != nil {
		if i, ok := c.u.consts[key]; ok {
			return i
		}
	}
	code := c.u.code
	code.Consts = append(code.Consts, v)
	i := len(code.Consts) - 1
	if key != nil {
		c.u.consts[key] = i
	}
	return i
}

func (c *compiler) loadConst(v any) { c.emitInt(LOAD_CONST, c.constIndex(v)) }

// nameIndex returns the index of name in Names, adding it if needed.
func (c *compiler) nameIndex(name string) int {
	if i, ok := c.u.names[name]; ok {
		return i
	}
	code := c.u.code
	code.Names = append(code.Names, name)
	c.u.names[name] = len(code.Names) - 1
	return len(code.Names) - 1
}

func (c *compiler) emitName(op Opcode, name string) { c.emitInt(op, c.nameIndex(name)) }

// nameCtx says whether a name is loaded, stored or deleted.
type nameCtx uint8

const (
	ctxLoad nameCtx = iota
	ctxStore
	ctxDel
)

// nameop emits the load, store or delete of a variable.
func (c *compiler) nameop(name string, ctx nameCtx) {
	u := c.u
	name = mangle(u.private, name)
	s := u.scope
	res := s.res[name]
	type ops struct{ load, store, del Opcode }
	var o ops
	var arg int
	switch {
	case res == resFree || res == resCell:
		o, arg = ops{LOAD_DEREF, STORE_DEREF, DELETE_DEREF}, c.cellSlot(name)
	case res == resGlobalExplicit || (s.kind == scopeModule) ||
		(res == resGlobalImplicit && s.kind == scopeFunction):
		o, arg = ops{LOAD_GLOBAL, STORE_GLOBAL, DELETE_GLOBAL}, c.nameIndex(name)
	case s.kind == scopeClass:
		o, arg = ops{LOAD_NAME, STORE_NAME, DELETE_NAME}, c.nameIndex(name)
	case res == resLocal:
		u.addVarname(name)
		o, arg = ops{LOAD_FAST, STORE_FAST, DELETE_FAST}, u.varnames[name]
	default:
		// A name the symbol table never saw (cannot happen for
		// names in the tree); treat it as a global.
		o, arg = ops{LOAD_GLOBAL, STORE_GLOBAL, DELETE_GLOBAL}, c.nameIndex(name)
	}
	switch ctx {
	case ctxLoad:
		c.emitInt(o.load, arg)
	case ctxStore:
		c.emitInt(o.store, arg)
	default:
		c.emitInt(o.del, arg)
	}
}

// cellSlot returns the cell slot of a cellvar or freevar of the current unit.
func (c *compiler) cellSlot(name string) int {
	i, ok := c.u.cells[name]
	if !ok {
		c.internalf("no cell for %q in %s", name, c.u.code.QualName)
	}
	return i
}

// makeClosure emits the creation of a function from code: the closure
// tuple (if code has free variables), the code constant and MAKE_FUNCTION.
// flags says which of defaults (1) and kwdefaults (2) are on the stack.
func (c *compiler) makeClosure(code *Code, flags uint32) {
	if len(code.Freevars) > 0 {
		for _, name := range code.Freevars {
			c.emitInt(LOAD_CLOSURE, c.cellSlot(name))
		}
		c.emitInt(BUILD_TUPLE, len(code.Freevars))
		flags |= 8
	}
	c.loadConst(code)
	c.emit(MAKE_FUNCTION, flags)
}
