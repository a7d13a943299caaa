package vm

import "strings"

// This file implements str.format and str.format_map as CPython 3.11's
// Objects/stringlib/unicode_format.h does, messages included.

func init() {
	StrType.SetMethod("format", Pure, strFormat)
	StrType.SetMethod("format_map", Pure, strFormatMap)
}

// strFormat is str.format(*args, **kwargs).
func strFormat(th *Thread, args []Value, kwnames []string) (Value, error) {
	self, err := sfReceiver("format", args)
	if err != nil {
		return nil, err
	}
	npos := len(args) - len(kwnames)
	var kwargs Value
	if len(kwnames) > 0 {
		d := NewDictSize(len(kwnames))
		for i, k := range kwnames {
			d.SetStr(k, args[npos+i])
		}
		kwargs = d
	}
	pos := Tuple(args[1:npos])
	if pos == nil {
		pos = EmptyTuple
	}
	s, err := StrFormat(th, self, pos, kwargs)
	if err != nil {
		return nil, err
	}
	return Str(s), nil
}

// strFormatMap is str.format_map(mapping).
func strFormatMap(th *Thread, args []Value, kwnames []string) (Value, error) {
	self, err := sfReceiver("format_map", args)
	if err != nil {
		return nil, err
	}
	if len(kwnames) > 0 {
		return nil, Errorf(TypeErrorType, "str.format_map() takes no keyword arguments")
	}
	if len(args) != 2 {
		return nil, Errorf(TypeErrorType, "str.format_map() takes exactly one argument (%d given)", len(args)-1)
	}
	s, err := StrFormat(th, self, nil, args[1])
	if err != nil {
		return nil, err
	}
	return Str(s), nil
}

func sfReceiver(name string, args []Value) (string, error) {
	if len(args) == 0 {
		return "", Errorf(TypeErrorType, "unbound method str.%s() needs an argument", name)
	}
	s, ok := args[0].(Str)
	if !ok {
		return "", Errorf(TypeErrorType, "descriptor '%s' for 'str' objects doesn't apply to a '%s' object", name, TypeName(args[0]))
	}
	return string(s), nil
}

// StrFormat returns format.format(*args, **kwargs): kwargs is the mapping
// named fields are looked up in (nil when there is none). For
// format.format_map(mapping), args is nil and kwargs the mapping.
func StrFormat(th *Thread, format string, args Tuple, kwargs Value) (string, error) {
	st := &sfState{th: th, args: args, kwargs: kwargs}
	return st.build([]rune(format), 2)
}

// Automatic field numbering states.
const (
	sfAutoInit = iota
	sfAuto
	sfManual
)

// sfState is one str.format operation.
type sfState struct {
	th      *Thread
	args    Tuple // nil for format_map
	kwargs  Value
	auto    int // sfAutoInit, sfAuto or sfManual
	autoNum int
}

// build expands the replacement fields of s (build_string).
func (st *sfState) build(s []rune, depth int) (string, error) {
	if depth <= 0 {
		return "", Errorf(ValueErrorType, "Max string recursion exceeded")
	}
	var out strings.Builder
	pos, end := 0, len(s)
	for pos < end {
		// MarkupIterator_next: literal text up to the next '{' or '}'.
		start := pos
		var c rune
		markup := false
		for pos < end {
			c = s[pos]
			pos++
			if c == '{' || c == '}' {
				markup = true
				break
			}
		}
		atEnd := pos >= end
		n := pos - start
		if c == '}' && (atEnd || c != s[pos]) {
			return "", Errorf(ValueErrorType, "Single '}' encountered in format string")
		}
		if atEnd && c == '{' {
			return "", Errorf(ValueErrorType, "Single '{' encountered in format string")
		}
		if !atEnd {
			if c == s[pos] {
				pos++ // an escaped brace: literal text only
				markup = false
			} else {
				n--
			}
		}
		out.WriteString(string(s[start : start+n]))
		if !markup {
			continue
		}
		f, err := sfParseField(s, &pos)
		if err != nil {
			return "", err
		}
		r, err := st.render(f, depth)
		if err != nil {
			return "", err
		}
		out.WriteString(r)
	}
	return out.String(), nil
}

// sfField is a parsed replacement field.
type sfField struct {
	name       []rune
	spec       []rune
	conversion rune // 0 when absent
	expand     bool // spec holds replacement fields
}

// sfParseField parses a replacement field after its '{' (parse_field).
func sfParseField(s []rune, pos *int) (*sfField, error) {
	f := &sfField{}
	end := len(s)
	start := *pos
	var c rune
scan:
	for *pos < end {
		c = s[*pos]
		*pos++
		switch c {
		case '{':
			return nil, Errorf(ValueErrorType, "unexpected '{' in field name")
		case '[':
			for *pos < end && s[*pos] != ']' {
				*pos++
			}
		case '}', ':', '!':
			break scan
		}
	}
	f.name = s[start:max(*pos-1, start)]
	if c != '!' && c != ':' {
		if c != '}' {
			return nil, Errorf(ValueErrorType, "expected '}' before end of string")
		}
		return f, nil
	}
	if c == '!' {
		if *pos >= end {
			return nil, Errorf(ValueErrorType, "end of string while looking for conversion specifier")
		}
		f.conversion = s[*pos]
		*pos++
		if *pos < end {
			c = s[*pos]
			*pos++
			if c == '}' {
				return f, nil
			}
			if c != ':' {
				return nil, Errorf(ValueErrorType, "expected ':' after conversion specifier")
			}
		}
	}
	specStart := *pos
	count := 1
	for *pos < end {
		c = s[*pos]
		*pos++
		switch c {
		case '{':
			f.expand = true
			count++
		case '}':
			count--
			if count == 0 {
				f.spec = s[specStart : *pos-1]
				return f, nil
			}
		}
	}
	return nil, Errorf(ValueErrorType, "unmatched '{' in format spec")
}

