package syntax

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"
)

// token is one lexical token with its extent.
type token struct {
	kind Token
	pos  Pos    // first character
	end  Pos    // just after the last character
	lit  string // NAME: the identifier; numbers and strings: the text as written; ILLEGAL: the character
	// level is the number of brackets open after this token.
	level int32
}

// Limits shared with CPython's tokenizer.
const (
	maxIndent = 100 // MAXINDENT: nested indentation levels
	maxParen  = 200 // MAXLEVEL: nested brackets
)

// scanError is a tokenizer error and how CPython's parser treats it.
type scanError struct {
	err *Error
	// raised is set for errors the tokenizer raises as soon as it meets
	// them (bad literals, unmatched brackets...). Such an error replaces a
	// generic syntax error found earlier in the file, as in CPython, which
	// tokenizes the rest of the input before reporting.
	raised bool
	// unclosed is set when the input ends inside brackets; the error then
	// replaces an earlier parser error only if the bracket was opened on an
	// earlier line than that error.
	unclosed bool
}

type openParen struct {
	ch  byte
	pos Pos
}

// scanner turns source text into tokens. It tokenizes the whole input up
// front (see scan), stopping at the first error.
type scanner struct {
	filename string
	src      []byte // normalized: "\n" line ends only
	text     string // src as a string, for token texts without copies
	lines    []string

	off     int   // current offset in src
	line    int32 // line of src[off]
	lineOff int   // offset of the start of the current line
	colOff  int   // offset for which colVal is known (same line)
	colVal  int32 // column of colOff

	indents    []int // indentation stack (tabs to multiples of 8)
	altIndents []int // same with tabs counted as 1
	parens     []openParen

	toks []token
	err  *scanError

	// For an f-string field scanned on its own: positions are shifted so
	// that they refer to the enclosing file.
	fragment bool
	lineAdj  int32 // added to line numbers
	colAdj   int32 // added to columns on the first line
}

// normalize converts CRLF and lone CR line ends to LF and drops a UTF-8 BOM.
func normalize(src []byte) []byte {
	if len(src) >= 3 && src[0] == 0xEF && src[1] == 0xBB && src[2] == 0xBF {
		src = src[3:]
	}
	hasCR := false
	for _, c := range src {
		if c == '\r' {
			hasCR = true
			break
		}
	}
	if !hasCR {
		return src
	}
	out := make([]byte, 0, len(src))
	for i := 0; i < len(src); i++ {
		c := src[i]
		if c == '\r' {
			out = append(out, '\n')
			if i+1 < len(src) && src[i+1] == '\n' {
				i++
			}
			continue
		}
		out = append(out, c)
	}
	return out
}

// splitLines splits normalized source into lines without terminators.
func splitLines(src string) []string {
	lines := make([]string, 0, strings.Count(src, "\n")+1)
	for len(src) > 0 {
		i := strings.IndexByte(src, '\n')
		if i < 0 {
			lines = append(lines, src)
			break
		}
		lines = append(lines, src[:i])
		src = src[i+1:]
	}
	return lines
}

// posAt returns the position of byte offset off, which must lie on the
// current line at or after the last offset asked for.
func (s *scanner) posAt(off int) Pos {
	if off < s.colOff || s.colOff < s.lineOff {
		s.colOff, s.colVal = s.lineOff, 1
	}
	col := s.colVal
	for i := s.colOff; i < off && i < len(s.src); i++ {
		if s.src[i]&0xC0 != 0x80 {
			col++
		}
	}
	s.colOff, s.colVal = off, col
	if s.line == 1 {
		col += s.colAdj
	}
	return Pos{Line: s.line + s.lineAdj, Col: col}
}

// newline records that src[off-1] was a line feed.
func (s *scanner) newline() {
	s.line++
	s.lineOff = s.off
	s.colOff, s.colVal = s.off, 1
}

// lineText returns the text of source line n (1-based).
func (s *scanner) lineText(n int32) string {
	if n >= 1 && int(n) <= len(s.lines) {
		return s.lines[n-1]
	}
	return ""
}

