package syntax

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// compact prints an expression as a Python-like fully parenthesized form,
// to check structure and precedence at a glance.
func compact(x Expr) string {
	var sb strings.Builder
	var w func(x Expr)
	list := func(xs []Expr, sep string) {
		for i, e := range xs {
			if i > 0 {
				sb.WriteString(sep)
			}
			if e == nil {
				sb.WriteString("_")
			} else {
				w(e)
			}
		}
	}
	w = func(x Expr) {
		switch x := x.(type) {
		case *Name:
			sb.WriteString(x.ID)
		case *Constant:
			if x.Kind == ConstStr {
				sb.WriteString(jsonQuote(x.Str))
			} else if x.Kind == ConstInt || x.Kind == ConstFloat || x.Kind == ConstImag {
				sb.WriteString(x.Text)
			} else {
				sb.WriteString(constText(x))
			}
		case *BinOp:
			sb.WriteString("(")
			w(x.X)
			sb.WriteString(" " + x.Op.String() + " ")
			w(x.Y)
			sb.WriteString(")")
		case *UnaryOp:
			sb.WriteString("(" + x.Op.String())
			if x.Op == NOT {
				sb.WriteString(" ")
			}
			w(x.X)
			sb.WriteString(")")
		case *BoolOp:
			sb.WriteString("(")
			list(x.Values, " "+x.Op.String()+" ")
			sb.WriteString(")")
		case *Compare:
			sb.WriteString("(")
			w(x.Left)
			for i, op := range x.Ops {
				sb.WriteString(" " + op.String() + " ")
				w(x.Comparators[i])
			}
			sb.WriteString(")")
		case *IfExp:
			sb.WriteString("(")
			w(x.Body)
			sb.WriteString(" if ")
			w(x.Test)
			sb.WriteString(" else ")
			w(x.Orelse)
			sb.WriteString(")")
		case *Call:
			w(x.Func)
			sb.WriteString("(")
			list(x.Args, ", ")
			for i, k := range x.Keywords {
				if i > 0 || len(x.Args) > 0 {
					sb.WriteString(", ")
				}
				if k.Name == "" {
					sb.WriteString("**")
				} else {
					sb.WriteString(k.Name + "=")
				}
				w(k.Value)
			}
			sb.WriteString(")")
		case *Attribute:
			w(x.X)
			sb.WriteString("." + x.Name)
		case *Subscript:
			w(x.X)
			sb.WriteString("[")
			w(x.Index)
			sb.WriteString("]")
		case *Slice:
			if x.Lo != nil {
				w(x.Lo)
			}
			sb.WriteString(":")
			if x.Hi != nil {
				w(x.Hi)
			}
			if x.Step != nil {
				sb.WriteString(":")
				w(x.Step)
			}
		case *Starred:
			sb.WriteString("*")
			w(x.X)
		case *Tuple:
			sb.WriteString("(")
			list(x.Elts, ", ")
			if len(x.Elts) == 1 {
				sb.WriteString(",")
			}
			sb.WriteString(")")
		case *List:
			sb.WriteString("[")
			list(x.Elts, ", ")
			sb.WriteString("]")
		case *Set:
			sb.WriteString("{")
			list(x.Elts, ", ")
			sb.WriteString("}")
		case *Dict:
			sb.WriteString("{")
			for i := range x.Keys {
				if i > 0 {
					sb.WriteString(", ")
				}
				if x.Keys[i] == nil {
					sb.WriteString("**")
				} else {
					w(x.Keys[i])
					sb.WriteString(": ")
				}
				w(x.Values[i])
			}
			sb.WriteString("}")
		case *NamedExpr:
			sb.WriteString("(")
			w(x.Target)
			sb.WriteString(" := ")
			w(x.Value)
			sb.WriteString(")")
		case *Yield:
			sb.WriteString("(yield")
			if x.Value != nil {
				sb.WriteString(" ")
				w(x.Value)
			}
			sb.WriteString(")")
		case *YieldFrom:
			sb.WriteString("(yield from ")
			w(x.Value)
			sb.WriteString(")")
		default:
			// Everything else in the S-expression form.
			sb.WriteString(dumpExpr(x, false))
		}
	}
	w(x)
	return sb.String()
}

