package vm

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// This file implements the str type's methods and constructor, with
// CPython's argument handling and messages. Positions are counted in code
// points.

// strSelf returns the receiver of a str method.
func strSelf(args []Value) string { return string(args[0].(Str)) }

// isPySpace is Python's str.isspace for one character.
func isPySpace(r rune) bool {
	switch r {
	case ' ', '\t', '\n', '\r', '\v', '\f', 0x1c, 0x1d, 0x1e, 0x1f, 0x85:
		return true
	}
	return r > 0x7f && unicode.IsSpace(r)
}

// isLineBreak reports the characters str.splitlines splits on.
func isLineBreak(r rune) bool {
	switch r {
	case '\n', '\r', '\v', '\f', 0x1c, 0x1d, 0x1e, 0x85, 0x2028, 0x2029:
		return true
	}
	return false
}

// strArg checks that v is a str, with CPython's "must be str, not int".
func strArg(v Value) (string, error) {
	s, ok := v.(Str)
	if !ok {
		return "", Errorf(TypeErrorType, "must be str, not %s", TypeName(v))
	}
	return string(s), nil
}

// strWindow applies the optional start and end arguments of find, count,
// startswith… to s: it returns the selected part, the code point offset of
// its start, and ok=false when start lies beyond end (nothing matches, not
// even the empty string).
func strWindow(th *Thread, s string, rest []Value) (string, int, bool, error) {
	if len(rest) == 0 || (len(rest) == 1 && rest[0] == None) || (len(rest) == 2 && rest[0] == None && rest[1] == None) {
		return s, 0, true, nil
	}
	ascii := isASCII(s)
	n := len(s)
	var rs []rune
	if !ascii {
		rs = []rune(s)
		n = len(rs)
	}
	start, end := int64(0), int64(n)
	var err error
	if len(rest) > 0 && rest[0] != None {
		if start, err = sliceIndex(th, rest[0], 0); err != nil {
			return "", 0, false, err
		}
	}
	if len(rest) > 1 && rest[1] != None {
		if end, err = sliceIndex(th, rest[1], int64(n)); err != nil {
			return "", 0, false, err
		}
	}
	if end > int64(n) {
		end = int64(n)
	} else if end < 0 {
		end += int64(n)
		if end < 0 {
			end = 0
		}
	}
	if start < 0 {
		start += int64(n)
		if start < 0 {
			start = 0
		}
	}
	if start > end {
		return "", int(start), false, nil
	}
	if ascii {
		return s[start:end], int(start), true, nil
	}
	return string(rs[start:end]), int(start), true, nil
}

// runeIndex converts a byte offset in s to a code point offset.
func runeIndex(s string, b int) int {
	if b < 0 {
		return b
	}
	if isASCII(s[:b]) {
		return b
	}
	return utf8.RuneCountInString(s[:b])
}

// strFind implements find, rfind, index and rindex.
func strFind(name string, reverse, raise bool) NativeFunc {
	return func(th *Thread, args []Value, kwnames []string) (Value, error) {
		if err := noKwargs(name, kwnames); err != nil {
			return nil, err
		}
		if len(args) < 2 {
			return nil, Errorf(TypeErrorType, "%s() takes at least 1 argument (0 given)", name)
		}
		if len(args) > 4 {
			return nil, Errorf(TypeErrorType, "%s() takes at most 3 arguments (%d given)", name, len(args)-1)
		}
		sub, err := strArg(args[1])
		if err != nil {
			return nil, err
		}
		win, off, ok, err := strWindow(th, strSelf(args), args[2:])
		if err != nil {
			return nil, err
		}
		i := -1
		if ok {
			if reverse {
				i = strings.LastIndex(win, sub)
			} else {
				i = strings.Index(win, sub)
			}
			if i >= 0 {
				i = runeIndex(win, i) + off
			}
		}
		if i < 0 && raise {
			return nil, Errorf(ValueErrorType, "substring not found")
		}
		return MakeInt(int64(i)), nil
	}
}

