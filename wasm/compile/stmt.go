package compile

import (
	"strings"

	"lockstep/wasm/syntax"
)

// fblockKind is the kind of a frame block: a construct that break,
// continue and return must unwind (like CPython's compiler fblocks).
type fblockKind uint8

const (
	fbWhile          fblockKind = iota // while loop
	fbFor                              // for loop: the iterator is on the stack
	fbTryExcept                        // try body with except clauses: a handler block
	fbFinallyTry                       // try body with a finally: a handler block, and the finally body to run
	fbFinallyEnd                       // the finally body on the exceptional path: exc on the stack, a cleanup block
	fbWith                             // with body: a handler block, the exit callable on the stack
	fbHandlerCleanup                   // an except clause body: a cleanup block (and a handler block if `as name`)
	fbPopValue                         // a return value kept on the stack while a finally body runs
)

// fblock is one frame block.
type fblock struct {
	kind        fblockKind
	start, exit label         // loops: the continue and break targets
	finalBody   []syntax.Stmt // fbFinallyTry
	name        string        // fbHandlerCleanup: the `as` name, or ""
	span        Span          // fbWith: the with statement
}

func (c *compiler) pushFblock(fb *fblock) { c.u.fblocks = append(c.u.fblocks, fb) }

func (c *compiler) popFblock() { c.u.fblocks = c.u.fblocks[:len(c.u.fblocks)-1] }

// unwindFblock emits the code that leaves fb early (break, continue,
// return). With preserveTos the value on top of the stack (a return
// value) is kept on top.
func (c *compiler) unwindFblock(fb *fblock, preserveTos bool) {
	switch fb.kind {
	case fbWhile:
	case fbFor, fbPopValue:
		if preserveTos {
			c.emitInt(SWAP, 2)
		}
		c.emitOp(POP_TOP)
	case fbTryExcept:
		c.emitOp(POP_BLOCK)
	case fbFinallyTry:
		c.emitOp(POP_BLOCK)
		if preserveTos {
			c.pushFblock(&fblock{kind: fbPopValue})
		}
		saved := c.u.span
		c.stmts(fb.finalBody)
		c.u.span = saved
		if preserveTos {
			c.popFblock()
		}
	case fbFinallyEnd:
		if preserveTos {
			c.emitInt(SWAP, 2)
		}
		c.emitOp(POP_TOP) // the exception
		c.emitOp(POP_EXCEPT)
	case fbWith:
		saved := c.u.span
		c.u.span = fb.span
		c.emitOp(POP_BLOCK)
		if preserveTos {
			c.emitInt(SWAP, 2)
		}
		c.callExitWithNones()
		c.u.span = saved
	case fbHandlerCleanup:
		if fb.name != "" {
			c.emitOp(POP_BLOCK)
		}
		c.emitOp(POP_EXCEPT)
		if fb.name != "" {
			c.loadConst(nil)
			c.nameop(fb.name, ctxStore)
			c.nameop(fb.name, ctxDel)
		}
	}
}

// unwindStack unwinds the frame blocks from the innermost outwards; with
// toLoop it stops at the innermost loop and returns it (nil if none).
func (c *compiler) unwindStack(preserveTos, toLoop bool) *fblock {
	n := len(c.u.fblocks)
	if n == 0 {
		return nil
	}
	top := c.u.fblocks[n-1]
	if toLoop && (top.kind == fbWhile || top.kind == fbFor) {
		return top
	}
	c.popFblock()
	c.unwindFblock(top, preserveTos)
	loop := c.unwindStack(preserveTos, toLoop)
	c.pushFblock(top)
	return loop
}

// callExitWithNones calls the exit callable on top of the stack with three
// Nones and discards the result.
func (c *compiler) callExitWithNones() {
	c.loadConst(nil)
	c.loadConst(nil)
	c.loadConst(nil)
	c.emitInt(CALL, 3)
	c.emitOp(POP_TOP)
}

func (c *compiler) stmts(list []syntax.Stmt) {
	for _, s := range list {
		c.stmt(s)
	}
}

func (c *compiler) stmt(s syntax.Stmt) {
	saved := c.u.span
	c.u.span = spanOf(s)
	c.stmt1(s)
	c.u.span = saved
}

