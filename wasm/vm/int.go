package vm

import (
	"math"
	"math/big"
	"strconv"

	"lockstep/wasm/compile"
)

// This file implements int arithmetic: int64 fast paths that overflow into
// *BigInt, and the big paths with a size limit so that a program cannot
// hang or exhaust memory computing 2**10**10.

// MaxIntBits is the largest int result, in bits, that arithmetic will build.
const MaxIntBits = 1 << 20

// maxStrDigits is CPython's default int_max_str_digits.
const maxStrDigits = 4300

// isInt reports whether v is an int (Int, *BigInt or Bool).
func isInt(v Value) bool {
	switch v.(type) {
	case Int, *BigInt, Bool:
		return true
	}
	return false
}

// smallInt returns v as an int64 when it is an Int or a Bool.
func smallInt(v Value) (int64, bool) {
	switch x := v.(type) {
	case Int:
		return int64(x), true
	case Bool:
		if x {
			return 1, true
		}
		return 0, true
	}
	return 0, false
}

// ToInt returns v as an int64 when it is an int (or bool) that fits.
func ToInt(v Value) (int64, bool) {
	return smallInt(v)
}

// toBig returns an int value as a *big.Int (a fresh one for small ints;
// the shared one for *BigInt, which must not be modified).
func toBig(v Value) *big.Int {
	switch x := v.(type) {
	case *BigInt:
		return x.V
	case Int:
		return big.NewInt(int64(x))
	case Bool:
		if x {
			return big.NewInt(1)
		}
		return big.NewInt(0)
	}
	return nil
}

// tooBig is the error for int results over MaxIntBits.
func tooBig(bits float64) error {
	return Errorf(MemoryErrorType, "lockstep: an int of about %.0f bits is too large (the limit is %d bits)", bits, MaxIntBits)
}

// checkBits fails when a result of about bits bits would be too large.
func checkBits(bits float64) error {
	if bits > MaxIntBits {
		return tooBig(bits)
	}
	return nil
}

// intBinary computes a op b for ints; ok is false for operators ints do
// not support with ints (@).
func intBinary(op compile.BinaryOp, a, b Value) (Value, error) {
	x, xok := smallInt(a)
	y, yok := smallInt(b)
	if xok && yok {
		switch op {
		case compile.OpAnd, compile.OpOr, compile.OpXor:
			r := int64(0)
			switch op {
			case compile.OpAnd:
				r = x & y
			case compile.OpOr:
				r = x | y
			default:
				r = x ^ y
			}
			_, ab := a.(Bool)
			_, bb := b.(Bool)
			if ab && bb {
				return Bool(r != 0), nil
			}
			return MakeInt(r), nil
		}
		return smallIntBinary(op, x, y)
	}
	return bigIntBinary(op, toBig(a), toBig(b))
}

// smallIntBinary computes x op y for int64 operands.
func smallIntBinary(op compile.BinaryOp, x, y int64) (Value, error) {
	switch op {
	case compile.OpAdd:
		return AddInt(x, y), nil
	case compile.OpSub:
		return SubInt(x, y), nil
	case compile.OpMul:
		return MulInt(x, y), nil
	case compile.OpTrueDiv:
		return intTrueDiv(MakeInt(x), MakeInt(y))
	case compile.OpFloorDiv:
		if y == 0 {
			return nil, Errorf(ZeroDivisionErrorType, "integer division or modulo by zero")
		}
		if x == math.MinInt64 && y == -1 {
			return bigIntBinary(op, big.NewInt(x), big.NewInt(y))
		}
		return MakeInt(floorDiv(x, y)), nil
	case compile.OpMod:
		if y == 0 {
			return nil, Errorf(ZeroDivisionErrorType, "integer modulo by zero")
		}
		return MakeInt(floorMod(x, y)), nil
	case compile.OpPow:
		return powInt(x, y)
	case compile.OpLShift:
		if y < 0 {
			return nil, Errorf(ValueErrorType, "negative shift count")
		}
		if x == 0 {
			return MakeInt(0), nil
		}
		if y < 63 {
			r := x << uint(y)
			if r>>uint(y) == x {
				return MakeInt(r), nil
			}
		}
		return bigIntBinary(op, big.NewInt(x), big.NewInt(y))
	case compile.OpRShift:
		if y < 0 {
			return nil, Errorf(ValueErrorType, "negative shift count")
		}
		if y >= 64 {
			if x < 0 {
				return MakeInt(-1), nil
			}
			return MakeInt(0), nil
		}
		return MakeInt(x >> uint(y)), nil
	case compile.OpAnd:
		return MakeInt(x & y), nil
	case compile.OpOr:
		return MakeInt(x | y), nil
	case compile.OpXor:
		return MakeInt(x ^ y), nil
	}
	return nil, nil
}

