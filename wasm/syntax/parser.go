package syntax

import (
	"fmt"
	"unicode/utf8"
)

// errTok marks the place where the scanner stopped with an error; the
// parser reports the scanner's error when it reaches it.
const errTok Token = 255

// maxDepth bounds the nesting of the tree (unary operators, lambdas,
// conditional expressions, chains of binary operators, calls and
// attributes...), so that neither the parser nor the passes that walk the
// tree recurse without bound; brackets are bounded by the scanner (200).
const maxDepth = 1000

// Parse parses a Python source file. filename is used in error messages
// (tracebacks show it as `File "main.py"`). The returned error, if any, is
// an *Error whose Type is "SyntaxError", "IndentationError" or "TabError"
// (with CPython 3.11's message and position), "NotImplementedError" (for
// Python features Lockstep refuses by name: the match statement, async and
// await, except*, type parameters), or "RecursionError" for expressions
// nested so deeply that CPython would give up too.
//
// Besides the grammar, Parse applies the checks CPython makes while
// compiling (targets, 'return' outside function, 'break' outside loop,
// global declarations...), so a program that parses is one CPython would
// compile.
func Parse(filename string, src []byte) (mod *Module, err error) {
	if e := checkUTF8(filename, src); e != nil {
		return nil, e
	}
	src = normalize(src)
	p := newParser(filename, src, nil, Pos{}, false)
	mod = &Module{Filename: filename, Lines: p.sc.lines}
	if e := p.run(func() { mod.Body = p.file() }); e != nil {
		return nil, e
	}
	if e := check(mod, p.lines); e != nil {
		return nil, e
	}
	return mod, nil
}

// checkUTF8 reports source that is not UTF-8 as CPython does (without a
// position: the message says where).
func checkUTF8(filename string, src []byte) *Error {
	if utf8.Valid(src) {
		return nil
	}
	line := 1
	for i := 0; i < len(src); {
		r, size := utf8.DecodeRune(src[i:])
		if r == utf8.RuneError && size <= 1 {
			return &Error{Type: "SyntaxError", Filename: filename,
				Msg: fmt.Sprintf("Non-UTF-8 code starting with '\\x%02x' in file %s on line %d, but no encoding declared; see https://peps.python.org/pep-0263/ for details", src[i], filename, line)}
		}
		if r == '\n' {
			line++
		}
		i += size
	}
	return nil
}

// ParseExpr parses a single expression, as eval() would: surrounding
// blanks and a final newline are allowed; a tuple without parentheses is
// allowed.
func ParseExpr(filename string, src []byte) (Expr, error) {
	if e := checkUTF8(filename, src); e != nil {
		return nil, e
	}
	src = normalize(src)
	p := newParser(filename, src, nil, Pos{}, false)
	var x Expr
	if e := p.run(func() {
		for p.kind() == NEWLINE {
			p.next()
		}
		if p.kind() == INDENT {
			p.next()
		}
		x = p.starExpressions()
		for p.kind() == NEWLINE || p.kind() == DEDENT {
			p.next()
		}
		if p.kind() != EOF {
			p.syntaxError()
		}
	}); e != nil {
		return nil, e
	}
	return x, nil
}

// bailout is the panic value that unwinds the parser on an error.
type bailout struct{}

type parser struct {
	filename string
	sc       *scanner
	toks     []token
	i        int
	lines    []string
	depth    int
	err      *Error
	// generic is set when err is a generic "invalid syntax" (or a
	// similar failure to match), which a speculative parse may recover
	// from; specific errors always propagate, as CPython's invalid_*
	// rules raise at once.
	generic bool
	maxI    int  // furthest token looked at
	fstring bool // parsing the expression of an f-string field
	// noInvalid turns off the checks that emulate CPython's invalid_*
	// rules while a speculative parse looks for their second half.
	noInvalid bool
}

// newParser scans src. For an f-string field, lines are the enclosing
// file's lines and start is the position of src's first character;
// the text is scanned as if inside parentheses.
func newParser(filename string, src []byte, lines []string, start Pos, fstring bool) *parser {
	var sc *scanner
	if fstring {
		sc = scanFragment(filename, src, lines, start)
	} else {
		sc = scan(filename, src)
	}
	p := &parser{filename: filename, sc: sc, toks: sc.toks, lines: sc.lines, fstring: fstring}
	if sc.err != nil {
		p.toks = append(p.toks, token{kind: errTok, pos: sc.err.err.Pos, end: sc.err.err.Pos})
	}
	return p
}

// run calls f, turning a bailout into the error to report.
func (p *parser) run(f func()) (err *Error) {
	defer func() {
		if r := recover(); r != nil {
			if _, ok := r.(bailout); !ok {
				panic(r)
			}
			err = p.finalError()
		}
	}()
	if p.toks[0].kind == errTok {
		p.scanFailure()
	}
	f()
	return nil
}

// finalError applies CPython's rule that errors found by the tokenizer
// later in the file take precedence over a parser error.
func (p *parser) finalError() *Error {
	e := p.err
	se := p.sc.err
	if se == nil || e == se.err {
		return e
	}
	if se.raised {
		return se.err
	}
	if se.unclosed && p.toks[p.maxI].pos.Line > se.err.Pos.Line {
		return se.err
	}
	return e
}

