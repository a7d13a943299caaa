package vm

import (
	"math"
	"math/big"
	"strings"
	"unicode/utf8"
)

// This file implements printf-style formatting, str % args, as CPython
// 3.11's PyUnicode_Format (Objects/unicodeobject.c) does, messages
// included.

// %-format flags.
const (
	pfLJust = 1 << iota // '-'
	pfSign              // '+'
	pfBlank             // ' '
	pfAlt               // '#'
	pfZero              // '0'
)

// pfState is the state of one formatting operation (CPython's
// unicode_formatter_t): fmtpos and fmtcnt mirror CPython's cursor
// arithmetic exactly, so that error positions and messages agree.
type pfState struct {
	th     *Thread
	fmt    []rune
	pos    int // fmtpos
	cnt    int // fmtcnt
	args   Value
	arglen int
	argidx int
	dict   Value // the mapping for %(name)s, or nil
	out    strings.Builder
}

// pfArg is one conversion specifier (unicode_format_arg_t).
type pfArg struct {
	ch    rune
	flags int
	width int
	prec  int
	sign  bool
}

func (c *pfState) read() rune {
	if c.pos < len(c.fmt) {
		return c.fmt[c.pos]
	}
	return 0
}

// PercentFormat returns format % args for a str format: printf-style
// conversions %s %r %a %d %i %u %o %x %X %e %E %f %F %g %G %c %%, with
// flags, widths, precisions, '*', a single argument, a tuple of arguments
// or a mapping for %(name)s.
func PercentFormat(th *Thread, format string, args Value) (Value, error) {
	c := &pfState{th: th, fmt: []rune(format), args: args}
	c.cnt = len(c.fmt)
	if t, ok := args.(Tuple); ok {
		c.arglen, c.argidx = len(t), 0
	} else {
		c.arglen, c.argidx = -1, -2
	}
	if pfIsMapping(args) {
		c.dict = args
	}
	for {
		c.cnt--
		if c.cnt < 0 {
			break
		}
		if c.read() != '%' {
			start := c.pos
			c.pos++
			for c.cnt >= 0 && c.read() != '%' {
				c.pos++
				c.cnt--
			}
			if c.cnt < 0 {
				c.pos--
			}
			c.out.WriteString(string(c.fmt[start:c.pos]))
			continue
		}
		c.pos++
		if err := c.formatArg(); err != nil {
			return nil, err
		}
	}
	if c.argidx < c.arglen && c.dict == nil {
		return nil, Errorf(TypeErrorType, "not all arguments converted during string formatting")
	}
	return Str(c.out.String()), nil
}

// pfIsMapping is PyMapping_Check minus tuples and strs: the values whose
// type supports subscription.
func pfIsMapping(v Value) bool {
	switch v.(type) {
	case *Dict, *List, *Range:
		return true
	case Tuple, Str:
		return false
	}
	if v.Type().Builtin {
		return false
	}
	_, ok := lookupSpecial(v, "__getitem__")
	return ok
}

func (c *pfState) nextArg() (Value, error) {
	idx := c.argidx
	if idx < c.arglen {
		c.argidx++
		if c.arglen < 0 {
			return c.args, nil
		}
		return c.args.(Tuple)[idx], nil
	}
	return nil, Errorf(TypeErrorType, "not enough arguments for format string")
}

// formatArg handles one conversion; c.pos is just past the '%'.
func (c *pfState) formatArg() error {
	a := pfArg{ch: c.read(), width: -1, prec: -1}
	if a.ch == '%' {
		c.pos++
		c.cnt--
		c.out.WriteByte('%')
		return nil
	}
	if err := c.parseArg(&a); err != nil {
		return err
	}
	s, err := c.convertArg(&a)
	if err != nil {
		return err
	}
	if err := c.output(&a, s); err != nil {
		return err
	}
	if c.dict != nil && c.argidx < c.arglen {
		return Errorf(TypeErrorType, "not all arguments converted during string formatting")
	}
	return nil
}

// pfIntArg converts a '*' width or precision.
func pfIntArg(v Value, limit int64, overflow string) (int64, error) {
	switch x := v.(type) {
	case Int:
		if int64(x) > limit || int64(x) < -limit-1 {
			return 0, Errorf(OverflowErrorType, "%s", overflow)
		}
		return int64(x), nil
	case Bool:
		if x {
			return 1, nil
		}
		return 0, nil
	case *BigInt:
		return 0, Errorf(OverflowErrorType, "%s", overflow)
	}
	return 0, Errorf(TypeErrorType, "* wants int")
}

