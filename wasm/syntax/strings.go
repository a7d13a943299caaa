package syntax

import (
	"strconv"
	"strings"
	"sync"
	"unicode/utf8"
)

// This file decodes string literals and parses f-strings, following
// CPython 3.11's Parser/string_parser.c.

// strLit is one string token taken apart.
type strLit struct {
	tok     token
	raw     bool
	bytes   bool
	f       bool
	body    string // between the quotes
	bodyPos Pos    // position of body[0]
}

func splitLit(t token) strLit {
	s := strLit{tok: t}
	i := 0
	for i < len(t.lit) && t.lit[i] != '"' && t.lit[i] != '\'' {
		switch t.lit[i] | 0x20 {
		case 'r':
			s.raw = true
		case 'b':
			s.bytes = true
		case 'f':
			s.f = true
		}
		i++
	}
	q := 1
	if len(t.lit)-i >= 6 && t.lit[i+1] == t.lit[i] && t.lit[i+2] == t.lit[i] {
		q = 3
	}
	s.body = t.lit[i+q : len(t.lit)-q]
	s.bodyPos = Pos{t.pos.Line, t.pos.Col + int32(i+q)}
	return s
}

// advance returns the position reached from pos after the text s.
func advance(pos Pos, s string) Pos {
	for _, r := range s {
		if r == '\n' {
			pos.Line++
			pos.Col = 1
		} else {
			pos.Col++
		}
	}
	return pos
}

// strBuilder accumulates the parts of a JoinedStr.
type strBuilder struct {
	parts []Expr
	lit   strings.Builder
	r     Range // extent given to literal parts
}

func (b *strBuilder) flush() {
	if b.lit.Len() > 0 {
		b.parts = append(b.parts, &Constant{Range: b.r, Kind: ConstStr, Str: b.lit.String()})
		b.lit.Reset()
	}
}

// strings parses adjacent string literals and concatenates them.
func (p *parser) strings() Expr {
	var lits []strLit
	nBytes, hasF := 0, false
	for p.kind() == STRING || p.kind() == FSTRING {
		l := splitLit(p.next())
		if l.bytes {
			nBytes++
		}
		if l.f {
			hasF = true
		}
		lits = append(lits, l)
	}
	r := Range{lits[0].tok.pos, p.prevEnd()}
	if nBytes > 0 && nBytes < len(lits) {
		p.hardLast("cannot mix bytes and nonbytes literals")
	}
	if !hasF {
		if len(lits) == 1 {
			return &Constant{Range: r, Kind: kindOf(lits[0]), Str: p.decode(lits[0], lits[0].body)}
		}
		var sb strings.Builder
		for _, l := range lits {
			sb.WriteString(p.decode(l, l.body))
		}
		return &Constant{Range: r, Kind: kindOf(lits[0]), Str: sb.String()}
	}
	b := &strBuilder{r: r}
	for _, l := range lits {
		if !l.f {
			b.lit.WriteString(p.decode(l, l.body))
			continue
		}
		fs := &fstringParser{p: p, lit: l}
		fs.parse(0, 0, b)
	}
	b.flush()
	return &JoinedStr{Range: r, Values: b.parts}
}

func kindOf(l strLit) ConstKind {
	if l.bytes {
		return ConstBytes
	}
	return ConstStr
}

// decode decodes the escape sequences of s, a part of l's body.
func (p *parser) decode(l strLit, s string) string {
	if l.bytes {
		for i := 0; i < len(s); i++ {
			if s[i] >= 0x80 {
				p.hardFail("SyntaxError", l.tok.pos, l.tok.end, "bytes can only contain ASCII literal characters")
			}
		}
	}
	if l.raw || strings.IndexByte(s, '\\') < 0 {
		return s
	}
	var sb strings.Builder
	sb.Grow(len(s))
	for i := 0; i < len(s); {
		c := s[i]
		if c != '\\' {
			sb.WriteByte(c)
			i++
			continue
		}
		escStart := i
		i++
		if i >= len(s) {
			// A lone backslash at the end (only possible in f-string
			// literal parts): keep it.
			sb.WriteByte('\\')
			break
		}
		c = s[i]
		i++
		switch c {
		case '\n':
		case '\\', '\'', '"':
			sb.WriteByte(c)
		case 'a':
			sb.WriteByte('\a')
		case 'b':
			sb.WriteByte('\b')
		case 'f':
			sb.WriteByte('\f')
		case 'n':
			sb.WriteByte('\n')
		case 'r':
			sb.WriteByte('\r')
		case 't':
			sb.WriteByte('\t')
		case 'v':
			sb.WriteByte('\v')
		case '0', '1', '2', '3', '4', '5', '6', '7':
			v := int(c - '0')
			for n := 1; n < 3 && i < len(s) && s[i] >= '0' && s[i] <= '7'; n++ {
				v = v*8 + int(s[i]-'0')
				i++
			}
			if l.bytes {
				sb.WriteByte(byte(v))
			} else {
				sb.WriteRune(rune(v))
			}
		case 'x', 'u', 'U':
			n := 2
			if !l.bytes {
				if c == 'u' {
					n = 4
				} else if c == 'U' {
					n = 8
				}
			} else if c != 'x' {
				sb.WriteByte('\\')
				sb.WriteByte(c)
				continue
			}
			v := 0
			k := 0
			for ; k < n && i+k < len(s) && isXDigit(s[i+k]); k++ {
				v = v*16 + hexVal(s[i+k])
			}
			if k < n {
				p.escapeError(l, s, escStart, i+k, c)
			}
			i += n
			if l.bytes {
				sb.WriteByte(byte(v))
			} else if v > utf8.MaxRune {
				p.hardLast("(unicode error) 'unicodeescape' codec can't decode bytes in position %d-%d: illegal Unicode character", escStart, i-1)
			} else {
				sb.WriteRune(rune(v))
			}
		case 'N':
			if l.bytes {
				sb.WriteString("\\N")
				continue
			}
			if i >= len(s) || s[i] != '{' {
				p.hardLast("(unicode error) 'unicodeescape' codec can't decode bytes in position %d-%d: malformed \\N character escape", escStart, i-1)
			}
			j := strings.IndexByte(s[i:], '}')
			if j < 0 {
				p.hardLast("(unicode error) 'unicodeescape' codec can't decode bytes in position %d-%d: malformed \\N character escape", escStart, len(s)-1)
			}
			name := s[i+1 : i+j]
			r, ok := lookupName(name)
			if !ok {
				p.refuse(l.tok.pos, l.tok.end, `the character name \N{`+name+`} (write the character itself or use \uXXXX)`)
			}
			sb.WriteRune(r)
			i += j + 1
		default:
			// Unknown escapes are kept (CPython warns).
			sb.WriteByte('\\')
			sb.WriteByte(c)
		}
	}
	return sb.String()
}

