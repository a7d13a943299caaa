package vm

import (
	"math"
	"math/big"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// This file implements format(value, spec) and the format-spec
// mini-language of CPython 3.11 (Python/formatter_unicode.c) for str, int,
// bool and float, plus the dtoa-style float formatting (Python/pystrtod.c)
// that %-formatting shares.

func init() {
	RegisterBuiltin("format", Pure, builtinFormat)
}

// builtinFormat is the builtin format(value, format_spec="", /).
func builtinFormat(th *Thread, args []Value, kwnames []string) (Value, error) {
	if len(kwnames) > 0 {
		return nil, Errorf(TypeErrorType, "format() takes no keyword arguments")
	}
	switch {
	case len(args) < 1:
		return nil, Errorf(TypeErrorType, "format expected at least 1 argument, got %d", len(args))
	case len(args) > 2:
		return nil, Errorf(TypeErrorType, "format expected at most 2 arguments, got %d", len(args))
	}
	spec := ""
	if len(args) == 2 {
		s, ok := args[1].(Str)
		if !ok {
			return nil, Errorf(TypeErrorType, "format() argument 2 must be str, not %s", TypeName(args[1]))
		}
		spec = string(s)
	}
	s, err := FormatValue(th, args[0], spec)
	if err != nil {
		return nil, err
	}
	return Str(s), nil
}

// FormatValue returns format(v, spec) as CPython 3.11 computes it: the
// format-spec mini-language for str, int, bool and float; a class's own
// __format__ method; and object.__format__ for everything else (str(v) when
// spec is empty, a TypeError otherwise).
func FormatValue(th *Thread, v Value, spec string) (string, error) {
	switch x := v.(type) {
	case Str:
		if spec == "" {
			return string(x), nil
		}
		return fsFormatStr(string(x), spec, "str")
	case Int:
		if spec == "" {
			return strconv.FormatInt(int64(x), 10), nil
		}
		return fsFormatInt(v, spec, "int")
	case *BigInt:
		if spec == "" {
			return x.V.String(), nil
		}
		return fsFormatInt(v, spec, "int")
	case Bool:
		if spec == "" {
			if x {
				return "True", nil
			}
			return "False", nil
		}
		n := Int(0)
		if x {
			n = 1
		}
		return fsFormatInt(n, spec, "bool")
	case Float:
		return fsFormatFloatSpec(float64(x), spec, "float")
	}
	t := v.Type()
	if m, ok := t.Lookup("__format__"); ok {
		if _, native := m.(*Builtin); !native {
			r, err := fsCallSpecial(th, v, m, Str(spec))
			if err != nil {
				return "", err
			}
			s, ok := r.(Str)
			if !ok {
				return "", Errorf(TypeErrorType, "__format__ must return a str, not %s", TypeName(r))
			}
			return string(s), nil
		}
	}
	if spec != "" {
		return "", Errorf(TypeErrorType, "unsupported format string passed to %s.__format__", t.Name)
	}
	return ToStr(th, v)
}

// fsCallSpecial calls the special method m, found on v's class, with v as
// the receiver.
func fsCallSpecial(th *Thread, v, m Value, args ...Value) (Value, error) {
	switch f := m.(type) {
	case *StaticMethod:
		return th.Call(f.Func, args, nil)
	case *ClassMethod:
		return th.Call(f.Func, append([]Value{v.Type()}, args...), nil)
	case *Function:
		return th.Call(f, append([]Value{v}, args...), nil)
	}
	return th.Call(m, args, nil)
}

// fsSpec is a parsed format specification (CPython's InternalFormatSpec).
type fsSpec struct {
	fill      rune
	align     rune
	sign      rune // 0, '+', '-' or ' '
	noNeg0    bool // 'z'
	alt       bool // '#'
	width     int  // -1 when absent
	thousands rune // 0, ',', '_'; group is the digits per group
	group     int
	precision int  // -1 when absent
	typ       rune // 0 when absent
}

// fsMaxInt is PY_SSIZE_T_MAX on a 64-bit CPython.
const fsMaxInt = math.MaxInt64

// fsDecimal returns the value of a Unicode decimal digit, or -1.
func fsDecimal(r rune) int {
	if r >= '0' && r <= '9' {
		return int(r - '0')
	}
	if r < 0x80 || !unicode.Is(unicode.Nd, r) {
		return -1
	}
	// Decimal digits come in contiguous runs of ten starting at zero.
	start := r
	for unicode.Is(unicode.Nd, start-1) {
		start--
	}
	return int(r-start) % 10
}

// fsGetInteger parses decimal digits at rs[*pos:], returning the value and
// how many digits it consumed.
func fsGetInteger(rs []rune, pos *int) (int, int, error) {
	acc, n := 0, 0
	for *pos < len(rs) {
		d := fsDecimal(rs[*pos])
		if d < 0 {
			break
		}
		if acc > (fsMaxInt-d)/10 {
			return 0, 0, Errorf(ValueErrorType, "Too many decimal digits in format string")
		}
		acc = acc*10 + d
		*pos++
		n++
	}
	return acc, n, nil
}

func fsIsAlign(r rune) bool { return r == '<' || r == '>' || r == '=' || r == '^' }

// fsParse parses spec as parse_internal_render_format_spec does.
func fsParse(spec string, defaultType, defaultAlign rune, typeName string) (*fsSpec, error) {
	rs := []rune(spec)
	end := len(rs)
	sp := &fsSpec{fill: ' ', align: defaultAlign, width: -1, precision: -1, typ: defaultType}
	pos := 0
	fillSpecified, alignSpecified := false, false
	if end-pos >= 2 && fsIsAlign(rs[pos+1]) {
		sp.align = rs[pos+1]
		sp.fill = rs[pos]
		fillSpecified, alignSpecified = true, true
		pos += 2
	} else if end-pos >= 1 && fsIsAlign(rs[pos]) {
		sp.align = rs[pos]
		alignSpecified = true
		pos++
	}
	if end-pos >= 1 && (rs[pos] == '+' || rs[pos] == '-' || rs[pos] == ' ') {
		sp.sign = rs[pos]
		pos++
	}
	if end-pos >= 1 && rs[pos] == 'z' {
		sp.noNeg0 = true
		pos++
	}
	if end-pos >= 1 && rs[pos] == '#' {
		sp.alt = true
		pos++
	}
	if !fillSpecified && end-pos >= 1 && rs[pos] == '0' {
		sp.fill = '0'
		if !alignSpecified && defaultAlign == '>' {
			sp.align = '='
		}
		pos++
	}
	w, n, err := fsGetInteger(rs, &pos)
	if err != nil {
		return nil, err
	}
	if n > 0 {
		sp.width = w
	}
	if end-pos > 0 && rs[pos] == ',' {
		sp.thousands = ','
		pos++
	}
	if end-pos > 0 && rs[pos] == '_' {
		if sp.thousands != 0 {
			return nil, Errorf(ValueErrorType, "Cannot specify both ',' and '_'.")
		}
		sp.thousands = '_'
		pos++
	}
	if end-pos > 0 && rs[pos] == ',' && sp.thousands == '_' {
		return nil, Errorf(ValueErrorType, "Cannot specify both ',' and '_'.")
	}
	if end-pos > 0 && rs[pos] == '.' {
		pos++
		p, n, err := fsGetInteger(rs, &pos)
		if err != nil {
			return nil, err
		}
		if n == 0 {
			return nil, Errorf(ValueErrorType, "Format specifier missing precision")
		}
		sp.precision = p
	}
	if end-pos > 1 {
		return nil, Errorf(ValueErrorType, "Invalid format specifier '%s' for object of type '%s'", spec, typeName)
	}
	if end-pos == 1 {
		sp.typ = rs[pos]
	}
	if sp.thousands != 0 {
		sp.group = 3
		switch sp.typ {
		case 'd', 'e', 'f', 'g', 'E', 'G', '%', 'F', 0:
		case 'b', 'o', 'x', 'X':
			if sp.thousands == '_' {
				sp.group = 4
				break
			}
			fallthrough
		default:
			if sp.typ > 32 && sp.typ < 128 {
				return nil, Errorf(ValueErrorType, "Cannot specify '%c' with '%c'.", sp.thousands, sp.typ)
			}
			return nil, Errorf(ValueErrorType, "Cannot specify '%c' with '\\x%x'.", sp.thousands, sp.typ)
		}
	}
	return sp, nil
}

// fsMaxWidth bounds widths and float precisions, so that a program cannot
// ask for gigabytes of padding (CPython would try, and raise MemoryError).
const fsMaxWidth = 1 << 26

// fsCheckSize raises MemoryError for absurd widths or precisions.
func fsCheckSize(width, precision int) error {
	if width > fsMaxWidth || precision > fsMaxWidth {
		return NewException(MemoryErrorType)
	}
	return nil
}

func fsUnknownType(typ rune, typeName string) error {
	if typ > 32 && typ < 128 {
		return Errorf(ValueErrorType, "Unknown format code '%c' for object of type '%s'", typ, typeName)
	}
	return Errorf(ValueErrorType, "Unknown format code '\\x%x' for object of type '%s'", typ, typeName)
}

// fsFormatStr formats a str with a non-empty spec.
func fsFormatStr(s, spec, typeName string) (string, error) {
	sp, err := fsParse(spec, 's', '<', typeName)
	if err != nil {
		return "", err
	}
	if sp.typ != 's' {
		return "", fsUnknownType(sp.typ, typeName)
	}
	switch {
	case sp.sign == ' ':
		return "", Errorf(ValueErrorType, "Space not allowed in string format specifier")
	case sp.sign != 0:
		return "", Errorf(ValueErrorType, "Sign not allowed in string format specifier")
	case sp.noNeg0:
		return "", Errorf(ValueErrorType, "Negative zero coercion (z) not allowed in string format specifier")
	case sp.alt:
		return "", Errorf(ValueErrorType, "Alternate form (#) not allowed in string format specifier")
	case sp.align == '=':
		return "", Errorf(ValueErrorType, "'=' alignment not allowed in string format specifier")
	}
	n := utf8.RuneCountInString(s)
	if (sp.width == -1 || sp.width <= n) && (sp.precision == -1 || sp.precision >= n) {
		return s, nil
	}
	if err := fsCheckSize(sp.width, 0); err != nil {
		return "", err
	}
	if sp.precision >= 0 && n >= sp.precision {
		s = fsRunePrefix(s, sp.precision)
		n = sp.precision
	}
	return fsPad(s, n, sp.width, sp.align, sp.fill), nil
}

// fsRunePrefix returns the first n code points of s.
func fsRunePrefix(s string, n int) string {
	i := 0
	for j := range s {
		if i == n {
			return s[:j]
		}
		i++
	}
	return s
}

// fsPad pads s (n code points long) to width as calc_padding does.
func fsPad(s string, n, width int, align, fill rune) string {
	total := n
	if width > n {
		total = width
	}
	lpad := 0
	switch align {
	case '>':
		lpad = total - n
	case '^':
		lpad = (total - n) / 2
	}
	rpad := total - n - lpad
	if lpad == 0 && rpad == 0 {
		return s
	}
	f := string(fill)
	return strings.Repeat(f, lpad) + s + strings.Repeat(f, rpad)
}

// fsIntDigits returns the sign and the magnitude of an int in base.
func fsIntDigits(v Value, base int) (neg bool, digits string) {
	switch x := v.(type) {
	case Int:
		if x < 0 {
			return true, new(big.Int).Neg(big.NewInt(int64(x))).Text(base)
		}
		return false, strconv.FormatInt(int64(x), base)
	case *BigInt:
		if x.V.Sign() < 0 {
			return true, new(big.Int).Neg(x.V).Text(base)
		}
		return false, x.V.Text(base)
	case Bool:
		if x {
			return false, "1"
		}
		return false, "0"
	}
	return false, "0"
}

// fsIntToFloat converts an int to the nearest float, as float(n) does.
func fsIntToFloat(v Value) (float64, error) {
	switch x := v.(type) {
	case Int:
		return float64(x), nil
	case Bool:
		if x {
			return 1, nil
		}
		return 0, nil
	case *BigInt:
		f, _ := new(big.Float).SetInt(x.V).Float64()
		if math.IsInf(f, 0) {
			return 0, Errorf(OverflowErrorType, "int too large to convert to float")
		}
		return f, nil
	}
	return 0, Errorf(TypeErrorType, "must be real number, not %s", TypeName(v))
}

// fsFormatInt formats an int with a non-empty spec (format_obj for long).
func fsFormatInt(v Value, spec, typeName string) (string, error) {
	sp, err := fsParse(spec, 'd', '>', typeName)
	if err != nil {
		return "", err
	}
	switch sp.typ {
	case 'b', 'c', 'd', 'o', 'x', 'X', 'n':
	case 'e', 'E', 'f', 'F', 'g', 'G', '%':
		f, err := fsIntToFloat(v)
		if err != nil {
			return "", err
		}
		return fsFloatInternal(f, sp)
	default:
		return "", fsUnknownType(sp.typ, typeName)
	}
	if sp.precision != -1 {
		return "", Errorf(ValueErrorType, "Precision not allowed in integer format specifier")
	}
	if sp.noNeg0 {
		return "", Errorf(ValueErrorType, "Negative zero coercion (z) not allowed in integer format specifier")
	}
	if err := fsCheckSize(sp.width, 0); err != nil {
		return "", err
	}
	if sp.typ == 'c' {
		if sp.sign != 0 {
			return "", Errorf(ValueErrorType, "Sign not allowed with integer format specifier 'c'")
		}
		if sp.alt {
			return "", Errorf(ValueErrorType, "Alternate form (#) not allowed with integer format specifier 'c'")
		}
		x, ok := v.(Int)
		if !ok {
			return "", Errorf(OverflowErrorType, "Python int too large to convert to C long")
		}
		if x < 0 || x > unicode.MaxRune {
			return "", Errorf(OverflowErrorType, "%%c arg not in range(0x110000)")
		}
		return fsNumber(sp, 0, "", "", false, string(rune(x)), 0), nil
	}
	base, prefix := 10, ""
	switch sp.typ {
	case 'b':
		base, prefix = 2, "0b"
	case 'o':
		base, prefix = 8, "0o"
	case 'x', 'X':
		base, prefix = 16, "0x"
	}
	if !sp.alt {
		prefix = ""
	}
	neg, digits := fsIntDigits(v, base)
	var signChar byte
	if neg {
		signChar = '-'
	}
	if sp.typ == 'X' {
		digits = strings.ToUpper(digits)
		prefix = strings.ToUpper(prefix)
	}
	group := sp.group
	if sp.typ == 'n' {
		group = 0 // the C locale does not group
	}
	return fsNumber(sp, signChar, prefix, digits, false, "", group), nil
}

// fsNumber lays out a number as calc_number_widths and fill_number do:
// padding, sign, prefix, zero padding, grouped digits, decimal point and
// the remainder (fraction, exponent, '%'). digits are ASCII.
func fsNumber(sp *fsSpec, signChar byte, prefix, digits string, hasDecimal bool, remainder string, group int) string {
	var sign byte
	switch sp.sign {
	case '+':
		sign = '+'
		if signChar == '-' {
			sign = '-'
		}
	case ' ':
		sign = ' '
		if signChar == '-' {
			sign = '-'
		}
	default:
		if signChar == '-' {
			sign = '-'
		}
	}
	nSign := 0
	if sign != 0 {
		nSign = 1
	}
	nDecimal := 0
	if hasDecimal {
		nDecimal = 1
	}
	nonDigit := nSign + len(prefix) + nDecimal + utf8.RuneCountInString(remainder)
	minWidth := 0
	if sp.fill == '0' && sp.align == '=' {
		minWidth = sp.width - nonDigit
	}
	sep := ""
	if group > 0 {
		sep = string(sp.thousands)
	}
	grouped := ""
	if digits != "" {
		grouped = fsGroup(digits, minWidth, sep, group)
	}
	lpad, spad, rpad := 0, 0, 0
	if padding := sp.width - (nonDigit + len(grouped)); padding > 0 {
		switch sp.align {
		case '<':
			rpad = padding
		case '^':
			lpad = padding / 2
			rpad = padding - lpad
		case '=':
			spad = padding
		default:
			lpad = padding
		}
	}
	var b strings.Builder
	fill := string(sp.fill)
	b.WriteString(strings.Repeat(fill, lpad))
	if sign != 0 {
		b.WriteByte(sign)
	}
	b.WriteString(prefix)
	b.WriteString(strings.Repeat(fill, spad))
	b.WriteString(grouped)
	if hasDecimal {
		b.WriteByte('.')
	}
	b.WriteString(remainder)
	b.WriteString(strings.Repeat(fill, rpad))
	return b.String()
}

// fsGroup inserts separators every group digits from the right, padding
// with zeros up to minWidth (_PyUnicode_InsertThousandsGrouping). group 0
// means no grouping.
func fsGroup(digits string, minWidth int, sep string, group int) string {
	minWidth = max(minWidth, 0)
	var parts []string // right to left
	remaining := len(digits)
	pos := len(digits)
	emit := func(useSep bool, nChars, nZeros int) {
		if useSep {
			parts = append(parts, sep)
		}
		parts = append(parts, digits[pos-nChars:pos])
		pos -= nChars
		if nZeros > 0 {
			parts = append(parts, strings.Repeat("0", nZeros))
		}
	}
	if group > 0 {
		useSep := false
		for {
			l := min(group, max(remaining, minWidth, 1))
			nZeros := max(0, l-remaining)
			nChars := max(0, min(remaining, l))
			emit(useSep, nChars, nZeros)
			useSep = true
			remaining -= nChars
			minWidth -= l
			if remaining <= 0 && minWidth <= 0 {
				break
			}
			minWidth -= len(sep)
		}
	} else {
		l := max(remaining, minWidth, 1)
		emit(false, max(0, min(remaining, l)), max(0, l-remaining))
	}
	var b strings.Builder
	for i := len(parts) - 1; i >= 0; i-- {
		b.WriteString(parts[i])
	}
	return b.String()
}

// fsFormatFloatSpec formats a float (format_obj for float).
func fsFormatFloatSpec(f float64, spec, typeName string) (string, error) {
	if spec == "" {
		return FormatFloat(f, 'r', 0, FloatAddDot0), nil
	}
	sp, err := fsParse(spec, 0, '>', typeName)
	if err != nil {
		return "", err
	}
	switch sp.typ {
	case 0, 'e', 'E', 'f', 'F', 'g', 'G', 'n', '%':
		return fsFloatInternal(f, sp)
	}
	return "", fsUnknownType(sp.typ, typeName)
}

// fsFloatInternal is format_float_internal.
func fsFloatInternal(val float64, sp *fsSpec) (string, error) {
	if sp.precision > math.MaxInt32 {
		return "", Errorf(ValueErrorType, "precision too big")
	}
	if err := fsCheckSize(sp.width, sp.precision); err != nil {
		return "", err
	}
	precision := sp.precision
	defaultPrecision := 6
	typ := sp.typ
	var flags FloatFlags
	if sp.alt {
		flags |= FloatAlt
	}
	if sp.noNeg0 {
		flags |= FloatNoNeg0
	}
	if typ == 0 {
		flags |= FloatAddDot0
		typ = 'r'
		defaultPrecision = 0
	}
	if typ == 'n' {
		typ = 'g'
	}
	addPct := false
	if typ == '%' {
		typ = 'f'
		val *= 100
		addPct = true
	}
	if precision < 0 {
		precision = defaultPrecision
	} else if typ == 'r' {
		typ = 'g'
	}
	s := FormatFloat(val, byte(typ), precision, flags)
	if addPct {
		s += "%"
	}
	var signChar byte
	if s[0] == '-' {
		signChar = '-'
		s = s[1:]
	}
	i := 0
	for i < len(s) && s[i] >= '0' && s[i] <= '9' {
		i++
	}
	digits, rest := s[:i], s[i:]
	hasDecimal := strings.HasPrefix(rest, ".")
	if hasDecimal {
		rest = rest[1:]
	}
	group := sp.group
	if sp.typ == 'n' {
		group = 0
	}
	return fsNumber(sp, signChar, "", digits, hasDecimal, rest, group), nil
}

// FloatFlags modify FormatFloat (CPython's Py_DTSF_* flags).
type FloatFlags uint8

// The FormatFloat flags.
const (
	FloatSign    FloatFlags = 1 << iota // always add a sign
	FloatAddDot0                        // add ".0" when the result looks like an int
	FloatAlt                            // alternate form: keep the point and trailing zeros
	FloatNoNeg0                         // drop the sign of a negative zero result
)

// FormatFloat converts x to a string as CPython's PyOS_double_to_string
// does, so that outputs match CPython digit for digit. code is 'e', 'E',
// 'f', 'F', 'g', 'G' (precision as in %-formatting) or 'r' (the shortest
// repr; precision must be 0). repr(x) is FormatFloat(x, 'r', 0,
// FloatAddDot0).
func FormatFloat(x float64, code byte, precision int, flags FloatFlags) string {
	upper := false
	mode := 0
	switch code {
	case 'E':
		upper = true
		code = 'e'
		fallthrough
	case 'e':
		mode = 2
		precision++
	case 'F':
		upper = true
		code = 'f'
		fallthrough
	case 'f':
		mode = 3
	case 'G':
		upper = true
		code = 'g'
		fallthrough
	case 'g':
		mode = 2
		if precision == 0 {
			precision = 1
		}
	case 'r':
		mode = 0
	default:
		panic("FormatFloat: bad format code")
	}
	return fsFloatShort(x, code, mode, precision, flags, upper)
}

// fsDtoa returns the significant decimal digits of x >= 0 (finite) and the
// position of the decimal point, like _Py_dg_dtoa: mode 0 is the shortest
// round-tripping string, mode 2 keeps ndigits significant digits and mode 3
// ndigits past the point; trailing zeros are removed.
func fsDtoa(x float64, mode, ndigits int) (string, int) {
	if x == 0 {
		return "0", 1
	}
	var digits string
	var decpt int
	switch mode {
	case 0, 2:
		prec := -1
		if mode == 2 {
			prec = max(ndigits, 1) - 1
		}
		s := strconv.FormatFloat(x, 'e', prec, 64)
		e := strings.IndexByte(s, 'e')
		exp, _ := strconv.Atoi(s[e+1:])
		digits = strings.Replace(s[:e], ".", "", 1)
		decpt = exp + 1
	case 3:
		s := strconv.FormatFloat(x, 'f', ndigits, 64)
		ip, fp, _ := strings.Cut(s, ".")
		digits = ip + fp
		decpt = len(ip)
		t := strings.TrimLeft(digits, "0")
		decpt -= len(digits) - len(t)
		digits = t
		if digits == "" {
			return "", -ndigits
		}
	}
	return strings.TrimRight(digits, "0"), decpt
}

// fsFloatShort is format_float_short from Python/pystrtod.c.
func fsFloatShort(d float64, code byte, mode, precision int, flags FloatFlags, upper bool) string {
	alwaysSign := flags&FloatSign != 0
	addDot0 := flags&FloatAddDot0 != 0
	alt := flags&FloatAlt != 0
	var b strings.Builder
	if math.IsInf(d, 0) || math.IsNaN(d) {
		if math.IsInf(d, -1) {
			b.WriteByte('-')
		} else if alwaysSign {
			b.WriteByte('+')
		}
		switch {
		case math.IsInf(d, 0) && upper:
			b.WriteString("INF")
		case math.IsInf(d, 0):
			b.WriteString("inf")
		case upper:
			b.WriteString("NAN")
		default:
			b.WriteString("nan")
		}
		return b.String()
	}
	sign := math.Signbit(d)
	digits, decpt := fsDtoa(math.Abs(d), mode, precision)
	if flags&FloatNoNeg0 != 0 && sign && (digits == "" || digits == "0") {
		sign = false
	}
	digitsLen := len(digits)
	vdigitsEnd := digitsLen
	useExp := false
	switch code {
	case 'e':
		useExp = true
		vdigitsEnd = precision
	case 'f':
		vdigitsEnd = decpt + precision
	case 'g':
		limit := precision
		if addDot0 {
			limit = precision - 1
		}
		if decpt <= -4 || decpt > limit {
			useExp = true
		}
		if alt {
			vdigitsEnd = precision
		}
	case 'r':
		if decpt <= -4 || decpt > 16 {
			useExp = true
		}
	}
	exp := 0
	if useExp {
		exp = decpt - 1
		decpt = 1
	}
	vdigitsStart := 0
	if decpt <= 0 {
		vdigitsStart = decpt - 1
	}
	if !useExp && addDot0 {
		vdigitsEnd = max(vdigitsEnd, decpt+1)
	} else {
		vdigitsEnd = max(vdigitsEnd, decpt)
	}
	if sign {
		b.WriteByte('-')
	} else if alwaysSign {
		b.WriteByte('+')
	}
	zeros := func(n int) {
		for ; n > 0; n-- {
			b.WriteByte('0')
		}
	}
	if decpt <= 0 {
		zeros(decpt - vdigitsStart)
		b.WriteByte('.')
		zeros(-decpt)
	} else {
		zeros(-vdigitsStart)
	}
	if 0 < decpt && decpt <= digitsLen {
		b.WriteString(digits[:decpt])
		b.WriteByte('.')
		b.WriteString(digits[decpt:])
	} else {
		b.WriteString(digits)
	}
	if digitsLen < decpt {
		zeros(decpt - digitsLen)
		b.WriteByte('.')
		zeros(vdigitsEnd - decpt)
	} else {
		zeros(vdigitsEnd - digitsLen)
	}
	s := b.String()
	if strings.HasSuffix(s, ".") && !alt {
		s = s[:len(s)-1]
	}
	if useExp {
		e := "e"
		if upper {
			e = "E"
		}
		es := "+"
		if exp < 0 {
			es = "-"
			exp = -exp
		}
		if exp < 10 {
			es += "0"
		}
		s += e + es + strconv.Itoa(exp)
	}
	return s
}
