package vm

import (
	"strconv"
	"unicode"
	"unicode/utf8"
)

// This file holds the basics of str values: code-point length and
// indexing over the UTF-8 representation, and repr's quoting.

// isASCII reports whether s has only ASCII characters (then byte offsets
// are code point offsets).
func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// strLen returns len(s) in code points.
func strLen(s string) int {
	if isASCII(s) {
		return len(s)
	}
	return utf8.RuneCountInString(s)
}

// QuoteStr returns repr(s) with CPython's choice of quotes and escapes.
func QuoteStr(s string) string {
	quote := byte('\'')
	hasSingle, hasDouble := false, false
	simple := true
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c == '\'':
			hasSingle = true
		case c == '"':
			hasDouble = true
		case c == '\\' || c < ' ' || c >= 0x7f:
			simple = false
		}
	}
	if hasSingle && !hasDouble {
		quote = '"'
	}
	if simple && !(hasSingle && hasDouble) {
		out := make([]byte, 0, len(s)+2)
		out = append(out, quote)
		out = append(out, s...)
		return string(append(out, quote))
	}
	return string(appendQuoted(make([]byte, 0, len(s)+8), s, quote))
}

// appendQuoted appends s quoted with quote and escaped as CPython's repr.
func appendQuoted(out []byte, s string, quote byte) []byte {
	out = append(out, quote)
	for _, r := range s {
		switch {
		case r == rune(quote) || r == '\\':
			out = append(out, '\\', byte(r))
		case r == '\t':
			out = append(out, '\\', 't')
		case r == '\n':
			out = append(out, '\\', 'n')
		case r == '\r':
			out = append(out, '\\', 'r')
		case r < ' ' || r == 0x7f:
			out = appendHexEscape(out, 'x', r, 2)
		case r < 0x7f:
			out = append(out, byte(r))
		case unicode.IsPrint(r):
			out = utf8.AppendRune(out, r)
		case r <= 0xff:
			out = appendHexEscape(out, 'x', r, 2)
		case r <= 0xffff:
			out = appendHexEscape(out, 'u', r, 4)
		default:
			out = appendHexEscape(out, 'U', r, 8)
		}
	}
	return append(out, quote)
}

// appendHexEscape appends \xNN, \uNNNN or \UNNNNNNNN.
func appendHexEscape(out []byte, kind byte, r rune, width int) []byte {
	out = append(out, '\\', kind)
	h := strconv.FormatInt(int64(r), 16)
	for i := len(h); i < width; i++ {
		out = append(out, '0')
	}
	return append(out, h...)
}

// asciiRepr returns ascii(v)'s escaping of a repr: non-ASCII characters
// become \x, \u or \U escapes.
func asciiEscape(s string) string {
	if isASCII(s) {
		return s
	}
	out := make([]byte, 0, len(s)+8)
	for _, r := range s {
		switch {
		case r < 0x80:
			out = append(out, byte(r))
		case r <= 0xff:
			out = appendHexEscape(out, 'x', r, 2)
		case r <= 0xffff:
			out = appendHexEscape(out, 'u', r, 4)
		default:
			out = appendHexEscape(out, 'U', r, 8)
		}
	}
	return string(out)
}

// strPercent is str % args.
func strPercent(th *Thread, format Str, args Value) (Value, error) {
	return PercentFormat(th, string(format), args)
}
