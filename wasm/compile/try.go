package compile

import (
	"lockstep/wasm/syntax"
)

// This file compiles try and with statements, and the frame blocks that
// break, continue and return unwind.

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
