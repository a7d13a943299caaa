package vm

import "testing"

type strFormatCase struct {
	format  string
	args    Tuple
	kwargs  *Dict
	mapOnly bool
	want    string
}

func TestStrFormat(t *testing.T) {
	for _, c := range strFormatCases {
		var kw Value
		if c.kwargs != nil {
			kw = c.kwargs
		}
		args := c.args
		if c.mapOnly {
			args = nil
		}
		s, err := StrFormat(nil, c.format, args, kw)
		if got := fmtOutcome(s, err); got != c.want {
			t.Errorf("%q.format(%v, %v) = %q, want %q", c.format, c.args, c.kwargs, got, c.want)
		}
	}
}

func TestStrFormatMethods(t *testing.T) {
	format, _ := StrType.Dict.GetStr("format")
	formatMap, _ := StrType.Dict.GetStr("format_map")
	call := func(m Value, args []Value, kwnames []string) string {
		v, err := m.(*Builtin).Fn(nil, args, kwnames)
		s := ""
		if err == nil {
			s = string(v.(Str))
		}
		return fmtOutcome(s, err)
	}
	// Expected outcomes from python3 3.11.7.
	cases := []struct {
		m       Value
		args    []Value
		kwnames []string
		want    string
	}{
		{format, []Value{Str("{} {x}"), Int(1), Int(2)}, []string{"x"}, "1 2"},
		{format, []Value{Str("{0:{w}}|"), Str("a"), Int(3)}, []string{"w"}, "a  |"},
		{format, []Value{Int(5)}, nil, "!TypeError: descriptor 'format' for 'str' objects doesn't apply to a 'int' object"},
		{formatMap, []Value{Str("{a}"), fmtDict(Str("a"), Int(1))}, nil, "1"},
		{formatMap, []Value{Str("{}")}, nil, "!TypeError: str.format_map() takes exactly one argument (0 given)"},
		{formatMap, []Value{Str("{}"), fmtDict(), fmtDict()}, nil, "!TypeError: str.format_map() takes exactly one argument (2 given)"},
		{formatMap, []Value{Str("{}"), fmtDict()}, []string{"x"}, "!TypeError: str.format_map() takes no keyword arguments"},
		{formatMap, []Value{Int(5), fmtDict()}, nil, "!TypeError: descriptor 'format_map' for 'str' objects doesn't apply to a 'int' object"},
	}
	for _, c := range cases {
		if got := call(c.m, c.args, c.kwnames); got != c.want {
			t.Errorf("%v(%v) = %q, want %q", c.m.(*Builtin).Name, c.args, got, c.want)
		}
	}
}

