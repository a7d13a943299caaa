package vm

import (
	"math"
	"math/big"
	"strconv"
	"strings"
	"sync/atomic"
	"unicode"
	"unicode/utf8"

	"lockstep/wasm/compile"
)

// This file implements the constructors and methods of int, bool, float
// and object, string-to-number parsing as CPython accepts it, and
// correctly rounded round().

// digitValue returns the value of a decimal digit of any script, or -1.
func digitValue(r rune) int {
	if r >= '0' && r <= '9' {
		return int(r - '0')
	}
	if !unicode.IsDigit(r) {
		return -1
	}
	start := r
	for i := 0; i < 60 && unicode.IsDigit(start-1); i++ {
		start--
	}
	return int(r-start) % 10
}

// ParseInt parses a str as int(s, base) does; ok is false when s is not
// a valid literal.
func ParseInt(s string, base int) (Value, bool, error) {
	s = strings.TrimFunc(s, isPySpace)
	neg := false
	if s != "" && (s[0] == '+' || s[0] == '-') {
		neg = s[0] == '-'
		s = s[1:]
	}
	if len(s) >= 2 && s[0] == '0' {
		p := s[1] | 0x20
		if (p == 'x' && (base == 16 || base == 0)) || (p == 'o' && (base == 8 || base == 0)) || (p == 'b' && (base == 2 || base == 0)) {
			base = map[byte]int{'x': 16, 'o': 8, 'b': 2}[p]
			s = s[2:]
			if s != "" && s[0] == '_' {
				s = s[1:]
			}
			if s == "" {
				return nil, false, nil
			}
		}
	}
	zeroOnly := false
	if base == 0 {
		base = 10
		if s != "" && s[0] == '0' {
			zeroOnly = true
		}
	}
	if s == "" {
		return nil, false, nil
	}
	digits := make([]byte, 0, len(s))
	prevUnderscore := true
	for _, r := range s {
		if r == '_' {
			if prevUnderscore {
				return nil, false, nil
			}
			prevUnderscore = true
			continue
		}
		prevUnderscore = false
		d := digitValue(r)
		if d < 0 {
			switch {
			case r >= 'a' && r <= 'z':
				d = int(r-'a') + 10
			case r >= 'A' && r <= 'Z':
				d = int(r-'A') + 10
			default:
				return nil, false, nil
			}
		}
		if d >= base {
			return nil, false, nil
		}
		if zeroOnly && d != 0 {
			return nil, false, nil
		}
		digits = append(digits, "0123456789abcdefghijklmnopqrstuvwxyz"[d])
	}
	if prevUnderscore {
		return nil, false, nil
	}
	if base&(base-1) != 0 && len(digits) > maxStrDigits {
		return nil, false, Errorf(ValueErrorType, "Exceeds the limit (%d digits) for integer string conversion: value has %d digits; use sys.set_int_max_str_digits() to increase the limit", maxStrDigits, len(digits))
	}
	if len(digits) <= 18 && base <= 10 || len(digits) <= 15 {
		n, err := strconv.ParseInt(string(digits), base, 64)
		if err == nil {
			if neg {
				n = -n
			}
			return MakeInt(n), true, nil
		}
	}
	b, ok := new(big.Int).SetString(string(digits), base)
	if !ok {
		return nil, false, nil
	}
	if b.BitLen() > MaxIntBits {
		return nil, false, tooBig(float64(b.BitLen()))
	}
	if neg {
		b.Neg(b)
	}
	return MakeBigInt(b), true, nil
}

// nanSerial numbers the NaNs float('nan') makes.
var nanSerial atomic.Uint64

// freshNaN returns a quiet NaN with a payload of its own, so that two
// float('nan') results are not identical (as two objects in CPython) while
// the same one stored in containers is (see identical).
func freshNaN() float64 {
	return math.Float64frombits(0x7ff8000000000000 | nanSerial.Add(1)&(1<<50-1))
}