// parseArg is unicode_format_arg_parse.
func (c *pfState) parseArg(a *pfArg) error {
	if a.ch == '(' {
		if c.dict == nil {
			return Errorf(TypeErrorType, "format requires a mapping")
		}
		c.pos++
		c.cnt--
		keyStart := c.pos
		pcount := 1
		for pcount > 0 {
			c.cnt--
			if c.cnt < 0 {
				break
			}
			a.ch = c.read()
			if a.ch == ')' {
				pcount--
			} else if a.ch == '(' {
				pcount++
			}
			c.pos++
		}
		keyLen := c.pos - keyStart - 1
		if c.cnt < 0 || pcount > 0 {
			return Errorf(ValueErrorType, "incomplete format key")
		}
		key := Str(string(c.fmt[keyStart : keyStart+keyLen]))
		v, err := GetItem(c.th, c.dict, key)
		if err != nil {
			return err
		}
		c.args = v
		c.arglen, c.argidx = -1, -2
	}
flags:
	for {
		c.cnt--
		if c.cnt < 0 {
			break
		}
		a.ch = c.read()
		c.pos++
		switch a.ch {
		case '-':
			a.flags |= pfLJust
		case '+':
			a.flags |= pfSign
		case ' ':
			a.flags |= pfBlank
		case '#':
			a.flags |= pfAlt
		case '0':
			a.flags |= pfZero
		default:
			break flags
		}
	}
	if a.ch == '*' {
		v, err := c.nextArg()
		if err != nil {
			return err
		}
		w, err := pfIntArg(v, math.MaxInt64, "Python int too large to convert to C ssize_t")
		if err != nil {
			return err
		}
		if w < 0 {
			a.flags |= pfLJust
			w = -w
		}
		a.width = int(w)
		c.cnt--
		if c.cnt >= 0 {
			a.ch = c.read()
			c.pos++
		}
	} else if a.ch >= '0' && a.ch <= '9' {
		a.width = int(a.ch - '0')
		for {
			c.cnt--
			if c.cnt < 0 {
				break
			}
			a.ch = c.read()
			c.pos++
			if a.ch < '0' || a.ch > '9' {
				break
			}
			d := int(a.ch - '0')
			if a.width > (math.MaxInt64-d)/10 {
				return Errorf(ValueErrorType, "width too big")
			}
			a.width = a.width*10 + d
		}
	}
	if a.ch == '.' {
		a.prec = 0
		c.cnt--
		if c.cnt >= 0 {
			a.ch = c.read()
			c.pos++
		}
		if a.ch == '*' {
			v, err := c.nextArg()
			if err != nil {
				return err
			}
			p, err := pfIntArg(v, math.MaxInt32, "Python int too large to convert to C int")
			if err != nil {
				return err
			}
			a.prec = int(max(p, 0))
			c.cnt--
			if c.cnt >= 0 {
				a.ch = c.read()
				c.pos++
			}
		} else if a.ch >= '0' && a.ch <= '9' {
			a.prec = int(a.ch - '0')
			for {
				c.cnt--
				if c.cnt < 0 {
					break
				}
				a.ch = c.read()
				c.pos++
				if a.ch < '0' || a.ch > '9' {
					break
				}
				d := int(a.ch - '0')
				if a.prec > (math.MaxInt32-d)/10 {
					return Errorf(ValueErrorType, "precision too big")
				}
				a.prec = a.prec*10 + d
			}
		}
	}
	if c.cnt >= 0 && (a.ch == 'h' || a.ch == 'l' || a.ch == 'L') {
		c.cnt--
		if c.cnt >= 0 {
			a.ch = c.read()
			c.pos++
		}
	}
	if c.cnt < 0 {
		return Errorf(ValueErrorType, "incomplete format")
	}
	return nil
}

