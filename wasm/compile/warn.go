package compile

import (
	"fmt"

	"lockstep/wasm/syntax"
)

// This file holds the compile-time warnings CPython's compiler emits
// (SyntaxWarning), which CPython prints to stderr before the program runs.

// Warning is a compile-time warning. The runtime prints it as CPython's
// warnings module does:
//
//	main.py:3: SyntaxWarning: "is" with a literal. Did you mean "=="?
//	  if x is 1:
type Warning struct {
	Category string // "SyntaxWarning"
	Msg      string
	Filename string
	Line     int32 // 1-based
	Col      int32 // 1-based
}

// warn records a SyntaxWarning at node n.
func (c *compiler) warn(n syntax.Node, format string, args ...any) {
	start, _ := n.Span()
	c.warnings = append(c.warnings, Warning{
		Category: "SyntaxWarning",
		Msg:      fmt.Sprintf(format, args...),
		Filename: c.filename,
		Line:     start.Line,
		Col:      start.Col,
	})
}

// isLiteral reports whether e is (or CPython's AST optimizer folds it to) a
// constant other than None, True, False and `...`: `x is 1` warns.
func isLiteral(e syntax.Expr) bool {
	switch e := e.(type) {
	case *syntax.Constant:
		switch e.Kind {
		case syntax.ConstNone, syntax.ConstTrue, syntax.ConstFalse, syntax.ConstEllipsis:
			return false
		}
		return true
	case *syntax.UnaryOp, *syntax.BinOp, *syntax.Tuple:
		return foldable(e)
	}
	return false
}

// foldable reports whether CPython folds e to a constant.
func foldable(e syntax.Expr) bool {
	switch e := e.(type) {
	case *syntax.Constant:
		return true
	case *syntax.UnaryOp:
		return e.Op != syntax.NOT && foldable(e.X)
	case *syntax.BinOp:
		return foldable(e.X) && foldable(e.Y)
	case *syntax.Tuple:
		for _, x := range e.Elts {
			if !foldable(x) {
				return false
			}
		}
		return true
	}
	return false
}

// checkCompare warns about `is` and `is not` with a literal operand.
func (c *compiler) checkCompare(e *syntax.Compare) {
	left := isLiteral(e.Left)
	for i, op := range e.Ops {
		right := isLiteral(e.Comparators[i])
		if (op == syntax.IS || op == syntax.ISNOT) && (left || right) {
			if op == syntax.IS {
				c.warn(e, `"is" with a literal. Did you mean "=="?`)
			} else {
				c.warn(e, `"is not" with a literal. Did you mean "!="?`)
			}
			return
		}
		left = right
	}
}

// inferType names the type of a display or literal, as CPython's
// infer_type does ("" when it cannot tell).
func inferType(e syntax.Expr) string {
	switch e := e.(type) {
	case *syntax.Tuple:
		return "tuple"
	case *syntax.List, *syntax.ListComp:
		return "list"
	case *syntax.Dict, *syntax.DictComp:
		return "dict"
	case *syntax.Set, *syntax.SetComp:
		return "set"
	case *syntax.GeneratorExp:
		return "generator"
	case *syntax.Lambda:
		return "function"
	case *syntax.JoinedStr, *syntax.FormattedValue:
		return "str"
	case *syntax.Constant:
		switch e.Kind {
		case syntax.ConstNone:
			return "NoneType"
		case syntax.ConstTrue, syntax.ConstFalse:
			return "bool"
		case syntax.ConstInt:
			return "int"
		case syntax.ConstFloat:
			return "float"
		case syntax.ConstImag:
			return "complex"
		case syntax.ConstStr:
			return "str"
		case syntax.ConstBytes:
			return "bytes"
		case syntax.ConstEllipsis:
			return "ellipsis"
		}
	}
	return ""
}

// checkCaller warns about calling a literal: `[1, 2] (3, 4)`.
func (c *compiler) checkCaller(call *syntax.Call) {
	switch call.Func.(type) {
	case *syntax.Constant, *syntax.Tuple, *syntax.List, *syntax.ListComp, *syntax.Dict,
		*syntax.DictComp, *syntax.Set, *syntax.SetComp, *syntax.GeneratorExp,
		*syntax.JoinedStr, *syntax.FormattedValue:
		c.warn(call, "'%s' object is not callable; perhaps you missed a comma?", inferType(call.Func))
	}
}

// checkSubscript warns about subscripting a literal that cannot be
// subscripted, or indexing a sequence literal with a literal that is not an
// integer or a slice.
func (c *compiler) checkSubscript(e *syntax.Subscript) {
	switch x := e.X.(type) {
	case *syntax.Constant:
		switch x.Kind {
		case syntax.ConstNone, syntax.ConstEllipsis, syntax.ConstInt, syntax.ConstFloat,
			syntax.ConstImag, syntax.ConstTrue, syntax.ConstFalse:
			c.warn(e, "'%s' object is not subscriptable; perhaps you missed a comma?", inferType(x))
			return
		}
	case *syntax.Set, *syntax.SetComp, *syntax.GeneratorExp, *syntax.Lambda:
		c.warn(e, "'%s' object is not subscriptable; perhaps you missed a comma?", inferType(x))
		return
	}
	index := inferType(e.Index)
	if _, ok := e.Index.(*syntax.Slice); ok || index == "" || index == "int" || index == "bool" {
		return
	}
	switch x := e.X.(type) {
	case *syntax.Constant:
		if x.Kind != syntax.ConstStr && x.Kind != syntax.ConstBytes {
			return
		}
	case *syntax.Tuple, *syntax.List, *syntax.ListComp, *syntax.JoinedStr, *syntax.FormattedValue:
	default:
		return
	}
	c.warn(e, "%s indices must be integers or slices, not %s; perhaps you missed a comma?", inferType(e.X), index)
}