// AddInt returns x + y, growing into a big int on overflow.
func AddInt(x, y int64) Value {
	r := x + y
	if (x >= 0) == (y >= 0) && (r >= 0) != (x >= 0) {
		return MakeBigInt(new(big.Int).Add(big.NewInt(x), big.NewInt(y)))
	}
	return MakeInt(r)
}

// SubInt returns x - y, growing into a big int on overflow.
func SubInt(x, y int64) Value {
	r := x - y
	if (x >= 0) != (y >= 0) && (r >= 0) != (x >= 0) {
		return MakeBigInt(new(big.Int).Sub(big.NewInt(x), big.NewInt(y)))
	}
	return MakeInt(r)
}

// MulInt returns x * y, growing into a big int on overflow.
func MulInt(x, y int64) Value {
	if x == 0 || y == 0 {
		return MakeInt(0)
	}
	r := x * y
	if (x == -1 && y == math.MinInt64) || (y == -1 && x == math.MinInt64) || r/y != x {
		return MakeBigInt(new(big.Int).Mul(big.NewInt(x), big.NewInt(y)))
	}
	return MakeInt(r)
}

// floorDiv is Python's // for int64 (y != 0, no overflow).
func floorDiv(x, y int64) int64 {
	q := x / y
	if (x%y != 0) && ((x < 0) != (y < 0)) {
		q--
	}
	return q
}

// floorMod is Python's % for int64 (y != 0).
func floorMod(x, y int64) int64 {
	r := x % y
	if r != 0 && (r < 0) != (y < 0) {
		r += y
	}
	return r
}

// powInt computes x ** y for int64 operands.
func powInt(x, y int64) (Value, error) {
	if y < 0 {
		fx, fy := float64(x), float64(y)
		return floatPow(fx, fy)
	}
	result := int64(1)
	base := x
	e := y
	for {
		if e&1 != 0 {
			r := result * base
			if base != 0 && (r/base != result || (base == -1 && result == math.MinInt64)) {
				return bigPow(big.NewInt(x), big.NewInt(y))
			}
			result = r
		}
		e >>= 1
		if e == 0 {
			break
		}
		sq := base * base
		if base != 0 && (sq/base != base || base == math.MinInt64) {
			return bigPow(big.NewInt(x), big.NewInt(y))
		}
		base = sq
	}
	return MakeInt(result), nil
}

// bigPow computes x ** y for y >= 0 with the size limit.
func bigPow(x, y *big.Int) (Value, error) {
	if x.CmpAbs(big.NewInt(1)) <= 0 {
		// 0, 1, -1 to any power.
		if x.Sign() == 0 {
			if y.Sign() == 0 {
				return MakeInt(1), nil
			}
			return MakeInt(0), nil
		}
		if x.Sign() < 0 && y.Bit(0) == 1 {
			return MakeInt(-1), nil
		}
		return MakeInt(1), nil
	}
	if !y.IsInt64() {
		return nil, tooBig(math.Inf(1))
	}
	bits := float64(x.BitLen()-1) * float64(y.Int64())
	if err := checkBits(bits); err != nil {
		return nil, err
	}
	return MakeBigInt(new(big.Int).Exp(x, y, nil)), nil
}