// ParseFloat parses a str as float(s) does; ok is false when s is not a
// valid literal.
func ParseFloat(s string) (float64, bool) {
	s = strings.TrimFunc(s, isPySpace)
	body := s
	neg := false
	if body != "" && (body[0] == '+' || body[0] == '-') {
		neg = body[0] == '-'
		body = body[1:]
	}
	switch strings.ToLower(body) {
	case "inf", "infinity":
		if neg {
			return math.Inf(-1), true
		}
		return math.Inf(1), true
	case "nan":
		return freshNaN(), true
	}
	// digits [. digits] [e [sign] digits], underscores only between digits.
	clean := make([]byte, 0, len(body)+1)
	if neg {
		clean = append(clean, '-')
	}
	i := 0
	digitsIn := func() int {
		n := 0
		for i < len(body) {
			c := body[i]
			if c >= '0' && c <= '9' {
				clean = append(clean, c)
				n++
				i++
				continue
			}
			if c == '_' && n > 0 && i+1 < len(body) && body[i+1] >= '0' && body[i+1] <= '9' {
				i++
				continue
			}
			if c >= utf8.RuneSelf {
				r, size := utf8.DecodeRuneInString(body[i:])
				if d := digitValue(r); d >= 0 {
					clean = append(clean, byte('0'+d))
					n++
					i += size
					continue
				}
			}
			break
		}
		return n
	}
	n := digitsIn()
	if i < len(body) && body[i] == '.' {
		clean = append(clean, '.')
		i++
		n += digitsIn()
	}
	if n == 0 {
		return 0, false
	}
	if i < len(body) && (body[i] == 'e' || body[i] == 'E') {
		clean = append(clean, 'e')
		i++
		if i < len(body) && (body[i] == '+' || body[i] == '-') {
			clean = append(clean, body[i])
			i++
		}
		if digitsIn() == 0 {
			return 0, false
		}
	}
	if i != len(body) {
		return 0, false
	}
	f, err := strconv.ParseFloat(string(clean), 64)
	if err != nil {
		if ne, ok := err.(*strconv.NumError); ok && ne.Err == strconv.ErrRange {
			return f, true
		}
		return 0, false
	}
	return f, true
}

// ToFloat converts a number (or an object with __float__ or __index__) to
// float64, as float(x) does for non-strings.
func ToFloat(th *Thread, v Value) (float64, error) {
	switch x := v.(type) {
	case Float:
		return float64(x), nil
	case Int, Bool, *BigInt:
		return intToFloat(v)
	}
	if r, found, err := callSpecial(th, v, "__float__"); found {
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
		i, err := Index(th, v)
		if err != nil {
			return 0, err
		}
		return intToFloat(i)
	}
	return 0, Errorf(TypeErrorType, "must be real number, not %s", TypeName(v))
}

// newInt is int(x=0, base=10).
func newInt(th *Thread, args []Value, kwnames []string) (Value, error) {
	a, err := parseArgs("int", args[1:], kwnames, 0, "", "base")
	if err != nil {
		return nil, err
	}
	x, baseV := a[0], a[1]
	if x == nil {
		if baseV != nil {
			return nil, Errorf(TypeErrorType, "int() missing string argument")
		}
		return MakeInt(0), nil
	}
	if baseV == nil {
		switch v := x.(type) {
		case Int, *BigInt:
			return v, nil
		case Bool:
			return Index(th, v)
		case Float:
			return intFromFloat(float64(v))
		case Str:
			r, ok, err := ParseInt(string(v), 10)
			if err != nil {
				return nil, err
			}
			if !ok {
				return nil, Errorf(ValueErrorType, "invalid literal for int() with base 10: %s", QuoteStr(string(v)))
			}
			return r, nil
		}
		for _, name := range []string{"__int__", "__index__"} {
			if r, found, err := callSpecial(th, x, name); found {
				if err != nil {
					return nil, err
				}
				if !isInt(r) {
					return nil, Errorf(TypeErrorType, "%s returned non-int (type %s)", name, TypeName(r))
				}
				return Index(th, r)
			}
		}
		if r, found, err := callSpecial(th, x, "__trunc__"); found {
			if err != nil {
				return nil, err
			}
			return Index(th, r)
		}
		return nil, Errorf(TypeErrorType, "int() argument must be a string, a bytes-like object or a real number, not '%s'", TypeName(x))
	}
	b, err := IndexInt(th, baseV)
	if err != nil {
		return nil, err
	}
	if b != 0 && (b < 2 || b > 36) {
		return nil, Errorf(ValueErrorType, "int() base must be >= 2 and <= 36, or 0")
	}
	s, ok := x.(Str)
	if !ok {
		return nil, Errorf(TypeErrorType, "int() can't convert non-string with explicit base")
	}
	r, ok, err := ParseInt(string(s), int(b))
	if err != nil {
		return nil, err
	}
	if !ok {
		return nil, Errorf(ValueErrorType, "invalid literal for int() with base %d: %s", b, QuoteStr(string(s)))
	}
	return r, nil
}