func (c *compiler) stmt1(s syntax.Stmt) {
	switch s := s.(type) {
	case *syntax.ExprStmt:
		if k, ok := s.X.(*syntax.Constant); ok && k.Kind != syntax.ConstImag && k.Kind != syntax.ConstBytes {
			return // a constant statement (docstring, `...`) does nothing
		}
		c.expr(s.X)
		c.emitOp(POP_TOP)
	case *syntax.Assign:
		c.expr(s.Value)
		for i, t := range s.Targets {
			if i < len(s.Targets)-1 {
				c.emitInt(COPY, 1)
			}
			c.assign(t)
		}
	case *syntax.AugAssign:
		c.augAssign(s)
	case *syntax.AnnAssign:
		if s.Value != nil {
			c.expr(s.Value)
			c.assign(s.Target)
			return
		}
		switch t := s.Target.(type) {
		case *syntax.Attribute:
			c.expr(t.X)
			c.emitOp(POP_TOP)
		case *syntax.Subscript:
			c.expr(t.X)
			c.emitOp(POP_TOP)
			c.expr(t.Index)
			c.emitOp(POP_TOP)
		}
	case *syntax.If:
		c.ifStmt(s)
	case *syntax.While:
		c.while(s)
	case *syntax.For:
		c.forStmt(s)
	case *syntax.Break:
		loop := c.unwindStack(false, true)
		if loop == nil {
			c.errorf(s, "'break' outside loop")
		}
		c.unwindFblock(loop, false)
		c.jump(JUMP, loop.exit)
	case *syntax.Continue:
		loop := c.unwindStack(false, true)
		if loop == nil {
			c.errorf(s, "'continue' not properly in loop")
		}
		c.jump(JUMP, loop.start)
	case *syntax.Pass:
	case *syntax.Return:
		c.returnStmt(s)
	case *syntax.FunctionDef:
		c.functionDef(s)
	case *syntax.ClassDef:
		c.classDef(s)
	case *syntax.Try:
		if len(s.Finalbody) > 0 {
			c.tryFinally(s)
		} else {
			c.tryExcept(s)
		}
	case *syntax.Raise:
		n := 0
		if s.Exc != nil {
			c.expr(s.Exc)
			n++
			if s.Cause != nil {
				c.expr(s.Cause)
				n++
			}
		}
		c.emitInt(RAISE_VARARGS, n)
	case *syntax.With:
		c.with(s, 0)
	case *syntax.Assert:
		end := c.newLabel()
		c.jumpIf(s.Test, end, true)
		c.emitOp(LOAD_ASSERTION_ERROR)
		if s.Msg != nil {
			c.expr(s.Msg)
			c.emitInt(CALL, 1)
		}
		c.emitInt(RAISE_VARARGS, 1)
		c.bind(end)
	case *syntax.Delete:
		for _, t := range s.Targets {
			c.del(t)
		}
	case *syntax.Global, *syntax.Nonlocal:
	case *syntax.Import:
		for _, a := range s.Names {
			if a.AsName != "" {
				c.emit(IMPORT_NAME, uint32(c.nameIndex(a.Name))|ImportLeaf)
				c.nameop(a.AsName, ctxStore)
			} else {
				c.emitName(IMPORT_NAME, a.Name)
				top, _, _ := strings.Cut(a.Name, ".")
				c.nameop(top, ctxStore)
			}
		}
	case *syntax.ImportFrom:
		c.importFrom(s)
	default:
		c.internalf("unknown statement %T", s)
	}
}

func (c *compiler) importFrom(s *syntax.ImportFrom) {
	if s.Level > 0 {
		c.notImpl(s, "relative imports")
	}
	if s.Module == "__future__" {
		c.future(s)
		return
	}
	c.emit(IMPORT_NAME, uint32(c.nameIndex(s.Module))|ImportLeaf)
	if len(s.Names) == 1 && s.Names[0].Name == "*" {
		c.emitOp(IMPORT_STAR)
		return
	}
	for _, a := range s.Names {
		c.emitName(IMPORT_FROM, a.Name)
		name := a.AsName
		if name == "" {
			name = a.Name
		}
		c.nameop(name, ctxStore)
	}
	c.emitOp(POP_TOP)
}

// futureFeatures are the names `from __future__ import` accepts.
var futureFeatures = map[string]bool{
	"nested_scopes": true, "generators": true, "division": true, "absolute_import": true,
	"with_statement": true, "print_function": true, "unicode_literals": true,
	"barry_as_FLUFL": true, "generator_stop": true, "annotations": true,
}