// bigIntBinary computes a op b with big ints.
func bigIntBinary(op compile.BinaryOp, x, y *big.Int) (Value, error) {
	switch op {
	case compile.OpAdd:
		return MakeBigInt(new(big.Int).Add(x, y)), nil
	case compile.OpSub:
		return MakeBigInt(new(big.Int).Sub(x, y)), nil
	case compile.OpMul:
		if err := checkBits(float64(x.BitLen() + y.BitLen())); err != nil {
			return nil, err
		}
		return MakeBigInt(new(big.Int).Mul(x, y)), nil
	case compile.OpTrueDiv:
		return intTrueDiv(MakeBigInt(x), MakeBigInt(y))
	case compile.OpFloorDiv, compile.OpMod:
		if y.Sign() == 0 {
			if op == compile.OpMod {
				return nil, Errorf(ZeroDivisionErrorType, "integer modulo by zero")
			}
			return nil, Errorf(ZeroDivisionErrorType, "integer division or modulo by zero")
		}
		q, m := bigDivMod(x, y)
		if op == compile.OpMod {
			return MakeBigInt(m), nil
		}
		return MakeBigInt(q), nil
	case compile.OpPow:
		if y.Sign() < 0 {
			fx, err := bigToFloat(x)
			if err != nil {
				return nil, err
			}
			fy, err := bigToFloat(y)
			if err != nil {
				return nil, err
			}
			return floatPow(fx, fy)
		}
		return bigPow(x, y)
	case compile.OpLShift, compile.OpRShift:
		if y.Sign() < 0 {
			return nil, Errorf(ValueErrorType, "negative shift count")
		}
		if op == compile.OpRShift {
			if !y.IsInt64() || y.Int64() > int64(x.BitLen()) {
				if x.Sign() < 0 {
					return MakeInt(-1), nil
				}
				return MakeInt(0), nil
			}
			return MakeBigInt(new(big.Int).Rsh(x, uint(y.Int64()))), nil
		}
		if x.Sign() == 0 {
			return MakeInt(0), nil
		}
		if !y.IsInt64() {
			return nil, tooBig(math.Inf(1))
		}
		if err := checkBits(float64(x.BitLen()) + float64(y.Int64())); err != nil {
			return nil, err
		}
		return MakeBigInt(new(big.Int).Lsh(x, uint(y.Int64()))), nil
	case compile.OpAnd:
		return MakeBigInt(new(big.Int).And(x, y)), nil
	case compile.OpOr:
		return MakeBigInt(new(big.Int).Or(x, y)), nil
	case compile.OpXor:
		return MakeBigInt(new(big.Int).Xor(x, y)), nil
	}
	return nil, nil
}

// bigDivMod returns Python's floor quotient and modulo (y != 0).
func bigDivMod(x, y *big.Int) (*big.Int, *big.Int) {
	q, m := new(big.Int).QuoRem(x, y, new(big.Int))
	if m.Sign() != 0 && (m.Sign() < 0) != (y.Sign() < 0) {
		q.Sub(q, big.NewInt(1))
		m.Add(m, y)
	}
	return q, m
}

// intDivMod returns divmod(a, b) for ints.
func intDivMod(a, b Value) (Value, Value, error) {
	x, xok := smallInt(a)
	y, yok := smallInt(b)
	if xok && yok && !(x == math.MinInt64 && y == -1) {
		if y == 0 {
			return nil, nil, Errorf(ZeroDivisionErrorType, "integer division or modulo by zero")
		}
		return MakeInt(floorDiv(x, y)), MakeInt(floorMod(x, y)), nil
	}
	bx, by := toBig(a), toBig(b)
	if by.Sign() == 0 {
		return nil, nil, Errorf(ZeroDivisionErrorType, "integer division or modulo by zero")
	}
	q, m := bigDivMod(bx, by)
	return MakeBigInt(q), MakeBigInt(m), nil
}

// intTrueDiv computes a / b for ints, correctly rounded.
func intTrueDiv(a, b Value) (Value, error) {
	x, xok := smallInt(a)
	y, yok := smallInt(b)
	if xok && yok {
		if y == 0 {
			return nil, Errorf(ZeroDivisionErrorType, "division by zero")
		}
		const exact = 1 << 53
		if x > -exact && x < exact && y > -exact && y < exact {
			return Float(float64(x) / float64(y)), nil
		}
	}
	bx, by := toBig(a), toBig(b)
	if by.Sign() == 0 {
		return nil, Errorf(ZeroDivisionErrorType, "division by zero")
	}
	f, _ := new(big.Rat).SetFrac(bx, by).Float64()
	if math.IsInf(f, 0) {
		return nil, Errorf(OverflowErrorType, "integer division result too large for a float")
	}
	return Float(f), nil
}