// newFloat is float(x=0.0).
func newFloat(th *Thread, args []Value, kwnames []string) (Value, error) {
	if err := noKwargs("float", kwnames); err != nil {
		return nil, err
	}
	args = args[1:]
	if err := checkPositional("float", len(args), 0, 1); err != nil {
		return nil, err
	}
	if len(args) == 0 {
		return Float(0), nil
	}
	switch x := args[0].(type) {
	case Float:
		return x, nil
	case Str:
		f, ok := ParseFloat(string(x))
		if !ok {
			return nil, Errorf(ValueErrorType, "could not convert string to float: %s", QuoteStr(string(x)))
		}
		return Float(f), nil
	}
	f, err := ToFloat(th, args[0])
	if err != nil {
		if e, ok := err.(*Exception); ok && e.Class == TypeErrorType && strings.HasPrefix(e.Message(), "must be real number") {
			return nil, Errorf(TypeErrorType, "float() argument must be a string or a real number, not '%s'", TypeName(args[0]))
		}
		return nil, err
	}
	return Float(f), nil
}

// roundHalfEven rounds the rational r to the nearest integer, ties to even.
func roundHalfEven(r *big.Rat) *big.Int {
	num, den := r.Num(), r.Denom()
	q, m := new(big.Int).QuoRem(num, den, new(big.Int))
	// Floor the quotient for negative values.
	if m.Sign() < 0 {
		q.Sub(q, big.NewInt(1))
		m.Add(m, den)
	}
	twice := new(big.Int).Lsh(m, 1)
	switch c := twice.Cmp(den); {
	case c > 0, c == 0 && q.Bit(0) == 1:
		q.Add(q, big.NewInt(1))
	}
	return q
}

// RoundFloat is round(x, ndigits) for a float: correctly rounded, ties to
// even on the exact binary value, as CPython.
func RoundFloat(x float64, ndigits int64) (float64, error) {
	if math.IsInf(x, 0) || math.IsNaN(x) || x == 0 {
		return x, nil
	}
	if ndigits > 330 {
		return x, nil
	}
	if ndigits < -330 {
		return math.Copysign(0, x), nil
	}
	r := new(big.Rat).SetFloat64(x)
	pow := new(big.Rat).SetInt(new(big.Int).Exp(big.NewInt(10), big.NewInt(absInt64(ndigits)), nil))
	if ndigits >= 0 {
		r.Mul(r, pow)
	} else {
		r.Quo(r, pow)
	}
	q := new(big.Rat).SetInt(roundHalfEven(r))
	if ndigits >= 0 {
		q.Quo(q, pow)
	} else {
		q.Mul(q, pow)
	}
	f, _ := q.Float64()
	if math.IsInf(f, 0) {
		return 0, Errorf(OverflowErrorType, "rounded value too large to represent")
	}
	if f == 0 {
		f = math.Copysign(0, x)
	}
	return f, nil
}

func absInt64(n int64) int64 {
	if n < 0 {
		return -n
	}
	return n
}

// RoundInt is round(n, ndigits) for an int with negative ndigits.
func RoundInt(n Value, ndigits int64) (Value, error) {
	if ndigits >= 0 {
		return n, nil
	}
	if -ndigits > 5000 {
		return MakeInt(0), nil
	}
	pow := new(big.Int).Exp(big.NewInt(10), big.NewInt(-ndigits), nil)
	r := new(big.Rat).SetFrac(toBig(n), pow)
	return MakeBigInt(new(big.Int).Mul(roundHalfEven(r), pow)), nil
}

// floatToIntRounded is round(x) for a float: the nearest int, ties to even.
func floatToIntRounded(x float64) (Value, error) {
	if math.IsInf(x, 0) {
		return nil, Errorf(OverflowErrorType, "cannot convert float infinity to integer")
	}
	if math.IsNaN(x) {
		return nil, Errorf(ValueErrorType, "cannot convert float NaN to integer")
	}
	return intFromFloat(math.RoundToEven(x))
}

