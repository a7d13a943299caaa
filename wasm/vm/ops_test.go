package vm

import (
	"math"
	"math/big"
	"testing"

	"lockstep/wasm/compile"
)

// These tests call the generic operations directly, without a thread (no
// Python code can run); the expected values come from CPython 3.11.

func TestFloatRepr(t *testing.T) {
	a, b := 0.1, 0.2
	tests := []struct {
		f    float64
		want string
	}{
		{a + b, "0.30000000000000004"},
		{1e16, "1e+16"},
		{1e15, "1000000000000000.0"},
		{123456789012345678.0, "1.2345678901234568e+17"},
		{1e-5, "1e-05"},
		{0.0001, "0.0001"},
		{math.Copysign(0, -1), "-0.0"},
		{0, "0.0"},
		{math.Inf(1), "inf"},
		{math.Inf(-1), "-inf"},
		{math.NaN(), "nan"},
		{1.5e-7, "1.5e-07"},
		{2.5e300, "2.5e+300"},
		{1.0 / 3, "0.3333333333333333"},
		{100, "100.0"},
		{1e22, "1e+22"},
		{5e-324, "5e-324"},
		{-1.25, "-1.25"},
		{9999999999999998, "9999999999999998.0"},
	}
	for _, tt := range tests {
		if got := FloatRepr(tt.f); got != tt.want {
			t.Errorf("FloatRepr(%v) = %q, want %q", tt.f, got, tt.want)
		}
	}
}

func TestHashNumbers(t *testing.T) {
	big100 := MakeBigInt(new(big.Int).Lsh(big.NewInt(1), 100))
	tests := []struct {
		v    Value
		want int64
	}{
		{Int(-1), -2},
		{Int(-2), -2},
		{Int(1 << 61), 1},
		{Int(1<<61 - 1), 0},
		{Int(-(1 << 61)), -2},
		{big100, 549755813888},
		{Float(1.5), 1152921504606846977},
		{Float(-1.0), -2},
		{Float(1e300), 1224995262755759164},
		{Float(math.Inf(1)), 314159},
		{Float(0.1), 230584300921369408},
		{Float(2.0), 2},
		{True, 1},
		{Tuple{Int(1), Int(2)}, -3550055125485641917},
		{Tuple{}, 5740354900026072187},
		{Tuple{Int(1), Tuple{Int(2), Int(3)}}, 7267574591690527098},
		{Tuple{Int(-1)}, 8078679518589016365},
	}
	for _, tt := range tests {
		got, err := Hash(nil, tt.v)
		if err != nil || got != tt.want {
			s, _ := Repr(nil, tt.v)
			t.Errorf("hash(%s) = %d, %v; want %d", s, got, err, tt.want)
		}
	}
	for _, v := range []Value{NewList(nil), NewDict(), NewSet(false), Tuple{NewList(nil)}} {
		if _, err := Hash(nil, v); err == nil {
			t.Errorf("hash(%s) did not fail", TypeName(v))
		}
	}
}

func TestQuoteStr(t *testing.T) {
	tests := map[string]string{
		"abc":                  `'abc'`,
		"it's":                 `"it's"`,
		`say "hi"`:             `'say "hi"'`,
		`both ' and "`:         `'both \' and "'`,
		"tab\there\n":          `'tab\there\n'`,
		"\x00\x7f\u0080\u00ff": `'\x00\x7f\x80ÿ'`,
		"\u200b":               `'\u200b'`,
		"é😀":                   `'é😀'`,
		`back\slash`:           `'back\\slash'`,
		"\r":                   `'\r'`,
		"\U000e0001":           `'\U000e0001'`,
	}
	for s, want := range tests {
		if got := QuoteStr(s); got != want {
			t.Errorf("QuoteStr(%q) = %s, want %s", s, got, want)
		}
	}
}

func errText(err error) string {
	if err == nil {
		return ""
	}
	return err.Error()
}

func TestLimits(t *testing.T) {
	ten10 := Int(10_000_000_000)
	tests := []struct {
		op   compile.BinaryOp
		a, b Value
		want string
	}{
		{compile.OpMul, NewList([]Value{Int(0)}), ten10, "MemoryError: lockstep: a list of 10000000000 items is too large"},
		{compile.OpMul, Str("x"), ten10, "MemoryError: lockstep: a str of 10000000000 characters is too large"},
		{compile.OpMul, Tuple{Int(1), Int(2)}, Int(6_000_000), "MemoryError: lockstep: a tuple of 12000000 items is too large"},
		{compile.OpPow, Int(2), ten10, "MemoryError: lockstep: an int of about 10000000000 bits is too large (the limit is 1048576 bits)"},
		{compile.OpLShift, Int(1), ten10, "MemoryError: lockstep: an int of about 10000000001 bits is too large (the limit is 1048576 bits)"},
	}
	for _, tt := range tests {
		_, err := Binary(nil, tt.op, tt.a, tt.b)
		if errText(err) != tt.want {
			t.Errorf("%v: got %q, want %q", tt.op, errText(err), tt.want)
		}
	}
	if _, err := collect(nil, &Range{Start: 0, Stop: 1 << 40, Step: 1}, ""); errText(err) != "MemoryError: lockstep: a list of 1099511627776 items is too large" {
		t.Errorf("list(range(2**40)): %v", err)
	}
	// 2**1000000 is fine.
	if _, err := Binary(nil, compile.OpPow, Int(2), Int(1_000_000)); err != nil {
		t.Errorf("2**1000000: %v", err)
	}
}