func (p *parser) tok() *token  { return &p.toks[p.i] }
func (p *parser) kind() Token  { return p.toks[p.i].kind }
func (p *parser) pos() Pos     { return p.toks[p.i].pos }
func (p *parser) prevEnd() Pos { return p.toks[p.i-1].end }

// next consumes the current token and returns it.
func (p *parser) next() token {
	t := p.toks[p.i]
	if p.i+1 < len(p.toks) {
		p.i++
	}
	if p.i > p.maxI {
		p.maxI = p.i
	}
	if p.toks[p.i].kind == errTok {
		p.scanFailure()
	}
	return t
}

// scanFailure reports the scanner's error, reached by the parser.
func (p *parser) scanFailure() {
	p.err = p.sc.err.err
	p.generic = !p.sc.err.raised
	panic(bailout{})
}

// peek returns the kind of the token n places ahead (peek(0) == kind()).
func (p *parser) peek(n int) Token {
	j := p.i + n
	if j >= len(p.toks) {
		j = len(p.toks) - 1
	}
	if j > p.maxI {
		p.maxI = j
	}
	for k := p.i; k <= j; k++ {
		if p.toks[k].kind == errTok {
			p.scanFailure()
		}
	}
	return p.toks[j].kind
}

func (p *parser) got(k Token) bool {
	if p.kind() == k {
		p.next()
		return true
	}
	return false
}

// expect consumes a token of kind k or reports a generic syntax error.
func (p *parser) expect(k Token) token {
	if p.kind() != k {
		p.syntaxError()
	}
	return p.next()
}

// ---- errors ----

func (p *parser) lineText(line int32) string {
	if line >= 1 && int(line) <= len(p.lines) {
		return p.lines[line-1]
	}
	return ""
}

// errorRange reports a SyntaxError over [pos, end).
func (p *parser) errorRange(pos, end Pos, format string, args ...any) {
	p.fail("SyntaxError", pos, end, format, args...)
}

func (p *parser) fail(typ string, pos, end Pos, format string, args ...any) {
	msg := format
	if len(args) > 0 {
		msg = fmt.Sprintf(format, args...)
	}
	if p.fstring && typ == "SyntaxError" {
		msg = "f-string: " + msg
	}
	p.err = &Error{Type: typ, Msg: msg, Filename: p.filename, Pos: pos, End: end, Line: p.lineText(pos.Line)}
	p.generic = false
	panic(bailout{})
}

// errorNode reports a SyntaxError over the extent of n.
func (p *parser) errorNode(n Node, format string, args ...any) {
	s, e := n.Span()
	p.errorRange(s, e, format, args...)
}

// errorTok reports a SyntaxError over the current token.
func (p *parser) errorTok(format string, args ...any) {
	t := p.tok()
	p.errorRange(t.pos, t.end, format, args...)
}

// errorLast reports a SyntaxError at the last token fetched, as CPython's
// RAISE_SYNTAX_ERROR does.
func (p *parser) errorLast(format string, args ...any) {
	p.errorTok(format, args...)
}

// syntaxError reports CPython's generic "invalid syntax" at the current
// token, or the more specific error an INDENT, DEDENT or EOF calls for.
func (p *parser) syntaxError() {
	t := p.tok()
	defer func() { p.generic = true }()
	switch t.kind {
	case INDENT:
		// CPython points just before the first character, so no caret
		// is shown.
		p.fail("IndentationError", Pos{t.end.Line, t.end.Col - 1}, Pos{}, "unexpected indent")
	case DEDENT:
		p.fail("IndentationError", Pos{t.pos.Line, t.pos.Col - 1}, Pos{}, "unexpected unindent")
	}
	p.errorRange(t.pos, t.end, "invalid syntax")
}

// refuse reports a Python feature Lockstep does not implement.
func (p *parser) refuse(pos, end Pos, what string) {
	p.err = &Error{Type: "NotImplementedError", Msg: "lockstep does not support " + what,
		Filename: p.filename, Pos: pos, End: end, Line: p.lineText(pos.Line)}
	p.generic = false
	panic(bailout{})
}

// enter guards against runaway recursion. Beyond maxDepth it reports what
// CPython reports for such code: a RecursionError.
func (p *parser) enter() {
	p.depth++
	if p.depth > maxDepth {
		t := p.tok()
		p.fail("RecursionError", t.pos, t.end, "maximum recursion depth exceeded during compilation")
	}
}

func (p *parser) leave() { p.depth-- }

// try runs f speculatively: on an error it restores the parser and
// reports false.
func (p *parser) try(f func()) (ok bool) {
	save, depth := p.i, p.depth
	defer func() {
		if r := recover(); r != nil {
			if _, isB := r.(bailout); !isB || !p.generic {
				panic(r)
			}
			p.i, p.depth, p.err = save, depth, nil
			ok = false
		}
	}()
	f()
	return true
}

// runeLen is the number of characters in s.
func runeLen(s string) int32 { return int32(utf8.RuneCountInString(s)) }
