package compile

import (
	"lockstep/wasm/syntax"
)

// This file compiles f-strings.

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