func (s *scanner) fail(typ string, pos, end Pos, raised bool, format string, args ...any) {
	if s.err != nil {
		return
	}
	msg := format
	if len(args) > 0 {
		msg = fmt.Sprintf(format, args...)
	}
	s.err = &scanError{
		err: &Error{
			Type: typ, Msg: msg, Filename: s.filename,
			Pos: pos, End: end, Line: s.lineText(pos.Line),
		},
		raised: raised,
	}
}

// failCur reports an error the way CPython's tokenizer does: the caret goes
// under the character just before byte offset cur on the current line.
func (s *scanner) failCur(cur int, format string, args ...any) {
	p := s.posAt(cur)
	if p.Col > 1 {
		p.Col--
	}
	s.fail("SyntaxError", p, Pos{}, true, format, args...)
}

func (s *scanner) emit(kind Token, start int, startPos Pos, lit string) {
	s.toks = append(s.toks, token{kind: kind, pos: startPos, end: s.posAt(s.off), lit: lit, level: int32(len(s.parens))})
}

func (s *scanner) peek(i int) byte {
	if s.off+i < len(s.src) {
		return s.src[s.off+i]
	}
	return 0
}

// scan tokenizes the whole input. It returns the tokens (ending with EOF,
// or cut short at an error) and the error, if any.
func scan(filename string, src []byte) *scanner {
	s := &scanner{filename: filename, src: src, text: string(src), line: 1, colVal: 1}
	s.lines = splitLines(s.text)
	s.indents = []int{0}
	s.altIndents = []int{0}
	s.toks = make([]token, 0, len(src)/2+16)
	s.run()
	return s
}

// scanFragment tokenizes the expression of an f-string field as if it were
// inside parentheses. lines are the enclosing file's lines and start the
// position of src[0] in it.
func scanFragment(filename string, src []byte, lines []string, start Pos) *scanner {
	s := &scanner{filename: filename, src: src, text: string(src), line: 1, colVal: 1, fragment: true, lines: lines}
	s.lineAdj = start.Line - 1
	s.colAdj = start.Col - 1
	s.indents = []int{0}
	s.altIndents = []int{0}
	s.parens = []openParen{{'(', start}}
	s.toks = make([]token, 0, len(src)/2+4)
	s.run()
	return s
}

func (s *scanner) lastKind() Token {
	if len(s.toks) == 0 {
		return NEWLINE
	}
	return s.toks[len(s.toks)-1].kind
}

func (s *scanner) run() {
	atBOL := !s.fragment
	var comment Pos // the last comment seen
	for s.err == nil {
		if atBOL {
			atBOL = false
			if !s.indentation() {
				// A blank line was consumed: the next line starts afresh.
				atBOL = s.err == nil && s.off < len(s.src)
				continue
			}
			if s.err != nil {
				return
			}
		}
		// Skip blanks.
		for s.off < len(s.src) {
			c := s.src[s.off]
			if c == ' ' || c == '\t' || c == '\f' {
				s.off++
			} else {
				break
			}
		}
		if s.off >= len(s.src) {
			s.atEOF()
			return
		}
		c := s.src[s.off]
		start := s.off
		switch {
		case c == '#':
			comment = s.posAt(s.off)
			for s.off < len(s.src) && s.src[s.off] != '\n' {
				s.off++
			}
			continue
		case c == '\n':
			if len(s.parens) == 0 && s.lastKind() != NEWLINE {
				// As in CPython, a NEWLINE token after a comment starts
				// at the comment, and it ends at the line feed.
				p := s.posAt(s.off)
				start := p
				if comment.Line == p.Line {
					start = comment
				}
				s.toks = append(s.toks, token{kind: NEWLINE, pos: start, end: p})
			}
			s.off++
			s.newline()
			atBOL = len(s.parens) == 0
			continue
		case c == '\\':
			p := s.posAt(s.off)
			p.Col++ // CPython points just after the backslash
			s.off++
			if s.off >= len(s.src) {
				s.fail("SyntaxError", p, Pos{}, false, "unexpected EOF while parsing")
				return
			}
			if s.src[s.off] != '\n' {
				s.failCur(s.off+1, "unexpected character after line continuation character")
				s.err.raised = false
				return
			}
			s.off++
			s.newline()
			if s.off >= len(s.src) {
				s.fail("SyntaxError", p, Pos{}, false, "unexpected EOF while parsing")
				return
			}
			continue
		case c >= '0' && c <= '9' || c == '.' && s.peek(1) >= '0' && s.peek(1) <= '9':
			s.number()
			continue
		case c == '"' || c == '\'':
			s.str(start, start)
			continue
		case c == '_' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= 0x80:
			s.name()
			continue
		case c == 0:
			s.fail("SyntaxError", s.posAt(s.off), Pos{}, true, "source code cannot contain null bytes")
			return
		case c < 0x20 || c == 0x7f:
			s.failCur(s.off+1, "invalid non-printable character U+%04X", c)
			return
		}
		s.operator()
	}
}

