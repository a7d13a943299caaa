package compile

import (
	"lockstep/wasm/syntax"
)

// This file compiles assignment, augmented assignment and deletion targets.

// assign stores the value on top of the stack into target e.
func (c *compiler) assign(e syntax.Expr) {
	saved := c.u.span
	c.u.span = spanOf(e)
	defer func() { c.u.span = saved }()
	switch e := e.(type) {
	case *syntax.Name:
		c.nameop(e.ID, ctxStore)
	case *syntax.Attribute:
		c.expr(e.X)
		c.attrOp(STORE_ATTR, e)
	case *syntax.Subscript:
		c.expr(e.X)
		c.expr(e.Index)
		c.emitOp(STORE_SUBSCR)
	case *syntax.Tuple:
		c.unpack(e, e.Elts)
	case *syntax.List:
		c.unpack(e, e.Elts)
	case *syntax.Starred:
		c.errorf(e, "starred assignment target must be in a list or tuple")
	default:
		c.errorf(e, "cannot assign to %s", describe(e))
	}
}

// unpack unpacks the sequence on top of the stack into targets.
func (c *compiler) unpack(n syntax.Node, elts []syntax.Expr) {
	star := -1
	for i, x := range elts {
		if _, ok := x.(*syntax.Starred); ok {
			if star >= 0 {
				c.errorf(n, "multiple starred expressions in assignment")
			}
			star = i
		}
	}
	if star < 0 {
		c.emitInt(UNPACK_SEQUENCE, len(elts))
	} else {
		after := len(elts) - star - 1
		if star >= 1<<8 || after >= 1<<24 {
			c.errorf(n, "too many expressions in star-unpacking assignment")
		}
		c.emit(UNPACK_EX, uint32(star)|uint32(after)<<8)
	}
	for _, x := range elts {
		if st, ok := x.(*syntax.Starred); ok {
			x = st.X
		}
		c.assign(x)
	}
}

// del compiles the deletion of a target.
func (c *compiler) del(e syntax.Expr) {
	saved := c.u.span
	c.u.span = spanOf(e)
	defer func() { c.u.span = saved }()
	switch e := e.(type) {
	case *syntax.Name:
		c.nameop(e.ID, ctxDel)
	case *syntax.Attribute:
		c.expr(e.X)
		c.attrOp(DELETE_ATTR, e)
	case *syntax.Subscript:
		c.expr(e.X)
		c.expr(e.Index)
		c.emitOp(DELETE_SUBSCR)
	case *syntax.Tuple:
		for _, x := range e.Elts {
			c.del(x)
		}
	case *syntax.List:
		for _, x := range e.Elts {
			c.del(x)
		}
	default:
		c.errorf(e, "cannot delete %s", describe(e))
	}
}

// augAssign compiles `target op= value`, evaluating the target's object
// and key once:
//
//	x.a += v:  <x>; COPY 1; LOAD_ATTR a; <v>; BINARY_OP; SWAP 2; STORE_ATTR a
//	x[k] += v: <x>; <k>; COPY 2; COPY 2; BINARY_SUBSCR; <v>; BINARY_OP; SWAP 3; SWAP 2; STORE_SUBSCR
func (c *compiler) augAssign(s *syntax.AugAssign) {
	op, ok := binaryOps[s.Op]
	if !ok {
		c.internalf("unknown augmented operator %v", s.Op)
	}
	stmtSpan := c.u.span
	c.u.span = spanOf(s.Target)
	switch t := s.Target.(type) {
	case *syntax.Name:
		c.nameop(t.ID, ctxLoad)
	case *syntax.Attribute:
		c.expr(t.X)
		c.emitInt(COPY, 1)
		c.attrOp(LOAD_ATTR, t)
	case *syntax.Subscript:
		c.expr(t.X)
		c.expr(t.Index)
		c.emitInt(COPY, 2)
		c.emitInt(COPY, 2)
		c.emitOp(BINARY_SUBSCR)
	default:
		c.errorf(t, "'%s' is an illegal expression for augmented assignment", describe(t))
	}
	c.u.span = stmtSpan
	c.expr(s.Value)
	c.emit(BINARY_OP, uint32(op|Inplace))
	c.u.span = spanOf(s.Target)
	switch t := s.Target.(type) {
	case *syntax.Name:
		c.nameop(t.ID, ctxStore)
	case *syntax.Attribute:
		c.emitInt(SWAP, 2)
		c.attrOp(STORE_ATTR, t)
	case *syntax.Subscript:
		c.emitInt(SWAP, 3)
		c.emitInt(SWAP, 2)
		c.emitOp(STORE_SUBSCR)
	}
	c.u.span = stmtSpan
}

// describe names an expression kind as CPython's error messages do.
func describe(e syntax.Expr) string {
	switch e := e.(type) {
	case *syntax.Call:
		return "function call"
	case *syntax.Constant:
		switch e.Kind {
		case syntax.ConstNone, syntax.ConstTrue, syntax.ConstFalse:
			return map[syntax.ConstKind]string{syntax.ConstNone: "None", syntax.ConstTrue: "True", syntax.ConstFalse: "False"}[e.Kind]
		case syntax.ConstEllipsis:
			return "ellipsis"
		}
		return "literal"
	case *syntax.BinOp, *syntax.UnaryOp:
		return "expression"
	case *syntax.BoolOp:
		return "expression"
	case *syntax.Compare:
		return "comparison"
	case *syntax.Lambda:
		return "lambda"
	case *syntax.IfExp:
		return "conditional expression"
	case *syntax.NamedExpr:
		return "named expression"
	case *syntax.JoinedStr, *syntax.FormattedValue:
		return "f-string expression"
	case *syntax.Dict:
		return "dict literal"
	case *syntax.Set:
		return "set display"
	case *syntax.ListComp:
		return "list comprehension"
	case *syntax.SetComp:
		return "set comprehension"
	case *syntax.DictComp:
		return "dict comprehension"
	case *syntax.GeneratorExp:
		return "generator expression"
	case *syntax.Yield, *syntax.YieldFrom:
		return "yield expression"
	case *syntax.Tuple:
		return "tuple"
	case *syntax.List:
		return "list"
	case *syntax.Starred:
		return "starred"
	}
	return "expression"
}