// future checks a `from __future__ import` statement. It compiles to
// nothing: every feature is either always on in Python 3 or only affects
// annotations, which Lockstep never evaluates.
func (c *compiler) future(s *syntax.ImportFrom) {
	if !c.futureOK[s] {
		c.errorf(s, "from __future__ imports must occur at the beginning of the file")
	}
	for _, a := range s.Names {
		switch {
		case a.Name == "braces":
			c.errorf(a, "not a chance")
		case !futureFeatures[a.Name]:
			c.errorf(a, "future feature %s is not defined", a.Name)
		}
	}
}

func (c *compiler) returnStmt(s *syntax.Return) {
	if c.u.scope.kind != scopeFunction {
		c.errorf(s, "'return' outside function")
	}
	_, isConst := s.Value.(*syntax.Constant)
	preserve := s.Value != nil && !isConst
	if preserve {
		c.expr(s.Value)
	}
	c.unwindStack(preserve, false)
	if s.Value == nil {
		c.loadConst(nil)
	} else if !preserve {
		c.expr(s.Value)
	}
	c.emitOp(RETURN_VALUE)
}

func (c *compiler) ifStmt(s *syntax.If) {
	end := c.newLabel()
	if len(s.Orelse) == 0 {
		c.jumpIf(s.Test, end, false)
		c.stmts(s.Body)
		c.bind(end)
		return
	}
	orelse := c.newLabel()
	c.jumpIf(s.Test, orelse, false)
	c.stmts(s.Body)
	c.jump(JUMP, end)
	c.bind(orelse)
	c.stmts(s.Orelse)
	c.bind(end)
}

// isConstTrue reports whether e is a constant true value (while True:).
func isConstTrue(e syntax.Expr) bool {
	k, ok := e.(*syntax.Constant)
	if !ok {
		return false
	}
	switch k.Kind {
	case syntax.ConstTrue, syntax.ConstEllipsis:
		return true
	case syntax.ConstInt:
		return strings.Trim(k.Text, "0_xXoObB") != ""
	case syntax.ConstStr:
		return k.Str != ""
	}
	return false
}

// while compiles
//
//	start: <test>; POP_JUMP_IF_FALSE orelse; <body>; JUMP start
//	orelse: <orelse>
//	exit:
func (c *compiler) while(s *syntax.While) {
	start, orelse, exit := c.newLabel(), c.newLabel(), c.newLabel()
	c.bind(start)
	if !isConstTrue(s.Test) {
		c.jumpIf(s.Test, orelse, false)
	}
	c.pushFblock(&fblock{kind: fbWhile, start: start, exit: exit})
	c.stmts(s.Body)
	c.popFblock()
	c.jump(JUMP, start)
	c.bind(orelse)
	c.stmts(s.Orelse)
	c.bind(exit)
}

// forStmt compiles
//
//	<iter>; GET_ITER
//	start: FOR_ITER cleanup; <store target>; <body>; JUMP start
//	cleanup: <orelse>
//	exit:
func (c *compiler) forStmt(s *syntax.For) {
	start, cleanup, exit := c.newLabel(), c.newLabel(), c.newLabel()
	c.expr(s.Iter)
	c.emitOp(GET_ITER)
	c.bind(start)
	c.jump(FOR_ITER, cleanup)
	c.pushFblock(&fblock{kind: fbFor, start: start, exit: exit})
	c.assign(s.Target)
	c.stmts(s.Body)
	c.popFblock()
	c.jump(JUMP, start)
	c.bind(cleanup)
	c.stmts(s.Orelse)
	c.bind(exit)
}