// render formats one replacement field (output_markup).
func (st *sfState) render(f *sfField, depth int) (string, error) {
	obj, err := st.fieldObject(f.name)
	if err != nil {
		return "", err
	}
	switch f.conversion {
	case 0:
	case 'r', 's', 'a':
		var s string
		if f.conversion == 's' {
			s, err = ToStr(st.th, obj)
		} else {
			s, err = Repr(st.th, obj)
			if f.conversion == 'a' {
				s = asciiEscape(s)
			}
		}
		if err != nil {
			return "", err
		}
		obj = Str(s)
	default:
		if f.conversion > 32 && f.conversion < 127 {
			return "", Errorf(ValueErrorType, "Unknown conversion specifier %c", f.conversion)
		}
		return "", Errorf(ValueErrorType, "Unknown conversion specifier \\x%x", f.conversion)
	}
	spec := string(f.spec)
	if f.expand {
		if spec, err = st.build(f.spec, depth-1); err != nil {
			return "", err
		}
	}
	return FormatValue(st.th, obj, spec)
}

// sfInteger returns the value of a field name made of decimal digits, or
// -1 (get_integer).
func sfInteger(s []rune) (int, error) {
	if len(s) == 0 {
		return -1, nil
	}
	acc := 0
	for _, r := range s {
		d := fsDecimal(r)
		if d < 0 {
			return -1, nil
		}
		if acc > (fsMaxInt-d)/10 {
			return -1, Errorf(ValueErrorType, "Too many decimal digits in format string")
		}
		acc = acc*10 + d
	}
	return acc, nil
}

// fieldObject looks up a field name such as "0", "name", "0.attr" or
// "name[key][0]" (get_field_object).
func (st *sfState) fieldObject(name []rune) (Value, error) {
	// field_name_split: the part before the first '.' or '['.
	i := 0
	for i < len(name) && name[i] != '.' && name[i] != '[' {
		i++
	}
	first, rest := name[:i], name[i:]
	idx, err := sfInteger(first)
	if err != nil {
		return nil, err
	}
	empty := len(first) == 0
	numeric := empty || idx != -1
	if st.auto == sfAutoInit && numeric {
		if empty {
			st.auto = sfAuto
		} else {
			st.auto = sfManual
		}
	}
	if numeric {
		if st.auto == sfManual && empty {
			return nil, Errorf(ValueErrorType, "cannot switch from manual field specification to automatic field numbering")
		}
		if st.auto == sfAuto && !empty {
			return nil, Errorf(ValueErrorType, "cannot switch from automatic field numbering to manual field specification")
		}
	}
	if empty {
		idx = st.autoNum
		st.autoNum++
	}
	var obj Value
	if idx == -1 {
		key := Str(string(first))
		if st.kwargs == nil {
			return nil, NewException(KeyErrorType, key)
		}
		if obj, err = GetItem(st.th, st.kwargs, key); err != nil {
			return nil, err
		}
	} else {
		if st.args == nil {
			return nil, Errorf(ValueErrorType, "Format string contains positional fields")
		}
		if idx >= len(st.args) {
			return nil, Errorf(IndexErrorType, "Replacement index %d out of range for positional args tuple", idx)
		}
		obj = st.args[idx]
	}
	// FieldNameIterator_next: the ".attr" and "[key]" parts, in order.
	pos := 0
	for pos < len(rest) {
		c := rest[pos]
		pos++
		var part []rune
		isAttr := false
		switch c {
		case '.':
			isAttr = true
			start := pos
			for pos < len(rest) && rest[pos] != '.' && rest[pos] != '[' {
				pos++
			}
			part = rest[start:pos]
		case '[':
			start := pos
			for pos < len(rest) && rest[pos] != ']' {
				pos++
			}
			if pos >= len(rest) {
				return nil, Errorf(ValueErrorType, "Missing ']' in format string")
			}
			part = rest[start:pos]
			pos++
		default:
			return nil, Errorf(ValueErrorType, "Only '.' or '[' may follow ']' in format field specifier")
		}
		var key Value = Str(string(part))
		if !isAttr {
			n, err := sfInteger(part)
			if err != nil {
				return nil, err
			}
			if n != -1 {
				key = MakeInt(int64(n))
			}
		}
		if len(part) == 0 {
			return nil, Errorf(ValueErrorType, "Empty attribute in format string")
		}
		if isAttr {
			obj, err = GetAttr(st.th, obj, string(part))
		} else {
			obj, err = GetItem(st.th, obj, key)
		}
		if err != nil {
			return nil, err
		}
	}
	return obj, nil
}