// indentation handles the start of a line. It returns false when the line
// is blank (only blanks and a comment), in which case nothing was emitted
// and the scanner is left at its line feed or at EOF.
func (s *scanner) indentation() bool {
	col, alt := 0, 0
	i := s.off
	for ; i < len(s.src); i++ {
		switch s.src[i] {
		case ' ':
			col++
			alt++
			continue
		case '\t':
			col = (col/8 + 1) * 8
			alt++
			continue
		case '\f':
			col, alt = 0, 0
			continue
		}
		break
	}
	s.off = i
	if i >= len(s.src) || s.src[i] == '#' || s.src[i] == '\n' {
		// Blank line: skip the comment, leave the line feed.
		for s.off < len(s.src) && s.src[s.off] != '\n' {
			s.off++
		}
		if s.off < len(s.src) {
			s.off++
			s.newline()
			return false
		}
		s.atEOF()
		return false
	}
	if len(s.parens) > 0 {
		return true
	}
	top := len(s.indents) - 1
	p := s.posAt(s.off)
	switch {
	case col == s.indents[top]:
		if alt != s.altIndents[top] {
			s.tabError()
		}
	case col > s.indents[top]:
		if len(s.indents) > maxIndent {
			s.fail("IndentationError", p, Pos{}, false, "too many levels of indentation")
			return true
		}
		if alt <= s.altIndents[top] {
			s.tabError()
			return true
		}
		s.indents = append(s.indents, col)
		s.altIndents = append(s.altIndents, alt)
		s.toks = append(s.toks, token{kind: INDENT, pos: Pos{p.Line, 1}, end: p})
	default:
		n := top
		for n > 0 && col < s.indents[n] {
			n--
		}
		if col != s.indents[n] {
			// CPython reports this at the end of the line, before any
			// DEDENT.
			p.Col = runeLen(s.lineText(p.Line)) + 1
			s.fail("IndentationError", p, Pos{}, false, "unindent does not match any outer indentation level")
			return true
		}
		for ; top > n; top-- {
			s.toks = append(s.toks, token{kind: DEDENT, pos: p, end: p})
		}
		s.indents = s.indents[:top+1]
		s.altIndents = s.altIndents[:top+1]
		if alt != s.altIndents[top] {
			s.tabError()
		}
	}
	return true
}

func (s *scanner) tabError() {
	p := s.posAt(s.off)
	p.Col = int32(utf8.RuneCount(s.src[s.lineOff:s.off]))
	if p.Col < 1 {
		p.Col = 1
	}
	s.fail("TabError", p, Pos{}, false, "inconsistent use of tabs and spaces in indentation")
}

