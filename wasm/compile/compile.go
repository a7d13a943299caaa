package compile

import (
	"fmt"

	"lockstep/wasm/syntax"
)

// Compile compiles a parsed module to the Code of its top level (Name
// "<module>", FlagModule); functions, classes, lambdas and comprehensions
// are nested Code constants.
//
// The error, if any, is a *syntax.Error: Type "SyntaxError" for the errors
// CPython reports while compiling (scopes, 'return' outside function, ...)
// and "NotImplementedError" with the message "lockstep does not support X"
// for Python features Lockstep refuses ("SystemError" would be a compiler
// bug: every code object is checked with the stack verifier before it is
// returned). Compile keeps no global state and may run concurrently.
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
	warnings []Warning
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

// ---- the module ----

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
	code := c.leave()
	code.Warnings = c.warnings
	return code
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

// scopeOf returns the scope the symbol table built for node n.
func (c *compiler) scopeOf(n syntax.Node) *scope {
	s, ok := c.st.scopes[n]
	if !ok {
		c.internalf("no scope for %T", n)
	}
	return s
}