var (
	namesOnce sync.Once
	names     map[string]rune
)

// lookupName finds a character by its Unicode name, ignoring case.
func lookupName(name string) (rune, bool) {
	namesOnce.Do(func() {
		names = make(map[string]rune, 4096)
		for _, line := range strings.Split(unicodeNames, "\n") {
			k, v, _ := strings.Cut(line, ";")
			n, _ := strconv.ParseUint(v, 16, 32)
			names[k] = rune(n)
		}
	})
	r, ok := names[strings.ToUpper(name)]
	return r, ok
}

func hexVal(c byte) int {
	switch {
	case c >= '0' && c <= '9':
		return int(c - '0')
	case c >= 'a' && c <= 'f':
		return int(c-'a') + 10
	}
	return int(c-'A') + 10
}

// escapeError reports a truncated \x, \u or \U escape.
func (p *parser) escapeError(l strLit, s string, start, end int, c byte) {
	if l.bytes {
		p.hardLast("(value error) invalid \\x escape at position %d", start)
	}
	what := map[byte]string{'x': `\xXX`, 'u': `\uXXXX`, 'U': `\UXXXXXXXX`}[c]
	p.hardLast("(unicode error) 'unicodeescape' codec can't decode bytes in position %d-%d: truncated %s escape", start, end-1, what)
}

// fstringParser parses the body of one f-string literal.
type fstringParser struct {
	p   *parser
	lit strLit
}

func (f *fstringParser) posOf(i int) Pos {
	return advance(f.lit.bodyPos, f.lit.body[:i])
}

// fail reports an error in the f-string at the token that follows the
// string literals, as CPython's RAISE_SYNTAX_ERROR does there.
func (f *fstringParser) fail(format string, args ...any) {
	f.p.hardLast(format, args...)
}

// parse parses literal text and fields from body[i:], appending them to b.
// At recurse > 0 (a format spec) it stops before the closing '}'. It
// returns the index where it stopped.
func (f *fstringParser) parse(i, recurse int, b *strBuilder) int {
	s := f.lit.body
	for {
		// The literal part.
		var raw strings.Builder
		for i < len(s) {
			c := s[i]
			if !f.lit.raw && c == '\\' && i+1 < len(s) {
				if s[i+1] == 'N' && i+2 < len(s) && s[i+2] == '{' {
					j := strings.IndexByte(s[i:], '}')
					if j < 0 {
						j = len(s) - i - 1
					}
					raw.WriteString(s[i : i+j+1])
					i += j + 1
					continue
				}
				if s[i+1] != '{' && s[i+1] != '}' {
					raw.WriteString(s[i : i+2])
					i += 2
					continue
				}
				raw.WriteByte('\\')
				i++
				continue
			}
			if c == '{' || c == '}' {
				if recurse == 0 && i+1 < len(s) && s[i+1] == c {
					raw.WriteByte(c)
					i += 2
					continue
				}
				if c == '}' && recurse == 0 {
					f.fail("f-string: single '}' is not allowed")
				}
				break
			}
			raw.WriteByte(c)
			i++
		}
		if raw.Len() > 0 {
			b.lit.WriteString(f.p.decode(f.lit, raw.String()))
		}
		if i >= len(s) || s[i] == '}' {
			return i
		}
		// s[i] == '{': a field.
		i = f.field(i, recurse, b)
	}
}