// numSelfMethods registers the arithmetic and comparison special methods
// of a numeric type (int.__add__…), which apply the builtin operations and
// return NotImplemented for other operands.
func numSelfMethods(t *Type, ok func(Value) bool) {
	for op := compile.OpAdd; op < compile.NumBinaryOps; op++ {
		if op == compile.OpMatMul {
			continue
		}
		op := op
		t.SetMethod(binaryNames[op], Pure, func(th *Thread, args []Value, kwnames []string) (Value, error) {
			if err := methOneArg(t.Name+"."+binaryNames[op], args, kwnames); err != nil {
				return nil, err
			}
			if !ok(args[1]) {
				return NotImplemented, nil
			}
			r, err := builtinBinary(th, op, args[0], args[1])
			if r == nil && err == nil {
				return NotImplemented, nil
			}
			return r, err
		})
		t.SetMethod(reflectedNames[op], Pure, func(th *Thread, args []Value, kwnames []string) (Value, error) {
			if err := methOneArg(t.Name+"."+reflectedNames[op], args, kwnames); err != nil {
				return nil, err
			}
			if !ok(args[1]) {
				return NotImplemented, nil
			}
			r, err := builtinBinary(th, op, args[1], args[0])
			if r == nil && err == nil {
				return NotImplemented, nil
			}
			return r, err
		})
	}
	for op := compile.OpLT; op <= compile.OpGE; op++ {
		op := op
		t.SetMethod(compareNames[op], Pure, func(th *Thread, args []Value, kwnames []string) (Value, error) {
			if err := methOneArg(t.Name+"."+compareNames[op], args, kwnames); err != nil {
				return nil, err
			}
			r, _, err := builtinCompare(th, op, args[0], args[1])
			return r, err
		})
	}
	unary := func(name string, f func(th *Thread, v Value) (Value, error)) {
		qual := t.Name + "." + name
		t.SetMethod(name, Pure, func(th *Thread, args []Value, kwnames []string) (Value, error) {
			if err := methNoArgs(qual, args, kwnames); err != nil {
				return nil, err
			}
			return f(th, args[0])
		})
	}
	unary("__neg__", func(th *Thread, v Value) (Value, error) { return Unary(th, compile.OpNeg, v) })
	unary("__pos__", func(th *Thread, v Value) (Value, error) { return Unary(th, compile.OpPos, v) })
	unary("__abs__", func(th *Thread, v Value) (Value, error) { return absValue(th, v) })
	unary("__bool__", func(th *Thread, v Value) (Value, error) {
		b, err := Truth(th, v)
		return Bool(b), err
	})
	unary("__int__", func(th *Thread, v Value) (Value, error) { return newInt(th, []Value{IntType, v}, nil) })
	unary("__float__", func(th *Thread, v Value) (Value, error) {
		f, err := ToFloat(th, v)
		return Float(f), err
	})
	unary("__hash__", func(th *Thread, v Value) (Value, error) {
		h, err := Hash(th, v)
		return MakeInt(h), err
	})
	unary("__repr__", func(th *Thread, v Value) (Value, error) {
		s, err := Repr(th, v)
		return Str(s), err
	})
	unary("__trunc__", func(th *Thread, v Value) (Value, error) { return newInt(th, []Value{IntType, v}, nil) })
	unary("__floor__", func(th *Thread, v Value) (Value, error) {
		if f, ok := v.(Float); ok {
			return intFromFloat(math.Floor(float64(f)))
		}
		return Index(th, v)
	})
	unary("__ceil__", func(th *Thread, v Value) (Value, error) {
		if f, ok := v.(Float); ok {
			return intFromFloat(math.Ceil(float64(f)))
		}
		return Index(th, v)
	})
	unary("conjugate", func(th *Thread, v Value) (Value, error) {
		if _, ok := v.(Float); ok {
			return v, nil
		}
		return Index(th, v)
	})
	t.SetMethod("__round__", Pure, func(th *Thread, args []Value, kwnames []string) (Value, error) {
		if _, err := posArgs("__round__", args[1:], kwnames, 0, 1); err != nil {
			return nil, err
		}
		return roundValue(th, args[0], args[1:])
	})
}

// absValue is abs(v).
func absValue(th *Thread, v Value) (Value, error) {
	switch x := v.(type) {
	case Int, Bool, *BigInt:
		return intAbs(v), nil
	case Float:
		return Float(math.Abs(float64(x))), nil
	}
	if r, found, err := callSpecial(th, v, "__abs__"); found {
		return r, err
	}
	return nil, Errorf(TypeErrorType, "bad operand type for abs(): '%s'", TypeName(v))
}

