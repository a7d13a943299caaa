package compile

import (
	"lockstep/wasm/syntax"
)

// This file compiles comprehensions and generator expressions.

// comprehension compiles a comprehension or generator expression to a
// nested function of one parameter, .0, called with the iterator of the
// outermost iterable:
//
//	<closure> LOAD_CONST <code>; MAKE_FUNCTION; <outer iterable>; GET_ITER; CALL 1
//
// The body is BUILD_x 0 (not for generators), then for each `for` clause
// (the first reads .0; the others evaluate their iterable and GET_ITER):
//
//	start: FOR_ITER anchor; <store target>; <if: POP_JUMP_IF_FALSE start>...
//	    <inner clause, or: elt; LIST_APPEND/SET_ADD/MAP_ADD depth+1, or elt; YIELD_VALUE; POP_TOP>
//	    JUMP start
//	anchor:
//
// and RETURN_VALUE (LOAD_CONST None; RETURN_VALUE for generators).
func (c *compiler) comprehension(e syntax.Expr, name string, gens []*syntax.Comprehension, elt, value syntax.Expr) {
	sc := c.scopeOf(e)
	start, _ := e.Span()
	c.enter(sc, name, FlagComprehension, start.Line)
	c.u.span = spanOf(e)
	code := c.u.code
	code.ArgCount = 1
	switch name {
	case "<listcomp>":
		c.emitInt(BUILD_LIST, 0)
	case "<setcomp>":
		c.emitInt(BUILD_SET, 0)
	case "<dictcomp>":
		c.emitInt(BUILD_MAP, 0)
	}
	c.compGenerator(name, gens, 0, 0, elt, value)
	if name == "<genexpr>" {
		c.loadConst(nil)
	}
	c.emitOp(RETURN_VALUE)
	code = c.leave()
	c.makeClosure(code, 0)
	c.expr(gens[0].Iter)
	c.emitOp(GET_ITER)
	c.emitInt(CALL, 1)
}

func (c *compiler) compGenerator(name string, gens []*syntax.Comprehension, i, depth int, elt, value syntax.Expr) {
	g := gens[i]
	start, ifCleanup, anchor := c.newLabel(), c.newLabel(), c.newLabel()
	if i == 0 {
		c.emitInt(LOAD_FAST, 0)
	} else {
		c.expr(g.Iter)
		c.emitOp(GET_ITER)
	}
	depth++
	c.bind(start)
	c.jump(FOR_ITER, anchor)
	c.assign(g.Target)
	for _, cond := range g.Ifs {
		c.jumpIf(cond, ifCleanup, false)
	}
	if i+1 < len(gens) {
		c.compGenerator(name, gens, i+1, depth, elt, value)
	} else {
		switch name {
		case "<genexpr>":
			c.expr(elt)
			c.emitOp(YIELD_VALUE)
			c.emitOp(POP_TOP)
		case "<listcomp>":
			c.expr(elt)
			c.emitInt(LIST_APPEND, depth+1)
		case "<setcomp>":
			c.expr(elt)
			c.emitInt(SET_ADD, depth+1)
		case "<dictcomp>":
			c.expr(elt)
			c.expr(value)
			c.emitInt(MAP_ADD, depth+1)
		}
	}
	c.bind(ifCleanup)
	c.jump(JUMP, start)
	c.bind(anchor)
}
