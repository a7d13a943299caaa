package compile

import (
	"math/big"
	"strconv"
	"strings"

	"lockstep/wasm/syntax"
)

// binaryOps maps operator tokens (and augmented-assignment tokens) to
// BINARY_OP arguments.
var binaryOps = map[syntax.Token]BinaryOp{
	syntax.PLUS: OpAdd, syntax.MINUS: OpSub, syntax.STAR: OpMul, syntax.SLASH: OpTrueDiv,
	syntax.DSLASH: OpFloorDiv, syntax.PERCENT: OpMod, syntax.DSTAR: OpPow, syntax.AT: OpMatMul,
	syntax.LSHIFT: OpLShift, syntax.RSHIFT: OpRShift, syntax.AMP: OpAnd, syntax.PIPE: OpOr,
	syntax.CARET:   OpXor,
	syntax.PLUS_EQ: OpAdd, syntax.MINUS_EQ: OpSub, syntax.STAR_EQ: OpMul, syntax.SLASH_EQ: OpTrueDiv,
	syntax.DSLASH_EQ: OpFloorDiv, syntax.PERCENT_EQ: OpMod, syntax.DSTAR_EQ: OpPow, syntax.AT_EQ: OpMatMul,
	syntax.LSHIFT_EQ: OpLShift, syntax.RSHIFT_EQ: OpRShift, syntax.AMP_EQ: OpAnd, syntax.PIPE_EQ: OpOr,
	syntax.CARET_EQ: OpXor,
}

var compareOps = map[syntax.Token]CompareOp{
	syntax.LT: OpLT, syntax.LE: OpLE, syntax.EQ: OpEQ, syntax.NE: OpNE, syntax.GT: OpGT, syntax.GE: OpGE,
}

// expr compiles an expression that pushes its value.
func (c *compiler) expr(e syntax.Expr) {
	saved := c.u.span
	c.u.span = spanOf(e)
	c.expr1(e)
	c.u.span = saved
}

func (c *compiler) expr1(e syntax.Expr) {
	switch e := e.(type) {
	case *syntax.Name:
		if e.ID == "__debug__" {
			c.loadConst(true) // CPython folds it too
			return
		}
		c.nameop(e.ID, ctxLoad)
	case *syntax.Constant:
		c.loadConst(c.constValue(e))
	case *syntax.JoinedStr:
		c.joinedStr(e)
	case *syntax.FormattedValue:
		c.joinedStr(&syntax.JoinedStr{Range: e.Range, Values: []syntax.Expr{e}})
	case *syntax.BinOp:
		op, ok := binaryOps[e.Op]
		if !ok {
			c.internalf("unknown binary operator %v", e.Op)
		}
		c.expr(e.X)
		c.expr(e.Y)
		c.emit(BINARY_OP, uint32(op))
	case *syntax.UnaryOp:
		c.unary(e)
	case *syntax.BoolOp:
		end := c.newLabel()
		op := JUMP_IF_FALSE_OR_POP
		if e.Op == syntax.OR {
			op = JUMP_IF_TRUE_OR_POP
		}
		for i, v := range e.Values {
			c.expr(v)
			if i < len(e.Values)-1 {
				c.jump(op, end)
			}
		}
		c.bind(end)
	case *syntax.Compare:
		c.compare(e)
	case *syntax.Call:
		c.call(e)
	case *syntax.Attribute:
		c.expr(e.X)
		c.attrOp(LOAD_ATTR, e)
	case *syntax.Subscript:
		c.checkSubscript(e)
		c.expr(e.X)
		c.expr(e.Index)
		c.emitOp(BINARY_SUBSCR)
	case *syntax.Slice:
		n := 2
		c.exprOrNone(e.Lo)
		c.exprOrNone(e.Hi)
		if e.Step != nil {
			c.expr(e.Step)
			n = 3
		}
		c.emitInt(BUILD_SLICE, n)
	case *syntax.Starred:
		c.errorf(e, "can't use starred expression here")
	case *syntax.List:
		c.starUnpack(e.Elts, BUILD_LIST, LIST_APPEND, LIST_EXTEND, false)
	case *syntax.Tuple:
		c.starUnpack(e.Elts, BUILD_TUPLE, LIST_APPEND, LIST_EXTEND, true)
	case *syntax.Set:
		c.starUnpack(e.Elts, BUILD_SET, SET_ADD, SET_UPDATE, false)
	case *syntax.Dict:
		c.dict(e)
	case *syntax.Lambda:
		c.lambda(e)
	case *syntax.IfExp:
		orelse, end := c.newLabel(), c.newLabel()
		c.jumpIf(e.Test, orelse, false)
		c.expr(e.Body)
		c.jump(JUMP, end)
		c.bind(orelse)
		c.expr(e.Orelse)
		c.bind(end)
	case *syntax.ListComp:
		c.comprehension(e, "<listcomp>", e.Generators, e.Elt, nil)
	case *syntax.SetComp:
		c.comprehension(e, "<setcomp>", e.Generators, e.Elt, nil)
	case *syntax.DictComp:
		c.comprehension(e, "<dictcomp>", e.Generators, e.Key, e.Value)
	case *syntax.GeneratorExp:
		c.comprehension(e, "<genexpr>", e.Generators, e.Elt, nil)
	case *syntax.Yield:
		c.exprOrNone(e.Value)
		c.emitOp(YIELD_VALUE)
	case *syntax.YieldFrom:
		c.expr(e.Value)
		c.emitOp(GET_ITER)
		c.emitOp(YIELD_FROM)
	case *syntax.NamedExpr:
		c.expr(e.Value)
		c.emitInt(COPY, 1)
		c.withSpan(e.Target, func() { c.nameop(e.Target.ID, ctxStore) })
	default:
		c.internalf("unknown expression %T", e)
	}
}