// roundValue is round(v[, ndigits]).
func roundValue(th *Thread, v Value, rest []Value) (Value, error) {
	var nd Value
	if len(rest) > 0 && rest[0] != None {
		nd = rest[0]
	}
	switch x := v.(type) {
	case Float:
		if nd == nil {
			return floatToIntRounded(float64(x))
		}
		n, err := ndigitsArg(th, nd)
		if err != nil {
			return nil, err
		}
		f, err := RoundFloat(float64(x), n)
		return Float(f), err
	case Int, Bool, *BigInt:
		i, _ := Index(th, v)
		if nd == nil {
			return i, nil
		}
		n, err := ndigitsArg(th, nd)
		if err != nil {
			return nil, err
		}
		return RoundInt(i, n)
	}
	var args []Value
	if nd != nil {
		args = []Value{nd}
	}
	if r, found, err := callSpecial(th, v, "__round__", args...); found {
		return r, err
	}
	return nil, Errorf(TypeErrorType, "type %s doesn't define __round__ method", TypeName(v))
}

// ndigitsArg converts round()'s ndigits, saturating huge values.
func ndigitsArg(th *Thread, v Value) (int64, error) {
	i, err := Index(th, v)
	if err != nil {
		return 0, err
	}
	if n, ok := i.(Int); ok {
		return int64(n), nil
	}
	if intSign(i) < 0 {
		return math.MinInt32, nil
	}
	return math.MaxInt32, nil
}

func init() {
	IntType.New = newInt
	FloatType.New = newFloat
	BoolType.New = func(th *Thread, args []Value, kwnames []string) (Value, error) {
		if err := noKwargs("bool", kwnames); err != nil {
			return nil, err
		}
		args = args[1:]
		if err := checkPositional("bool", len(args), 0, 1); err != nil {
			return nil, err
		}
		if len(args) == 0 {
			return False, nil
		}
		t, err := Truth(th, args[0])
		return Bool(t), err
	}
	isNum := func(v Value) bool {
		switch v.(type) {
		case Int, Bool, *BigInt, Float:
			return true
		}
		return false
	}
	numSelfMethods(IntType, isInt)
	numSelfMethods(FloatType, isNum)
	i := IntType
	i.SetMethod("bit_length", Pure, func(th *Thread, args []Value, kwnames []string) (Value, error) {
		if err := methNoArgs("int.bit_length", args, kwnames); err != nil {
			return nil, err
		}
		if n, ok := smallInt(args[0]); ok {
			if n < 0 {
				n = -n
			}
			l := 0
			for u := uint64(n); u != 0; u >>= 1 {
				l++
			}
			return MakeInt(int64(l)), nil
		}
		return MakeInt(int64(toBig(args[0]).BitLen())), nil
	})
	i.SetMethod("bit_count", Pure, func(th *Thread, args []Value, kwnames []string) (Value, error) {
		if err := methNoArgs("int.bit_count", args, kwnames); err != nil {
			return nil, err
		}
		b := new(big.Int).Abs(toBig(args[0]))
		n := 0
		for _, w := range b.Bits() {
			for ; w != 0; w &= w - 1 {
				n++
			}
		}
		return MakeInt(int64(n)), nil
	})
	i.SetMethod("__index__", Pure, func(th *Thread, args []Value, kwnames []string) (Value, error) {
		if err := methNoArgs("int.__index__", args, kwnames); err != nil {
			return nil, err
		}
		return Index(th, args[0])
	})
	i.SetMethod("as_integer_ratio", Pure, func(th *Thread, args []Value, kwnames []string) (Value, error) {
		if err := methNoArgs("int.as_integer_ratio", args, kwnames); err != nil {
			return nil, err
		}
		n, _ := Index(th, args[0])
		return Tuple{n, MakeInt(1)}, nil
	})
	f := FloatType
	f.SetMethod("is_integer", Pure, func(th *Thread, args []Value, kwnames []string) (Value, error) {
		if err := methNoArgs("float.is_integer", args, kwnames); err != nil {
			return nil, err
		}
		return Bool(floatIsInteger(float64(args[0].(Float)))), nil
	})
	f.SetMethod("as_integer_ratio", Pure, func(th *Thread, args []Value, kwnames []string) (Value, error) {
		if err := methNoArgs("float.as_integer_ratio", args, kwnames); err != nil {
			return nil, err
		}
		x := float64(args[0].(Float))
		if math.IsInf(x, 0) {
			return nil, Errorf(OverflowErrorType, "cannot convert Infinity to integer ratio")
		}
		if math.IsNaN(x) {
			return nil, Errorf(ValueErrorType, "cannot convert NaN to integer ratio")
		}
		r := new(big.Rat).SetFloat64(x)
		return Tuple{MakeBigInt(new(big.Int).Set(r.Num())), MakeBigInt(new(big.Int).Set(r.Denom()))}, nil
	})
}