// convertArg is unicode_format_arg_format: it fetches the argument and
// converts it. (CPython's fast paths give the same output as the general
// one, so there are none here.)
func (c *pfState) convertArg(a *pfArg) (s string, err error) {
	v, err := c.nextArg()
	if err != nil {
		return "", err
	}
	if err := fsCheckSize(a.width, a.prec); err != nil {
		return "", err
	}
	switch a.ch {
	case 's':
		if x, ok := v.(Str); ok {
			return string(x), nil
		}
		s, err = ToStr(c.th, v)
	case 'r':
		s, err = Repr(c.th, v)
	case 'a':
		s, err = Repr(c.th, v)
		s = asciiEscape(s)
	case 'i', 'd', 'u', 'o', 'x', 'X':
		s, err = c.formatLong(v, a)
		a.sign = true
	case 'e', 'E', 'f', 'F', 'g', 'G':
		var f float64
		if f, err = pfFloat(c.th, v); err != nil {
			return "", err
		}
		var flags FloatFlags
		if a.flags&pfAlt != 0 {
			flags = FloatAlt
		}
		prec := a.prec
		if prec < 0 {
			prec = 6
		}
		s = FormatFloat(f, byte(a.ch), prec, flags)
		a.sign = true
	case 'c':
		s, err = pfChar(c.th, v)
	default:
		ch := '?'
		if a.ch >= 31 && a.ch <= 126 {
			ch = a.ch
		}
		return "", Errorf(ValueErrorType, "unsupported format character '%c' (0x%x) at index %d", ch, a.ch, c.pos-1)
	}
	return s, err
}

// pfIsNumber is PyNumber_Check.
func pfIsNumber(v Value) bool {
	switch v.(type) {
	case Int, *BigInt, Bool, Float:
		return true
	}
	for _, name := range []string{"__index__", "__int__", "__float__", "__complex__"} {
		if _, ok := lookupSpecial(v, name); ok {
			return true
		}
	}
	return false
}

// pfTypeError reports whether err is a TypeError.
func pfTypeError(err error) bool {
	e, ok := err.(*Exception)
	return ok && e.Class.IsSubtype(TypeErrorType)
}

// formatLong is mainformatlong and _PyUnicode_FormatLong.
func (c *pfState) formatLong(v Value, a *pfArg) (string, error) {
	typ := a.ch
	wrongType := func() error {
		if typ == 'o' || typ == 'x' || typ == 'X' {
			return Errorf(TypeErrorType, "%%%c format: an integer is required, not %s", typ, TypeName(v))
		}
		return Errorf(TypeErrorType, "%%%c format: a real number is required, not %s", typ, TypeName(v))
	}
	if !pfIsNumber(v) {
		return "", wrongType()
	}
	iv := v
	switch x := v.(type) {
	case Int, *BigInt, Bool:
	case Float:
		if typ == 'o' || typ == 'x' || typ == 'X' {
			return "", wrongType()
		}
		var err error
		if iv, err = pfFloatToInt(float64(x)); err != nil {
			return "", err
		}
	default:
		var err error
		if typ == 'o' || typ == 'x' || typ == 'X' {
			iv, err = Index(c.th, v)
		} else {
			iv, err = pfToInt(c.th, v)
		}
		if err != nil {
			if pfTypeError(err) {
				return "", wrongType()
			}
			return "", err
		}
	}
	base, prefix := 10, ""
	switch typ {
	case 'o':
		base, prefix = 8, "0o"
	case 'x', 'X':
		base, prefix = 16, "0x"
	}
	neg, digits := fsIntDigits(iv, base)
	if a.flags&pfAlt == 0 {
		prefix = ""
	}
	if a.prec > len(digits) {
		digits = strings.Repeat("0", a.prec-len(digits)) + digits
	}
	s := prefix + digits
	if typ == 'X' {
		s = strings.ToUpper(s)
	}
	if neg {
		s = "-" + s
	}
	return s, nil
}

// pfFloatToInt is int(f).
func pfFloatToInt(f float64) (Value, error) {
	switch {
	case math.IsInf(f, 0):
		return nil, Errorf(OverflowErrorType, "cannot convert float infinity to integer")
	case math.IsNaN(f):
		return nil, Errorf(ValueErrorType, "cannot convert float NaN to integer")
	}
	t := math.Trunc(f)
	if t >= -9.2e18 && t <= 9.2e18 {
		return MakeInt(int64(t)), nil
	}
	b, _ := new(big.Float).SetFloat64(t).Int(nil)
	return MakeBigInt(b), nil
}

// pfToInt is PyNumber_Long for objects of classes defined by the program:
// __int__, else __index__.
func pfToInt(th *Thread, v Value) (Value, error) {
	r, found, err := callSpecial(th, v, "__int__")
	if found {
		if err != nil {
			return nil, err
		}
		switch r.(type) {
		case Int, *BigInt:
			return r, nil
		case Bool:
			return Index(th, r)
		}
		return nil, Errorf(TypeErrorType, "__int__ returned non-int (type %s)", TypeName(r))
	}
	if _, ok := lookupSpecial(v, "__index__"); ok {
		return Index(th, v)
	}
	return nil, Errorf(TypeErrorType, "int() argument must be a string, a bytes-like object or a real number, not '%s'", TypeName(v))
}

