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
	if e := p.parse(func(p *parser) { mod.Body = p.file() }); e != nil {
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
	if e := p.parse(func(p *parser) {
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
	depth0   int // depth at the start (for an f-string field, its string's)
	err      *Error
	// generic is set when err is a generic "invalid syntax" (or a
	// similar failure to match), which a speculative parse may recover
	// from; specific errors always propagate, as CPython's invalid_*
	// rules raise at once.
	generic bool
	maxI    int  // furthest token looked at
	maxI1   int  // furthest token looked at in the first pass
	fstring bool // parsing the expression of an f-string field
	// noInvalid turns off the checks that emulate CPython's invalid_*
	// rules: during the first pass, and while a speculative parse looks
	// for their second half.
	noInvalid bool
	// pass2 is set for the second pass, made only when the first failed,
	// where specific messages are reported; in the first pass every error
	// but the "hard" ones (tokenizer, strings, forced tokens, refusals) is
	// a plain failure to match, as in CPython's parser.
	pass2   bool
	refused *Error // the first refusal recorded by refuseLater
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
		stop := sc.posAt(sc.off)
		if sc.off < sc.lineOff {
			stop = sc.err.err.Pos
		}
		p.toks = append(p.toks, token{kind: errTok, pos: stop, end: stop})
	}
	return p
}

// parse runs f as CPython runs its parser: a first pass that only
// matches the grammar; if it fails without a definite error, a second pass
// that looks for the specific mistake (CPython's invalid_* rules).
func (p *parser) parse(f func(p *parser)) *Error {
	p.noInvalid = true
	err := p.run(func() { f(p) })
	if err == nil && p.refused != nil {
		return p.refused
	}
	if err == nil || !p.generic {
		return err
	}
	p.maxI1 = p.maxI
	p2 := &parser{filename: p.filename, sc: p.sc, toks: p.toks, lines: p.lines,
		fstring: p.fstring, depth: p.depth0, depth0: p.depth0, pass2: true, maxI: p.maxI}
	err2 := p2.run(func() { f(p2) })
	if p2.maxI > p.maxI {
		p.maxI = p2.maxI
	}
	if err2 == nil || p2.generic {
		// CPython reports a generic error at the furthest token the
		// first pass read.
		p.err = p.genericAt(p.maxI1)
		return p.finalError()
	}
	p2.maxI = p.maxI
	return err2
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

// genericAt returns the generic error for token i: "invalid syntax", or
// the IndentationError an unexpected INDENT or DEDENT calls for.
func (p *parser) genericAt(i int) *Error {
	t := p.toks[i]
	e := &Error{Type: "SyntaxError", Msg: "invalid syntax", Filename: p.filename, Pos: t.pos, End: t.end}
	switch t.kind {
	case INDENT:
		e.Type, e.Msg, e.Pos, e.End = "IndentationError", "unexpected indent", Pos{t.end.Line, t.end.Col - 1}, Pos{}
	case DEDENT:
		e.Type, e.Msg, e.Pos, e.End = "IndentationError", "unexpected unindent", Pos{t.pos.Line, t.pos.Col - 1}, Pos{}
	case errTok:
		return p.sc.err.err
	}
	if p.fstring {
		e.Msg = "f-string: " + e.Msg
	}
	e.Line = p.lineText(e.Pos.Line)
	return e
}

// finalError applies CPython's rule that errors found by the tokenizer
// later in the file take precedence over a parser error.
func (p *parser) finalError() *Error {
	e := p.err
	se := p.sc.err
	if se == nil || e == se.err {
		return e
	}
	if e.Type == "IndentationError" && (e.Msg == "unexpected indent" || e.Msg == "unexpected unindent") {
		// CPython reports these without looking further.
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
	p.generic = false
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
	if !p.pass2 {
		// A plain failure to match in the first pass.
		t := p.tok()
		p.err = &Error{Type: "SyntaxError", Msg: "invalid syntax", Filename: p.filename, Pos: t.pos, End: t.end, Line: p.lineText(t.pos.Line)}
		p.generic = true
		panic(bailout{})
	}
	p.hardFail(typ, pos, end, format, args...)
}

// hardFail reports an error that stands in either pass.
func (p *parser) hardFail(typ string, pos, end Pos, format string, args ...any) {
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
	pos, end := tokErrPos(p.tok())
	p.errorRange(pos, end, format, args...)
}

// tokErrPos is where CPython reports an error at token t: INDENT and DEDENT
// tokens have no extent, only the tokenizer's column.
func tokErrPos(t *token) (pos, end Pos) {
	switch {
	case t.kind == INDENT:
		return Pos{t.end.Line, t.end.Col - 1}, Pos{}
	case t.kind == EOF || t.kind == DEDENT && t.lit == "EOF":
		return t.pos, Pos{}
	case t.kind == DEDENT:
		return Pos{t.pos.Line, 0}, Pos{}
	}
	return t.pos, t.end
}

// errorLast reports a SyntaxError at the last token fetched, as CPython's
// RAISE_SYNTAX_ERROR does.
func (p *parser) errorLast(format string, args ...any) {
	p.errorTok(format, args...)
}

// hardLast is errorLast for an error that stands in the first pass too.
func (p *parser) hardLast(format string, args ...any) {
	pos, end := tokErrPos(p.tok())
	p.hardFail("SyntaxError", pos, end, format, args...)
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
		p.hardFail("IndentationError", Pos{t.end.Line, t.end.Col - 1}, Pos{}, "unexpected indent")
	case DEDENT:
		p.hardFail("IndentationError", Pos{t.pos.Line, t.pos.Col - 1}, Pos{}, "unexpected unindent")
	}
	p.hardFail("SyntaxError", t.pos, t.end, "invalid syntax")
}

// refuse reports a Python feature Lockstep does not implement.
func (p *parser) refuse(pos, end Pos, what string) {
	p.err = p.refusal(pos, end, what)
	p.generic = false
	panic(bailout{})
}

func (p *parser) refusal(pos, end Pos, what string) *Error {
	return &Error{Type: "NotImplementedError", Msg: "lockstep does not support " + what,
		Filename: p.filename, Pos: pos, End: end, Line: p.lineText(pos.Line)}
}

// refuseLater records a refusal of syntax that the parser can read on
// (async, await): it is reported if the rest of the file parses, so that a
// syntax error elsewhere is reported as CPython would.
func (p *parser) refuseLater(pos, end Pos, what string) {
	if p.refused == nil {
		p.refused = p.refusal(pos, end, what)
	}
}

// enter guards against runaway recursion. Beyond maxDepth it reports what
// CPython reports for such code: a RecursionError.
func (p *parser) enter() {
	p.depth++
	if p.depth > maxDepth {
		t := p.tok()
		p.hardFail("RecursionError", t.pos, t.end, "maximum recursion depth exceeded during compilation")
	}
}

func (p *parser) leave() { p.depth-- }

// try runs f speculatively: on an error it restores the parser and
// reports false.
func (p *parser) try(f func()) (ok bool) {
	save, depth, refused := p.i, p.depth, p.refused
	defer func() {
		if r := recover(); r != nil {
			if _, isB := r.(bailout); !isB || !p.generic {
				panic(r)
			}
			p.i, p.depth, p.err, p.refused = save, depth, nil, refused
			ok = false
		}
	}()
	f()
	return true
}

// runeLen is the number of characters in s.
func runeLen(s string) int32 { return int32(utf8.RuneCountInString(s)) }