// strPrefixTest implements startswith and endswith.
func strPrefixTest(name string, suffix bool) NativeFunc {
	return func(th *Thread, args []Value, kwnames []string) (Value, error) {
		if err := noKwargs(name, kwnames); err != nil {
			return nil, err
		}
		if len(args) < 2 {
			return nil, Errorf(TypeErrorType, "%s() takes at least 1 argument (0 given)", name)
		}
		if len(args) > 4 {
			return nil, Errorf(TypeErrorType, "%s() takes at most 3 arguments (%d given)", name, len(args)-1)
		}
		win, _, ok, err := strWindow(th, strSelf(args), args[2:])
		if err != nil {
			return nil, err
		}
		var cands []Value
		switch x := args[1].(type) {
		case Str:
			cands = []Value{x}
		case Tuple:
			cands = x
		default:
			return nil, Errorf(TypeErrorType, "%s first arg must be str or a tuple of str, not %s", name, TypeName(args[1]))
		}
		for _, c := range cands {
			p, isStr := c.(Str)
			if !isStr {
				return nil, Errorf(TypeErrorType, "tuple for %s must only contain str, not %s", name, TypeName(c))
			}
			if !ok {
				continue
			}
			if suffix && strings.HasSuffix(win, string(p)) || !suffix && strings.HasPrefix(win, string(p)) {
				return True, nil
			}
		}
		return False, nil
	}
}

// strStrip implements strip, lstrip and rstrip.
func strStrip(name string, left, right bool) NativeFunc {
	return func(th *Thread, args []Value, kwnames []string) (Value, error) {
		if _, err := posArgs(name, args[1:], kwnames, 0, 1); err != nil {
			return nil, err
		}
		s := strSelf(args)
		pred := isPySpace
		if len(args) == 2 && args[1] != None {
			chars, ok := args[1].(Str)
			if !ok {
				return nil, Errorf(TypeErrorType, "%s arg must be None or str", name)
			}
			pred = func(r rune) bool { return strings.ContainsRune(string(chars), r) }
		}
		if left {
			s = strings.TrimLeftFunc(s, pred)
		}
		if right {
			s = strings.TrimRightFunc(s, pred)
		}
		return Str(s), nil
	}
}

// splitWhitespace splits on runs of whitespace, at most maxsplit times
// (from the right when reverse).
func splitWhitespace(s string, maxsplit int, reverse bool) []Value {
	var out []Value
	if !reverse {
		i := 0
		for {
			for i < len(s) {
				r, n := utf8.DecodeRuneInString(s[i:])
				if !isPySpace(r) {
					break
				}
				i += n
			}
			if i >= len(s) {
				return out
			}
			if maxsplit == 0 {
				return append(out, Str(s[i:]))
			}
			j := i
			for j < len(s) {
				r, n := utf8.DecodeRuneInString(s[j:])
				if isPySpace(r) {
					break
				}
				j += n
			}
			out = append(out, Str(s[i:j]))
			maxsplit--
			i = j
		}
	}
	j := len(s)
	for {
		for j > 0 {
			r, n := utf8.DecodeLastRuneInString(s[:j])
			if !isPySpace(r) {
				break
			}
			j -= n
		}
		if j <= 0 {
			break
		}
		if maxsplit == 0 {
			out = append(out, Str(s[:j]))
			break
		}
		i := j
		for i > 0 {
			r, n := utf8.DecodeLastRuneInString(s[:i])
			if isPySpace(r) {
				break
			}
			i -= n
		}
		out = append(out, Str(s[i:j]))
		maxsplit--
		j = i
	}
	reverseValues(out)
	return out
}

// strSplit implements split and rsplit.
func strSplit(name string, reverse bool) NativeFunc {
	return func(th *Thread, args []Value, kwnames []string) (Value, error) {
		a, err := parseArgs(name, args[1:], kwnames, 0, "sep", "maxsplit")
		if err != nil {
			return nil, err
		}
		s := strSelf(args)
		maxsplit := -1
		if a[1] != nil {
			m, err := IndexInt(th, a[1])
			if err != nil {
				return nil, err
			}
			maxsplit = int(m)
		}
		if maxsplit < 0 {
			maxsplit = 1 << 62
		}
		if a[0] == nil || a[0] == None {
			return NewList(splitWhitespace(s, maxsplit, reverse)), nil
		}
		sep, ok := a[0].(Str)
		if !ok {
			return nil, Errorf(TypeErrorType, "must be str or None, not %s", TypeName(a[0]))
		}
		if sep == "" {
			return nil, Errorf(ValueErrorType, "empty separator")
		}
		var parts []string
		if !reverse {
			n := maxsplit + 1
			if n <= 0 || n > len(s)+1 {
				n = -1
			}
			parts = strings.SplitN(s, string(sep), n)
		} else {
			rest := s
			for maxsplit > 0 {
				i := strings.LastIndex(rest, string(sep))
				if i < 0 {
					break
				}
				parts = append(parts, rest[i+len(sep):])
				rest = rest[:i]
				maxsplit--
			}
			parts = append(parts, rest)
			for i, j := 0, len(parts)-1; i < j; i, j = i+1, j-1 {
				parts[i], parts[j] = parts[j], parts[i]
			}
		}
		out := make([]Value, len(parts))
		for i, p := range parts {
			out[i] = Str(p)
		}
		return NewList(out), nil
	}
}