// pfFloat is PyFloat_AsDouble.
func pfFloat(th *Thread, v Value) (float64, error) {
	switch x := v.(type) {
	case Float:
		return float64(x), nil
	case Int, *BigInt, Bool:
		return fsIntToFloat(v)
	}
	r, found, err := callSpecial(th, v, "__float__")
	if found {
		if err != nil {
			return 0, err
		}
		f, ok := r.(Float)
		if !ok {
			return 0, Errorf(TypeErrorType, "%s.__float__ returned non-float (type %s)", TypeName(v), TypeName(r))
		}
		return float64(f), nil
	}
	if _, ok := lookupSpecial(v, "__index__"); ok {
		n, err := Index(th, v)
		if err != nil {
			return 0, err
		}
		return fsIntToFloat(n)
	}
	return 0, Errorf(TypeErrorType, "must be real number, not %s", TypeName(v))
}

// pfChar is formatchar: %c of a one-character str or a code point.
func pfChar(th *Thread, v Value) (string, error) {
	if s, ok := v.(Str); ok {
		if utf8.RuneCountInString(string(s)) == 1 {
			return string(s), nil
		}
		return "", Errorf(TypeErrorType, "%%c requires int or char")
	}
	var n Value
	switch v.(type) {
	case Int, *BigInt, Bool:
		n = v
	default:
		if _, ok := lookupSpecial(v, "__index__"); !ok {
			return "", Errorf(TypeErrorType, "%%c requires int or char")
		}
		var err error
		if n, err = Index(th, v); err != nil {
			return "", err
		}
	}
	neg, digits := fsIntDigits(n, 10)
	if neg || len(digits) > 7 {
		return "", Errorf(OverflowErrorType, "%%c arg not in range(0x110000)")
	}
	x := 0
	for _, d := range digits {
		x = x*10 + int(d-'0')
	}
	if x > 0x10ffff {
		return "", Errorf(OverflowErrorType, "%%c arg not in range(0x110000)")
	}
	return string(rune(x)), nil
}

// output is unicode_format_arg_output: padding, sign and prefix.
func (c *pfState) output(a *pfArg, s string) error {
	fill := ' '
	if a.sign && a.flags&pfZero != 0 {
		fill = '0'
	}
	n := utf8.RuneCountInString(s)
	if (a.width == -1 || a.width <= n) && (a.prec == -1 || a.prec >= n) && a.flags&(pfSign|pfBlank) == 0 {
		c.out.WriteString(s)
		return nil
	}
	rs := []rune(s)
	if a.ch == 's' || a.ch == 'r' || a.ch == 'a' {
		if a.prec >= 0 && n > a.prec {
			n = a.prec
		}
	}
	pindex := 0
	var signChar rune
	if a.sign {
		if ch := rs[0]; ch == '-' || ch == '+' {
			signChar = ch
			n--
			pindex++
		} else if a.flags&pfSign != 0 {
			signChar = '+'
		} else if a.flags&pfBlank != 0 {
			signChar = ' '
		} else {
			a.sign = false
		}
	}
	width := max(a.width, n)
	out := &c.out
	if a.sign {
		if fill != ' ' {
			out.WriteRune(signChar)
		}
		if width > n {
			width--
		}
	}
	alt := a.flags&pfAlt != 0 && (a.ch == 'x' || a.ch == 'X' || a.ch == 'o')
	if alt {
		if fill != ' ' {
			out.WriteRune('0')
			out.WriteRune(a.ch)
			pindex += 2
		}
		width = max(width-2, 0)
		n -= 2
	}
	if width > n && a.flags&pfLJust == 0 {
		out.WriteString(strings.Repeat(string(fill), width-n))
		width = n
	}
	if fill == ' ' {
		if a.sign {
			out.WriteRune(signChar)
		}
		if alt {
			out.WriteRune('0')
			out.WriteRune(a.ch)
			pindex += 2
		}
	}
	if n > 0 {
		out.WriteString(string(rs[pindex : pindex+n]))
	}
	if width > n {
		out.WriteString(strings.Repeat(" ", width-n))
	}
	return nil
}