func TestReprNoThread(t *testing.T) {
	l := NewList([]Value{Int(1), Str("a"), Float(2.5), None, True})
	l.Elems = append(l.Elems, l)
	d := NewDict()
	d.SetStr("k", l)
	if err := d.Set(nil, Tuple{Int(1)}, Ellipsis); err != nil {
		t.Fatal(err)
	}
	s := NewSet(true)
	_ = s.Add(nil, Int(3))
	tests := []struct {
		v    Value
		want string
	}{
		{l, "[1, 'a', 2.5, None, True, [...]]"},
		{d, "{'k': [1, 'a', 2.5, None, True, [...]], (1,): Ellipsis}"},
		{s, "frozenset({3})"},
		{NewSet(false), "set()"},
		{&Range{Start: 0, Stop: 5, Step: 1}, "range(0, 5)"},
		{&Slice{Start: None, Stop: Int(2), Step: None}, "slice(None, 2, None)"},
		{NewException(ValueErrorType, Str("x")), "ValueError('x')"},
		{NewException(KeyErrorType, Int(1), Int(2)), "KeyError(1, 2)"},
		{IntType, "<class 'int'>"},
		{&DictView{D: d, Kind: viewKeys}, "dict_keys(['k', (1,)])"},
		{NotImplemented, "NotImplemented"},
	}
	for _, tt := range tests {
		got, err := Repr(nil, tt.v)
		if err != nil || got != tt.want {
			t.Errorf("Repr = %q, %v; want %q", got, err, tt.want)
		}
	}
}

func TestParseNumbers(t *testing.T) {
	ints := map[string]int64{"12": 12, " -5 ": -5, "1_000": 1000, "٣": 3, "+7": 7}
	for s, want := range ints {
		v, ok, err := ParseInt(s, 10)
		if !ok || err != nil || v != MakeInt(want) {
			t.Errorf("ParseInt(%q) = %v %v %v", s, v, ok, err)
		}
	}
	for _, s := range []string{"", " ", "1e3", "_1", "1_", "1__0", "0x", "1.5"} {
		if _, ok, _ := ParseInt(s, 10); ok {
			t.Errorf("ParseInt(%q) accepted", s)
		}
	}
	floats := map[string]float64{"1.5": 1.5, " 1e5 ": 1e5, "1_0": 10, "-inf": math.Inf(-1), "Infinity": math.Inf(1), ".5": 0.5, "5.": 5, "1e500": math.Inf(1)}
	for s, want := range floats {
		f, ok := ParseFloat(s)
		if !ok || f != want {
			t.Errorf("ParseFloat(%q) = %v %v", s, f, ok)
		}
	}
	for _, s := range []string{"abc", "in", "1.5e", "1__0", "0x10", "", ".", "e5", "1_"} {
		if _, ok := ParseFloat(s); ok {
			t.Errorf("ParseFloat(%q) accepted", s)
		}
	}
}

func TestRound(t *testing.T) {
	a, b := 0.1, 0.2
	tests := []struct {
		x    float64
		n    int64
		want float64
	}{
		{2.675, 2, 2.67},
		{2.5, 0, 2.0},
		{1.5, -1, 0.0},
		{15.0, -1, 20.0},
		{0.125, 2, 0.12},
		{123.456, -1, 120.0},
		{1e300, 2, 1e300},
		{a + b, 15, 0.3},
	}
	for _, tt := range tests {
		got, err := RoundFloat(tt.x, tt.n)
		if err != nil || got != tt.want {
			t.Errorf("round(%v, %d) = %v, %v; want %v", tt.x, tt.n, got, err, tt.want)
		}
	}
}

func TestCompareMixed(t *testing.T) {
	b53 := MakeBigInt(new(big.Int).Add(new(big.Int).Lsh(big.NewInt(1), 53), big.NewInt(1)))
	tests := []struct {
		op   compile.CompareOp
		a, b Value
		want bool
	}{
		{compile.OpGT, b53, Float(1 << 53), true},
		{compile.OpEQ, Int(1), Float(1), true},
		{compile.OpEQ, True, Int(1), true},
		{compile.OpLT, Int(1), Float(math.NaN()), false},
		{compile.OpNE, Float(math.NaN()), Float(math.NaN()), true},
		{compile.OpLT, Tuple{Int(1), Int(2)}, Tuple{Int(1), Int(3)}, true},
		{compile.OpLT, NewList([]Value{Int(1)}), NewList([]Value{Int(1), Str("a")}), true},
		{compile.OpEQ, Str("a"), Int(1), false},
	}
	for _, tt := range tests {
		r, err := Compare(nil, tt.op, tt.a, tt.b)
		if err != nil || r != Bool(tt.want) {
			t.Errorf("compare %v: got %v, %v", tt.op, r, err)
		}
	}
	_, err := Compare(nil, compile.OpLT, Int(1), Str("a"))
	if errText(err) != "TypeError: '<' not supported between instances of 'int' and 'str'" {
		t.Errorf("1 < 'a': %v", err)
	}
}

func BenchmarkBinaryIntAdd(b *testing.B) {
	var v Value = Int(0)
	for i := 0; i < b.N; i++ {
		v, _ = Binary(nil, compile.OpAdd, v, Int(1))
	}
}

func BenchmarkCompareFloatInt(b *testing.B) {
	for i := 0; i < b.N; i++ {
		_, _ = Compare(nil, compile.OpLT, Float(1.5), Int(i))
	}
}

func BenchmarkReprList(b *testing.B) {
	l := NewList([]Value{Int(1), Str("ab"), Float(2.5), Tuple{Int(1), None}})
	for i := 0; i < b.N; i++ {
		_, _ = Repr(nil, l)
	}
}