// tryExcept compiles
//
//	SETUP_FINALLY handler; <body>; POP_BLOCK; <orelse>; JUMP end
//	handler: PUSH_EXC_INFO                           (exc on the stack)
//	  for each clause:
//	    [<type>; CHECK_EXC_MATCH; POP_JUMP_IF_FALSE next]
//	    without a name: POP_TOP; <body>; POP_EXCEPT; JUMP end
//	    with `as e`: STORE e; SETUP_FINALLY cleanup; <body>; POP_BLOCK; POP_EXCEPT;
//	                 e = None; del e; JUMP end
//	          cleanup: e = None; del e; RERAISE
//	    next:
//	  RERAISE
//	end:
func (c *compiler) tryExcept(s *syntax.Try) {
	handler, end := c.newLabel(), c.newLabel()
	c.jump(SETUP_FINALLY, handler)
	c.pushFblock(&fblock{kind: fbTryExcept})
	c.stmts(s.Body)
	c.popFblock()
	c.emitOp(POP_BLOCK)
	c.stmts(s.Orelse)
	c.jump(JUMP, end)

	c.bind(handler)
	c.emitOp(PUSH_EXC_INFO)
	for i, h := range s.Handlers {
		c.u.span = spanOf(h)
		if h.Type == nil && i < len(s.Handlers)-1 {
			c.errorf(h, "default 'except:' must be last")
		}
		next := c.newLabel()
		if h.Type != nil {
			c.expr(h.Type)
			c.emitOp(CHECK_EXC_MATCH)
			c.jump(POP_JUMP_IF_FALSE, next)
		}
		if h.Name != "" {
			cleanup := c.newLabel()
			c.nameop(h.Name, ctxStore)
			c.jump(SETUP_FINALLY, cleanup)
			c.pushFblock(&fblock{kind: fbHandlerCleanup, name: h.Name})
			c.stmts(h.Body)
			c.popFblock()
			c.emitOp(POP_BLOCK)
			c.emitOp(POP_EXCEPT)
			c.loadConst(nil)
			c.nameop(h.Name, ctxStore)
			c.nameop(h.Name, ctxDel)
			c.jump(JUMP, end)

			c.bind(cleanup)
			c.loadConst(nil)
			c.nameop(h.Name, ctxStore)
			c.nameop(h.Name, ctxDel)
			c.emitOp(RERAISE)
		} else {
			c.emitOp(POP_TOP)
			c.pushFblock(&fblock{kind: fbHandlerCleanup})
			c.stmts(h.Body)
			c.popFblock()
			c.emitOp(POP_EXCEPT)
			c.jump(JUMP, end)
		}
		c.bind(next)
	}
	c.u.span = spanOf(s)
	c.emitOp(RERAISE)
	c.bind(end)
}

// tryFinally compiles
//
//	SETUP_FINALLY fin; <try-except or body>; POP_BLOCK; <finalbody>; JUMP exit
//	fin: PUSH_EXC_INFO; <finalbody>; RERAISE         (exc on the stack)
//	exit:
func (c *compiler) tryFinally(s *syntax.Try) {
	fin, exit := c.newLabel(), c.newLabel()
	c.jump(SETUP_FINALLY, fin)
	c.pushFblock(&fblock{kind: fbFinallyTry, finalBody: s.Finalbody})
	if len(s.Handlers) > 0 {
		c.tryExcept(s)
	} else {
		c.stmts(s.Body)
	}
	c.popFblock()
	c.emitOp(POP_BLOCK)
	c.stmts(s.Finalbody)
	c.jump(JUMP, exit)

	c.bind(fin)
	c.emitOp(PUSH_EXC_INFO)
	c.pushFblock(&fblock{kind: fbFinallyEnd})
	c.stmts(s.Finalbody)
	c.popFblock()
	c.emitOp(RERAISE)
	c.bind(exit)
}

// with compiles item i of a with statement (later items nest):
//
//	<ctx>; BEFORE_WITH; <store target> or POP_TOP    (exit enter_result -> exit)
//	SETUP_FINALLY handler; <body>; POP_BLOCK
//	LOAD_CONST None ×3; CALL 3; POP_TOP; JUMP exit
//	handler: PUSH_EXC_INFO; WITH_EXCEPT_START; POP_JUMP_IF_TRUE suppress; RERAISE
//	suppress: POP_TOP; POP_EXCEPT; POP_TOP
//	exit:
func (c *compiler) with(s *syntax.With, i int) {
	item := s.Items[i]
	handler, suppress, exit := c.newLabel(), c.newLabel(), c.newLabel()
	c.expr(item.Context)
	c.emitOp(BEFORE_WITH)
	if item.Vars != nil {
		c.assign(item.Vars)
	} else {
		c.emitOp(POP_TOP)
	}
	c.jump(SETUP_FINALLY, handler)
	c.pushFblock(&fblock{kind: fbWith, span: c.u.span})
	if i+1 < len(s.Items) {
		c.with(s, i+1)
	} else {
		c.stmts(s.Body)
	}
	c.popFblock()
	c.emitOp(POP_BLOCK)
	c.callExitWithNones()
	c.jump(JUMP, exit)

	c.bind(handler)
	c.emitOp(PUSH_EXC_INFO)
	c.emitOp(WITH_EXCEPT_START)
	c.jump(POP_JUMP_IF_TRUE, suppress)
	c.emitOp(RERAISE)
	c.bind(suppress)
	c.emitOp(POP_TOP)
	c.emitOp(POP_EXCEPT)
	c.emitOp(POP_TOP)
	c.bind(exit)
}

// ---- assignment ----

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
				c.errorf(x, "multiple starred expressions in assignment")
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
