package compile

import (
	"fmt"
	"math"
	"math/big"
	"strings"

	"lockstep/wasm/syntax"
)

// Compile compiles a parsed module to the Code of its top level (Name
// "<module>", FlagModule); functions, classes, lambdas and comprehensions
// are nested Code constants.
//
// The error, if any, is a *syntax.Error: Type "SyntaxError" for the errors
// CPython reports while compiling (scopes, 'return' outside function, ...)
// and "NotImplementedError" with the message "lockstep does not support X"
// for Python features Lockstep refuses.
func Compile(mod *syntax.Module) (code *Code, err error) {
	c := &compiler{filename: mod.Filename, lines: mod.Lines}
	defer func() {
		if r := recover(); r != nil {
			b, ok := r.(bailout)
			if !ok {
				panic(r)
			}
			code, err = nil, b.err
		}
	}()
	c.st = buildSymtable(c, mod)
	return c.module(mod), nil
}

// bailout is the panic value that carries a compile error to Compile.
type bailout struct{ err *syntax.Error }

// compiler holds the state of one Compile call.
type compiler struct {
	filename string
	lines    []string
	st       *symtable
	u        *unit   // the code being compiled
	stack    []*unit // enclosing units
	// futureOK holds the `from __future__` imports at the beginning of
	// the module, where they are allowed.
	futureOK map[*syntax.ImportFrom]bool
}

// label is a jump target, bound to an instruction index by bind.
type label int

// unit is the code object being compiled and its bookkeeping.
type unit struct {
	code     *Code
	scope    *scope
	consts   map[any]int
	names    map[string]int
	varnames map[string]int
	cells    map[string]int // cell slot of each cellvar and freevar
	labels   []int          // instruction index of each label, -1 while unbound
	span     Span           // position given to emitted instructions
	fblocks  []*fblock
	private  string // class name for mangling
}

// errorf aborts compilation with a SyntaxError at node n.
func (c *compiler) errorf(n syntax.Node, format string, args ...any) {
	c.fail("SyntaxError", n, fmt.Sprintf(format, args...))
}

// notImpl aborts compilation: Lockstep refuses a Python feature.
func (c *compiler) notImpl(n syntax.Node, what string) {
	c.fail("NotImplementedError", n, "lockstep does not support "+what)
}

func (c *compiler) fail(typ string, n syntax.Node, msg string) {
	e := &syntax.Error{Type: typ, Msg: msg, Filename: c.filename}
	if n != nil {
		e.Pos, e.End = n.Span()
		if l := int(e.Pos.Line); l >= 1 && l <= len(c.lines) {
			e.Line = c.lines[l-1]
		}
	}
	panic(bailout{e})
}

// internalf aborts compilation on a compiler bug.
func (c *compiler) internalf(format string, args ...any) {
	panic(bailout{&syntax.Error{Type: "SystemError", Msg: "compiler: " + fmt.Sprintf(format, args...), Filename: c.filename}})
}

// spanOf converts a node's extent to a Span.
func spanOf(n syntax.Node) Span {
	s, e := n.Span()
	return Span{Line: s.Line, Col: s.Col, EndLine: e.Line, EndCol: e.Col}
}

// ---- units ----

// enter starts compiling a new code object for scope s.
func (c *compiler) enter(s *scope, name string, flags Flags, firstLine int32) *unit {
	u := &unit{
		code: &Code{
			Name:      name,
			Filename:  c.filename,
			FirstLine: firstLine,
			Flags:     flags,
		},
		scope:    s,
		consts:   map[any]int{},
		names:    map[string]int{},
		varnames: map[string]int{},
		cells:    map[string]int{},
		private:  s.private,
	}
	u.code.QualName = c.qualname(name, s)
	if s.generator {
		u.code.Flags |= FlagGenerator
	}
	if s.kind == scopeFunction {
		// Other locals get their slots as the code uses them.
		for _, p := range s.params {
			u.addVarname(p)
		}
	}
	u.code.Cellvars = s.cellvars
	u.code.Freevars = s.freevars
	for i, name := range s.cellvars {
		u.cells[name] = i
	}
	for i, name := range s.freevars {
		u.cells[name] = len(s.cellvars) + i
	}
	if len(s.cellvars) > 0 {
		u.code.CellParams = make([]int, len(s.cellvars))
		for i, name := range s.cellvars {
			u.code.CellParams[i] = -1
			if s.syms[name]&defParam != 0 {
				u.code.CellParams[i] = u.varnames[name]
			}
		}
	}
	if c.u != nil {
		c.stack = append(c.stack, c.u)
	}
	c.u = u
	return u
}

