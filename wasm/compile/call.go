package compile

import (
	"lockstep/wasm/syntax"
)

// This file compiles calls and attribute access.

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
		c.checkCaller(e)
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
	c.checkCaller(e)
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
