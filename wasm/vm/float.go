package vm

import (
	"math"
	"strconv"

	"lockstep/wasm/compile"
)

// This file implements float arithmetic with CPython's special cases and
// messages, and float repr (the shortest string that round-trips, with
// CPython's choice between fixed and exponent notation).

// FloatRepr returns repr(f) as CPython prints it: "0.30000000000000004",
// "1e+16", "1e-05", "inf", "nan", "-0.0".
func FloatRepr(f float64) string {
	switch {
	case math.IsNaN(f):
		return "nan"
	case math.IsInf(f, 1):
		return "inf"
	case math.IsInf(f, -1):
		return "-inf"
	}
	var buf [32]byte
	// Shortest round-tripping digits in exponent form: "-d.ddde±XX".
	e := strconv.AppendFloat(buf[:0], f, 'e', -1, 64)
	neg := false
	if e[0] == '-' {
		neg = true
		e = e[1:]
	}
	// Split digits and exponent.
	var digits [24]byte
	nd := 0
	i := 0
	for ; i < len(e) && e[i] != 'e'; i++ {
		if e[i] != '.' {
			digits[nd] = e[i]
			nd++
		}
	}
	exp := 0
	if i < len(e) {
		x, _ := strconv.Atoi(string(e[i+1:]))
		exp = x
	}
	// Trim trailing zeros of the digits (AppendFloat does not produce
	// them, except for the single digit "0").
	for nd > 1 && digits[nd-1] == '0' {
		nd--
	}
	out := make([]byte, 0, 32)
	if neg {
		out = append(out, '-')
	}
	// decpt is the position of the decimal point relative to the digits.
	decpt := exp + 1
	if exp < -4 || exp >= 16 {
		out = append(out, digits[0])
		if nd > 1 {
			out = append(out, '.')
			out = append(out, digits[1:nd]...)
		}
		out = append(out, 'e')
		if exp < 0 {
			out = append(out, '-')
			exp = -exp
		} else {
			out = append(out, '+')
		}
		if exp < 10 {
			out = append(out, '0')
		}
		out = strconv.AppendInt(out, int64(exp), 10)
		return string(out)
	}
	switch {
	case decpt <= 0:
		out = append(out, '0', '.')
		for j := 0; j < -decpt; j++ {
			out = append(out, '0')
		}
		out = append(out, digits[:nd]...)
	case decpt >= nd:
		out = append(out, digits[:nd]...)
		for j := nd; j < decpt; j++ {
			out = append(out, '0')
		}
		out = append(out, '.', '0')
	default:
		out = append(out, digits[:decpt]...)
		out = append(out, '.')
		out = append(out, digits[decpt:nd]...)
	}
	return string(out)
}

// toFloat converts an int or float operand to float64 for mixed
// arithmetic; ok is false for other types.
func toFloat(v Value) (float64, bool, error) {
	switch x := v.(type) {
	case Float:
		return float64(x), true, nil
	case Int:
		return float64(x), true, nil
	case Bool:
		if x {
			return 1, true, nil
		}
		return 0, true, nil
	case *BigInt:
		f, err := bigToFloat(x.V)
		return f, true, err
	}
	return 0, false, nil
}

// floatBinary computes x op y for floats; the result is nil for operators
// floats do not support.
func floatBinary(op compile.BinaryOp, x, y float64) (Value, error) {
	switch op {
	case compile.OpAdd:
		return Float(x + y), nil
	case compile.OpSub:
		return Float(x - y), nil
	case compile.OpMul:
		return Float(x * y), nil
	case compile.OpTrueDiv:
		if y == 0 {
			return nil, Errorf(ZeroDivisionErrorType, "float division by zero")
		}
		return Float(x / y), nil
	case compile.OpFloorDiv:
		if y == 0 {
			return nil, Errorf(ZeroDivisionErrorType, "float floor division by zero")
		}
		d, _ := floatDivMod(x, y)
		return Float(d), nil
	case compile.OpMod:
		if y == 0 {
			return nil, Errorf(ZeroDivisionErrorType, "float modulo")
		}
		_, m := floatDivMod(x, y)
		return Float(m), nil
	case compile.OpPow:
		return floatPow(x, y)
	}
	return nil, nil
}

// floatDivMod is CPython's float divmod (y != 0).
func floatDivMod(vx, wx float64) (float64, float64) {
	mod := math.Mod(vx, wx)
	div := (vx - mod) / wx
	if mod != 0 {
		if (wx < 0) != (mod < 0) {
			mod += wx
			div -= 1.0
		}
	} else {
		mod = math.Copysign(0, wx)
	}
	var floordiv float64
	if div != 0 {
		floordiv = math.Floor(div)
		if div-floordiv > 0.5 {
			floordiv += 1.0
		}
	} else {
		floordiv = math.Copysign(0, vx/wx)
	}
	return floordiv, mod
}

// floatIsOddInteger reports whether w is an odd integer.
func floatIsOddInteger(w float64) bool {
	return math.Mod(math.Abs(w), 2) == 1
}

// floatPow is CPython's float_pow. Negative bases with fractional
// exponents would give complex numbers, which Lockstep does not have: they
// raise ValueError.
func floatPow(iv, iw float64) (Value, error) {
	switch {
	case iw == 0:
		return Float(1), nil
	case math.IsNaN(iv):
		return Float(iv), nil
	case math.IsNaN(iw):
		if iv == 1 {
			return Float(1), nil
		}
		return Float(iw), nil
	case math.IsInf(iw, 0):
		av := math.Abs(iv)
		if av == 1 {
			return Float(1), nil
		}
		if (iw > 0) == (av > 1) {
			return Float(math.Inf(1)), nil
		}
		return Float(0), nil
	case math.IsInf(iv, 0):
		odd := floatIsOddInteger(iw)
		if iw > 0 {
			if odd {
				return Float(iv), nil
			}
			return Float(math.Abs(iv)), nil
		}
		if odd {
			return Float(math.Copysign(0, iv)), nil
		}
		return Float(0), nil
	case iv == 0:
		odd := floatIsOddInteger(iw)
		if iw < 0 {
			return nil, Errorf(ZeroDivisionErrorType, "0.0 cannot be raised to a negative power")
		}
		if odd {
			return Float(iv), nil
		}
		return Float(0), nil
	case iv < 0 && iw != math.Floor(iw):
		return nil, Errorf(ValueErrorType, "lockstep: complex numbers are not supported (negative number raised to a fractional power)")
	case iv == 1:
		return Float(1), nil
	}
	r := math.Pow(iv, iw)
	if math.IsInf(r, 0) {
		return nil, Errorf(OverflowErrorType, "(34, 'Numerical result out of range')")
	}
	return Float(r), nil
}

// floatIsInteger reports whether f is finite and has no fractional part.
func floatIsInteger(f float64) bool {
	return !math.IsInf(f, 0) && f == math.Trunc(f)
}