func TestExpressions(t *testing.T) {
	tests := []struct{ src, want string }{
		{"-2**2", "(-(2 ** 2))"},
		{"2**-1", "(2 ** (-1))"},
		{"2**3**2", "(2 ** (3 ** 2))"},
		{"a**-b**c", "(a ** (-(b ** c)))"},
		{"-a.b(c)[d]", "(-a.b(c)[d])"},
		{"~x + -y", "((~x) + (-y))"},
		{"a + b * c - d / e // f % g @ h", "((a + (b * c)) - ((((d / e) // f) % g) @ h))"},
		{"a | b ^ c & d << e >> f + g", "(a | (b ^ (c & ((d << e) >> (f + g)))))"},
		{"not a == b", "(not (a == b))"},
		{"not a and b or c", "(((not a) and b) or c)"},
		{"a or b or c and d", "(a or b or (c and d))"},
		{"a < b <= c > d >= e == f != g", "(a < b <= c > d >= e == f != g)"},
		{"a in b not in c is d is not e", "(a in b not in c is d is not e)"},
		{"not not a", "(not (not a))"},
		{"a if b else c if d else e", "(a if b else (c if d else e))"},
		{"lambda: a if b else c", `(Lambda (arguments [] [] - [] [] - []) (IfExp (Name "b") (Name "a") (Name "c")))`},
		{"f(a, *b, c=1, **d)", "f(a, *b, c=1, **d)"},
		{"f(a)(b)[c].d", "f(a)(b)[c].d"},
		{"a[1:2, ::3]", "a[(1:2, ::3)]"},
		{"a[:]", "a[:]"},
		{"a[::]", "a[:]"},
		{"a[1:]", "a[1:]"},
		{"a[x, y]", "a[(x, y)]"},
		{"a[x,]", "a[(x,)]"},
		{"a[*b]", "a[(*b,)]"},
		{"(a)", "a"},
		{"(a,)", "(a,)"},
		{"a, b", "(a, b)"},
		{"a, *b, c", "(a, *b, c)"},
		{"()", "()"},
		{"[*a, b]", "[*a, b]"},
		{"{1, *a}", "{1, *a}"},
		{"{**a, 'b': 1}", `{**a, "b": 1}`},
		{"{}", "{}"},
		{"(x := 1)", "(x := 1)"},
		{"[y := 1, y]", "[(y := 1), y]"},
		{"'a' 'b' \"c\"", `"abc"`},
		{"0x_1f", "0x_1f"},
		{"1_000.5e-3", "1_000.5e-3"},
		{"...", "..."},
		{"None", "None"},
		{"(yield)", "(yield)"},
		{"x if (yield y) else z", "(x if (yield y) else z)"},
		{"a @ b", "(a @ b)"},
		{"a.b.c", "a.b.c"},
		{"-1", "(-1)"},
		{"+-~1", "(+(-(~1)))"},
		{"a is not b", "(a is not b)"},
		{"a not in b", "(a not in b)"},
	}
	for _, tt := range tests {
		x, err := ParseExpr("<test>", []byte(tt.src))
		if err != nil {
			t.Errorf("%s: %v", tt.src, err)
			continue
		}
		if got := compact(x); got != tt.want {
			t.Errorf("%s:\n got %s\nwant %s", tt.src, got, tt.want)
		}
	}
}