// strPad implements center, ljust and rjust.
func strPad(name string, kind int) NativeFunc {
	return func(th *Thread, args []Value, kwnames []string) (Value, error) {
		if _, err := posArgs(name, args[1:], kwnames, 1, 2); err != nil {
			return nil, err
		}
		s := strSelf(args)
		w, err := IndexInt(th, args[1])
		if err != nil {
			return nil, err
		}
		fill := " "
		if len(args) == 3 {
			f, ok := args[2].(Str)
			if !ok {
				return nil, Errorf(TypeErrorType, "The fill character must be a unicode character, not %s", TypeName(args[2]))
			}
			if utf8.RuneCountInString(string(f)) != 1 {
				return nil, Errorf(TypeErrorType, "The fill character must be exactly one character long")
			}
			fill = string(f)
		}
		n := int64(strLen(s))
		if w <= n {
			return Str(s), nil
		}
		if w*int64(len(fill)) > MaxStrBytes {
			return nil, tooLargeStr(w * int64(len(fill)))
		}
		marg := w - n
		var left int64
		switch kind {
		case 0: // center
			left = marg/2 + (marg & w & 1)
		case 1: // ljust
			left = 0
		default: // rjust
			left = marg
		}
		return Str(strings.Repeat(fill, int(left)) + s + strings.Repeat(fill, int(marg-left))), nil
	}
}

// isCased reports whether r has case.
func isCased(r rune) bool { return unicode.IsUpper(r) || unicode.IsLower(r) || unicode.IsTitle(r) }

// pyUpper and pyLower apply Python's full case mappings for the common
// special cases Go's simple mappings lack.
func pyUpper(s string) string {
	u := strings.ToUpper(s)
	if strings.ContainsRune(u, 'ß') {
		u = strings.ReplaceAll(u, "ß", "SS")
	}
	return u
}

func pyLower(s string) string {
	if strings.ContainsRune(s, 'İ') {
		s = strings.ReplaceAll(s, "İ", "i\u0307")
	}
	return strings.ToLower(s)
}

// strPredicate implements the is* methods: true when s is not empty and
// every character satisfies pred.
func strPredicate(pred func(rune) bool) func(string) bool {
	return func(s string) bool {
		if s == "" {
			return false
		}
		for _, r := range s {
			if !pred(r) {
				return false
			}
		}
		return true
	}
}

func isPyDigit(r rune) bool {
	return unicode.IsDigit(r) || strings.ContainsRune("²³¹⁰⁴⁵⁶⁷⁸⁹₀₁₂₃₄₅₆₇₈₉①②③④⑤⑥⑦⑧⑨", r)
}

func isPyNumeric(r rune) bool { return unicode.IsNumber(r) || isPyDigit(r) }

func isPyAlnum(r rune) bool { return unicode.IsLetter(r) || isPyNumeric(r) }

// caseTest implements isupper and islower.
func caseTest(s string, upper bool) bool {
	cased := false
	for _, r := range s {
		if upper && (unicode.IsLower(r) || unicode.IsTitle(r)) || !upper && (unicode.IsUpper(r) || unicode.IsTitle(r)) {
			return false
		}
		if isCased(r) {
			cased = true
		}
	}
	return cased
}

