package compile

import (
	"lockstep/wasm/syntax"
)

// This file compiles function, lambda and class definitions.

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
