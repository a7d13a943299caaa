package compile

import (
	"fmt"
	"testing"
)

// findCode returns the code named qualname nested in c (c itself for "").
func findCode(c *Code, qualname string) *Code {
	if qualname == "" || c.QualName == qualname {
		return c
	}
	for _, k := range c.Consts {
		if sub, ok := k.(*Code); ok {
			if found := findCode(sub, qualname); found != nil {
				return found
			}
		}
	}
	return nil
}

// TestPositions checks the spans of instructions, which drive tracebacks.
func TestPositions(t *testing.T) {
	tests := []struct {
		src  string
		code string // qualified name of the code, "" for the module
		op   Opcode
		nth  int // which occurrence of op (0 = first)
		want string
	}{
		{"def f(a, b):\n    return a / b\n", "f", BINARY_OP, 0, "2:12-2:17"},
		{"def f(a, b):\n    return a / b\n", "f", RETURN_VALUE, 0, "2:5-2:17"},
		{"def f(a, b):\n    return a / b\n", "f", LOAD_FAST, 1, "2:16-2:17"},
		{"x = foo(1,\n        2)\n", "", CALL, 0, "1:5-2:11"},
		{"x = d['k'] + 1\n", "", BINARY_SUBSCR, 0, "1:5-1:11"},
		{"x = a.b.c\n", "", LOAD_ATTR, 1, "1:5-1:10"},
		{"r = (obj\n     .meth(1))\n", "", LOAD_METHOD, 0, "2:7-2:11"},
		{"r = (obj\n     .meth(1))\n", "", CALL_METHOD, 0, "2:7-2:14"},
		{"r = obj.meth(1)\n", "", CALL_METHOD, 0, "1:5-1:16"},
		{"raise ValueError('x')\n", "", RAISE_VARARGS, 0, "1:1-1:22"},
		{"def f():\n    x = 1\n    print(x)\n", "f", RETURN_VALUE, 0, "3:5-3:13"},
		{"x = y = 1\n", "", STORE_GLOBAL, 1, "1:5-1:6"},
		{"a[i] += 1\n", "", BINARY_OP, 0, "1:1-1:10"},
		{"a[i] += 1\n", "", BINARY_SUBSCR, 0, "1:1-1:5"},
		{"a[i] += 1\n", "", STORE_SUBSCR, 0, "1:1-1:5"},
		{"assert x, 'm'\n", "", RAISE_VARARGS, 0, "1:1-1:14"},
		{"if a < b < c:\n    pass\n", "", COMPARE_OP, 1, "1:4-1:13"},
		{"@dec\ndef f():\n    pass\n", "", CALL, 0, "1:2-1:5"},
		{"for x in y:\n    pass\n", "", FOR_ITER, 0, "1:1-2:9"},
		{"s = f'{x!r:>10}'\n", "", FORMAT_VALUE, 0, "1:7-1:16"},
	}
	for _, tc := range tests {
		code, err := compileSrc(t, tc.src)
		if err != nil {
			t.Errorf("%q: %v", tc.src, err)
			continue
		}
		c := findCode(code, tc.code)
		if c == nil {
			t.Errorf("%q: no code %q", tc.src, tc.code)
			continue
		}
		got, n := "", 0
		for i, in := range c.Instrs {
			if in.Op == tc.op {
				if n == tc.nth {
					s := c.Spans[i]
					got = fmt.Sprintf("%d:%d-%d:%d", s.Line, s.Col, s.EndLine, s.EndCol)
					break
				}
				n++
			}
		}
		if got != tc.want {
			t.Errorf("%q: %v #%d at %s, want %s\n%s", tc.src, tc.op, tc.nth, got, tc.want, Disassemble(c))
		}
	}
}
