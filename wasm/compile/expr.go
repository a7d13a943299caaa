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

// attrSpan moves the start of span to the attribute name when the
// attribute expression ends on another line than span starts (as CPython
// 3.11 does), so that a traceback shows the line of `.name` in a chain of
// calls split over several lines.
func attrSpan(span Span, e *syntax.Attribute) Span {
	if span.Line != e.End.Line && e.NamePos.IsValid() {
		span.Line, span.Col = e.NamePos.Line, e.NamePos.Col
		if span.EndLine < span.Line || (span.EndLine == span.Line && span.EndCol < span.Col) {
			span.EndLine, span.EndCol = e.End.Line, e.End.Col
		}
	}
	return span
}

// attrOp emits an instruction naming attribute e.Name (mangled), positioned
// by attrSpan.
func (c *compiler) attrOp(op Opcode, e *syntax.Attribute) {
	saved := c.u.span
	c.u.span = attrSpan(saved, e)
	c.emitName(op, mangle(c.u.private, e.Name))
	c.u.span = saved
}

// call compiles a call. x.m(args) uses LOAD_METHOD and CALL_METHOD[_KW];
// other calls CALL[_KW]; calls with *args or **kwargs build a list and a
// dict and use CALL_EX.
func (c *compiler) call(e *syntax.Call) {
	seen := map[string]bool{}
	hasStar, hasDStar := false, false
	for _, k := range e.Keywords {
		if k.Name == "" {
			hasDStar = true
			continue
		}
		if seen[k.Name] {
			c.errorf(k, "keyword argument repeated: %s", k.Name)
		}
		seen[k.Name] = true
	}
	for _, a := range e.Args {
		if _, ok := a.(*syntax.Starred); ok {
			hasStar = true
		}
	}
	if hasStar || hasDStar {
		c.expr(e.Func)
		c.callEx(e)
		return
	}
	n := len(e.Args) + len(e.Keywords)
	if attr, ok := e.Func.(*syntax.Attribute); ok {
		c.expr(attr.X)
		c.withSpan(attr, func() { c.attrOp(LOAD_METHOD, attr) })
		c.args(e)
		c.u.span = attrSpan(c.u.span, attr)
		if len(e.Keywords) > 0 {
			c.loadConst(kwNames(e.Keywords))
			c.emitInt(CALL_METHOD_KW, n)
		} else {
			c.emitInt(CALL_METHOD, n)
		}
		return
	}
	c.expr(e.Func)
	c.args(e)
	if len(e.Keywords) > 0 {
		c.loadConst(kwNames(e.Keywords))
		c.emitInt(CALL_KW, n)
	} else {
		c.emitInt(CALL, n)
	}
}

// args pushes the positional then the keyword argument values.
func (c *compiler) args(e *syntax.Call) {
	for _, a := range e.Args {
		c.expr(a)
	}
	for _, k := range e.Keywords {
		c.expr(k.Value)
	}
}

func kwNames(kws []*syntax.Keyword) []any {
	names := make([]any, len(kws))
	for i, k := range kws {
		names[i] = k.Name
	}
	return names
}

// callEx pushes the positional arguments as a list (or an empty tuple) and
// the keyword arguments as a dict, then emits CALL_EX.
func (c *compiler) callEx(e *syntax.Call) {
	if len(e.Args) == 0 {
		c.emitInt(BUILD_TUPLE, 0)
	} else {
		c.starUnpack(e.Args, BUILD_LIST, LIST_APPEND, LIST_EXTEND, false)
	}
	if len(e.Keywords) == 0 {
		c.emitInt(CALL_EX, 0)
		return
	}
	have := false
	var group []*syntax.Keyword
	flush := func() {
		if len(group) == 0 {
			return
		}
		for _, k := range group {
			c.loadConst(k.Name)
			c.expr(k.Value)
		}
		c.emitInt(BUILD_MAP, len(group))
		if have {
			c.emitInt(DICT_MERGE, 1)
		}
		have = true
		group = group[:0]
	}
	for _, k := range e.Keywords {
		if k.Name != "" {
			group = append(group, k)
			continue
		}
		flush()
		if !have {
			c.emitInt(BUILD_MAP, 0)
			have = true
		}
		c.expr(k.Value)
		c.emitInt(DICT_MERGE, 1)
	}
	flush()
	c.emitInt(CALL_EX, 1)
}

// joinedStr compiles an f-string: each literal part and each field's
// formatted value, then BUILD_STRING n (nothing when n is 1).
func (c *compiler) joinedStr(e *syntax.JoinedStr) {
	n := 0
	for _, v := range e.Values {
		switch v := v.(type) {
		case *syntax.Constant:
			if v.Kind == syntax.ConstStr && v.Str == "" {
				continue
			}
			c.expr(v)
			n++
		case *syntax.FormattedValue:
			if v.DebugText != "" {
				c.withSpan(v, func() { c.loadConst(v.DebugText) })
				n++
			}
			c.withSpan(v, func() { c.formattedValue(v) })
			n++
		default:
			c.expr(v)
			n++
		}
	}
	switch n {
	case 0:
		c.loadConst("")
	case 1:
	default:
		c.emitInt(BUILD_STRING, n)
	}
}

// formattedValue compiles one f-string field: value, [spec], FORMAT_VALUE.
// A `{x=}` field without conversion or spec uses repr, as CPython does.
func (c *compiler) formattedValue(v *syntax.FormattedValue) {
	c.expr(v.Value)
	var arg uint32
	switch v.Conversion {
	case 's':
		arg = 1
	case 'r':
		arg = 2
	case 'a':
		arg = 3
	case 0:
		if v.DebugText != "" && v.FormatSpec == nil {
			arg = 2
		}
	default:
		c.errorf(v, "f-string: invalid conversion character %q: expected 's', 'r', or 'a'", string(v.Conversion))
	}
	if v.FormatSpec != nil {
		c.joinedStr(v.FormatSpec)
		arg |= 1 << 2
	}
	c.emit(FORMAT_VALUE, arg)
}

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
