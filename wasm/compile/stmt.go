package compile

import (
	"strings"

	"lockstep/wasm/syntax"
)

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
			return
		}
		c.unwindFblock(loop, false)
		c.jump(JUMP, loop.exit)
	case *syntax.Continue:
		loop := c.unwindStack(false, true)
		if loop == nil {
			c.errorf(s, "'continue' not properly in loop")
			return
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
		if t, ok := s.Test.(*syntax.Tuple); ok && len(t.Elts) > 0 {
			c.warn(s, "assertion is always true, perhaps remove parentheses?")
		}
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
			c.errorf(s, "not a chance")
		case !futureFeatures[a.Name]:
			c.errorf(s, "future feature %s is not defined", a.Name)
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