// isTitle implements istitle.
func isTitle(s string) bool {
	cased, prevCased := false, false
	for _, r := range s {
		switch {
		case unicode.IsUpper(r) || unicode.IsTitle(r):
			if prevCased {
				return false
			}
			prevCased, cased = true, true
		case unicode.IsLower(r):
			if !prevCased {
				return false
			}
			prevCased, cased = true, true
		default:
			prevCased = false
		}
	}
	return cased
}

// isIdentifier implements isidentifier.
func isIdentifier(s string) bool {
	if s == "" {
		return false
	}
	for i, r := range s {
		switch {
		case r == '_' || unicode.IsLetter(r) || unicode.Is(unicode.Nl, r):
		case i > 0 && (unicode.IsDigit(r) || unicode.Is(unicode.Mn, r) || unicode.Is(unicode.Mc, r) || unicode.Is(unicode.Pc, r)):
		default:
			return false
		}
	}
	return true
}

// titleCase implements title.
func titleCase(s string) string {
	var sb strings.Builder
	prevCased := false
	for _, r := range s {
		if prevCased {
			sb.WriteString(pyLower(string(r)))
		} else {
			sb.WriteRune(unicode.ToTitle(r))
		}
		prevCased = isCased(r)
	}
	return sb.String()
}

// splitLines implements splitlines.
func splitLines(s string, keepends bool) []Value {
	var out []Value
	start := 0
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		if !isLineBreak(r) {
			i += n
			continue
		}
		end := i + n
		if r == '\r' && end < len(s) && s[end] == '\n' {
			end++
		}
		if keepends {
			out = append(out, Str(s[start:end]))
		} else {
			out = append(out, Str(s[start:i]))
		}
		start, i = end, end
	}
	if start < len(s) {
		out = append(out, Str(s[start:]))
	}
	return out
}

// expandTabs implements expandtabs.
func expandTabs(s string, tab int) string {
	var sb strings.Builder
	col := 0
	for _, r := range s {
		switch {
		case r == '\t':
			if tab > 0 {
				n := tab - col%tab
				sb.WriteString(strings.Repeat(" ", n))
				col += n
			}
		case r == '\n' || r == '\r':
			sb.WriteRune(r)
			col = 0
		default:
			sb.WriteRune(r)
			col++
		}
	}
	return sb.String()
}