func (c *compiler) exprOrNone(e syntax.Expr) {
	if e == nil {
		c.loadConst(nil)
	} else {
		c.expr(e)
	}
}

// constValue converts a literal to its constant.
func (c *compiler) constValue(e *syntax.Constant) any {
	switch e.Kind {
	case syntax.ConstNone:
		return nil
	case syntax.ConstTrue:
		return true
	case syntax.ConstFalse:
		return false
	case syntax.ConstInt:
		return c.intValue(e)
	case syntax.ConstFloat:
		return e.Float
	case syntax.ConstStr:
		return e.Str
	case syntax.ConstEllipsis:
		return Ellipsis{}
	case syntax.ConstImag:
		c.notImpl(e, "complex numbers")
	case syntax.ConstBytes:
		c.notImpl(e, "bytes")
	}
	c.internalf("unknown constant kind %d", e.Kind)
	return nil
}

// intValue parses an integer literal: int64 when it fits, else *big.Int.
func (c *compiler) intValue(e *syntax.Constant) any {
	text := strings.ReplaceAll(e.Text, "_", "")
	base := 10
	if len(text) > 1 && text[0] == '0' {
		switch text[1] {
		case 'x', 'X':
			base, text = 16, text[2:]
		case 'o', 'O':
			base, text = 8, text[2:]
		case 'b', 'B':
			base, text = 2, text[2:]
		}
	}
	if n, err := strconv.ParseInt(text, base, 64); err == nil {
		return n
	}
	if b, ok := new(big.Int).SetString(text, base); ok {
		return b
	}
	c.errorf(e, "invalid integer literal %q", e.Text)
	return nil
}

// unary compiles a unary operator; `-` applied to a number literal is
// folded into a constant.
func (c *compiler) unary(e *syntax.UnaryOp) {
	if e.Op == syntax.MINUS {
		if k, ok := e.X.(*syntax.Constant); ok {
			switch k.Kind {
			case syntax.ConstInt:
				switch v := c.intValue(k).(type) {
				case int64:
					c.loadConst(-v)
					return
				case *big.Int:
					n := new(big.Int).Neg(v)
					if n.IsInt64() {
						c.loadConst(n.Int64())
					} else {
						c.loadConst(n)
					}
					return
				}
			case syntax.ConstFloat:
				c.loadConst(-k.Float)
				return
			}
		}
	}
	var op UnaryOp
	switch e.Op {
	case syntax.MINUS:
		op = OpNeg
	case syntax.PLUS:
		op = OpPos
	case syntax.TILDE:
		op = OpInvert
	case syntax.NOT:
		op = OpNot
	default:
		c.internalf("unknown unary operator %v", e.Op)
	}
	c.expr(e.X)
	c.emit(UNARY_OP, uint32(op))
}

// compareOp emits the instruction for one comparison operator.
func (c *compiler) compareOp(op syntax.Token) {
	switch op {
	case syntax.IN:
		c.emit(CONTAINS_OP, 0)
	case syntax.NOTIN:
		c.emit(CONTAINS_OP, 1)
	case syntax.IS:
		c.emit(IS_OP, 0)
	case syntax.ISNOT:
		c.emit(IS_OP, 1)
	default:
		cmp, ok := compareOps[op]
		if !ok {
			c.internalf("unknown comparison %v", op)
		}
		c.emit(COMPARE_OP, uint32(cmp))
	}
}

