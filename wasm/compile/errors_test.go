package compile

import (
	"encoding/json"
	"errors"
	"os/exec"
	"strings"
	"testing"

	"lockstep/wasm/syntax"
)

// errorCases are programs CPython refuses (SyntaxError) or Lockstep
// refuses (NotImplementedError), with the error's type, message and
// position.
var errorCases = []struct {
	src       string
	typ, msg  string
	line, col int32
}{
	{"nonlocal x\n", "SyntaxError", "nonlocal declaration not allowed at module level", 1, 1},
	{"def f():\n    nonlocal x\n", "SyntaxError", "no binding for nonlocal 'x' found", 2, 5},
	{"def f():\n    print(x)\n    global x\n", "SyntaxError", "name 'x' is used prior to global declaration", 3, 5},
	{"def f():\n    x = 1\n    global x\n", "SyntaxError", "name 'x' is assigned to before global declaration", 3, 5},
	{"def f(x):\n    global x\n", "SyntaxError", "name 'x' is parameter and global", 2, 5},
	{"def f():\n    x = 1\n    def g():\n        print(x)\n        nonlocal x\n", "SyntaxError", "name 'x' is used prior to nonlocal declaration", 5, 9},
	{"def f():\n    x = 1\n    def g():\n        x = 2\n        nonlocal x\n", "SyntaxError", "name 'x' is assigned to before nonlocal declaration", 5, 9},
	{"def f():\n    x = 1\n    def g():\n        nonlocal x\n        global x\n", "SyntaxError", "name 'x' is nonlocal and global", 4, 9},
	{"class C:\n    nonlocal x\n", "SyntaxError", "no binding for nonlocal 'x' found", 2, 5},
	{"return 1\n", "SyntaxError", "'return' outside function", 1, 1},
	{"class C:\n    return\n", "SyntaxError", "'return' outside function", 2, 5},
	{"yield 1\n", "SyntaxError", "'yield' outside function", 1, 1},
	{"class C:\n    x = yield\n", "SyntaxError", "'yield' outside function", 2, 9},
	{"def f():\n    return [(yield x) for x in y]\n", "SyntaxError", "'yield' inside list comprehension", 2, 14},
	{"def f():\n    return ((yield x) for x in y)\n", "SyntaxError", "'yield' inside generator expression", 2, 14},
	{"break\n", "SyntaxError", "'break' outside loop", 1, 1},
	{"continue\n", "SyntaxError", "'continue' not properly in loop", 1, 1},
	{"for x in y:\n    def f():\n        break\n", "SyntaxError", "'break' outside loop", 3, 9},
	{"while 1:\n    class C:\n        continue\n", "SyntaxError", "'continue' not properly in loop", 3, 9},
	{"*a = 1\n", "SyntaxError", "starred assignment target must be in a list or tuple", 1, 1},
	{"a, *b, *c = x\n", "SyntaxError", "multiple starred expressions in assignment", 1, 1},
	{"x = *a\n", "SyntaxError", "can't use starred expression here", 1, 5},
	{"def f():\n    from m import *\n", "SyntaxError", "import * only allowed at module level", 2, 19},
	{"try:\n    pass\nexcept:\n    pass\nexcept ValueError:\n    pass\n", "SyntaxError", "default 'except:' must be last", 3, 1},
	{"f(a=1, a=2)\n", "SyntaxError", "keyword argument repeated: a", 1, 8},
	{"def f(a, a):\n    pass\n", "SyntaxError", "duplicate argument 'a' in function definition", 1, 10},
	{"def f():\n    return [x := 1 for x in y]\n", "SyntaxError", "assignment expression cannot rebind comprehension iteration variable 'x'", 2, 13},
	{"class C:\n    a = [y := 1 for x in z]\n", "SyntaxError", "assignment expression within a comprehension cannot be used in a class body", 2, 10},
	{"from __future__ import braces\n", "SyntaxError", "not a chance", 1, 1},
	{"from __future__ import spam\n", "SyntaxError", "future feature spam is not defined", 1, 1},
	{"x = 1\nfrom __future__ import annotations\n", "SyntaxError", "from __future__ imports must occur at the beginning of the file", 2, 1},
	{"x = 1j\n", "NotImplementedError", "lockstep does not support complex numbers", 1, 5},
	{"x = b'a'\n", "NotImplementedError", "lockstep does not support bytes", 1, 5},
	{"class C(metaclass=M):\n    pass\n", "NotImplementedError", "lockstep does not support class keywords (metaclass=…)", 1, 9},
	{"from . import x\n", "NotImplementedError", "lockstep does not support relative imports", 1, 1},
}

// TestErrors checks the errors of errorCases; when python3.11 is
// installed, it also checks that CPython reports the same SyntaxErrors.
func TestErrors(t *testing.T) {
	for _, tc := range errorCases {
		_, err := compileSrc(t, tc.src)
		var e *syntax.Error
		if !errors.As(err, &e) {
			t.Errorf("%q: got %v, want %s: %s", tc.src, err, tc.typ, tc.msg)
			continue
		}
		if e.Type != tc.typ || e.Msg != tc.msg {
			t.Errorf("%q: got %s: %s, want %s: %s", tc.src, e.Type, e.Msg, tc.typ, tc.msg)
		}
		if e.Pos.Line != tc.line || e.Pos.Col != tc.col {
			t.Errorf("%q: %s at %d:%d, want %d:%d", tc.src, e.Msg, e.Pos.Line, e.Pos.Col, tc.line, tc.col)
		}
	}
	py, err := exec.LookPath("python3.11")
	if err != nil {
		return
	}
	var srcs []string
	for _, tc := range errorCases {
		if tc.typ == "SyntaxError" {
			srcs = append(srcs, tc.src)
		}
	}
	in, _ := json.Marshal(srcs)
	cmd := exec.Command(py, "-c", `
import json, sys
out = []
for src in json.load(sys.stdin):
    try:
        compile(src, "main.py", "exec")
        out.append(None)
    except SyntaxError as e:
        out.append([e.msg, e.lineno, e.offset])
json.dump(out, sys.stdout)
`)
	cmd.Stdin = strings.NewReader(string(in))
	out, err := cmd.Output()
	if err != nil {
		t.Fatal(err)
	}
	var got [][]any
	if err := json.Unmarshal(out, &got); err != nil {
		t.Fatal(err)
	}
	i := 0
	for _, tc := range errorCases {
		if tc.typ != "SyntaxError" {
			continue
		}
		want := []any{tc.msg, float64(tc.line), float64(tc.col)}
		if g := got[i]; g == nil || g[0] != want[0] || g[1] != want[1] || g[2] != want[2] {
			t.Errorf("%q: CPython says %v, the table %v", tc.src, g, want)
		}
		i++
	}
}