func TestExpressionTrees(t *testing.T) {
	tests := []struct{ src, want string }{
		{"[x for x in y if x if z for w in x]",
			`(ListComp (Name "x") [(comprehension (Name "x") (Name "y") [(Name "x") (Name "z")]) (comprehension (Name "w") (Name "x") [])])`},
		{"{k: v for k, v in d}",
			`(DictComp (Name "k") (Name "v") [(comprehension (Tuple [(Name "k") (Name "v")]) (Name "d") [])])`},
		{"{x for x in y}", `(SetComp (Name "x") [(comprehension (Name "x") (Name "y") [])])`},
		{"(x for x in y)", `(GeneratorExp (Name "x") [(comprehension (Name "x") (Name "y") [])])`},
		{"f(x for x in y)", `(Call (Name "f") [(GeneratorExp (Name "x") [(comprehension (Name "x") (Name "y") [])])] [])`},
		{"lambda a, /, b=1, *c, d, e=2, **f: 0",
			`(Lambda (arguments [(arg "a" -)] [(arg "b" -)] (arg "c" -) [(arg "d" -) (arg "e" -)] [- (Constant int:2)] (arg "f" -) [(Constant int:1)]) (Constant int:0))`},
		{"f'a{b!r:>{c}}d{e=}'",
			`(JoinedStr [(Constant "a") (FormattedValue (Name "b") "r" (JoinedStr [(Constant ">") (FormattedValue (Name "c") - -)])) (Constant "d") (FormattedValue (Name "e") "r" -)])`},
		{"f'{x=:>4}' 'y'", `(JoinedStr [(FormattedValue (Name "x") - (JoinedStr [(Constant ">4")])) (Constant "y")])`},
		{"f'{x = !s}'", `(JoinedStr [(FormattedValue (Name "x") "s" -)])`},
		{"f'{{}}{x:}'", `(JoinedStr [(Constant "{}") (FormattedValue (Name "x") - (JoinedStr []))])`},
		{"b'\\x00\\xff' rb'\\n'", `(Constant b"\u0000\u00ff\\n")`},
		{"'\\N{GREEK SMALL LETTER ALPHA}\\t\\101\\u00e9\\U0001F600\\q'", `(Constant "\u03b1\tA\u00e9\ud83d\ude00\\q")`},
		{"r'\\n' '\\\n'", `(Constant "\\n")`},
		{"'''a\nb'''", `(Constant "a\nb")`},
		{"3j", "(Constant imag:3)"},
		{"1e3", "(Constant float:1000)"},
		{"0o17", "(Constant int:15)"},
		{"0b101", "(Constant int:5)"},
		{"00", "(Constant int:0)"},
	}
	for _, tt := range tests {
		x, err := ParseExpr("<test>", []byte(tt.src))
		if err != nil {
			t.Errorf("%s: %v", tt.src, err)
			continue
		}
		if got := dumpExpr(x, false); got != tt.want {
			t.Errorf("%s:\n got %s\nwant %s", tt.src, got, tt.want)
		}
	}
}

func TestDebugText(t *testing.T) {
	for _, tt := range []struct{ src, debug string }{
		{"f'{x=}'", "x="},
		{"f'{x = }'", "x = "},
		{"f'{a + b=!r}'", "a + b="},
		{"f'{x}'", ""},
	} {
		x, err := ParseExpr("<test>", []byte(tt.src))
		if err != nil {
			t.Fatal(err)
		}
		fv := x.(*JoinedStr).Values[0].(*FormattedValue)
		if fv.DebugText != tt.debug {
			t.Errorf("%s: DebugText %q, want %q", tt.src, fv.DebugText, tt.debug)
		}
	}
}