// leave finishes the current code object and returns it.
func (c *compiler) leave() *Code {
	u := c.u
	code := u.code
	for i, in := range code.Instrs {
		if isJump(in.Op) {
			t := u.labels[in.Arg]
			if t < 0 {
				c.internalf("unbound label in %s", code.QualName)
			}
			code.Instrs[i].Arg = uint32(t)
		}
	}
	removeDeadCode(code)
	size, err := stackDepth(code)
	if err != nil {
		c.internalf("%s: %v", code.QualName, err)
	}
	code.StackSize = size
	if n := len(c.stack); n > 0 {
		c.u = c.stack[n-1]
		c.stack = c.stack[:n-1]
	} else {
		c.u = nil
	}
	return code
}

func (u *unit) addVarname(name string) {
	if _, ok := u.varnames[name]; !ok {
		u.varnames[name] = len(u.code.Varnames)
		u.code.Varnames = append(u.code.Varnames, name)
	}
}

// qualname computes a code object's qualified name as CPython does.
func (c *compiler) qualname(name string, s *scope) string {
	parent := c.u
	if parent == nil || parent.scope.kind == scopeModule {
		return name
	}
	if (s.kind == scopeFunction && !s.lambda && !s.comprehension) || s.kind == scopeClass {
		if parent.scope.res[mangle(parent.private, name)] == resGlobalExplicit {
			return name
		}
	}
	ps := parent.scope
	if ps.kind == scopeFunction && !ps.comprehension {
		return parent.code.QualName + ".<locals>." + name
	}
	return parent.code.QualName + "." + name
}

// ---- emitting ----

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

// ---- module, functions, classes ----

func (c *compiler) module(mod *syntax.Module) *Code {
	c.enter(c.st.top, "<module>", FlagModule, 1)
	body := mod.Body
	c.futureOK = map[*syntax.ImportFrom]bool{}
	for i, s := range body {
		if i == 0 {
			if _, ok := docstring(body); ok {
				continue
			}
		}
		imp, ok := s.(*syntax.ImportFrom)
		if !ok || imp.Module != "__future__" || imp.Level != 0 {
			break
		}
		c.futureOK[imp] = true
	}
	if doc, ok := docstring(body); ok {
		c.withSpan(body[0], func() {
			c.loadConst(doc)
			c.emitName(STORE_GLOBAL, "__doc__")
		})
		c.u.code.Doc = doc
		body = body[1:]
	}
	c.stmts(body)
	c.implicitReturn()
	return c.leave()
}

// docstring reports the docstring of a body.
func docstring(body []syntax.Stmt) (string, bool) {
	if len(body) == 0 {
		return "", false
	}
	if es, ok := body[0].(*syntax.ExprStmt); ok {
		if k, ok := es.X.(*syntax.Constant); ok && k.Kind == syntax.ConstStr {
			return k.Str, true
		}
	}
	return "", false
}

// implicitReturn ends a body with `return None`, positioned like the last
// instruction (CPython gives it the line of the code that falls off the end).
func (c *compiler) implicitReturn() {
	code := c.u.code
	if n := len(code.Instrs); n > 0 {
		c.u.span = code.Spans[n-1]
	}
	c.loadConst(nil)
	c.emitOp(RETURN_VALUE)
}

// defaults pushes a function's defaults tuple and kwdefaults dict and
// returns the MAKE_FUNCTION flags for them.
func (c *compiler) defaults(a *syntax.Arguments) uint32 {
	if a == nil {
		return 0
	}
	var flags uint32
	if len(a.Defaults) > 0 {
		for _, d := range a.Defaults {
			c.expr(d)
		}
		c.emitInt(BUILD_TUPLE, len(a.Defaults))
		flags |= 1
	}
	n := 0
	for i, d := range a.KwDefaults {
		if d == nil || i >= len(a.Kwonly) {
			continue
		}
		c.loadConst(mangle(c.u.private, a.Kwonly[i].Name))
		c.expr(d)
		n++
	}
	if n > 0 {
		c.emitInt(BUILD_MAP, n)
		flags |= 2
	}
	return flags
}

// setArgs fills the parameter counts and flags of a function's code.
func setArgs(code *Code, a *syntax.Arguments) {
	if a == nil {
		return
	}
	code.PosOnlyCount = len(a.Posonly)
	code.ArgCount = len(a.Posonly) + len(a.Args)
	code.KwOnlyCount = len(a.Kwonly)
	if a.Vararg != nil {
		code.Flags |= FlagVarargs
	}
	if a.Kwarg != nil {
		code.Flags |= FlagVarkw
	}
}