// compare compiles a comparison chain; each middle operand is evaluated
// once and the chain stops at the first false comparison:
//
//	<a>; <b>; SWAP 2; COPY 2; COMPARE; JUMP_IF_FALSE_OR_POP cleanup; <c>; COMPARE; JUMP end
//	cleanup: SWAP 2; POP_TOP
//	end:
func (c *compiler) compare(e *syntax.Compare) {
	c.checkCompare(e)
	c.expr(e.Left)
	n := len(e.Ops)
	if n == 1 {
		c.expr(e.Comparators[0])
		c.compareOp(e.Ops[0])
		return
	}
	cleanup, end := c.newLabel(), c.newLabel()
	for i := 0; i < n-1; i++ {
		c.expr(e.Comparators[i])
		c.emitInt(SWAP, 2)
		c.emitInt(COPY, 2)
		c.compareOp(e.Ops[i])
		c.jump(JUMP_IF_FALSE_OR_POP, cleanup)
	}
	c.expr(e.Comparators[n-1])
	c.compareOp(e.Ops[n-1])
	c.jump(JUMP, end)
	c.bind(cleanup)
	c.emitInt(SWAP, 2)
	c.emitOp(POP_TOP)
	c.bind(end)
}

// jumpIf compiles a condition: it jumps to target when the truth of e is
// cond and falls through otherwise.
func (c *compiler) jumpIf(e syntax.Expr, target label, cond bool) {
	switch x := e.(type) {
	case *syntax.UnaryOp:
		if x.Op == syntax.NOT {
			c.jumpIf(x.X, target, !cond)
			return
		}
	case *syntax.BoolOp:
		// `a and b` is true when all are true; `a or b` when any is.
		isOr := x.Op == syntax.OR
		last := len(x.Values) - 1
		if isOr == cond {
			// Any value deciding the outcome jumps to target.
			for _, v := range x.Values {
				c.jumpIf(v, target, cond)
			}
			return
		}
		next := c.newLabel()
		for _, v := range x.Values[:last] {
			c.jumpIf(v, next, !cond)
		}
		c.jumpIf(x.Values[last], target, cond)
		c.bind(next)
		return
	}
	c.expr(e)
	c.withSpan(e, func() {
		if cond {
			c.jump(POP_JUMP_IF_TRUE, target)
		} else {
			c.jump(POP_JUMP_IF_FALSE, target)
		}
	})
}

// starUnpack builds a list, tuple or set display. Without starred items:
// the items, then BUILD_x n. With: the items before the first star, BUILD_x
// (a list for tuples), then APPEND/EXTEND for each other item (and
// LIST_TO_TUPLE for tuples).
func (c *compiler) starUnpack(elts []syntax.Expr, build, add, extend Opcode, tuple bool) {
	star := -1
	for i, x := range elts {
		if _, ok := x.(*syntax.Starred); ok {
			star = i
			break
		}
	}
	if star < 0 {
		for _, x := range elts {
			c.expr(x)
		}
		c.emitInt(build, len(elts))
		return
	}
	for _, x := range elts[:star] {
		c.expr(x)
	}
	if tuple {
		build = BUILD_LIST
	}
	c.emitInt(build, star)
	for _, x := range elts[star:] {
		if st, ok := x.(*syntax.Starred); ok {
			c.expr(st.X)
			c.emitInt(extend, 1)
		} else {
			c.expr(x)
			c.emitInt(add, 1)
		}
	}
	if tuple {
		c.emitOp(LIST_TO_TUPLE)
	}
}

// dict compiles a dict display: BUILD_MAP n of the items before the first
// `**m`, then DICT_UPDATE 1 for each `**m` and MAP_ADD 1 for each later item.
func (c *compiler) dict(e *syntax.Dict) {
	first := len(e.Keys)
	for i, k := range e.Keys {
		if k == nil {
			first = i
			break
		}
	}
	for i := 0; i < first; i++ {
		c.expr(e.Keys[i])
		c.expr(e.Values[i])
	}
	c.emitInt(BUILD_MAP, first)
	for i := first; i < len(e.Keys); i++ {
		if e.Keys[i] == nil {
			c.expr(e.Values[i])
			c.emitInt(DICT_UPDATE, 1)
		} else {
			c.expr(e.Keys[i])
			c.expr(e.Values[i])
			c.emitInt(MAP_ADD, 1)
		}
	}
}