// strFormatCases were produced by running the real python3 3.11.7:
// fmt.format(*args, **kwargs), or fmt.format_map(kwargs) when mapOnly.
var strFormatCases = []strFormatCase{
	{"{}", Tuple{Int(1)}, nil, false, "1"},
	{"{} {}", Tuple{Int(1), Str("a")}, nil, false, "1 a"},
	{"{0} {1} {0}", Tuple{Str("x"), Str("y")}, nil, false, "x y x"},
	{"{1}", Tuple{Int(1)}, nil, false, "!IndexError: Replacement index 1 out of range for positional args tuple"},
	{"{}", Tuple{}, nil, false, "!IndexError: Replacement index 0 out of range for positional args tuple"},
	{"{0}{}", Tuple{Int(1), Int(2)}, nil, false, "!ValueError: cannot switch from manual field specification to automatic field numbering"},
	{"{}{0}", Tuple{Int(1), Int(2)}, nil, false, "!ValueError: cannot switch from automatic field numbering to manual field specification"},
	{"{a}", Tuple{}, fmtDict(Str("a"), Int(5)), false, "5"},
	{"{a}", Tuple{}, nil, false, "!KeyError: 'a'"},
	{"{a} {0}", Tuple{Int(1)}, fmtDict(Str("a"), Int(2)), false, "2 1"},
	{"{0} {a} {}", Tuple{Int(1), Int(2)}, fmtDict(Str("a"), Int(3)), false, "!ValueError: cannot switch from manual field specification to automatic field numbering"},
	{"{a} {} {}", Tuple{Int(1), Int(2)}, fmtDict(Str("a"), Int(3)), false, "3 1 2"},
	{"{{}}", Tuple{}, nil, false, "{}"},
	{"{{{}}}", Tuple{Int(7)}, nil, false, "{7}"},
	{"}}{{", Tuple{}, nil, false, "}{"},
	{"{", Tuple{}, nil, false, "!ValueError: Single '{' encountered in format string"},
	{"}", Tuple{}, nil, false, "!ValueError: Single '}' encountered in format string"},
	{"x{", Tuple{}, nil, false, "!ValueError: Single '{' encountered in format string"},
	{"x}y", Tuple{}, nil, false, "!ValueError: Single '}' encountered in format string"},
	{"{}}", Tuple{Int(1)}, nil, false, "!ValueError: Single '}' encountered in format string"},
	{"{{}", Tuple{Int(1)}, nil, false, "!ValueError: Single '}' encountered in format string"},
	{"{0!r}", Tuple{Str("a")}, nil, false, "'a'"},
	{"{0!s}", Tuple{Str("a")}, nil, false, "a"},
	{"{0!a}", Tuple{Str("é")}, nil, false, "'\\xe9'"},
	{"{!r:>6}", Tuple{Str("a")}, nil, false, "   'a'"},
	{"{0!x}", Tuple{Int(1)}, nil, false, "!ValueError: Unknown conversion specifier x"},
	{"{0!}", Tuple{Int(1)}, nil, false, "!ValueError: unmatched '{' in format spec"},
	{"{0!r", Tuple{Int(1)}, nil, false, "!ValueError: unmatched '{' in format spec"},
	{"{0!rx}", Tuple{Int(1)}, nil, false, "!ValueError: expected ':' after conversion specifier"},
	{"{!", Tuple{Int(1)}, nil, false, "!ValueError: end of string while looking for conversion specifier"},
	{"{0!€}", Tuple{Int(1)}, nil, false, "!ValueError: Unknown conversion specifier \\x20ac"},
	{"{0!\u0007}", Tuple{Int(1)}, nil, false, "!ValueError: Unknown conversion specifier \\x7"},
	{"{:>10}", Tuple{Str("hi")}, nil, false, "        hi"},
	{"{:^10.3f}", Tuple{fmtF(0x400921f9f01b866e)}, nil, false, "  3.142   "},
	{"{:{}}", Tuple{Int(3), Int(5)}, nil, false, "    3"},
	{"{:{}.{}f}", Tuple{fmtF(0x400921f9f01b866e), Int(10), Int(2)}, nil, false, "      3.14"},
	{"{0:{1}}", Tuple{Int(3), Int(5)}, nil, false, "    3"},
	{"{0:{w}}", Tuple{Int(3)}, fmtDict(Str("w"), Int(6)), false, "     3"},
	{"{:{w}.{p}}", Tuple{fmtF(0x4005bf0995aaf790)}, fmtDict(Str("w"), Int(8), Str("p"), Int(3)), false, "    2.72"},
	{"{:{:{}}}", Tuple{Int(1), Int(2), Int(3)}, nil, false, "!ValueError: Max string recursion exceeded"},
	{"{0:{1}}", Tuple{Int(1)}, nil, false, "!IndexError: Replacement index 1 out of range for positional args tuple"},
	{"{0:{}}", Tuple{Int(1), Int(2)}, nil, false, "!ValueError: cannot switch from manual field specification to automatic field numbering"},
	{"{:{0}}", Tuple{Int(1), Int(2)}, nil, false, "!ValueError: cannot switch from automatic field numbering to manual field specification"},
	{"{:x}{:o}{:b}", Tuple{Int(255), Int(8), Int(5)}, nil, false, "ff10101"},
	{"{:,}", Tuple{Int(1234567)}, nil, false, "1,234,567"},
	{"{:%}", Tuple{fmtF(0x3fd0000000000000)}, nil, false, "25.000000%"},
	{"{0[0]}", Tuple{NewList([]Value{Int(10), Int(20)})}, nil, false, "10"},
	{"{0[1]}", Tuple{Tuple{Int(10), Int(20)}}, nil, false, "20"},
	{"{0[5]}", Tuple{NewList([]Value{Int(1)})}, nil, false, "!IndexError: list index out of range"},
	{"{0[-1]}", Tuple{NewList([]Value{Int(1)})}, nil, false, "!TypeError: list indices must be integers or slices, not str"},
	{"{0[a]}", Tuple{fmtDict(Str("a"), Int(1))}, nil, false, "1"},
	{"{d[key]}", Tuple{}, fmtDict(Str("d"), fmtDict(Str("key"), Str("v"))), false, "v"},
	{"{d[1]}", Tuple{}, fmtDict(Str("d"), fmtDict(Int(1), Str("one"))), false, "one"},
	{"{d[1]}", Tuple{}, fmtDict(Str("d"), fmtDict(Str("1"), Str("str-one"))), false, "!KeyError: 1"},
	{"{0[0][1]}", Tuple{NewList([]Value{NewList([]Value{Int(1), Int(2)})})}, nil, false, "2"},
	{"{0[}", Tuple{Int(1)}, nil, false, "!ValueError: expected '}' before end of string"},
	{"{0[0}", Tuple{NewList([]Value{Int(1)})}, nil, false, "!ValueError: expected '}' before end of string"},
	{"{0[]}", Tuple{NewList([]Value{Int(1)})}, nil, false, "!ValueError: Empty attribute in format string"},
	{"{0[0]x}", Tuple{NewList([]Value{Int(1)})}, nil, false, "!ValueError: Only '.' or '[' may follow ']' in format field specifier"},
	{"{0[0]]}", Tuple{NewList([]Value{Int(1)})}, nil, false, "!ValueError: Only '.' or '[' may follow ']' in format field specifier"},
	{"{0][}", Tuple{NewList([]Value{Int(1)})}, nil, false, "!ValueError: expected '}' before end of string"},
	{"{0[a]b}", Tuple{fmtDict(Str("a"), Int(1))}, nil, false, "!ValueError: Only '.' or '[' may follow ']' in format field specifier"},
	{"{0.real}", Tuple{Int(3)}, nil, false, "3"},
	{"{0.imag}", Tuple{Int(3)}, nil, false, "0"},
	{"{0.foo}", Tuple{Int(3)}, nil, false, "!AttributeError: 'int' object has no attribute 'foo'"},
	{"{0.}", Tuple{Int(1)}, nil, false, "!ValueError: Empty attribute in format string"},
	{"{0.real.}", Tuple{Int(1)}, nil, false, "!ValueError: Empty attribute in format string"},
	{"{0.real.real}", Tuple{Int(5)}, nil, false, "5"},
	{"{0.real[0]}", Tuple{Int(5)}, nil, false, "!TypeError: 'int' object is not subscriptable"},
	{"{0{}", Tuple{Int(1)}, nil, false, "!ValueError: unexpected '{' in field name"},
	{"{-1}", Tuple{Int(1)}, nil, false, "!KeyError: '-1'"},
	{"{ }", Tuple{Int(1)}, nil, false, "!KeyError: ' '"},
	{"{00}", Tuple{Int(7)}, nil, false, "7"},
	{"{٣}", Tuple{Int(1), Int(2), Int(3), Int(4)}, nil, false, "4"},
	{"{99999999999999999999}", Tuple{Int(1)}, nil, false, "!ValueError: Too many decimal digits in format string"},
	{"{0[99999999999999999999]}", Tuple{Int(1)}, nil, false, "!ValueError: Too many decimal digits in format string"},
	{"{0:", Tuple{Int(1)}, nil, false, "!ValueError: unmatched '{' in format spec"},
	{"{0:{", Tuple{Int(1)}, nil, false, "!ValueError: unmatched '{' in format spec"},
	{"{:d}", Tuple{Str("x")}, nil, false, "!ValueError: Unknown format code 'd' for object of type 'str'"},
	{"{:s}", Tuple{Int(5)}, nil, false, "!ValueError: Unknown format code 's' for object of type 'int'"},
	{"{0:{1}!r}", Tuple{Int(1), Int(2)}, nil, false, "!ValueError: Invalid format specifier '2!r' for object of type 'int'"},
	{"{:}", Tuple{None}, nil, false, "None"},
	{"{:x}", Tuple{None}, nil, false, "!TypeError: unsupported format string passed to NoneType.__format__"},
	{"{}", Tuple{None}, nil, false, "None"},
	{"{!r}", Tuple{None}, nil, false, "None"},
	{"{}", Tuple{fmtF(0x3ff0000000000000)}, nil, false, "1.0"},
	{"{}", Tuple{True}, nil, false, "True"},
	{"{:d}", Tuple{True}, nil, false, "1"},
	{"{}", Tuple{NewList([]Value{Int(1), Str("a")})}, nil, false, "[1, 'a']"},
	{"{!s}", Tuple{Str("x")}, nil, false, "x"},
	{"é{}ü", Tuple{Str("ß")}, nil, false, "éßü"},
	{"{:é^7}", Tuple{Str("x")}, nil, false, "éééxééé"},
	{"{0}{1}{2}{3}{4}{5}{6}{7}{8}{9}{10}", Tuple{Int(0), Int(1), Int(2), Int(3), Int(4), Int(5), Int(6), Int(7), Int(8), Int(9), Int(10)}, nil, false, "012345678910"},
	{"{a b}", Tuple{}, fmtDict(Str("a b"), Int(1)), false, "1"},
	{"{a.real}", Tuple{}, fmtDict(Str("a"), Int(4)), false, "4"},
	{"plain", Tuple{}, nil, false, "plain"},
	{"", Tuple{}, nil, false, ""},
	{"{}{}", Tuple{Int(1)}, nil, false, "!IndexError: Replacement index 1 out of range for positional args tuple"},
	{"{a}", nil, fmtDict(Str("a"), Int(1)), true, "1"},
	{"{a}", nil, fmtDict(), true, "!KeyError: 'a'"},
	{"{}", nil, fmtDict(), true, "!ValueError: Format string contains positional fields"},
	{"{0}", nil, fmtDict(Str("0"), Int(1)), true, "!ValueError: Format string contains positional fields"},
	{"{a[0]}", nil, fmtDict(Str("a"), NewList([]Value{Int(5)})), true, "5"},
	{"{a.b}", nil, fmtDict(Str("a"), Int(1)), true, "!AttributeError: 'int' object has no attribute 'b'"},
	{"{:}", nil, fmtDict(), true, "!ValueError: Format string contains positional fields"},
	{"{a:{b}}", nil, fmtDict(Str("a"), Int(1), Str("b"), Int(4)), true, "   1"},
	{"x", nil, fmtDict(), true, "x"},
}