func init() {
	t := StrType
	StrType.New = func(th *Thread, args []Value, kwnames []string) (Value, error) {
		a, err := parseArgs("str", args[1:], kwnames, 0, "object", "encoding", "errors")
		if err != nil {
			return nil, err
		}
		if a[1] != nil || a[2] != nil {
			if a[1] != nil {
				if _, ok := a[1].(Str); !ok {
					return nil, Errorf(TypeErrorType, "str() argument 'encoding' must be str, not %s", TypeName(a[1]))
				}
			}
			if a[0] == nil {
				return Str(""), nil
			}
			return nil, Errorf(TypeErrorType, "decoding to str: need a bytes-like object, %s found", TypeName(a[0]))
		}
		if a[0] == nil {
			return Str(""), nil
		}
		s, err := ToStr(th, a[0])
		return Str(s), err
	}
	noArgs := func(name string, f func(string) Value) {
		qual := "str." + name
		t.SetMethod(name, Pure, func(th *Thread, args []Value, kwnames []string) (Value, error) {
			if err := methNoArgs(qual, args, kwnames); err != nil {
				return nil, err
			}
			return f(strSelf(args)), nil
		})
	}
	noArgs("upper", func(s string) Value { return Str(pyUpper(s)) })
	noArgs("lower", func(s string) Value { return Str(pyLower(s)) })
	noArgs("casefold", func(s string) Value { return Str(strings.ReplaceAll(pyLower(s), "ß", "ss")) })
	noArgs("title", func(s string) Value { return Str(titleCase(s)) })
	noArgs("capitalize", func(s string) Value {
		if s == "" {
			return Str("")
		}
		r, n := utf8.DecodeRuneInString(s)
		return Str(string(unicode.ToTitle(r)) + pyLower(s[n:]))
	})
	noArgs("swapcase", func(s string) Value {
		var sb strings.Builder
		for _, r := range s {
			switch {
			case unicode.IsUpper(r):
				sb.WriteString(pyLower(string(r)))
			case unicode.IsLower(r):
				sb.WriteString(pyUpper(string(r)))
			default:
				sb.WriteRune(r)
			}
		}
		return Str(sb.String())
	})
	pred := func(name string, f func(string) bool) {
		noArgs(name, func(s string) Value { return Bool(f(s)) })
	}
	pred("isdigit", strPredicate(isPyDigit))
	pred("isdecimal", strPredicate(unicode.IsDigit))
	pred("isnumeric", strPredicate(isPyNumeric))
	pred("isalpha", strPredicate(unicode.IsLetter))
	pred("isalnum", strPredicate(isPyAlnum))
	pred("isspace", strPredicate(isPySpace))
	pred("isupper", func(s string) bool { return caseTest(s, true) })
	pred("islower", func(s string) bool { return caseTest(s, false) })
	pred("istitle", isTitle)
	pred("isidentifier", isIdentifier)
	pred("isascii", isASCII)
	pred("isprintable", func(s string) bool {
		for _, r := range s {
			if !(r == ' ' || (r > ' ' && r != 0x7f && unicode.IsPrint(r))) {
				return false
			}
		}
		return true
	})
	t.SetMethod("find", Pure, strFind("find", false, false))
	t.SetMethod("rfind", Pure, strFind("rfind", true, false))
	t.SetMethod("index", Pure, strFind("index", false, true))
	t.SetMethod("rindex", Pure, strFind("rindex", true, true))
	t.SetMethod("startswith", Pure, strPrefixTest("startswith", false))
	t.SetMethod("endswith", Pure, strPrefixTest("endswith", true))
	t.SetMethod("strip", Pure, strStrip("strip", true, true))
	t.SetMethod("lstrip", Pure, strStrip("lstrip", true, false))
	t.SetMethod("rstrip", Pure, strStrip("rstrip", false, true))
	t.SetMethod("split", Pure, strSplit("split", false))
	t.SetMethod("rsplit", Pure, strSplit("rsplit", true))
	t.SetMethod("center", Pure, strPad("center", 0))
	t.SetMethod("ljust", Pure, strPad("ljust", 1))
	t.SetMethod("rjust", Pure, strPad("rjust", 2))
	t.SetMethod("count", Pure, func(th *Thread, args []Value, kwnames []string) (Value, error) {
		if err := noKwargs("count", kwnames); err != nil {
			return nil, err
		}
		if len(args) < 2 {
			return nil, Errorf(TypeErrorType, "count() takes at least 1 argument (0 given)")
		}
		if len(args) > 4 {
			return nil, Errorf(TypeErrorType, "count() takes at most 3 arguments (%d given)", len(args)-1)
		}
		sub, err := strArg(args[1])
		if err != nil {
			return nil, err
		}
		win, _, ok, err := strWindow(th, strSelf(args), args[2:])
		if err != nil || !ok {
			return MakeInt(0), err
		}
		if sub == "" {
			return MakeInt(int64(strLen(win) + 1)), nil
		}
		return MakeInt(int64(strings.Count(win, sub))), nil
	})
	t.SetMethod("join", Pure, func(th *Thread, args []Value, kwnames []string) (Value, error) {
		if err := methOneArg("str.join", args, kwnames); err != nil {
			return nil, err
		}
		if !isIterable(args[1]) {
			return nil, Errorf(TypeErrorType, "can only join an iterable")
		}
		sep := strSelf(args)
		var sb strings.Builder
		i := 0
		err := Iterate(th, args[1], func(v Value) error {
			s, ok := v.(Str)
			if !ok {
				return Errorf(TypeErrorType, "sequence item %d: expected str instance, %s found", i, TypeName(v))
			}
			if i > 0 {
				sb.WriteString(sep)
			}
			sb.WriteString(string(s))
			if sb.Len() > MaxStrBytes {
				return tooLargeStr(int64(sb.Len()))
			}
			i++
			return nil
		})
		if err != nil {
			return nil, err
		}
		return Str(sb.String()), nil
	})
	t.SetMethod("replace", Pure, func(th *Thread, args []Value, kwnames []string) (Value, error) {
		if _, err := posArgs("replace", args[1:], kwnames, 2, 3); err != nil {
			return nil, err
		}
		old, ok := args[1].(Str)
		if !ok {
			return nil, Errorf(TypeErrorType, "replace() argument 1 must be str, not %s", TypeName(args[1]))
		}
		nw, ok := args[2].(Str)
		if !ok {
			return nil, Errorf(TypeErrorType, "replace() argument 2 must be str, not %s", TypeName(args[2]))
		}
		n := int64(-1)
		if len(args) == 4 {
			var err error
			if n, err = IndexInt(th, args[3]); err != nil {
				return nil, err
			}
		}
		s := strSelf(args)
		if n < 0 || n > int64(len(s))+1 {
			n = -1
		}
		count := int64(strings.Count(s, string(old)))
		if n >= 0 && n < count {
			count = n
		}
		if int64(len(s))+count*(int64(len(nw))-int64(len(old))) > MaxStrBytes {
			return nil, tooLargeStr(int64(len(s)) + count*int64(len(nw)))
		}
		return Str(strings.Replace(s, string(old), string(nw), int(n))), nil
	})
	t.SetMethod("zfill", Pure, func(th *Thread, args []Value, kwnames []string) (Value, error) {
		if err := methOneArg("str.zfill", args, kwnames); err != nil {
			return nil, err
		}
		w, err := IndexInt(th, args[1])
		if err != nil {
			return nil, err
		}
		s := strSelf(args)
		n := int64(strLen(s))
		if w <= n {
			return Str(s), nil
		}
		if w > MaxStrBytes {
			return nil, tooLargeStr(w)
		}
		pad := strings.Repeat("0", int(w-n))
		if s != "" && (s[0] == '+' || s[0] == '-') {
			return Str(s[:1] + pad + s[1:]), nil
		}
		return Str(pad + s), nil
	})
	for _, name := range []string{"partition", "rpartition"} {
		name := name
		t.SetMethod(name, Pure, func(th *Thread, args []Value, kwnames []string) (Value, error) {
			if err := methOneArg("str."+name, args, kwnames); err != nil {
				return nil, err
			}
			sep, err := strArg(args[1])
			if err != nil {
				return nil, err
			}
			if sep == "" {
				return nil, Errorf(ValueErrorType, "empty separator")
			}
			s := strSelf(args)
			if name == "partition" {
				i := strings.Index(s, sep)
				if i < 0 {
					return Tuple{Str(s), Str(""), Str("")}, nil
				}
				return Tuple{Str(s[:i]), Str(sep), Str(s[i+len(sep):])}, nil
			}
			i := strings.LastIndex(s, sep)
			if i < 0 {
				return Tuple{Str(""), Str(""), Str(s)}, nil
			}
			return Tuple{Str(s[:i]), Str(sep), Str(s[i+len(sep):])}, nil
		})
	}
	t.SetMethod("splitlines", Pure, func(th *Thread, args []Value, kwnames []string) (Value, error) {
		a, err := parseArgs("splitlines", args[1:], kwnames, 0, "keepends")
		if err != nil {
			return nil, err
		}
		keep := false
		if a[0] != nil {
			if keep, err = Truth(th, a[0]); err != nil {
				return nil, err
			}
		}
		return NewList(splitLines(strSelf(args), keep)), nil
	})
	t.SetMethod("expandtabs", Pure, func(th *Thread, args []Value, kwnames []string) (Value, error) {
		a, err := parseArgs("expandtabs", args[1:], kwnames, 0, "tabsize")
		if err != nil {
			return nil, err
		}
		tab := int64(8)
		if a[0] != nil {
			if tab, err = IndexInt(th, a[0]); err != nil {
				return nil, err
			}
		}
		if tab > 1000 {
			tab = 1000
		}
		return Str(expandTabs(strSelf(args), int(tab))), nil
	})
	for _, name := range []string{"removeprefix", "removesuffix"} {
		name := name
		t.SetMethod(name, Pure, func(th *Thread, args []Value, kwnames []string) (Value, error) {
			if err := methOneArg("str."+name, args, kwnames); err != nil {
				return nil, err
			}
			p, ok := args[1].(Str)
			if !ok {
				return nil, Errorf(TypeErrorType, "%s() argument must be str, not %s", name, TypeName(args[1]))
			}
			if name == "removeprefix" {
				return Str(strings.TrimPrefix(strSelf(args), string(p))), nil
			}
			return Str(strings.TrimSuffix(strSelf(args), string(p))), nil
		})
	}
	t.SetMethod("translate", Pure, func(th *Thread, args []Value, kwnames []string) (Value, error) {
		if err := methOneArg("str.translate", args, kwnames); err != nil {
			return nil, err
		}
		var sb strings.Builder
		for _, r := range strSelf(args) {
			v, err := GetItem(th, args[1], MakeInt(int64(r)))
			if err != nil {
				if e, ok := err.(*Exception); ok && e.Class.IsSubtype(LookupErrorType) {
					sb.WriteRune(r)
					continue
				}
				return nil, err
			}
			switch x := v.(type) {
			case NoneType:
			case Str:
				sb.WriteString(string(x))
			case Int:
				if x < 0 || x > unicode.MaxRune {
					return nil, Errorf(ValueErrorType, "character mapping must be in range(0x110000)")
				}
				sb.WriteRune(rune(x))
			default:
				return nil, Errorf(TypeErrorType, "character mapping must return integer, None or str")
			}
		}
		return Str(sb.String()), nil
	})
	t.SetAttr("maketrans", &StaticMethod{Func: &Builtin{Name: "maketrans", Owner: StrType, Effect: Pure,
		Fn: func(th *Thread, args []Value, kwnames []string) (Value, error) {
			if _, err := posArgs("maketrans", args, kwnames, 1, 3); err != nil {
				return nil, err
			}
			d := NewDict()
			if len(args) == 1 {
				src, ok := args[0].(*Dict)
				if !ok {
					return nil, Errorf(TypeErrorType, "if you give only one argument to maketrans it must be a dict")
				}
				for _, kv := range src.Items() {
					k := kv[0]
					if ks, ok := k.(Str); ok {
						if utf8.RuneCountInString(string(ks)) != 1 {
							return nil, Errorf(ValueErrorType, "string keys in translate table must be of length 1")
						}
						r, _ := utf8.DecodeRuneInString(string(ks))
						k = MakeInt(int64(r))
					} else if !isInt(k) {
						return nil, Errorf(TypeErrorType, "keys in translate table must be strings or integers")
					}
					if err := d.Set(th, k, kv[1]); err != nil {
						return nil, err
					}
				}
				return d, nil
			}
			x, ok1 := args[0].(Str)
			y, ok2 := args[1].(Str)
			if !ok1 || !ok2 {
				return nil, Errorf(TypeErrorType, "maketrans() argument must be str, not %s", TypeName(args[0]))
			}
			xs, ys := []rune(string(x)), []rune(string(y))
			if len(xs) != len(ys) {
				return nil, Errorf(ValueErrorType, "the first two maketrans arguments must have equal length")
			}
			for i, r := range xs {
				if err := d.Set(th, MakeInt(int64(r)), MakeInt(int64(ys[i]))); err != nil {
					return nil, err
				}
			}
			if len(args) == 3 {
				z, ok := args[2].(Str)
				if !ok {
					return nil, Errorf(TypeErrorType, "maketrans() argument 3 must be str, not %s", TypeName(args[2]))
				}
				for _, r := range string(z) {
					if err := d.Set(th, MakeInt(int64(r)), None); err != nil {
						return nil, err
					}
				}
			}
			return d, nil
		}}})
	t.SetMethod("encode", Pure, func(th *Thread, args []Value, kwnames []string) (Value, error) {
		return nil, Errorf(NotImplementedErrorType, "lockstep: bytes are not supported (str.encode)")
	})
	t.SetMethod("__len__", Pure, func(th *Thread, args []Value, kwnames []string) (Value, error) {
		return MakeInt(int64(strLen(strSelf(args)))), nil
	})
	t.SetMethod("__contains__", Pure, func(th *Thread, args []Value, kwnames []string) (Value, error) {
		if err := methOneArg("str.__contains__", args, kwnames); err != nil {
			return nil, err
		}
		ok, err := Contains(th, args[0], args[1])
		return Bool(ok), err
	})
	t.SetMethod("__getitem__", Pure, func(th *Thread, args []Value, kwnames []string) (Value, error) {
		if err := methOneArg("str.__getitem__", args, kwnames); err != nil {
			return nil, err
		}
		return GetItem(th, args[0], args[1])
	})
	t.SetMethod("__iter__", Pure, func(th *Thread, args []Value, kwnames []string) (Value, error) {
		return GetIter(th, args[0])
	})
}