// atEOF emits the final NEWLINE, DEDENTs and EOF, or the error for input
// that ends inside brackets.
func (s *scanner) atEOF() {
	if s.fragment && len(s.parens) == 1 {
		p := s.posAt(s.off)
		s.toks = append(s.toks, token{kind: EOF, pos: p, end: p})
		return
	}
	if len(s.parens) > 0 {
		op := s.parens[len(s.parens)-1]
		s.fail("SyntaxError", op.pos, Pos{}, false, "'%c' was never closed", op.ch)
		s.err.unclosed = true
		return
	}
	p := s.posAt(s.off)
	if s.lastKind() != NEWLINE && s.lastKind() != DEDENT && s.lastKind() != INDENT {
		s.toks = append(s.toks, token{kind: NEWLINE, pos: p, end: Pos{p.Line, p.Col + 1}})
	}
	if !s.fragment && p.Col == 1 && p.Line > 1 {
		// At EOF CPython is still on the last line, at its line feed.
		p = Pos{p.Line - 1, runeLen(s.lineText(p.Line-1)) + 1}
	}
	for len(s.indents) > 1 {
		s.indents = s.indents[:len(s.indents)-1]
		s.toks = append(s.toks, token{kind: DEDENT, pos: p, end: p, lit: "EOF"})
	}
	s.toks = append(s.toks, token{kind: EOF, pos: p, end: p})
}