func TestPositions(t *testing.T) {
	src := "x = (a + b) * c\nif  y:\n    z = f(1,\n          2)\ns = 'é' + café\nw = f'{a}{bb!r}'\n"
	m, err := Parse("t.py", []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	got := dumpModule(m, true, false)
	want := `(Assign@1:1-1:16 [(Name@1:1-1:2 "x")] (BinOp@1:5-1:16 "*" (BinOp@1:6-1:11 "+" (Name@1:6-1:7 "a") (Name@1:10-1:11 "b")) (Name@1:15-1:16 "c")))
(If@2:1-4:13 (Name@2:5-2:6 "y") [(Assign@3:5-4:13 [(Name@3:5-3:6 "z")] (Call@3:9-4:13 (Name@3:9-3:10 "f") [(Constant@3:11-3:12 int:1) (Constant@4:11-4:12 int:2)] []))] [])
(Assign@5:1-5:15 [(Name@5:1-5:2 "s")] (BinOp@5:5-5:15 "+" (Constant@5:5-5:8 "\u00e9") (Name@5:11-5:15 "caf\u00e9")))
(Assign@6:1-6:17 [(Name@6:1-6:2 "w")] (JoinedStr@6:5-6:17 [(FormattedValue@6:7-6:10 (Name@6:8-6:9 "a") - -) (FormattedValue@6:10-6:16 (Name@6:11-6:13 "bb") "r" -)]))
`
	if got != want {
		t.Errorf("got:\n%s\nwant:\n%s", got, want)
	}
	// The operator's position.
	b := m.Body[0].(*Assign).Value.(*BinOp)
	if b.OpPos != (Pos{1, 13}) {
		t.Errorf("OpPos = %v, want 1:13", b.OpPos)
	}
	if in := b.X.(*BinOp); in.OpPos != (Pos{1, 8}) {
		t.Errorf("inner OpPos = %v, want 1:8", in.OpPos)
	}
	a := m.Body[0].(*Assign).Value.(*BinOp)
	_ = a
	at := m.Body[2].(*Assign).Value.(*BinOp).Y.(*Name)
	if at.Start != (Pos{5, 11}) {
		t.Errorf("café at %v", at.Start)
	}
	if len(m.Lines) != 6 || m.Lines[4] != "s = 'é' + café" {
		t.Errorf("Lines = %q", m.Lines)
	}
}

func TestLinesAndNewlines(t *testing.T) {
	for _, src := range []string{"x = 1\r\ny = 2\r\n", "x = 1\ry = 2", "\ufeffx = 1\ny = 2\n", "x = 1\ny = 2"} {
		m, err := Parse("t.py", []byte(src))
		if err != nil {
			t.Fatalf("%q: %v", src, err)
		}
		if len(m.Body) != 2 || len(m.Lines) != 2 || m.Lines[1] != "y = 2" {
			t.Errorf("%q: %d statements, lines %q", src, len(m.Body), m.Lines)
		}
		if s, _ := m.Body[1].Span(); s != (Pos{2, 1}) {
			t.Errorf("%q: second statement at %v", src, s)
		}
	}
}

func TestStatements(t *testing.T) {
	tests := []struct{ src, want string }{
		{"pass", "(Pass)"},
		{"x = y = 1", `(Assign [(Name "x") (Name "y")] (Constant int:1))`},
		{"x += 1", `(AugAssign (Name "x") "+" (Constant int:1))`},
		{"x **= 2", `(AugAssign (Name "x") "**" (Constant int:2))`},
		{"x: int = 1", `(AnnAssign (Name "x") (Name "int") (Constant int:1))`},
		{"a.b: int", `(AnnAssign (Attribute (Name "a") "b") (Name "int") -)`},
		{"*a, b = c", `(Assign [(Tuple [(Starred (Name "a")) (Name "b")])] (Name "c"))`},
		{"del a, b[0]", `(Delete [(Name "a") (Subscript (Name "b") (Constant int:0))])`},
		{"del (a, b)", `(Delete [(Tuple [(Name "a") (Name "b")])])`},
		{"assert x, 'm'", `(Assert (Name "x") (Constant "m"))`},
		{"raise", "(Raise - -)"},
		{"raise E from c", `(Raise (Name "E") (Name "c"))`},
		{"import a.b as c, d", `(Import [(alias "a.b" "c") (alias "d" -)])`},
		{"from . import x", `(ImportFrom - [(alias "x" -)] 1)`},
		{"from ...a.b import (c as d, e,)", `(ImportFrom "a.b" [(alias "c" "d") (alias "e" -)] 3)`},
		{"from x import *", `(ImportFrom "x" [(alias "*" -)] 0)`},
		{"global a, b", `(Global ["a" "b"])`},
		{"x = 1; y = 2;", `(Assign [(Name "x")] (Constant int:1))` + "\n" + `(Assign [(Name "y")] (Constant int:2))`},
		{"if x: y = 1\nelif z: pass\nelse: pass", `(If (Name "x") [(Assign [(Name "y")] (Constant int:1))] [(If (Name "z") [(Pass)] [(Pass)])])`},
		{"while x:\n    break\nelse:\n    pass", `(While (Name "x") [(Break)] [(Pass)])`},
		{"for a, b in c: continue", `(For (Tuple [(Name "a") (Name "b")]) (Name "c") [(Continue)] [])`},
		{"try:\n    pass\nexcept E as e:\n    pass\nexcept:\n    pass\nelse:\n    pass\nfinally:\n    pass",
			`(Try [(Pass)] [(ExceptHandler (Name "E") "e" [(Pass)]) (ExceptHandler - - [(Pass)])] [(Pass)] [(Pass)])`},
		{"with a as b, c: pass", `(With [(withitem (Name "a") (Name "b")) (withitem (Name "c") -)] [(Pass)])`},
		{"with (a as b, c): pass", `(With [(withitem (Name "a") (Name "b")) (withitem (Name "c") -)] [(Pass)])`},
		{"with (a, b) as c: pass", `(With [(withitem (Tuple [(Name "a") (Name "b")]) (Name "c"))] [(Pass)])`},
		{"@d\n@e.f(1)\ndef f(a, b=1, *c, d, **e) -> int:\n    return a",
			`(FunctionDef "f" (arguments [] [(arg "a" -) (arg "b" -)] (arg "c" -) [(arg "d" -)] [-] (arg "e" -) [(Constant int:1)]) [(Return (Name "a"))] [(Name "d") (Call (Attribute (Name "e") "f") [(Constant int:1)] [])] (Name "int"))`},
		{"def f(a: int, /, *, b: str = 'x'): pass",
			`(FunctionDef "f" (arguments [(arg "a" (Name "int"))] [] - [(arg "b" (Name "str"))] [(Constant "x")] - []) [(Pass)] [] -)`},
		{"class C(B, metaclass=M): x = 1",
			`(ClassDef "C" [(Name "B")] [(Keyword "metaclass" (Name "M"))] [(Assign [(Name "x")] (Constant int:1))] [])`},
		{"def g():\n    yield\n    x = yield from y\n    return *a, b",
			`(FunctionDef "g" (arguments [] [] - [] [] - []) [(Expr (Yield -)) (Assign [(Name "x")] (YieldFrom (Name "y"))) (Return (Tuple [(Starred (Name "a")) (Name "b")]))] [] -)`},
		{"match = 1", `(Assign [(Name "match")] (Constant int:1))`},
		{"match(x)", `(Expr (Call (Name "match") [(Name "x")] []))`},
		{"match.a: int = 1", `(AnnAssign (Attribute (Name "match") "a") (Name "int") (Constant int:1))`},
		{"print(match, case, _)", `(Expr (Call (Name "print") [(Name "match") (Name "case") (Name "_")] []))`},
		{"x = 1 \\\n  + 2", `(Assign [(Name "x")] (BinOp "+" (Constant int:1) (Constant int:2)))`},
		{"if x:\n\n    # comment\n    pass\n  # odd comment\n", `(If (Name "x") [(Pass)] [])`},
		{"if x:\n    y = 1\n\nz = 2", `(If (Name "x") [(Assign [(Name "y")] (Constant int:1))] [])` + "\n" + `(Assign [(Name "z")] (Constant int:2))`},
		{"def f():\n    pass\n    \n# c\n\nclass C:\n    pass\n", `(FunctionDef "f" (arguments [] [] - [] [] - []) [(Pass)] [] -)` + "\n" + `(ClassDef "C" [] [] [(Pass)] [])`},
		{"if x:\n\tif y:\n\t\tpass", `(If (Name "x") [(If (Name "y") [(Pass)] [])] [])`},
	}
	for _, tt := range tests {
		m, err := Parse("t.py", []byte(tt.src))
		if err != nil {
			t.Errorf("%q: %v", tt.src, err)
			continue
		}
		if got := strings.TrimSuffix(dumpModule(m, false, false), "\n"); got != tt.want {
			t.Errorf("%q:\n got %s\nwant %s", tt.src, got, tt.want)
		}
	}
}

func TestRefused(t *testing.T) {
	tests := []struct {
		src, msg string
		line     int32
	}{
		{"x = 1\nmatch x:\n    case 1: pass\n", "lockstep does not support the match statement", 2},
		{"match (x, y):\n    case _: pass\n", "lockstep does not support the match statement", 1},
		{"async def f(): pass", "lockstep does not support async functions", 1},
		{"@d\nasync def f(): pass", "lockstep does not support async functions", 2},
		{"def f():\n    await g()", "lockstep does not support await", 2},
		{"async for x in y: pass", "lockstep does not support async for", 1},
		{"try:\n    pass\nexcept* E:\n    pass", "lockstep does not support except*", 3},
		{"def f[T](x): pass", "lockstep does not support type parameters", 1},
		{"class C[T]: pass", "lockstep does not support type parameters", 1},
		{"x = [a async for a in b]", "lockstep does not support asynchronous comprehensions", 1},
	}
	for _, tt := range tests {
		_, err := Parse("t.py", []byte(tt.src))
		e, ok := err.(*Error)
		if !ok {
			t.Errorf("%q: got %v, want a NotImplementedError", tt.src, err)
			continue
		}
		if e.Type != "NotImplementedError" || e.Msg != tt.msg || e.Pos.Line != tt.line {
			t.Errorf("%q: got %s: %s at line %d, want NotImplementedError: %s at line %d", tt.src, e.Type, e.Msg, e.Pos.Line, tt.msg, tt.line)
		}
	}
}

func TestDeepNesting(t *testing.T) {
	tests := []struct{ src, typ, msg string }{
		{"x = " + strings.Repeat("(", 10000) + "1" + strings.Repeat(")", 10000), "SyntaxError", "too many nested parentheses"},
		{"x = " + strings.Repeat("[", 300), "SyntaxError", "too many nested parentheses"},
		{"x = " + strings.Repeat("-", 100000) + "1", "RecursionError", "maximum recursion depth exceeded during compilation"},
		{"x = " + strings.Repeat("not ", 100000) + "1", "RecursionError", "maximum recursion depth exceeded during compilation"},
		{"x = " + strings.Repeat("lambda:", 10000) + "1", "RecursionError", "maximum recursion depth exceeded during compilation"},
		{"x = " + strings.Repeat("1+", 100000) + "1", "RecursionError", "maximum recursion depth exceeded during compilation"},
		{"x = a" + strings.Repeat(".b", 100000), "RecursionError", "maximum recursion depth exceeded during compilation"},
		{"x = " + strings.Repeat("2**", 10000) + "2", "RecursionError", "maximum recursion depth exceeded during compilation"},
		{"x = f'{" + strings.Repeat("(", 150) + "1" + strings.Repeat(")", 150) + "}'", "", ""},
	}
	for _, tt := range tests {
		_, err := Parse("t.py", []byte(tt.src))
		if tt.typ == "" {
			if err != nil {
				t.Errorf("%.20s...: %v", tt.src, err)
			}
			continue
		}
		e, ok := err.(*Error)
		if !ok || e.Type != tt.typ || e.Msg != tt.msg {
			t.Errorf("%.20s...: got %v, want %s: %s", tt.src, err, tt.typ, tt.msg)
		}
	}
}

func TestTokenString(t *testing.T) {
	for tok, want := range map[Token]string{PLUS_EQ: "+=", NOTIN: "not in", LAMBDA: "lambda", DSLASH: "//", NAME: "NAME", EOF: "EOF"} {
		if got := tok.String(); got != want {
			t.Errorf("%d: %q, want %q", tok, got, want)
		}
	}
	if PLUS_EQ.AugOp() != PLUS || CARET_EQ.AugOp() != CARET || PLUS.AugOp() != ILLEGAL {
		t.Error("AugOp")
	}
}

func TestNonUTF8(t *testing.T) {
	_, err := Parse("main.py", []byte("x = 1\ny = '\xff'\n"))
	want := "SyntaxError: Non-UTF-8 code starting with '\\xff' in file main.py on line 2, but no encoding declared; see https://peps.python.org/pep-0263/ for details\n"
	if e, ok := err.(*Error); !ok || e.Format() != want {
		t.Errorf("got %v, want %s", err, want)
	}
}

func TestFormat(t *testing.T) {
	e := &Error{Type: "SyntaxError", Msg: "invalid syntax", Filename: "main.py",
		Pos: Pos{3, 9}, End: Pos{3, 10}, Line: "    x = = 1"}
	want := "  File \"main.py\", line 3\n    x = = 1\n        ^\nSyntaxError: invalid syntax\n"
	if got := e.Format(); got != want {
		t.Errorf("got\n%s\nwant\n%s", got, want)
	}
}

// seedPrograms returns source files for the fuzzer's seed corpus.
func seedPrograms(f *testing.F) [][]byte {
	var out [][]byte
	files := corpusFiles(f)
	extra, _ := filepath.Glob("testdata/programs/*.py")
	for _, name := range append(files, extra...) {
		if src, err := os.ReadFile(name); err == nil {
			out = append(out, src)
		}
	}
	if data, err := os.ReadFile("testdata/errors.txt"); err == nil {
		for _, c := range strings.Split(string(data), "#### ") {
			if _, body, ok := strings.Cut(c, "\n"); ok {
				out = append(out, []byte(body))
			}
		}
	}
	return out
}

// FuzzParse checks that Parse never panics and that what it returns is
// coherent: a tree or an *Error with a position.
func FuzzParse(f *testing.F) {
	for _, src := range seedPrograms(f) {
		f.Add(src)
	}
	for _, s := range []string{"", "\n", "x", "f'{x!r:{y}}'", "if x:\n\tpass\n        pass", "(\n", "'''", "\\", "x = [\n1,\n", "@"} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, src []byte) {
		m, err := Parse("fuzz.py", src)
		if err != nil {
			e, ok := err.(*Error)
			if !ok {
				t.Fatalf("error of type %T", err)
			}
			if e.Msg == "" || e.Type == "" || e.Pos.Line < 1 && !strings.HasPrefix(e.Msg, "Non-UTF-8") {
				t.Fatalf("bad error %#v", e)
			}
			_ = e.Format()
			return
		}
		_ = dumpModule(m, true, false)
	})
}

// BenchmarkParse parses a program of about 2,000 lines made of the
// corpus's programs.
func BenchmarkParse(b *testing.B) {
	var src []byte
	files := corpusFiles(b)
	extra, _ := filepath.Glob("testdata/programs/*.py")
	for len(strings.Split(string(src), "\n")) < 2000 {
		n := len(src)
		for _, name := range append(files, extra...) {
			if strings.Contains(name, "syntax") {
				continue
			}
			data, _ := os.ReadFile(name)
			if _, err := Parse(name, data); err == nil {
				src = append(src, data...)
				src = append(src, '\n')
			}
		}
		if len(src) == n {
			b.Skip("no corpus")
		}
	}
	if _, err := Parse("bench.py", src); err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(len(src)))
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if _, err := Parse("bench.py", src); err != nil {
			b.Fatal(err)
		}
	}
}