// field parses one `{expr!c:spec}` field starting at body[i] == '{'.
func (f *fstringParser) field(i, recurse int, b *strBuilder) int {
	s := f.lit.body
	if recurse >= 2 {
		f.fail("f-string: expressions nested too deeply")
	}
	open := i
	i++
	exprStart := i
	var quote byte
	quoteSize := 0
	var stack []byte
	for ; i < len(s); i++ {
		c := s[i]
		if c == '\\' {
			f.fail("f-string expression part cannot include a backslash")
		}
		if quote != 0 {
			if c == quote {
				if quoteSize == 3 {
					if i+2 < len(s) && s[i+1] == c && s[i+2] == c {
						i += 2
						quote = 0
					}
				} else {
					quote = 0
				}
			}
			continue
		}
		switch c {
		case '\'', '"':
			if i+2 < len(s) && s[i+1] == c && s[i+2] == c {
				quoteSize = 3
				i += 2
			} else {
				quoteSize = 1
			}
			quote = c
			continue
		case '[', '{', '(':
			if len(stack) >= maxParen {
				f.fail("f-string: too many nested parenthesis")
			}
			stack = append(stack, c)
			continue
		case '#':
			f.fail("f-string expression part cannot include '#'")
		case ']', '}', ')':
			if len(stack) == 0 {
				if c == '}' {
					goto end
				}
				f.fail("f-string: unmatched '%c'", c)
			}
			o := stack[len(stack)-1]
			stack = stack[:len(stack)-1]
			if closeOf[o] != c {
				f.fail("f-string: closing parenthesis '%c' does not match opening parenthesis '%c'", c, o)
			}
			continue
		}
		if len(stack) == 0 {
			switch c {
			case '!', ':', '=', '<', '>':
				if i+1 < len(s) && s[i+1] == '=' && c != ':' {
					i++
					continue
				}
				if c == '<' || c == '>' {
					continue
				}
				goto end
			}
		}
	}
end:
	if quote != 0 {
		f.fail("f-string: unterminated string")
	}
	if len(stack) > 0 {
		f.fail("f-string: unmatched '%c'", stack[len(stack)-1])
	}
	if i >= len(s) {
		f.fail("f-string: expecting '}'")
	}
	exprText := s[exprStart:i]
	if strings.TrimLeft(exprText, " \t\n\r\f\v") == "" {
		if c := s[i]; c == '!' || c == ':' || c == '=' {
			f.fail("f-string: expression required before '%c'", c)
		}
		f.fail("f-string: empty expression not allowed")
	}
	x := f.compile(exprText, f.posOf(exprStart))
	fv := &FormattedValue{Value: x}
	if s[i] == '=' {
		i++
		for i < len(s) && strings.IndexByte(" \t\n\r\f\v", s[i]) >= 0 {
			i++
		}
		if i >= len(s) {
			f.fail("f-string: expecting '}'")
		}
		fv.DebugText = s[exprStart:i]
	}
	if s[i] == '!' {
		i++
		if i >= len(s) {
			f.fail("f-string: expecting '}'")
		}
		c := s[i]
		i++
		if c != 's' && c != 'r' && c != 'a' {
			f.fail("f-string: invalid conversion character: expected 's', 'r', or 'a'")
		}
		fv.Conversion = rune(c)
	}
	if i >= len(s) {
		f.fail("f-string: expecting '}'")
	}
	if s[i] == ':' {
		i++
		if i >= len(s) {
			f.fail("f-string: expecting '}'")
		}
		spec := &strBuilder{r: b.r}
		i = f.parse(i, recurse+1, spec)
		spec.flush()
		fv.FormatSpec = &JoinedStr{Range: b.r, Values: spec.parts}
	}
	if i >= len(s) || s[i] != '}' {
		f.fail("f-string: expecting '}'")
	}
	i++
	if fv.DebugText != "" && fv.FormatSpec == nil && fv.Conversion == 0 {
		fv.Conversion = 'r'
	}
	fv.Range = Range{f.posOf(open), f.posOf(i)}
	b.flush()
	b.parts = append(b.parts, fv)
	return i
}

// compile parses the expression of an f-string field.
func (f *fstringParser) compile(text string, pos Pos) Expr {
	sub := newParser(f.p.filename, []byte(text), f.p.lines, pos, true)
	sub.depth, sub.depth0 = f.p.depth, f.p.depth
	var x Expr
	if err := sub.parse(func(sub *parser) { x = sub.parenBody(Pos{pos.Line, pos.Col - 1}, EOF) }); err != nil {
		// CPython 3.11 shows such errors on the text "(expr)" it
		// compiled, with columns counted in it.
		if err.Type == "SyntaxError" && err.Pos.Line == pos.Line && !strings.Contains(text, "\n") {
			err.Line = "(" + text + ")"
			err.Pos.Col -= pos.Col - 2
			if err.End.Line == pos.Line {
				err.End.Col -= pos.Col - 2
			}
		}
		if err.Type == "NotImplementedError" {
			// A refusal inside the field.
			if f.p.refused == nil {
				f.p.refused = err
			}
			return x
		}
		f.p.err = err
		f.p.generic = false
		panic(bailout{})
	}
	return x
}