// intUnary computes -x, +x, ~x for ints.
func intUnary(op compile.UnaryOp, a Value) Value {
	if x, ok := smallInt(a); ok {
		switch op {
		case compile.OpNeg:
			if x == math.MinInt64 {
				return MakeBigInt(new(big.Int).Neg(big.NewInt(x)))
			}
			return MakeInt(-x)
		case compile.OpPos:
			return MakeInt(x)
		case compile.OpInvert:
			return MakeInt(^x)
		}
	}
	b := toBig(a)
	switch op {
	case compile.OpNeg:
		return MakeBigInt(new(big.Int).Neg(b))
	case compile.OpPos:
		return a
	}
	return MakeBigInt(new(big.Int).Not(b))
}

// intAbs returns abs(a) for an int.
func intAbs(a Value) Value {
	if x, ok := smallInt(a); ok {
		if x < 0 {
			return intUnary(compile.OpNeg, MakeInt(x))
		}
		return MakeInt(x)
	}
	b := toBig(a)
	if b.Sign() < 0 {
		return MakeBigInt(new(big.Int).Neg(b))
	}
	return a
}

// intSign returns -1, 0 or 1.
func intSign(a Value) int {
	if x, ok := smallInt(a); ok {
		switch {
		case x < 0:
			return -1
		case x > 0:
			return 1
		}
		return 0
	}
	return toBig(a).Sign()
}

// intCmp compares two ints.
func intCmp(a, b Value) int {
	x, xok := smallInt(a)
	y, yok := smallInt(b)
	if xok && yok {
		switch {
		case x < y:
			return -1
		case x > y:
			return 1
		}
		return 0
	}
	return toBig(a).Cmp(toBig(b))
}

// bigToFloat converts a big int to float64, failing like CPython when it
// is too large.
func bigToFloat(b *big.Int) (float64, error) {
	if b.IsInt64() {
		return float64(b.Int64()), nil
	}
	f, _ := new(big.Float).SetInt(b).Float64()
	if math.IsInf(f, 0) {
		return 0, Errorf(OverflowErrorType, "int too large to convert to float")
	}
	return f, nil
}

// intToFloat converts an int value to float64.
func intToFloat(v Value) (float64, error) {
	if x, ok := smallInt(v); ok {
		return float64(x), nil
	}
	return bigToFloat(toBig(v))
}

// intString returns the decimal form of an int, failing like CPython for
// more than 4300 digits.
func intString(v Value) (string, error) {
	switch x := v.(type) {
	case Int:
		return strconv.FormatInt(int64(x), 10), nil
	case Bool:
		if x {
			return "1", nil
		}
		return "0", nil
	case *BigInt:
		if float64(x.V.BitLen())*0.30102999566398120 > maxStrDigits+1 {
			return "", errIntStrLimit()
		}
		s := x.V.String()
		n := len(s)
		if s[0] == '-' {
			n--
		}
		if n > maxStrDigits {
			return "", errIntStrLimit()
		}
		return s, nil
	}
	return "", nil
}

func errIntStrLimit() error {
	return Errorf(ValueErrorType, "Exceeds the limit (%d digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit", maxStrDigits)
}

// intFromFloat converts a float to an int (truncating), failing for inf
// and nan like int(x).
func intFromFloat(f float64) (Value, error) {
	if math.IsInf(f, 0) {
		return nil, Errorf(OverflowErrorType, "cannot convert float infinity to integer")
	}
	if math.IsNaN(f) {
		return nil, Errorf(ValueErrorType, "cannot convert float NaN to integer")
	}
	t := math.Trunc(f)
	if t >= -9.2e18 && t <= 9.2e18 {
		return MakeInt(int64(t)), nil
	}
	b, _ := new(big.Float).SetFloat64(t).Int(nil)
	return MakeBigInt(b), nil
}