func (c *compiler) functionDef(s *syntax.FunctionDef) {
	firstLine := s.Start.Line
	for _, d := range s.Decorators {
		c.expr(d)
	}
	if len(s.Decorators) > 0 {
		st, _ := s.Decorators[0].Span()
		firstLine = st.Line
	}
	flags := c.defaults(s.Args)
	sc := c.scopeOf(s)
	c.enter(sc, s.Name, 0, firstLine)
	c.u.span = spanOf(s)
	setArgs(c.u.code, s.Args)
	body := s.Body
	if doc, ok := docstring(body); ok {
		c.u.code.Doc = doc
		body = body[1:]
	}
	c.stmts(body)
	c.implicitReturn()
	code := c.leave()
	c.makeClosure(code, flags)
	c.applyDecorators(s.Decorators)
	c.nameop(s.Name, ctxStore)
}

// applyDecorators calls the decorators (already on the stack, outermost
// first) on the function or class on top of the stack, innermost first.
func (c *compiler) applyDecorators(decos []syntax.Expr) {
	for i := len(decos) - 1; i >= 0; i-- {
		c.withSpan(decos[i], func() { c.emitInt(CALL, 1) })
	}
}

func (c *compiler) lambda(e *syntax.Lambda) {
	flags := c.defaults(e.Args)
	sc := c.scopeOf(e)
	c.enter(sc, "<lambda>", FlagLambda, e.Start.Line)
	c.u.span = spanOf(e)
	setArgs(c.u.code, e.Args)
	c.expr(e.Body)
	c.withSpan(e.Body, func() { c.emitOp(RETURN_VALUE) })
	code := c.leave()
	c.makeClosure(code, flags)
}

// classDef compiles a class statement:
//
//	<decorators>; LOAD_CONST 'Name'; <bases>
//	[closure] LOAD_CONST <body code>; MAKE_FUNCTION; CALL 0   (the body returns its namespace)
//	SWAP n+2; ...; SWAP 2                                     (name b1..bn ns -> ns name b1..bn)
//	BUILD_CLASS n; CALL 1 per decorator; <store Name>
//
// The body code starts with __module__ = __name__ and __qualname__ (and
// __doc__), and ends with [LOAD_CLOSURE __class__; STORE_NAME
// __classcell__]; LOAD_LOCALS; RETURN_VALUE.
func (c *compiler) classDef(s *syntax.ClassDef) {
	if len(s.Keywords) > 0 {
		c.notImpl(s.Keywords[0], "class keywords (metaclass=…)")
	}
	for _, b := range s.Bases {
		if st, ok := b.(*syntax.Starred); ok {
			c.notImpl(st, "starred base classes")
		}
	}
	firstLine := s.Start.Line
	for _, d := range s.Decorators {
		c.expr(d)
	}
	if len(s.Decorators) > 0 {
		st, _ := s.Decorators[0].Span()
		firstLine = st.Line
	}
	// Like CPython, evaluate the bases before running the body.
	c.loadConst(s.Name)
	for _, b := range s.Bases {
		c.expr(b)
	}
	sc := c.scopeOf(s)
	c.enter(sc, s.Name, FlagClassBody, firstLine)
	c.u.span = spanOf(s)
	c.emitName(LOAD_GLOBAL, "__name__")
	c.emitName(STORE_NAME, "__module__")
	c.loadConst(c.u.code.QualName)
	c.emitName(STORE_NAME, "__qualname__")
	body := s.Body
	if doc, ok := docstring(body); ok {
		c.withSpan(body[0], func() {
			c.loadConst(doc)
			c.emitName(STORE_NAME, "__doc__")
		})
		c.u.code.Doc = doc
		body = body[1:]
	}
	c.stmts(body)
	if n := len(c.u.code.Instrs); n > 0 {
		c.u.span = c.u.code.Spans[n-1]
	}
	if sc.needsClassClosure {
		c.emitInt(LOAD_CLOSURE, c.cellSlot("__class__"))
		c.emitName(STORE_NAME, "__classcell__")
	}
	c.emitOp(LOAD_LOCALS)
	c.emitOp(RETURN_VALUE)
	code := c.leave()
	c.makeClosure(code, 0)
	c.emitInt(CALL, 0)
	// name b1..bn ns -> ns name b1..bn
	for i := len(s.Bases) + 2; i >= 2; i-- {
		c.emitInt(SWAP, i)
	}
	c.emitInt(BUILD_CLASS, len(s.Bases))
	c.applyDecorators(s.Decorators)
	c.nameop(s.Name, ctxStore)
}

// scopeOf returns the scope the symbol table built for node n.
func (c *compiler) scopeOf(n syntax.Node) *scope {
	s, ok := c.st.scopes[n]
	if !ok {
		c.internalf("no scope for %T", n)
	}
	return s
}