func isDigit(c byte) bool  { return c >= '0' && c <= '9' }
func isXDigit(c byte) bool { return isDigit(c) || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F' }

// isIdentChar reports whether c may continue an identifier as far as the
// tokenizer's first look is concerned (any non-ASCII byte may).
func isIdentChar(c byte) bool {
	return c == '_' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || isDigit(c) || c >= 0x80
}

// decimalTail consumes digits and single underscores between digits.
func (s *scanner) decimalTail() bool {
	for {
		for s.off < len(s.src) && isDigit(s.src[s.off]) {
			s.off++
		}
		if s.peek(0) != '_' {
			return true
		}
		s.off++
		if !isDigit(s.peek(0)) {
			s.failCur(s.off, "invalid decimal literal")
			return false
		}
	}
}

// endOfNumber checks what follows a number, as verify_end_of_number does.
func (s *scanner) endOfNumber(kind string) bool {
	c := s.peek(0)
	rest := s.src[s.off:]
	word := func(w string) bool {
		return len(rest) >= len(w) && string(rest[:len(w)]) == w &&
			(len(rest) == len(w) || !isIdentChar(rest[len(w)]))
	}
	switch {
	case word("and"), word("else"), word("for"), word("or"), word("not"),
		c == 'i' && len(rest) > 1 && (rest[1] == 'f' || rest[1] == 'n' || rest[1] == 's'):
		// CPython only warns about `1if x else y`.
		return true
	case isIdentChar(c):
		s.failCur(s.off, "invalid %s literal", kind)
		return false
	}
	return true
}

func (s *scanner) number() {
	start := s.off
	startPos := s.posAt(s.off)
	kind := INT
	c := s.src[s.off]
	radix := func(name string, ok func(byte) bool) bool {
		s.off += 2
		for {
			if s.peek(0) == '_' {
				s.off++
			}
			d := s.peek(0)
			if !ok(d) {
				if name == "octal" && isDigit(d) || name == "binary" && isDigit(d) {
					s.failCur(s.off+1, "invalid digit '%c' in %s literal", d, name)
				} else {
					s.failCur(s.off, "invalid %s literal", name)
				}
				return false
			}
			for ok(s.peek(0)) {
				s.off++
			}
			if s.peek(0) != '_' {
				break
			}
		}
		if d := s.peek(0); (name == "octal" || name == "binary") && isDigit(d) {
			s.failCur(s.off+1, "invalid digit '%c' in %s literal", d, name)
			return false
		}
		return s.endOfNumber(name)
	}
	if c == '0' && (s.peek(1)|0x20 == 'x' || s.peek(1)|0x20 == 'o' || s.peek(1)|0x20 == 'b') {
		var ok bool
		switch s.peek(1) | 0x20 {
		case 'x':
			ok = radix("hexadecimal", isXDigit)
		case 'o':
			ok = radix("octal", func(c byte) bool { return c >= '0' && c <= '7' })
		default:
			ok = radix("binary", func(c byte) bool { return c == '0' || c == '1' })
		}
		if ok {
			s.emit(INT, start, startPos, s.text[start:s.off])
		}
		return
	}
	fraction := false
	if c == '.' {
		s.off++
		fraction = true
	} else if c == '0' {
		// Zeros, possibly with underscores; then maybe a disallowed
		// old-style octal.
		for {
			if s.peek(0) == '_' {
				s.off++
				if !isDigit(s.peek(0)) {
					s.failCur(s.off, "invalid decimal literal")
					return
				}
			}
			if s.peek(0) != '0' {
				break
			}
			s.off++
		}
		zerosEnd := s.off
		nonzero := false
		if isDigit(s.peek(0)) {
			nonzero = true
			if !s.decimalTail() {
				return
			}
		}
		switch s.peek(0) {
		case '.', 'e', 'E', 'j', 'J':
		default:
			if nonzero {
				p := startPos
				e := s.posAt(zerosEnd)
				s.fail("SyntaxError", p, e, true, "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers")
				return
			}
			if s.endOfNumber("decimal") {
				s.emit(INT, start, startPos, s.text[start:s.off])
			}
			return
		}
	} else if !s.decimalTail() {
		return
	}
	if !fraction && s.peek(0) == '.' {
		s.off++
		fraction = true
	}
	if fraction {
		kind = FLOAT
		if isDigit(s.peek(0)) && !s.decimalTail() {
			return
		}
	}
	if e := s.peek(0); e == 'e' || e == 'E' {
		save := s.off
		s.off++
		if c := s.peek(0); c == '+' || c == '-' {
			s.off++
			if !isDigit(s.peek(0)) {
				s.failCur(s.off, "invalid decimal literal")
				return
			}
		} else if !isDigit(c) {
			// "1e" followed by something else: the number ends before e.
			s.off = save
			if !s.endOfNumber("decimal") {
				return
			}
			s.emit(kind, start, startPos, s.text[start:s.off])
			return
		}
		if !s.decimalTail() {
			return
		}
		kind = FLOAT
	}
	if j := s.peek(0); j == 'j' || j == 'J' {
		s.off++
		if !s.endOfNumber("imaginary") {
			return
		}
		kind = IMAG
	} else if !s.endOfNumber("decimal") {
		return
	}
	s.emit(kind, start, startPos, s.text[start:s.off])
}

// name scans an identifier, a keyword or a string prefix.
func (s *scanner) name() {
	start := s.off
	startPos := s.posAt(s.off)
	// String prefixes.
	sawB, sawR, sawU, sawF := false, false, false, false
	for i := s.off; i < len(s.src); i++ {
		c := s.src[i] | 0x20
		switch {
		case c == 'b' && !(sawB || sawU || sawF):
			sawB = true
		case c == 'u' && !(sawB || sawU || sawR || sawF):
			sawU = true
		case c == 'r' && !(sawR || sawU):
			sawR = true
		case c == 'f' && !(sawF || sawB || sawU):
			sawF = true
		default:
			i = len(s.src)
			continue
		}
		if n := i + 1; n < len(s.src) && (s.src[n] == '"' || s.src[n] == '\'') {
			s.str(start, n)
			return
		}
	}
	nonASCII := false
	for s.off < len(s.src) && isIdentChar(s.src[s.off]) {
		if s.src[s.off] >= 0x80 {
			nonASCII = true
		}
		s.off++
	}
	if nonASCII {
		// Check the identifier rune by rune, as verify_identifier does.
		first := true
		for i := start; i < s.off; {
			r, size := utf8.DecodeRune(s.src[i:])
			ok := false
			if first {
				ok = isIDStart(r)
			} else {
				ok = isIDContinue(r)
			}
			if !ok {
				if r == utf8.RuneError && size <= 1 {
					s.failCur(i+1, "(unicode error) 'utf-8' codec can't decode byte 0x%02x in position %d: invalid start byte", s.src[i], i-s.lineOff)
					return
				}
				if !unicode.IsPrint(r) {
					s.failCur(i+size, "invalid non-printable character U+%04X", r)
				} else {
					s.failCur(i+size, "invalid character '%c' (U+%04X)", r, r)
				}
				return
			}
			first = false
			i += size
		}
	}
	lit := s.text[start:s.off]
	kind := NAME
	if n := len(lit); n >= 2 && n <= 8 {
		if k, ok := keywords[lit]; ok {
			kind = k
		}
	}
	s.emit(kind, start, startPos, lit)
}

func isIDStart(r rune) bool {
	return r == '_' || unicode.IsLetter(r) || unicode.Is(unicode.Nl, r) || unicode.Is(unicode.Other_ID_Start, r)
}

func isIDContinue(r rune) bool {
	return isIDStart(r) || unicode.IsDigit(r) || unicode.In(r, unicode.Mn, unicode.Mc, unicode.Nd, unicode.Pc) || unicode.Is(unicode.Other_ID_Continue, r)
}

// str scans a string literal whose prefix starts at start and whose opening
// quote is at q.
func (s *scanner) str(start, q int) {
	startPos := s.posAt(start)
	startLine, startLineOff := s.line, s.lineOff
	quote := s.src[q]
	s.off = q + 1
	size := 1
	if s.peek(0) == quote && s.peek(1) == quote {
		size = 3
		s.off += 2
	}
	endQuotes := 0
	for endQuotes < size {
		if s.off >= len(s.src) || size == 1 && s.src[s.off] == '\n' {
			detected := s.line
			if s.off >= len(s.src) && len(s.src) > 0 && s.src[len(s.src)-1] == '\n' {
				// At EOF CPython is still on the last line.
				detected--
			}
			_ = startLineOff
			p := startPos
			p.Line = startLine
			if size == 3 {
				s.fail("SyntaxError", p, Pos{}, true, "unterminated triple-quoted string literal (detected at line %d)", detected)
			} else {
				s.fail("SyntaxError", p, Pos{}, true, "unterminated string literal (detected at line %d)", detected)
			}
			return
		}
		c := s.src[s.off]
		s.off++
		switch {
		case c == quote:
			endQuotes++
		case c == '\\':
			endQuotes = 0
			if s.off < len(s.src) {
				if s.src[s.off] == '\n' {
					s.off++
					s.newline()
				} else {
					s.off++
				}
			}
		case c == '\n':
			endQuotes = 0
			s.newline()
		default:
			endQuotes = 0
		}
	}
	kind := STRING
	for _, c := range s.src[start:q] {
		if c|0x20 == 'f' {
			kind = FSTRING
		}
	}
	s.toks = append(s.toks, token{kind: kind, pos: startPos, end: s.posAt(s.off), lit: s.text[start:s.off], level: int32(len(s.parens))})
}

func (s *scanner) operator() {
	p := s.posAt(s.off)
	c := s.src[s.off]
	c1, c2 := s.peek(1), s.peek(2)
	kind := ILLEGAL
	n := 1
	switch c {
	case '(', '[', '{':
		if len(s.parens) >= maxParen {
			s.failCur(s.off+1, "too many nested parentheses")
			return
		}
		s.parens = append(s.parens, openParen{c, p})
		kind = openTok[c]
	case ')', ']', '}':
		if len(s.parens) == 0 || s.fragment && len(s.parens) == 1 {
			s.failCur(s.off+1, "unmatched '%c'", c)
			return
		}
		op := s.parens[len(s.parens)-1]
		want := closeOf[op.ch]
		if c != want {
			if op.pos.Line != p.Line {
				s.failCur(s.off+1, "closing parenthesis '%c' does not match opening parenthesis '%c' on line %d", c, op.ch, op.pos.Line)
			} else {
				s.failCur(s.off+1, "closing parenthesis '%c' does not match opening parenthesis '%c'", c, op.ch)
			}
			return
		}
		s.parens = s.parens[:len(s.parens)-1]
		kind = closeTok[c]
	case ':':
		kind = COLON
		if c1 == '=' {
			kind, n = WALRUS, 2
		}
	case ',':
		kind = COMMA
	case ';':
		kind = SEMI
	case '.':
		kind = DOT
		if c1 == '.' && c2 == '.' {
			kind, n = ELLIPSIS, 3
		}
	case '~':
		kind = TILDE
	case '=':
		kind = ASSIGN
		if c1 == '=' {
			kind, n = EQ, 2
		}
	case '!':
		if c1 == '=' {
			kind, n = NE, 2
		}
	case '-':
		kind = MINUS
		if c1 == '=' {
			kind, n = MINUS_EQ, 2
		} else if c1 == '>' {
			kind, n = ARROW, 2
		}
	case '+', '%', '@', '&', '|', '^':
		kind = simpleOp[c]
		if c1 == '=' {
			kind, n = simpleOpEq[c], 2
		}
	case '*', '/':
		kind, n = threeChar(c, c1, c2)
	case '<':
		kind = LT
		switch c1 {
		case '>':
			// Python 2's <> (only with barry_as_FLUFL).
			kind, n = ILLEGAL, 2
		case '=':
			kind, n = LE, 2
		case '<':
			kind, n = LSHIFT, 2
			if c2 == '=' {
				kind, n = LSHIFT_EQ, 3
			}
		}
	case '>':
		kind = GT
		switch c1 {
		case '=':
			kind, n = GE, 2
		case '>':
			kind, n = RSHIFT, 2
			if c2 == '=' {
				kind, n = RSHIFT_EQ, 3
			}
		}
	}
	s.off += n
	s.toks = append(s.toks, token{kind: kind, pos: p, end: s.posAt(s.off), level: int32(len(s.parens))})
}

// threeChar scans * ** *= **= / // /= //=.
func threeChar(c, c1, c2 byte) (Token, int) {
	single, double, singleEq, doubleEq := STAR, DSTAR, STAR_EQ, DSTAR_EQ
	if c == '/' {
		single, double, singleEq, doubleEq = SLASH, DSLASH, SLASH_EQ, DSLASH_EQ
	}
	if c1 == c {
		if c2 == '=' {
			return doubleEq, 3
		}
		return double, 2
	}
	if c1 == '=' {
		return singleEq, 2
	}
	return single, 1
}

var (
	openTok    = [256]Token{'(': LPAREN, '[': LBRACK, '{': LBRACE}
	closeTok   = [256]Token{')': RPAREN, ']': RBRACK, '}': RBRACE}
	closeOf    = [256]byte{'(': ')', '[': ']', '{': '}'}
	simpleOp   = [256]Token{'+': PLUS, '%': PERCENT, '@': AT, '&': AMP, '|': PIPE, '^': CARET}
	simpleOpEq = [256]Token{'+': PLUS_EQ, '%': PERCENT_EQ, '@': AT_EQ, '&': AMP_EQ, '|': PIPE_EQ, '^': CARET_EQ}
)

var keywords = map[string]Token{
	"and": AND, "as": AS, "assert": ASSERT, "async": ASYNC, "await": AWAIT,
	"break": BREAK, "class": CLASS, "continue": CONTINUE, "def": DEF, "del": DEL,
	"elif": ELIF, "else": ELSE, "except": EXCEPT, "False": FALSE, "finally": FINALLY,
	"for": FOR, "from": FROM, "global": GLOBAL, "if": IF, "import": IMPORT,
	"in": IN, "is": IS, "lambda": LAMBDA, "None": NONE, "nonlocal": NONLOCAL,
	"not": NOT, "or": OR, "pass": PASS, "raise": RAISE, "return": RETURN,
	"True": TRUE, "try": TRY, "while": WHILE, "with": WITH, "yield": YIELD,
}
